import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../core/url.js';
import { parseInert } from './inert-html.js';

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
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'textarea', 'title', 'select', 'head', 'frameset', 'noembed', 'noframes', 'xmp', 'plaintext']);
// Elements that break the text into paragraphs (a list item is one too).
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'br', 'hr', 'table', 'tr', 'td', 'th', 'pre', 'figure', 'figcaption']);
const ELEMENT = 1;
const TEXT = 3;

/** Emphasis and link in force at a node: set by its ancestors. */
interface Marks {
  strong?: true;
  em?: true;
  href?: string;
}

/**
 * Reads HTML from content (TimelineJS3's `text` fields) through a strict allow-list: paragraphs,
 * line breaks, emphasis and links with safe URLs. Every other element is dropped and its text kept;
 * scripts, styles, frames, SVG and MathML are dropped with their content; comments and CDATA are
 * dropped. The HTML is parsed by the browser itself, inert (inert-html.ts), so the reader sees the
 * text a browser would show — entities decoded, unclosed tags closed — and none of the markup.
 * The result is plain data, rendered as text. Where the page refuses the parser (a Trusted Types
 * policy that does not name golden-bridge), see `readAsPlainText`.
 */
export function readRichText(html: string): RichText {
  if (!/[<&]/.test(html)) return finish([[{ text: collapse(html) }]]);
  const fragment = parseInert(html);
  if (!fragment) return finish([[{ text: readAsPlainText(html) }]]);
  const paragraphs: RichText = [];
  let current: Inline[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current);
    current = [];
  };
  // Depth first, without recursion (the parser nests up to some 512 levels, whatever the input);
  // `null` marks the end of a block, which ends its paragraph.
  const stack: Array<[Node, Marks] | null> = [...fragment.childNodes].reverse().map(node => [node, {}] as [Node, Marks]);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry === null) {
      flush();
      continue;
    }
    const [node, marks] = entry;
    if (node.nodeType === TEXT) {
      const text = collapse((node as Text).data);
      if (text) current.push({ text, ...marks });
      continue;
    }
    if (node.nodeType !== ELEMENT) continue; // comments, CDATA read as comments, processing instructions
    const element = node as Element;
    // Only HTML's own elements: an <svg> or <math> subtree is dropped whole, and nothing in another namespace counts.
    const tag = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? element.localName : 'svg';
    if (DROPPED.has(tag)) continue;
    const inner: Marks = { ...marks };
    if (tag === 'strong' || tag === 'b') inner.strong = true;
    else if (tag === 'em' || tag === 'i') inner.em = true;
    else if (tag === 'a') {
      const href = element.getAttribute('href');
      const safe = href === null ? undefined : safeUrl(href);
      if (safe) inner.href = safe;
      else delete inner.href; // a link inside a link, or one to nowhere safe: its text is plain
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push([child, inner]);
  }
  flush();
  return finish(paragraphs);
}

const collapse = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ');

/** Whitespace between runs is kept; at the edges of a paragraph it is not. Blank paragraphs go. */
function finish(paragraphs: RichText): RichText {
  for (const paragraph of paragraphs) {
    while (paragraph.length && !(paragraph[0].text = paragraph[0].text.trimStart())) paragraph.shift();
    while (paragraph.length && !(paragraph[paragraph.length - 1].text = paragraph[paragraph.length - 1].text.trimEnd())) paragraph.pop();
  }
  return paragraphs.filter(paragraph => paragraph.length);
}

/** Rich text flattened to one line of text: for fields that are plain text in a widget (a title, a caption). */
export const plainTextOf = (text: RichText) => text.map(paragraph => paragraph.map(run => run.text).join('')).join(' ');

/**
 * HTML as one paragraph of plain text, for a page that refuses the parser: whatever could be a tag
 * is left out (from a `<` that opens one, as HTML reads it, to the next `>` or the end), and so is
 * the content of scripts and styles; the commonest entities are decoded. Coarser than the parser's
 * reading (a `>` inside an attribute value ends the tag early), but it never shows a tag whole.
 */
export function readAsPlainText(html: string): string {
  return collapse(
    html
      .replace(/<(script|style|template|svg|math|title|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<!--[\s\S]*?(?:-->|$)|<[a-z/!?][^>]*(?:>|$)/gi, tag => (BLOCK.has(/^<\/?([a-z\d]*)/i.exec(tag)![1].toLowerCase()) ? ' ' : ''))
      .replace(/&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([\da-f]{1,6}));/gi, (whole, name?: string, decimal?: string, hex?: string) => {
        if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name.toLowerCase()] ?? whole;
        const code = decimal ? Number(decimal) : parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }),
  ).trim();
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
