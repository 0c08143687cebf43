/**
 * What `golden-bridge embed` (bin/embed.mjs) and the builder page (src/builder/) both write: the
 * static embed page, its oEmbed response and the three snippets. Pure string work, no Node and no
 * DOM, so the command line and the browser make byte-identical files. Hashes are computed by the
 * caller (node:crypto there, crypto.subtle here) and passed in.
 */

/** Heights used when no browser can measure, per widget, at about 640 px wide. */
export const DEFAULT_HEIGHTS: Record<string, number> = {
  'gb-quote-card': 360,
  'gb-stat-group': 320,
  'gb-stat-badge': 200,
  'gb-timeline': 800,
  'gb-proverb': 280,
};
export const FALLBACK_HEIGHT = 400;

/** Every character that could end an attribute or start markup, as a numeric reference. */
export const escapeHtml = (text: unknown): string => String(text).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

/** The page's own layout: no margin, a transparent canvas, the width of the frame. */
export const PAGE_CSS =
  'html,body{margin:0;padding:0;background:transparent}body{font-family:system-ui,sans-serif;line-height:1.5}main{display:flow-root}';

/** `sha384-…` of each inlined script and style, in the page's Content-Security-Policy. */
export interface EmbedHashes {
  frameScript: string;
  bundle: string;
  pageCss: string;
  css: string;
}

export interface EmbedPageOptions {
  title: string;
  lang?: string;
  dir?: string;
  /** The widget's own HTML. */
  source: string;
  bundle: string;
  frameScript: string;
  css: string;
  oembedUrl: string;
  baseOrigin: string;
  /** Origins the widget may fetch from (a timeline's `src`). */
  connect: string[];
  hashes: EmbedHashes;
}

/** A static embed page: the widget's HTML, bundle and stylesheet inlined under a hash-only CSP. */
export function embedPage({ title, lang, dir, source, bundle, frameScript, css, oembedUrl, baseOrigin, connect, hashes }: EmbedPageOptions): string {
  for (const [name, text] of [['bundle', bundle], ['frame script', frameScript]]) {
    if (/<\/script/i.test(text) || (/<!--/.test(text) && /<script/i.test(text))) throw new Error(`the ${name} cannot be inlined: it holds a script tag`);
  }
  if (/<\/style/i.test(css)) throw new Error('golden-bridge.css cannot be inlined');
  const csp = [
    "default-src 'none'",
    `script-src '${hashes.frameScript}' '${hashes.bundle}'`,
    `style-src '${hashes.pageCss}' '${hashes.css}'`,
    `img-src ${baseOrigin} https: data:`,
    `connect-src ${connect.length ? connect.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return `<!doctype html>
<html lang="${escapeHtml(lang ?? 'en')}"${dir ? ` dir="${escapeHtml(dir)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(title)}">
<base target="_blank">
<style>${PAGE_CSS}</style>
<style>${css}</style>
</head>
<body>
<main>
${source}
</main>
<script>${frameScript}</script>
<script type="module">${bundle}</script>
</body>
</html>
`;
}

export interface OembedOptions {
  title: string;
  provider: string;
  providerUrl: string;
  url: string;
  width: number;
  height: number;
}

/** The oEmbed response: WordPress shows the blockquote until the frame reports its height. */
export function oembed({ title, provider, providerUrl, url, width, height }: OembedOptions) {
  const html =
    `<blockquote class="wp-embedded-content"><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe class="wp-embedded-content" src="${escapeHtml(url)}" width="${width}" height="${height}" title="${escapeHtml(title)}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
  return { type: 'rich', version: '1.0', title, provider_name: provider, provider_url: providerUrl, width, height, html };
}

export interface SnippetOptions {
  title: string;
  /** The embed page's address. */
  url: string;
  height: number;
  /** Where golden-bridge.js, golden-bridge.css and golden-bridge-host.js are served, ending in `/`. */
  baseUrl: string;
  /** The bundle's `sha384-…` (dist/integrity.json). */
  integrity: string;
}

/** The three ways to embed: the script tag (before the widget's HTML), the sized iframe, the bare URL. */
export function snippets({ title, url, height, baseUrl, integrity }: SnippetOptions): { script: string; iframe: string; url: string } {
  const script =
    `<script type="module" src="${baseUrl}golden-bridge.js" integrity="${integrity}" crossorigin="anonymous"></script>\n` +
    `<link rel="stylesheet" href="${baseUrl}golden-bridge.css">`;
  const iframe =
    `<iframe data-golden-bridge src="${escapeHtml(url)}" title="${escapeHtml(title)}" height="${height}" ` +
    `style="display:block;inline-size:100%;border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"></iframe>\n` +
    `<script src="${baseUrl}golden-bridge-host.js" async></script>`;
  return { script, iframe, url };
}
