/**
 * What the builder hands over: the script-tag HTML, the iframe embed with its static page, and the
 * data file. The snippets and the page come from src/embed/snippets.ts, which the embed command
 * (bin/embed.mjs) uses too, so both write the same thing.
 */
import { DEFAULT_HEIGHTS, FALLBACK_HEIGHT, PAGE_CSS, embedPage, snippets } from '../embed/snippets.js';
import { filled } from './html.js';
import { SPECS, type BuilderData } from './specs.js';

/** Where the golden-bridge files are served (ends in `/`), and the bundle's `sha384-…`. */
export interface Hosting {
  baseUrl: string;
  integrity: string;
}

/** The embed's file name stem: the widget's `id`, made safe, else the widget's kind. */
export function embedId(data: BuilderData): string {
  const id = (data.values.id ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return id || data.widget;
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A title for the frame and the embed page: what a reader would call the widget. */
export function titleOf(data: BuilderData): string {
  const { values, items } = data;
  const first = items[0] ?? {};
  // as the embed command names a quote: its first 70 characters, then the speaker
  if (data.widget === 'quote-card' && values.quote?.trim()) return `“${clip(values.quote.trim(), 70)}”${values.speaker?.trim() ? ` — ${values.speaker.trim()}` : ''}`;
  const words = data.widget === 'stat-group' ? values.label || first.label : data.widget === 'proverb' ? values.original : first.title;
  return clip((words ?? '').trim()) || `golden-bridge ${data.widget.replace(/-/g, ' ')}`;
}

/** `?` when the base URL is not an http(s) address ending in `/`: the snippets would point nowhere. */
export function normalBase(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The script tag and stylesheet (as the embed command writes them), then the widget's HTML. */
export const scriptSnippet = (html: string, hosting: Hosting, data: BuilderData): string =>
  `${snippets({ ...hosting, title: titleOf(data), url: '', height: 0 }).script}\n\n${html}\n`;

/** The embed page's address, beside the bundle. */
export const pageUrl = (data: BuilderData, hosting: Hosting): string => `${hosting.baseUrl}${embedId(data)}.html`;

/** The sized iframe and the host script; `height` is the preview's, else the widget's default. */
export function iframeSnippet(data: BuilderData, hosting: Hosting, height?: number): string {
  const tag = SPECS[data.widget].tag;
  const fallback = DEFAULT_HEIGHTS[tag] ?? FALLBACK_HEIGHT;
  return `${snippets({ ...hosting, title: titleOf(data), url: pageUrl(data, hosting), height: height || fallback }).iframe}\n`;
}

const sha384 = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
};

/** The static embed page for the iframe, from the files the builder is served beside (`dist`). */
export async function embedPageFile(data: BuilderData, html: string, hosting: Hosting, dist: string): Promise<string> {
  const read = async (file: string) => {
    const response = await fetch(new URL(file, dist));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return response.text();
  };
  const [bundle, css, frame] = await Promise.all(['golden-bridge.js', 'golden-bridge.css', 'embed-frame.js'].map(read));
  // as the embed command reads them: the frame script trimmed, the rest as served
  const frameScript = frame.trim();
  const base = new URL(hosting.baseUrl);
  return embedPage({
    title: titleOf(data),
    lang: data.values.lang,
    source: html,
    bundle,
    frameScript,
    css,
    oembedUrl: `${hosting.baseUrl}${embedId(data)}.oembed.json`,
    baseOrigin: base.origin,
    connect: [],
    hashes: { bundle: await sha384(bundle), frameScript: await sha384(frameScript), pageCss: await sha384(PAGE_CSS), css: await sha384(css) },
  });
}

/**
 * The data as a file: a timeline's events, or a stat group's figures, as the JSON their `src`
 * takes (`src: true`); a quote or proverb as the builder's own JSON, which pasting back reads.
 */
export function dataFile(data: BuilderData): { name: string; text: string; src: boolean } {
  const spec = SPECS[data.widget];
  const items = data.items.map(item => filled(spec.list.fields, item)).filter(item => Object.keys(item).length);
  if (data.widget === 'timeline' || data.widget === 'stat-group') return { name: `${embedId(data)}.json`, text: `${JSON.stringify(items, null, 2)}\n`, src: true };
  const values = filled(spec.fields, data.values);
  return { name: `${embedId(data)}.golden-bridge.json`, text: `${JSON.stringify({ widget: data.widget, values, items }, null, 2)}\n`, src: false };
}
