import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { GbErrorDetail } from '../core/problems.js';
import { LEAKED_VALUES, renderedText, settle, watchConsole, type ConsoleWatch } from './console.js';
import { waitFor } from './dom.js';

/**
 * Renders `template` and waits for it to draw, recording meanwhile every `gb-error` that reaches
 * the document and every console warning and error; the console is restored even if rendering throws.
 * With `until`, it also waits (up to `timeout` ms) for the problems or the state it expects, as
 * those of a load come late, then a little longer, so that one reported twice is seen twice.
 */
export async function renderWatched<E extends HTMLElement>(
  template: TemplateResult,
  until?: (details: GbErrorDetail[], element: E) => boolean,
  timeout = 8000,
): Promise<{ element: E; details: GbErrorDetail[]; console: ConsoleWatch }> {
  const details: GbErrorDetail[] = [];
  const onError = (event: Event) => void details.push((event as CustomEvent<GbErrorDetail>).detail);
  document.addEventListener('gb-error', onError);
  const console = watchConsole();
  try {
    const element = await fixture<E>(template);
    if (until) await waitFor(() => until(details, element), timeout);
    await settle(element);
    if (until) await new Promise(resolve => setTimeout(resolve, 50));
    return { element, details, console };
  } finally {
    console.restore();
    document.removeEventListener('gb-error', onError);
  }
}

/**
 * Renders a widget with one bad input and checks the one error path: exactly one `console.warn`
 * naming the element, exactly one `gb-error` reaching the document (bubbling, composed) with the
 * expected field, no console error, nothing thrown, and no leaked `NaN`/`undefined`/`Invalid Date`.
 */
export async function expectOneProblem<E extends HTMLElement>(
  template: TemplateResult,
  field: string,
): Promise<{ element: E; detail: GbErrorDetail }> {
  const { element, details, console } = await renderWatched<E>(template);
  const tag = element.localName;
  expect(console.errors, 'console errors').to.deep.equal([]);
  expect(details.map(d => d.field), 'gb-error fields').to.deep.equal([field]);
  expect(details[0].element).to.equal(tag);
  expect(console.warnings, 'console warnings').to.have.length(1);
  expect(String(console.warnings[0][0])).to.contain(`<${tag}>`).and.to.contain(field);
  expect(renderedText(element)).not.to.match(LEAKED_VALUES);
  return { element, detail: details[0] };
}

/** Renders a widget that must raise no problem at all. */
export async function expectNoProblem<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const { element, details, console } = await renderWatched<E>(template);
  expect(details, 'gb-error events').to.deep.equal([]);
  expect(console.warnings, 'console warnings').to.deep.equal([]);
  expect(console.errors, 'console errors').to.deep.equal([]);
  return element;
}
