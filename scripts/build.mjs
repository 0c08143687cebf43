// npm run build: the npm modules with types (tsc), the one script-tag bundle (rollup), the
// custom-elements manifest with editor data and JSX types, then the size report whose budget fails
// the build when exceeded.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { reportSizes } from './size.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

console.log('› src/locales/*.ts match the pinned CLDR (scripts/locales.mjs)');
run('node', ['scripts/locales.mjs', '--check']);
rmSync('dist', { recursive: true, force: true });
console.log('› tsc: unbundled ES modules and .d.ts for npm users');
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
console.log('› rollup: dist/golden-bridge.js, the embed scripts, dist/builder/');
run('npx', ['rollup', '-c', '--silent']);
// The builder page beside its script (rollup wrote dist/builder/builder.js).
copyFileSync('src/builder/index.html', 'dist/builder/index.html');
console.log('› custom-elements.json');
run('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']);
// JSX module augmentations for React and Preact, beside the generated dist/jsx.d.ts they extend.
for (const file of ['react.d.ts', 'preact.d.ts']) copyFileSync(`types/${file}`, `dist/${file}`);
// The optional stylesheet that lays out each widget's light DOM like the widget, before the widget
// upgrades: every src/<widget>/<widget>.pre-upgrade.css, in one file.
console.log('› dist/golden-bridge.css');
const preUpgradeCss = readdirSync('src', { recursive: true })
  .filter(file => String(file).endsWith('.pre-upgrade.css'))
  .sort()
  .map(file => readFileSync(`src/${file}`, 'utf8'))
  .join('\n');
const { code: css } = await transform(preUpgradeCss, { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.5'] });
writeFileSync('dist/golden-bridge.css', css);
const withinBudget = await reportSizes();
if (!withinBudget) {
  console.error('✗ size budget exceeded (see size-budget.json): the build fails.');
  process.exit(1);
}
