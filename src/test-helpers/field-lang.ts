import { expect } from '@open-wc/testing';
import { part } from './dom.js';

/**
 * Checks that a widget's rendered part is in `lang`: it matches `:lang(lang)` (what the engine, its
 * hyphenation and its accessibility tree use), and says so with a `lang` attribute of its own in the
 * shadow DOM when its language differs from the widget's. It must be read as such: not hidden from
 * the accessibility tree behind a name that joins it to text in another language.
 */
export function expectPartLang(widget: Element, name: string, lang: string, selector = `[part~="${name}"]`): void {
  const element = selector === `[part~="${name}"]` ? part(widget, name) : widget.shadowRoot!.querySelector(selector);
  expect(element, `${name} rendered`).to.exist;
  expect(element!.matches(`:lang(${lang})`), `${name} is in ${lang} (lang="${element!.closest('[lang]')?.getAttribute('lang')}")`).to.equal(true);
  expect(element!.closest('[aria-hidden="true"]') === null, `${name} is read by a screen reader, in its own voice`).to.equal(true);
  // booleans, not elements: chai's report of a failed comparison of elements walks their whole tree
  if (lang !== widget.getAttribute('lang')) expect(element!.closest('[lang]')!.getRootNode() === widget.shadowRoot, `${name}'s lang is in the shadow DOM`).to.equal(true);
}
