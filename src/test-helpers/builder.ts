import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GbErrorDetail } from '../core/problems.js';
import '../builder/main.js';
import type { GbBuilder } from '../builder/builder.js';
import { settle } from './console.js';
import { waitFor } from './dom.js';

/** The builder, served beside the built bundle (dist/, which `npm run build` writes), integrity read. */
export async function openBuilder(): Promise<GbBuilder> {
  const builder = await fixture<GbBuilder>(html`<gb-builder dist="/dist/"></gb-builder>`);
  await waitFor(() => code(builder).includes('integrity="sha384-'));
  await settleStage(builder);
  return builder;
}

export const $ = <E extends Element = HTMLElement>(builder: Element, selector: string): E => {
  const found = builder.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};

/** The code the builder shows (what it copied last, else the script-tag snippet). */
export const code = (builder: Element): string => builder.querySelector<HTMLTextAreaElement>('#code')?.value ?? '';

export const stage = (builder: Element): HTMLElement => $(builder, '.stage');

/** Waits for the preview's widgets to draw, then for the builder to show their problems. */
export async function settleStage(builder: GbBuilder): Promise<void> {
  await builder.updateComplete;
  const widget = () => stage(builder).firstElementChild;
  await waitFor(() => !!widget()?.shadowRoot);
  await settle(stage(builder));
  await builder.updateComplete;
}

/** Presses Tab until `target` has the focus (keyboard only: the way a reader gets there). */
export async function tabTo(target: Element, limit = 120): Promise<void> {
  for (let i = 0; i < limit && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  if (document.activeElement !== target) throw new Error(`Tab never reached #${target.id || target.localName}`);
}

/** What a problem event says, without the value's shortening. */
export const said = (detail: GbErrorDetail): string => `${detail.element} ${detail.field}: ${detail.message}`;

/**
 * Every golden-bridge element's shadow DOM under `root`: Lit's marker comments left out, and the
 * whitespace around tags, which the bundle's minified templates drop and the sources keep.
 */
export function shadows(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')]
    .filter(el => el.localName.startsWith('gb-'))
    .map(el => {
      const dom = (el.shadowRoot?.innerHTML ?? '').replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ').replace(/\s*([<>])\s*/g, '$1');
      return `${el.localName}: ${dom}`;
    });
}

/**
 * Pastes `snippet` into a blank page (an iframe's srcdoc, nothing else in it but a listener that
 * records problem events) and waits for its widgets to draw: if the bundle never runs, this fails.
 */
export async function blankPage(snippet: string, whole = false): Promise<{ body: HTMLElement; seen: GbErrorDetail[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  // `whole`: the snippet is a page of its own (an embed page), taken as it is
  frame.srcdoc = whole ? snippet : `<!doctype html><html><head><meta charset="utf-8"><script>window.seen = []; addEventListener('gb-error', e => seen.push(e.detail));</script></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await waitFor(() => frame.contentDocument?.readyState === 'complete' && !!frame.contentDocument.body.querySelector('*'));
  const body = frame.contentDocument!.body;
  const widgets = () => [...body.querySelectorAll('*')].filter(el => el.localName.startsWith('gb-'));
  await waitFor(() => widgets().length > 0 && widgets().every(el => !!el.shadowRoot), 10000);
  await settle(body);
  const seen = (frame.contentWindow as unknown as { seen?: GbErrorDetail[] }).seen ?? [];
  return { body, seen, frame };
}

/** The text a reader sees under `node`: shadow roots entered, slots filled, styles left out. */
export function flatText(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element) || n.localName === 'style') return '';
    if (n instanceof HTMLSlotElement) return n.assignedNodes({ flatten: true }).map(walk).join(' ');
    const children = n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    return [...children].map(walk).join(' ');
  };
  const root = node instanceof Element || node instanceof DocumentFragment ? [...node.childNodes] : [node];
  return root.map(walk).join(' ').replace(/\s+/g, ' ').trim();
}
