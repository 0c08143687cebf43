import { expect } from '@open-wc/testing';

// Whole pages in iframes, for the embedding tests: the built bundle under a page's own rules.

export interface Probe {
  violations: string[];
  errors: string[];
  shifts: number[];
  /** Each gb-error event, as "gb-tag field". */
  problems: string[];
}
export type ProbedWindow = Window & { __probe: Probe };

/** Loads a page in a visible iframe of the given width and waits until its widgets have rendered. */
export async function openPage(src: string, width = 800, srcdoc?: string, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

export async function widgetsRendered(frame: HTMLIFrameElement, timeout = 10_000): Promise<Element[]> {
  const doc = frame.contentDocument!;
  const start = performance.now();
  for (;;) {
    const widgets = [...doc.querySelectorAll('*')].filter(el => el.localName.startsWith('gb-'));
    if (widgets.length && widgets.every(widget => widget.shadowRoot?.querySelector('[part=base]'))) return widgets;
    if (performance.now() - start > timeout) throw new Error(`widgets did not render in ${src(frame)}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}
export const src = (frame: HTMLIFrameElement) => frame.src || 'srcdoc';
export const customElementsOf = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & typeof globalThis).customElements;
export const probe = (frame: HTMLIFrameElement) => (frame.contentWindow as ProbedWindow).__probe;

/** The demo article as published, with the bundle held back until the test adds it. */
export async function demoWithoutBundle(): Promise<string> {
  const html = await (await fetch('/demo/index.html')).text();
  const page = html
    .replace(/<script type="module" src="[^"]*golden-bridge\.js"><\/script>/, '')
    .replace('<head>', '<head><base href="/demo/"><script src="/src/embedding/pages/probe.js"></script>');
  expect(page, 'the demo uses the optional pre-upgrade stylesheet').to.contain('golden-bridge.css');
  expect(page).to.not.contain('golden-bridge.js"');
  return page;
}
/**
 * A page of `count` widgets, copies in turn of the demo article's widgets that match `selector`,
 * with golden-bridge.css and without the bundle.
 */
export async function pageOfDemoWidgets(selector: string, count: number): Promise<string> {
  const demo = new DOMParser().parseFromString(await demoWithoutBundle(), 'text/html');
  const samples = [...demo.querySelectorAll(selector)].map(el => el.outerHTML);
  const body = Array.from({ length: count }, (_, i) => samples[i % samples.length]).join('\n');
  return `<!doctype html><html lang="en"><head><base href="/demo/"><link rel="stylesheet" href="../dist/golden-bridge.css"></head><body>${body}</body></html>`;
}
/**
 * Adds the bundle to a page loaded without it; the widgets upgrade once it has run. A `query`
 * makes the URL, so the module, a fresh one, evaluated again rather than taken from the module map.
 */
export function addBundle(frame: HTMLIFrameElement, query = ''): HTMLScriptElement {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = `/dist/golden-bridge.js${query && `?${query}`}`;
  frame.contentDocument!.head.append(script);
  return script;
}
export async function loadBundleInto(frame: HTMLIFrameElement): Promise<void> {
  addBundle(frame);
  await widgetsRendered(frame);
  await new Promise(resolve => setTimeout(resolve, 300));
}
