import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { GbErrorDetail } from '../core/problems.js';
import { LEAKED_VALUES, renderedText, settle, watchConsole } from './console.js';

/**
 * Renders a widget with one bad input and checks the one error path: exactly one `console.warn`
 * naming the element, exactly one `gb-error` reaching the document (bubbling, composed) with the
 * expected field, no console error, nothing thrown, and no leaked `NaN`/`undefined`/`Invalid Date`.
 */
export async function expectOneProblem<E extends HTMLElement>(
  template: TemplateResult,
  field: string,
): Promise<{ element: E; detail: GbErrorDetail }> {
  const details: GbErrorDetail[] = [];
  const onError = (event: Event) => void details.push((event as CustomEvent<GbErrorDetail>).detail);
  document.addEventListener('gb-error', onError);
  const console = watchConsole();
  let element: E;
  try {
    element = await fixture<E>(template);
    await settle(element);
  } finally {
    console.restore();
    document.removeEventListener('gb-error', onError);
  }
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
  const details: GbErrorDetail[] = [];
  const onError = (event: Event) => void details.push((event as CustomEvent<GbErrorDetail>).detail);
  document.addEventListener('gb-error', onError);
  const console = watchConsole();
  let element: E;
  try {
    element = await fixture<E>(template);
    await settle(element);
  } finally {
    console.restore();
    document.removeEventListener('gb-error', onError);
  }
  expect(details, 'gb-error events').to.deep.equal([]);
  expect(console.warnings, 'console warnings').to.deep.equal([]);
  expect(console.errors, 'console errors').to.deep.equal([]);
  return element;
}
