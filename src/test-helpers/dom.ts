import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './console.js';

/** A widget's first shadow element with `part~=name`. */
export const part = <E extends HTMLElement = HTMLElement>(widget: Element, name: string): E | null =>
  widget.shadowRoot!.querySelector<E>(`[part~="${name}"]`);

/** Every shadow element with `part~=name`. */
export const parts = <E extends HTMLElement = HTMLElement>(widget: Element, name: string): E[] => [
  ...widget.shadowRoot!.querySelectorAll<E>(`[part~="${name}"]`),
];

/** The text of a part, whitespace collapsed as a reader sees it. */
export const partText = (widget: Element, name: string): string | undefined => part(widget, name)?.textContent?.replace(/[\t\n\f\r ]+/g, ' ').trim();

/** Polls until `condition` holds; fails after `timeout` ms. */
export async function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/**
 * Replaces navigator.clipboard for one test: `writeText` records what it is given (or runs
 * `write`), and `absent` removes the API as older engines lack it. Call `restore()` after.
 */
export function stubClipboard(write?: (text: string) => Promise<void>, absent = false) {
  const written: string[] = [];
  const value = absent ? undefined : { writeText: write ?? ((text: string) => (written.push(text), Promise.resolve())) };
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return {
    written,
    restore: () => delete (navigator as { clipboard?: unknown }).clipboard,
  };
}

/** Renders an element made by script (the property path) in the page and waits for it to draw. */
export async function attach<E extends HTMLElement>(element: E): Promise<E> {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(element);
  await settle(wrapper);
  return element;
}

/** One content, given the three ways an author can give it. */
export interface AuthoringPaths {
  /** Light DOM: the no-JavaScript rendering. */
  light: () => TemplateResult;
  /** The same content as attributes. */
  attributes: () => TemplateResult;
  /** The same content as properties, set on an element made by script. */
  properties: () => HTMLElement;
}

/**
 * The shared loop of every widget: each case's content, given by light DOM, attributes and
 * properties, must render the same shadow DOM (compared by @open-wc's semantic DOM diff, which
 * ignores Lit's marker comments, whitespace and attribute order).
 */
export function describeAuthoringPaths(tag: string, cases: Record<string, AuthoringPaths>): void {
  describe(`${tag}: the three authoring paths render the same shadow DOM`, () => {
    for (const [name, paths] of Object.entries(cases)) {
      it(name, async () => {
        const light = await fixture(paths.light());
        const attributes = await fixture(paths.attributes());
        const properties = await attach(paths.properties());
        await settle(light);
        await settle(attributes);
        const reference = light.shadowRoot!.innerHTML;
        expect(attributes, 'attributes against light DOM').shadowDom.to.equal(reference);
        expect(properties, 'properties against light DOM').shadowDom.to.equal(reference);
      });
    }
  });
}
