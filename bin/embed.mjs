// `golden-bridge embed`: static embed pages, oEmbed responses and snippets for every widget in an
// article's HTML. See stories/Embedding.mdx for what each file is for.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'parse5';

export const EMBED_USAGE = `Usage: golden-bridge embed <input.html> --out <dir> --base-url <url> [options]

  --out <dir>          where the files go (created if missing)
  --base-url <url>     the address <dir> will be served from (https://…/embeds/)
  --width <px>         the width the oEmbed height is measured at (default 640)
  --height <px>        the height to use when it cannot be measured (default: per widget, see docs)
  --theme light|dark   fix the colour scheme (default: the reader's; ?theme= in the URL also works)
  --provider <name>    oEmbed provider_name (default: the base URL's host)
  --no-measure         do not start Chromium to measure heights`;

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
// The page, oEmbed and snippet writers are shared with the builder page (src/embed/snippets.ts,
// compiled to dist/): one implementation, so both write the same files. Imported with a catch so a
// clone without a build still gets the "run npm run build" message below.
const shared = await import('../dist/embed/snippets.js').catch(() => undefined);
const escapeHtml = text => shared.escapeHtml(text);

const sha384 = text => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;

function parseArgs(args) {
  const options = { width: 640, measure: true };
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      if (i + 1 >= args.length) throw new Error(`${arg} needs a value`);
      return args[++i];
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--base-url') options.baseUrl = value();
    else if (arg === '--width') options.width = Number(value());
    else if (arg === '--height') options.height = Number(value());
    else if (arg === '--theme') options.theme = value();
    else if (arg === '--provider') options.provider = value();
    else if (arg === '--no-measure') options.measure = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  options.input = positional[0];
  if (options.help) return options;
  if (!options.input || !options.out || !options.baseUrl) throw new Error('needs <input.html>, --out and --base-url');
  const base = new URL(options.baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error('--base-url must be http(s)');
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  options.baseUrl = base.href;
  if (!(options.width > 0)) throw new Error('--width must be a positive number');
  if (options.height !== undefined && !(options.height > 0)) throw new Error('--height must be a positive number');
  if (options.theme !== undefined && options.theme !== 'light' && options.theme !== 'dark') throw new Error('--theme must be light or dark');
  return options;
}

const attr = (node, name) => node.attrs?.find(a => a.name === name)?.value;
const textOf = node => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));
const squash = text => text.replace(/\s+/g, ' ').trim();
const clip = (text, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function find(node, test) {
  if (test(node)) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every outermost gb-* element, with the lang and dir it inherits (a stat group's badges go with it). */
export function findWidgets(document) {
  const widgets = [];
  const walk = (node, lang, dir) => {
    lang = attr(node, 'lang') ?? lang;
    dir = attr(node, 'dir') ?? dir;
    if (node.tagName?.startsWith('gb-')) {
      widgets.push({ node, lang, dir });
      return;
    }
    for (const child of node.childNodes ?? []) walk(child, lang, dir);
    if (node.content) walk(node.content, lang, dir);
  };
  walk(document, undefined, undefined);
  return widgets;
}

/** A title for the embed: what a reader would call it. */
export function titleOf(node) {
  const own = attr(node, 'label') ?? attr(node, 'aria-label') ?? attr(node, 'title') ?? attr(node, 'heading');
  if (own) return clip(squash(own));
  if (node.tagName === 'gb-quote-card') {
    const quote = attr(node, 'quote') ?? textOf(find(node, n => n.tagName === 'blockquote') ?? { nodeName: '#text', value: '' });
    const speaker = attr(node, 'speaker') ?? textOf(find(node, n => attr(n, 'slot') === 'speaker') ?? { nodeName: '#text', value: '' });
    const text = squash(quote);
    if (text) return `“${clip(text, 70)}”${squash(speaker) ? ` — ${squash(speaker)}` : ''}`;
  }
  const heading = find(node, n => /^(h[1-6]|caption|p|blockquote)$/.test(n.tagName ?? ''));
  const words = heading && squash(textOf(heading));
  return words ? clip(words) : node.tagName.replace(/^gb-/, 'golden-bridge ').replace(/-/g, ' ');
}

const safeId = (value, used) => {
  let id = (value ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const stem = id;
  for (let n = 2; !id || used.has(id); n++) id = `${stem || 'widget'}-${n}`;
  used.add(id);
  return id;
};

/**
 * The widget's own HTML, as written; a timeline's `src` file beside the input is inlined as its
 * `events` (a frame in an opaque origin would need the host's CORS header to fetch it). Returns the
 * HTML and the origins left to fetch from.
 */
export function widgetSource(html, node, inputDir, warn, readTimelineSheet) {
  const location = node.sourceCodeLocation;
  let source = html.slice(location.startOffset, location.endOffset);
  const origins = [];
  const src = node.tagName === 'gb-timeline' ? attr(node, 'src') : undefined;
  if (src !== undefined) {
    const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');
    const file = isUrl ? undefined : resolve(inputDir, src.split(/[?#]/)[0]);
    if (file && existsSync(file) && attr(node, 'events') === undefined) {
      const text = readFileSync(file, 'utf8');
      // A sheet (.csv, .tsv) is read as the timeline reads it, its bad rows named here, once.
      const delimiter = /\.tsv$/i.test(file) ? '\t' : /\.csv$/i.test(file) ? ',' : undefined;
      const problems = [];
      const data = delimiter && readTimelineSheet ? readTimelineSheet(text, problems, delimiter) : JSON.parse(text); // a broken file fails here, loudly, not in every reader's browser
      for (const problem of problems) warn(`timeline src ${src} ${problem.field}: ${problem.message}`);
      const at = location.attrs.src;
      const start = at.startOffset - location.startOffset;
      const end = at.endOffset - location.startOffset;
      source = `${source.slice(0, start)}events="${escapeHtml(JSON.stringify(data))}"${source.slice(end)}`;
    } else if (isUrl) {
      origins.push(new URL(src, 'https://invalid/').origin);
      warn(`timeline src ${src} stays a URL: its host must send Access-Control-Allow-Origin: * (the sandboxed frame's origin is "null")`);
    } else {
      warn(`timeline src ${src} not found beside the input: it is fetched from the embed's host, which must send Access-Control-Allow-Origin: *`);
    }
  }
  return { source, origins };
}

/* global document, customElements, requestAnimationFrame -- the measuring function runs in the page */
/** Heights of the written pages at the given width, by Chromium through puppeteer-core, if both are here. */
async function measureHeights(files, width, warn) {
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    warn('puppeteer-core is not installed: oEmbed heights are the defaults (npm i -D puppeteer-core to measure)');
    return {};
  }
  const executablePath = [process.env.CHROMIUM_BIN, process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .find(path => path && existsSync(path));
  if (!executablePath) {
    warn('no Chromium found (set CHROMIUM_BIN): oEmbed heights are the defaults');
    return {};
  }
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const heights = {};
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    for (const [id, file] of Object.entries(files)) {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      heights[id] = await page.evaluate(async () => {
        const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error('widgets did not render')), 10_000));
        await Promise.race([timeout, rendered()]);
        return Math.ceil(document.querySelector('main').getBoundingClientRect().height);
        async function rendered() {
        const widgets = [...document.querySelectorAll('main *')].filter(el => el.localName.startsWith('gb-'));
        await Promise.all(widgets.map(el => customElements.whenDefined(el.localName)));
        await Promise.all(widgets.map(el => el.updateComplete));
        await document.fonts.ready;
        await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
      }).catch(error => {
        warn(`${id}: height not measured (${error.message})`);
        return undefined;
      });
    }
  } finally {
    await browser.close();
  }
  return heights;
}

/** Runs the command; returns the exit code. */
export async function runEmbed(args) {
  let options;
  try {
    options = parseArgs(args);
  } catch (error) {
    console.error(`golden-bridge embed: ${error.message}\n\n${EMBED_USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(EMBED_USAGE);
    return 0;
  }
  const warn = message => console.warn(`! ${message}`);
  const needed = ['golden-bridge.js', 'golden-bridge.css', 'golden-bridge-host.js', 'embed-frame.js'];
  const missing = needed.filter(file => !existsSync(join(DIST, file)));
  if (!shared) missing.push('embed/snippets.js');
  if (missing.length) {
    console.error(`golden-bridge embed: ${missing.join(', ')} missing from ${DIST} (run npm run build in a clone)`);
    return 1;
  }
  const html = readFileSync(options.input, 'utf8');
  const document = parse(html, { sourceCodeLocationInfo: true });
  const widgets = findWidgets(document);
  if (!widgets.length) {
    console.error(`golden-bridge embed: no gb-* element in ${options.input}`);
    return 1;
  }
  const bundle = readFileSync(join(DIST, 'golden-bridge.js'), 'utf8');
  const css = readFileSync(join(DIST, 'golden-bridge.css'), 'utf8');
  const frameScript = readFileSync(join(DIST, 'embed-frame.js'), 'utf8').trim();
  const integrity = sha384(bundle);
  const hashes = { frameScript: sha384(frameScript), bundle: integrity, pageCss: sha384(shared.PAGE_CSS), css: sha384(css) };
  mkdirSync(options.out, { recursive: true });
  for (const file of ['golden-bridge.js', 'golden-bridge.css', 'golden-bridge-host.js']) copyFileSync(join(DIST, file), join(options.out, file));
  const base = new URL(options.baseUrl);
  const used = new Set();
  const { readTimelineSheet } = await import(pathToFileURL(join(DIST, 'timeline/timeline.sheet.js')).href);
  const embeds = widgets.map(({ node, lang, dir }, index) => {
    const id = safeId(attr(node, 'id') ?? `${node.tagName.replace(/^gb-/, '')}-${index + 1}`, used);
    let { source, origins } = widgetSource(html, node, dirname(resolve(options.input)), message => warn(`${id}: ${message}`), readTimelineSheet);
    if (options.theme) source = source.replace(/^<gb-[a-z-]+/, open => `${open} theme="${options.theme}"`);
    const title = titleOf(node);
    const page = shared.embedPage({
      title, lang, dir, source, bundle, frameScript, css, hashes,
      oembedUrl: new URL(`${id}.oembed.json`, base).href,
      baseOrigin: base.origin,
      connect: [...new Set(origins)],
    });
    const file = join(options.out, `${id}.html`);
    writeFileSync(file, page);
    return { id, title, file, tag: node.tagName, url: new URL(`${id}.html`, base).href };
  });
  const measured = options.measure ? await measureHeights(Object.fromEntries(embeds.map(e => [e.id, e.file])), options.width, warn) : {};
  for (const embed of embeds) {
    const height = measured[embed.id] || options.height || shared.DEFAULT_HEIGHTS[embed.tag] || shared.FALLBACK_HEIGHT;
    const response = shared.oembed({ title: embed.title, provider: options.provider ?? base.host, providerUrl: base.origin, url: embed.url, width: options.width, height });
    writeFileSync(join(options.out, `${embed.id}.oembed.json`), `${JSON.stringify(response, null, 2)}\n`);
    const three = shared.snippets({ title: embed.title, url: embed.url, height, baseUrl: base.href, integrity });
    writeFileSync(join(options.out, `${embed.id}.snippets.json`), `${JSON.stringify(three, null, 2)}\n`);
    console.log(`\n━━ ${embed.id}: ${embed.title} (${height} px at ${options.width} px${measured[embed.id] ? ', measured' : ', default'})`);
    console.log(`script:\n${three.script}\n\niframe:\n${three.iframe}\n\nurl:\n${three.url}`);
  }
  return 0;
}
