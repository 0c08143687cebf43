/* global document -- used inside page.evaluate(), which runs in the browser */
// The npm path, end to end: pack golden-bridge, install the tarball into a fresh project, then
//  (a) bundle an app per widget that imports only that widget: one copy of Lit, no other widget;
//  (b) type-check TypeScript through HTMLElementTagNameMap, and TSX against React 19 and Preact;
//      import every entry point in Node, as server rendering does;
//  (c) compile each framework snippet (stories/frameworks/snippets, shown on the Storybook pages)
//      with that framework's own compiler: React (tsc, esbuild), Vue (@vue/compiler-sfc), Svelte
//      (svelte/compiler), Angular (ngc with strictTemplates);
//  (d) render from the installed package in Chromium: a quote card alone, then the plain-HTML and
//      React snippets, each with all four widget families.
// Run after `npm run build` (npm test does). Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ENGINES, engineAvailable } from './engines.mjs';
import { FRAMEWORK_PACKAGES, SNIPPETS, checkFrameworkSnippets } from './consumer-frameworks.mjs';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'gb-consumer-'));
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: work, encoding: 'utf8', ...options });
let failures = 0;
let passes = 0;
function check(condition, message) {
  if (condition) {
    passes++;
    console.log(`  ✓ ${message}`);
  } else {
    failures++;
    console.error(`  ✗ ${message}`);
  }
}

try {
  console.log('› npm pack');
  const [pack] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, root]));
  const published = pack.files.map(file => file.path);
  check(published.every(path => /^(dist\/|bin\/[a-z-]+\.mjs$|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/.test(path)), `the tarball holds only dist, the command (bin), manifest, README, LICENSE, package.json (${published.length} files)`);
  check(!published.some(path => /\.test\.|test-helpers|stories|\.map$/.test(path)), 'no tests, stories or source maps are published');
  check(published.includes('dist/golden-bridge.js') && published.includes('custom-elements.json'), 'the bundle and the manifest are published');

  // The frameworks go into the consumer project, not our devDependencies: each compiler then
  // resolves golden-bridge and its types exactly as a consumer's build would.
  console.log('› a fresh project installs the tarball, with React, Vue, Svelte and Angular');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'gb-consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(work, pack.filename), '@types/react@19', 'preact@10', ...FRAMEWORK_PACKAGES], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  const installed = join(work, 'node_modules', 'golden-bridge');
  check(existsSync(join(installed, 'dist', 'index.js')), 'golden-bridge is installed with its modules');

  const widgets = readdirSync(join(installed, 'dist'), { withFileTypes: true })
    .filter(entry => entry.isDirectory() && entry.name !== 'core' && existsSync(join(installed, 'dist', entry.name, 'index.js')))
    .map(entry => entry.name);
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap(module => (module.declarations ?? []).filter(d => d.customElement && d.tagName));
  // A widget's own tags, and those of the widgets it is made of (a stat group of stat badges).
  const madeOf = widget =>
    widgets.filter(other =>
      readdirSync(join(installed, 'dist', widget))
        .filter(file => file.endsWith('.js'))
        .some(file => readFileSync(join(installed, 'dist', widget, file), 'utf8').includes(`'../${other}/`)),
    );
  const tagsOf = widget =>
    manifest.modules
      .filter(module => [widget, ...madeOf(widget)].some(name => module.path.startsWith(`src/${name}/`)))
      .flatMap(module => (module.declarations ?? []).filter(d => d.tagName).map(d => d.tagName));

  console.log('› (a) bundling one widget at a time');
  for (const widget of widgets) {
    writeFileSync(join(work, `app-${widget}.js`), `import 'golden-bridge/${widget}';\n`);
    const result = await esbuild.build({
      entryPoints: [join(work, `app-${widget}.js`)],
      absWorkingDir: work,
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    const litCopies = (code.match(/litElementVersions/g) ?? []).length;
    check(litCopies === 1, `golden-bridge/${widget}: one copy of Lit (found ${litCopies})`);
    const others = elements.map(d => d.tagName).filter(tag => !tagsOf(widget).includes(tag) && code.includes(`"${tag}"`));
    check(others.length === 0, `golden-bridge/${widget}: no other widget (found: ${others.join(', ') || 'none'})`);
  }

  console.log('› (b) type checks');
  const checks = elements.map(({ tagName, name, members = [] }) => `{
  const element: ${name} = document.createElement('${tagName}');
  ${members.some(member => member.name === 'theme') ? "element.theme = 'dark';" : ''}
  // @ts-expect-error: not a property of ${tagName}
  element.noSuchProperty = 1;
}`);
  writeFileSync(
    join(work, 'elements.ts'),
    `import 'golden-bridge';\nimport type { ${elements.map(e => e.name).join(', ')} } from 'golden-bridge';\n${checks.join('\n')}\n` +
      `const card = document.createElement('gb-quote-card');\ncard.variant = 'hero';\n// @ts-expect-error: not a variant\ncard.variant = 'banner';\n` +
      `card.addEventListener('gb-error', event => event.detail.field.toUpperCase());\n` +
      // golden-bridge/core publishes what a page needs, and keeps the widgets' machinery internal.
      `import { GbErrorEvent, define } from 'golden-bridge/core';\nimport type { GbErrorDetail, Theme } from 'golden-bridge/core';\n` +
      `const detail: GbErrorDetail = { element: 'gb-quote-card', field: 'quote', message: 'is empty' };\nexport const published = [new GbErrorEvent(detail), define, 'dark' satisfies Theme];\n` +
      `// @ts-expect-error: internal to the widgets\nimport { readText } from 'golden-bridge/core';\nexport const internal = readText;\n`,
  );
  writeFileSync(
    join(work, 'react-app.tsx'),
    `import type {} from 'golden-bridge/react';\n` +
      `export const Ok = () => <gb-quote-card variant="pull" quote="Art and culture are a golden bridge." speaker="Kassym-Jomart Tokayev" speaker-role="President of Kazakhstan" date="2025-09-02" />;\n` +
      `// @ts-expect-error: not a variant\nexport const Bad = () => <gb-quote-card variant="banner" />;\n` +
      // the handler's event is typed: its detail names the field that was wrong
      `export const Listens = () => <gb-timeline ongb-error={event => console.warn(event.detail.field.toUpperCase())} />;\n`,
  );
  writeFileSync(
    join(work, 'preact-app.tsx'),
    `/** @jsxImportSource preact */\nimport type {} from 'golden-bridge/preact';\n` +
      `export const Ok = () => <gb-quote-card variant="hero" quote="Art and culture are a golden bridge." />;\n` +
      `// @ts-expect-error: not a variant\nexport const Bad = () => <gb-quote-card variant="banner" />;\n`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const common = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2023,dom,dom.iterable', '--skipLibCheck'];
  const typecheck = (files, extra = []) => {
    try {
      run('node', [tsc, ...common, ...extra, ...files]);
      return '';
    } catch (error) {
      return `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
  };
  let errors = typecheck(['elements.ts']);
  check(!errors, `TypeScript knows every element through HTMLElementTagNameMap ${errors}`);
  errors = typecheck(['react-app.tsx'], ['--jsx', 'react-jsx', '--types', 'react']);
  check(!errors, `TSX type-checks against React 19 types ${errors}`);
  errors = typecheck(['preact-app.tsx'], ['--jsx', 'react-jsx', '--jsxImportSource', 'preact']);
  check(!errors, `TSX type-checks against Preact types ${errors}`);

  // Server rendering (Next.js, Nuxt, SvelteKit, Angular SSR) imports the package in Node: every
  // entry point must load there without a DOM, and register nothing that breaks the server.
  const entryPoints = ['golden-bridge', ...widgets.map(widget => `golden-bridge/${widget}`)];
  let serverError = '';
  try {
    run('node', ['--input-type=module', '-e', entryPoints.map(entry => `await import('${entry}');`).join('\n')]);
  } catch (error) {
    serverError = `${error.stderr ?? error.message}`.split('\n').slice(0, 4).join(' ');
  }
  check(!serverError, `every entry point imports in Node, as a server renderer does (${entryPoints.length}) ${serverError}`);

  console.log('› (c) framework snippets, each compiled by its framework');
  const snippetBundles = await checkFrameworkSnippets({ root, work, tags: elements.map(d => d.tagName), check, typecheck, run });

  console.log('› (d) rendering from the installed package');
  if (!engineAvailable('chromium')) {
    console.warn('  ! Chromium is missing: skipped');
  } else {
    const bundle = async entry =>
      (await esbuild.build({ entryPoints: [join(work, entry)], absWorkingDir: work, bundle: true, format: 'esm', write: false, logLevel: 'silent' })).outputFiles[0].text;
    const files = {
      '/': `<!doctype html><html lang="en"><body>
      <gb-quote-card variant="card" quote="Art and culture are a golden bridge that unites different nations." speaker="Kassym-Jomart Tokayev" date="2025-09-02"></gb-quote-card>
      <script type="module" src="/app.js"></script></body></html>`,
      '/app.js': await bundle('app-quote-card.js'),
      '/html/': readFileSync(join(work, 'snippets', SNIPPETS.html), 'utf8'),
      '/html/page.js': snippetBundles.html,
      '/react/': `<!doctype html><html lang="en"><head><title>React</title><script type="module" src="./app.js"></script></head><body><div id="root"></div></body></html>`,
      '/react/app.js': snippetBundles.react,
      '/favicon.ico': '',
    };
    const server = createServer((request, response) => {
      const body = files[request.url];
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': request.url.endsWith('.js') ? 'text/javascript' : 'text/html' });
      response.end(body ?? '');
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      executablePath: ENGINES.chromium.binary,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
    const open = async path => {
      const tab = await browser.newPage();
      const errorsSeen = [];
      tab.on('pageerror', error => errorsSeen.push(String(error)));
      tab.on('console', message => ['error', 'warn'].includes(message.type()) && errorsSeen.push(`console.${message.type()}: ${message.text()}`));
      await tab.goto(`http://127.0.0.1:${server.address().port}${path}`);
      return { tab, errorsSeen };
    };
    try {
      const { tab, errorsSeen } = await open('/');
      await tab.waitForFunction(() => document.querySelector('gb-quote-card')?.shadowRoot?.querySelector('[part=speaker]'));
      const speaker = await tab.evaluate(() => document.querySelector('gb-quote-card').shadowRoot.querySelector('[part=speaker]').textContent);
      check(speaker === 'Kassym-Jomart Tokayev', 'a quote card renders in Chromium from the installed package');
      check(errorsSeen.length === 0, `no page errors ${errorsSeen.join(' ')}`);

      // Each snippet: every widget draws its [part=base], the timeline's events and the proverb's
      // translations arrive (as properties), and nothing is logged as an error or warning.
      for (const [framework, path, events, translation] of [
        ['html', '/html/', 3, 'One flower does not make spring'],
        ['react', '/react/', 4, 'Один цветок'],
      ]) {
        const { tab: page, errorsSeen: seen } = await open(path);
        const widgets = ['gb-quote-card', 'gb-stat-group', 'gb-stat-badge', 'gb-proverb', 'gb-timeline'];
        const drawn = await page
          .waitForFunction(tags => tags.every(tag => document.querySelector(tag)?.shadowRoot?.querySelector('[part=base]')), { timeout: 10_000 }, widgets)
          .then(() => true, () => false);
        const missing = await page.evaluate(tags => tags.filter(tag => !document.querySelector(tag)?.shadowRoot?.querySelector('[part=base]')), widgets);
        check(drawn, `${framework}: the snippet renders all four widget families in Chromium (not drawn: ${missing.join(', ') || 'none'})`);
        await page
          .waitForFunction(count => document.querySelector('gb-timeline')?.shadowRoot?.querySelectorAll('[part~=event]').length === count, { timeout: 5_000 }, events)
          .catch(() => {});
        const state = await page.evaluate(() => ({
          events: document.querySelector('gb-timeline')?.shadowRoot?.querySelectorAll('[part~=event]').length ?? 0,
          proverb: document.querySelector('gb-proverb')?.shadowRoot?.textContent ?? '',
        }));
        check(state.events === events, `${framework}: the timeline shows the ${events} events of its events property (found ${state.events})`);
        check(state.proverb.includes(translation), `${framework}: the proverb shows its translations`);
        check(seen.length === 0, `${framework}: no page errors, console errors or warnings ${seen.join(' ')}`);
      }
    } finally {
      await browser.close();
      server.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumer: ${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
