// npm test: everything that must pass, in order — lint, type check, build with its size budget,
// the npm consumer test, Storybook build, a smoke run of the bench, then every test in each engine
// found (with coverage from Chromium).
// With CI=true all three engines are required.
import { spawnSync } from 'node:child_process';
import { ENGINES, FONTS, ensureEngines, fontsAvailable, installHint } from './engines.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const started = Date.now();

function step(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal}).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

console.log('━━ test engines ━━');
const missing = ensureEngines();
const found = Object.keys(ENGINES).filter(name => !missing.includes(name));
for (const name of Object.keys(ENGINES)) {
  console.log(`  ${ENGINES[name].label.padEnd(9)} ${missing.includes(name) ? 'MISSING — skipped' : `found (${ENGINES[name].binary})`}`);
}
if (missing.length) {
  const hint = installHint(missing);
  if (ci) {
    console.error(`\n✗ CI=true needs all three engines. Missing: ${missing.map(n => ENGINES[n].label).join(', ')}.\n  Install them: ${hint}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.warn(`\n! Skipping ${missing.map(n => ENGINES[n].label).join(', ')}. To run them too: ${hint}`);
}
if (!fontsAvailable()) {
  const hint = `apt-get install -y ${FONTS.packages.join(' ')}   (as root, on Debian or Ubuntu)`;
  if (ci) {
    console.error(`\n✗ CI=true needs ${FONTS.label} (${FONTS.file}): the layout tests measure Chinese text.\n  Install them: ${hint}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.warn(`\n! ${FONTS.label} not found (${FONTS.file}): the layout tests of Chinese text may fail. To install them: ${hint}`);
}
if (found.length === 0) {
  console.error('✗ No test engine found: nothing can be tested.');
  process.exit(1);
}

step('lint (eslint, lit-analyzer)', 'npm', ['run', '--silent', 'lint']);
step('type check (tsc)', 'npm', ['run', '--silent', 'typecheck']);
step('every widget folder wired in (index, package.json, size budget, stories)', 'node', ['scripts/check-wiring.mjs']);
step('src/locales/*.ts match what scripts/locales.mjs generates from the pinned CLDR', 'node', ['scripts/locales.mjs', '--check']);
step('bench/README.md tables match bench/results.json', 'node', ['bench/markdown.mjs', '--check', 'bench/README.md']);
step('build (npm modules, bundle, manifest, size budget)', 'npm', ['run', '--silent', 'build']);
step('npm consumer (pack, install, bundle per widget, types, render)', 'npm', ['run', '--silent', 'test:consumer']);
step('Storybook build', 'npm', ['run', '--silent', 'build-storybook'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
// The bench drives Chromium only: with it, one run of every bench page shows `npm run bench` works.
// The embed pages' heights and messages are checked in Chromium, as the bench is.
if (found.includes('chromium')) step('embed pages (command, oEmbed, sandboxed frames sized by the host script)', 'node', ['scripts/embed-test.mjs']);
else console.warn('\n! Skipping the embed page check: it needs Chromium.');
// WordPress itself (Debian's, on MariaDB and php -S, all on 127.0.0.1): an author's post of embed
// URLs, oEmbed discovery, kses, and wp-embed.js sizing the frames. It says what it skips and why.
step('WordPress (an author posts embed URLs; oEmbed, kses, wp-embed.js heights in Chromium)', 'node', ['scripts/wordpress-test.mjs']);
if (found.includes('chromium')) step('bench smoke run (every page once, figures not kept)', 'node', ['bench/smoke.mjs']);
else console.warn('\n! Skipping the bench smoke run: it needs Chromium.');
const coverage = found.includes('chromium') ? ['--coverage'] : [];
step(`tests in ${found.map(n => ENGINES[n].label).join(', ')}`, 'npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...coverage], {
  BROWSERS: found.join(','),
});
// One engine at a time: three browsers at once on two cores would time each other.
for (const name of found) {
  step(`long tasks, timed in a fresh ${ENGINES[name].label} of their own`, 'npx', ['wtr', '--config', 'web-test-runner.config.mjs', '--files', 'src/**/*.long-tasks.test.ts'], {
    BROWSERS: name,
  });
}
console.log(`\n✓ npm test passed in ${Math.round((Date.now() - started) / 1000)} s (engines: ${found.map(n => ENGINES[n].label).join(', ')}).`);
