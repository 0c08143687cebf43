/* global window */
// End-to-end check of `golden-bridge embed` in Chromium: the command writes the demo article's
// embeds; a host page frames each in `sandbox="allow-scripts"` (an opaque origin, as WordPress
// frames them) with golden-bridge's host script; every frame must be exactly as tall as its
// content at 320 px and 800 px, with no console error, and post AMP's and WordPress's height
// messages in their documented shapes. The oEmbed JSON must carry the fields oEmbed 1.0 asks for.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ENGINES } from './engines.mjs';
import { settledFrameSizes } from './frame-sizes.mjs';

const out = mkdtempSync(join(tmpdir(), 'gb-embed-'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let passed = 0;
const failures = [];
const check = (ok, what) => (ok ? passed++ : failures.push(what));

const server = createServer((request, response) => {
  const name = new URL(request.url, 'http://x').pathname.slice(1) || 'host.html';
  try {
    const body = readFileSync(join(out, name));
    response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const command = spawnSync('node', ['bin/golden-bridge.mjs', 'embed', 'src/embed/fixtures/article.html', '--out', out, '--base-url', base], {
  encoding: 'utf8',
});
check(command.status === 0, `the embed command exits 0 (got ${command.status}: ${command.stderr})`);
const ids = readdirSync(out).filter(name => name.endsWith('.oembed.json')).map(name => name.replace('.oembed.json', ''));
check(ids.length >= 4, `an embed per widget of the fixture (got ${ids.length})`);

for (const id of ids) {
  const oembed = JSON.parse(readFileSync(join(out, `${id}.oembed.json`), 'utf8'));
  check(oembed.type === 'rich' && oembed.version === '1.0', `${id}: oEmbed type rich, version 1.0`);
  check(typeof oembed.title === 'string' && oembed.title.length > 0 && typeof oembed.provider_name === 'string', `${id}: oEmbed title and provider_name`);
  check(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.height > 0, `${id}: oEmbed width and height`);
  check(/^<blockquote class="wp-embedded-content"/.test(oembed.html) && /<iframe [^>]*title="/.test(oembed.html), `${id}: oEmbed html is the blockquote, then a titled iframe`);
  const snippets = JSON.parse(readFileSync(join(out, `${id}.snippets.json`), 'utf8'));
  check(['script', 'iframe', 'url'].every(key => typeof snippets[key] === 'string'), `${id}: snippets hold script, iframe and url`);
  const page = readFileSync(join(out, `${id}.html`), 'utf8');
  check(/<meta http-equiv="Content-Security-Policy"/.test(page) && /application\/json\+oembed/.test(page) && /<title>/.test(page), `${id}: the page has a CSP, an oEmbed link and a title`);
}

const frames = ids.map(id => `<iframe data-golden-bridge src="${id}.html#?secret=abc123" title="${id}" height="150" style="display:block;inline-size:100%;border:0" sandbox="allow-scripts"></iframe>`);
writeFileSync(
  join(out, 'host.html'),
  `<!doctype html><html><head><meta charset="utf-8"><script>window.gbMessages = []; addEventListener('message', e => gbMessages.push(e.data));</script></head>
<body style="margin:0"><div id="column">${frames.join('\n')}</div><script src="golden-bridge-host.js" async></script></body></html>`,
);

const browser = await puppeteer.launch({
  executablePath: ENGINES.chromium.binary,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const width of [320, 800]) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', message => message.type() === 'error' && !/favicon|404/.test(message.text()) && errors.push(message.text()));
    page.on('pageerror', error => errors.push(String(error)));
    await page.setViewport({ width, height: 900 });
    await page.goto(`${base}/host.html`);
    const sizes = await settledFrameSizes(page, all => all.length === ids.length && all.every(size => Math.abs(size.content - size.box) < 1));
    for (const size of sizes) check(Math.abs(size.content - size.box) < 1, `${width} px: ${size.url} frame ${size.box} px, content ${size.content} px`);
    const messages = await page.evaluate(() => window.gbMessages);
    check(messages.some(m => m && m.sentinel === 'amp' && m.type === 'embed-size' && Number.isFinite(m.height)), `${width} px: AMP embed-size messages`);
    check(messages.some(m => m && m.secret === 'abc123' && m.message === 'height' && Number.isFinite(m.value)), `${width} px: WordPress height messages with the secret`);
    check(errors.length === 0, `${width} px: no console error in sandboxed embeds (${errors.join('; ')})`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`embed: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
