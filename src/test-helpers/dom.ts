import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './console.js';

/** A widget's shadow root, which every test of a drawn widget reads. */
export const root = (widget: Element): ShadowRoot => widget.shadowRoot!;

/** A widget's first shadow element with `part~=name`. */
export const part = <E extends HTMLElement = HTMLElement>(widget: Element, name: string): E | null =>
  widget.shadowRoot!.querySelector<E>(`[part~="${name}"]`);

/** Every shadow element with `part~=name`. */
export const parts = <E extends HTMLElement = HTMLElement>(widget: Element, name: string): E[] => [
  ...widget.shadowRoot!.querySelectorAll<E>(`[part~="${name}"]`),
];

/**
 * A widget's shadow markup on one line, Lit's marker comments and the whitespace between tags
 * dropped: for comparing two renderings exactly, text and attribute order included.
 */
export const markup = (widget: Element): string =>
  widget.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ').replace(/> </g, '><').trim();

/**
 * The text of a part as a reader sees it: whitespace collapsed (Intl's no-break spaces kept), and
 * without the words kept for screen readers alone (`.visually-hidden`).
 */
export function partText(widget: Element, name: string): string | undefined {
  const shown = part(widget, name)?.cloneNode(true) as Element | undefined;
  shown?.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
  return shown?.textContent?.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

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

/**
 * Replaces window.speechSynthesis for one test with a fake holding `voices` (more can be pushed
 * later, then `voicesChanged()` announces them, as Chromium does); `absent` removes the API.
 * What is spoken lands in `spoken`. Call `restore()` after.
 */
export function stubSpeech(absent = false) {
  const saved = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  const spoken: Array<{ text: string; lang: string }> = [];
  const voices: Array<{ lang: string; name: string }> = [];
  const listeners: Array<() => void> = [];
  const value = absent
    ? undefined
    : {
        getVoices: () => voices,
        cancel() {},
        speak: (utterance: SpeechSynthesisUtterance) => void spoken.push({ text: utterance.text, lang: utterance.lang }),
        addEventListener: (_: string, listener: () => void) => void listeners.push(listener),
        removeEventListener() {},
      };
  Object.defineProperty(window, 'speechSynthesis', { value, configurable: true });
  return {
    spoken,
    voices,
    voicesChanged: () => listeners.forEach(listener => listener()),
    restore() {
      if (saved) Object.defineProperty(window, 'speechSynthesis', saved);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    },
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

/** The golden-bridge elements inside a widget's light DOM that draw a shadow root of their own (a group's badges). */
const nestedWidgets = (widget: Element): Element[] =>
  [...widget.querySelectorAll('*')].filter(element => element.localName.startsWith('gb-') && element.shadowRoot);

/**
 * The shared loop of every widget: each case's content, given by light DOM, attributes and
 * properties, must render the same shadow DOM (compared by @open-wc's semantic DOM diff, which
 * ignores Lit's marker comments, whitespace and attribute order), and so must every widget nested
 * in it, in order (a stat group's badges).
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
        expect(light.localName, 'the light-DOM case renders the widget under test').to.equal(tag);
        const reference = light.shadowRoot!.innerHTML;
        expect(attributes, 'attributes against light DOM').shadowDom.to.equal(reference);
        expect(properties, 'properties against light DOM').shadowDom.to.equal(reference);
        const nested = nestedWidgets(light);
        for (const [path, widget] of [['attributes', attributes], ['properties', properties]] as const) {
          const others = nestedWidgets(widget);
          expect(others.map(other => other.localName), `${path}: the nested widgets`).to.deep.equal(nested.map(other => other.localName));
          others.forEach((other, index) => expect(other, `${path}: nested ${other.localName} #${index + 1}`).shadowDom.to.equal(nested[index].shadowRoot!.innerHTML));
        }
      });
    }
  });
}
