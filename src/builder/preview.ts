/**
 * The live preview: the very HTML the builder copies, parsed inertly and moved into a stage in this
 * page, where the page's bundle upgrades it. The stage's width, colour scheme and language are the
 * reader's page; the HTML itself is never changed but for a language picked to try.
 */

/** How the author asked to see the widget. */
export interface PreviewView {
  theme: 'light' | 'dark';
  width: 'narrow' | 'wide';
  /** A page language to try in place of the content's own; empty for the content's own. */
  lang: string;
}

/** Replaces the stage's widget with one made from `html`; returns it. */
export function fillStage(stage: HTMLElement, html: string, lang: string): Element | null {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  stage.replaceChildren(...[...parsed.body.childNodes].map(node => document.importNode(node, true)));
  const widget = stage.firstElementChild;
  if (lang && widget) widget.setAttribute('lang', lang);
  return widget;
}
