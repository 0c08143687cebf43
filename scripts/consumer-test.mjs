/* global document -- used inside page.evaluate(), which runs in the browser */
// The npm path, end to end: pack golden-bridge, install the tarball into a fresh project, then
//  (a) bundle an app per widget that imports only that widget: one copy of Lit, no other widget;
//  (b) type-check TypeScript through HTMLElementTagNameMap, and TSX against React 19 and Preact;
//  (c) render a widget from the installed package in Chromium.
// Run after `npm run build` (npm test does). Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ENGINES, engineAvailable } from './engines.mjs';

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
  check(published.every(path => /^(dist\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/.test(path)), `the tarball holds only dist, manifest, README, LICENSE, package.json (${published.length} files)`);
  check(!published.some(path => /\.test\.|test-helpers|stories|\.map$/.test(path)), 'no tests, stories or source maps are published');
  check(published.includes('dist/golden-bridge.js') && published.includes('custom-elements.json'), 'the bundle and the manifest are published');

  console.log('› a fresh project installs the tarball');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'gb-consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(work, pack.filename), '@types/react@19', 'preact@10'], {
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
      `card.addEventListener('gb-error', event => event.detail.field.toUpperCase());\n`,
  );
  writeFileSync(
    join(work, 'react-app.tsx'),
    `import type {} from 'golden-bridge/react';\n` +
      `export const Ok = () => <gb-quote-card variant="pull" quote="Art and culture are a golden bridge." speaker="Kassym-Jomart Tokayev" speaker-role="President of Kazakhstan" date="2025-09-02" />;\n` +
      `// @ts-expect-error: not a variant\nexport const Bad = () => <gb-quote-card variant="banner" />;\n`,
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

  console.log('› (c) rendering from the installed package');
  if (!engineAvailable('chromium')) {
    console.warn('  ! Chromium is missing: skipped');
  } else {
    const bundle = await esbuild.build({
      entryPoints: [join(work, 'app-quote-card.js')],
      absWorkingDir: work,
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const page = `<!doctype html><html lang="en"><body>
      <gb-quote-card variant="card" quote="Art and culture are a golden bridge that unites different nations." speaker="Kassym-Jomart Tokayev" date="2025-09-02"></gb-quote-card>
      <script type="module" src="/app.js"></script></body></html>`;
    const server = createServer((request, response) => {
      const isScript = request.url === '/app.js';
      response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' });
      response.end(isScript ? bundle.outputFiles[0].text : page);
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      executablePath: ENGINES.chromium.binary,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const tab = await browser.newPage();
      const errorsSeen = [];
      tab.on('pageerror', error => errorsSeen.push(String(error)));
      await tab.goto(`http://127.0.0.1:${server.address().port}/`);
      await tab.waitForFunction(() => document.querySelector('gb-quote-card')?.shadowRoot?.querySelector('[part=speaker]'));
      const speaker = await tab.evaluate(() => document.querySelector('gb-quote-card').shadowRoot.querySelector('[part=speaker]').textContent);
      check(speaker === 'Kassym-Jomart Tokayev', 'a quote card renders in Chromium from the installed package');
      check(errorsSeen.length === 0, `no page errors ${errorsSeen.join(' ')}`);
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
