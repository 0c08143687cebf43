/**
 * The browser's own HTML parser, run inert: markup from content is parsed into a template of a
 * document with no browsing context (never attached, no script runs, nothing loads), for
 * rich-text.ts to walk through its allow-list. Parsing HTML is a Trusted Types sink, so where the
 * page requires Trusted Types the string goes through a policy of ours, `golden-bridge`.
 */

/** The few Trusted Types names used here (lib.dom has none yet). */
interface HtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy;
}

/** The Trusted Types policy golden-bridge creates: a page's CSP must name it in `trusted-types`. */
export const POLICY_NAME = 'golden-bridge';

/**
 * Where the policy is kept: a registered symbol, so two copies of golden-bridge on one page (the
 * bundle and the npm modules) share one policy rather than the second being refused a duplicate,
 * and no element's `id` can stand in for it (DOM clobbering reaches string names only).
 */
const SHARED = Symbol.for('golden-bridge.html-policy');

type Holder = typeof globalThis & { [SHARED]?: HtmlPolicy | null; trustedTypes?: TrustedTypesFactory };

/**
 * The policy, or null when the page refuses it. Its createHTML returns the input unchanged: what it
 * makes is only ever parsed into the inert template below and read as data, never inserted.
 */
function policy(): HtmlPolicy | null | undefined {
  const holder = globalThis as Holder;
  // Where the browser has no Trusted Types, an element named "trustedTypes" could stand here: it has
  // no createPolicy function. Where it has them, the window's own attribute wins over named elements.
  const factory = holder.trustedTypes;
  if (typeof factory?.createPolicy !== 'function') return undefined;
  if (holder[SHARED] === undefined) {
    try {
      holder[SHARED] = factory.createPolicy(POLICY_NAME, { createHTML: input => input });
    } catch {
      holder[SHARED] = null; // the page's `trusted-types` directive does not name golden-bridge
    }
  }
  return holder[SHARED];
}

let template: HTMLTemplateElement | undefined;
/** Set once parsing has been refused (see parseInert): it is not tried, and reported, again. */
let refused = false;

/**
 * Parses `html` as a `<template>`'s content would be, in a document made for it and never shown;
 * the fragment is valid until the next call. Undefined when the page's Trusted Types policy refuses both golden-bridge's policy and plain
 * strings (see `parserRefused`).
 */
export function parseInert(html: string): DocumentFragment | undefined {
  if (refused) return undefined;
  template ??= document.implementation.createHTMLDocument('').createElement('template');
  const trusted = policy();
  try {
    // The one place HTML from content is parsed: into a template of a document never shown, whose
    // nodes are only read (rich-text.ts), never inserted. Without a policy, a page that does not
    // require Trusted Types takes the plain string.
    // eslint-disable-next-line no-restricted-properties
    template.innerHTML = (trusted ? trusted.createHTML(html) : html) as string;
  } catch {
    refused = true;
    return undefined;
  }
  // The same template serves every string: read its content before the next parse replaces it.
  return template.content;
}

/** Whether this page refused the parser: HTML from content is then read as plain text. */
export const parserRefused = () => refused;
