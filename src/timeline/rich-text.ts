import { safeUrl } from '../core/url.js';

/** A run of text, maybe emphasized or a link. */
export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
  href?: string;
}
/** Paragraphs of runs: all that survives of HTML from content. */
export type RichText = Inline[][];

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section']);
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'textarea', 'title']);

/**
 * Reads HTML from content (TimelineJS3's `text` fields) through a strict allow-list: paragraphs,
 * line breaks, emphasis and links with safe URLs. Everything else becomes its text, and scripts,
 * styles and frames are dropped whole. Parsing happens in an inert document made by DOMParser —
 * nothing there runs or loads — and the result is plain data that templates render as text.
 */
export function readRichText(html: string): RichText {
  if (!/[<&]/.test(html)) return [[{ text: html }]];
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const paragraphs: RichText = [];
  let current: Inline[] = [];
  const flush = () => {
    const kept = current.filter(run => run.text.trim() || run.href);
    if (kept.length) paragraphs.push(kept);
    current = [];
  };
  const walk = (node: Node, style: Omit<Inline, 'text'>) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ');
      if (text) current.push({ ...style, text });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (DROPPED.has(tag)) return;
    if (tag === 'br') return flush();
    const next = { ...style };
    if (tag === 'strong' || tag === 'b') next.strong = true;
    if (tag === 'em' || tag === 'i') next.em = true;
    if (tag === 'a') {
      const href = safeUrl(element.getAttribute('href') ?? '');
      if (href) next.href = href;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    element.childNodes.forEach(child => walk(child, next));
    if (block) flush();
  };
  body.childNodes.forEach(child => walk(child, {}));
  flush();
  return paragraphs;
}
