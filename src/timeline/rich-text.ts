import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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

// Elements whose content is no text for a reader: dropped whole, content and all.
const DROPPED = /<(script|style|template|iframe|object|embed|noscript|svg|math|textarea|title|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
// A tag (attribute values may hold ">"), or a comment.
const TAG = /<(\/?)([a-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)/gi;
const BLOCK = /^(p|div|li|ul|ol|h[1-6]|blockquote|section|br|hr|table|tr)$/;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    // "#x41" or "#65": as "0x41" or "065", Number reads either (hexadecimal after 0x, else decimal).
    const code = Number(`0${name.slice(1)}`);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });

/**
 * Reads HTML from content (TimelineJS3's `text` fields) through a strict allow-list: paragraphs,
 * line breaks, emphasis and links with safe URLs. Every other tag is dropped and its text kept;
 * scripts, styles and frames are dropped with their content. It tokenizes the string itself rather
 * than asking the browser to parse it: DOMParser is a Trusted Types sink, and a page under
 * `require-trusted-types-for 'script'` would refuse it. The result is plain data, rendered as text.
 */
export function readRichText(html: string): RichText {
  if (!/[<&]/.test(html)) return [[{ text: html }]];
  const paragraphs: RichText = [];
  let current: Inline[] = [];
  let strong = 0;
  let em = 0;
  const links: Array<string | undefined> = [];
  const flush = () => {
    const kept = current.filter(run => run.text.trim());
    if (kept.length) paragraphs.push(kept);
    current = [];
  };
  const addText = (raw: string) => {
    const text = decode(raw).replace(/[\t\n\f\r ]+/g, ' ');
    if (!text) return;
    const run: Inline = { text };
    if (strong) run.strong = true;
    if (em) run.em = true;
    const href = links[links.length - 1];
    if (href) run.href = href;
    current.push(run);
  };
  const source = html.replace(DROPPED, ' ');
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    addText(source.slice(last, match.index));
    last = match.index! + match[0].length;
    const [, closing, name = '', attributes = ''] = match;
    const tag = name.toLowerCase();
    if (!tag) continue; // a comment
    if (BLOCK.test(tag)) flush();
    else if (tag === 'strong' || tag === 'b') strong = Math.max(0, strong + (closing ? -1 : 1));
    else if (tag === 'em' || tag === 'i') em = Math.max(0, em + (closing ? -1 : 1));
    else if (tag === 'a') {
      if (closing) links.pop();
      else {
        const href = HREF.exec(attributes);
        links.push(href ? safeUrl(decode(href[1] ?? href[2] ?? href[3] ?? '')) : undefined);
      }
    }
  }
  addText(source.slice(last));
  flush();
  // Whitespace between runs is kept; at the edges of a paragraph it is not.
  for (const paragraph of paragraphs) {
    paragraph[0].text = paragraph[0].text.trimStart();
    paragraph[paragraph.length - 1].text = paragraph[paragraph.length - 1].text.trimEnd();
  }
  return paragraphs;
}

/** Rich text as paragraphs of text runs: emphasis and safe links only, everything as text. */
export function renderRichText(text: RichText, lang?: string): TemplateResult {
  const run = (inline: Inline) => {
    let content: TemplateResult | string = inline.text;
    if (inline.strong) content = html`<strong>${content}</strong>`;
    if (inline.em) content = html`<em>${content}</em>`;
    return inline.href ? html`<a href=${inline.href}>${content}</a>` : content;
  };
  // One line per paragraph template: whitespace inside <p> would become part of the text.
  return html`${text.map(paragraph => html`<p lang=${ifDefined(lang)}>${paragraph.map(run)}</p>`)}`;
}
