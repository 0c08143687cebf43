/** Whole pages in an iframe, as a host page meets the bundle: load them, wait for their widgets, read what the page's probe.js recorded. */
export interface Probe {
  violations: string[];
  errors: string[];
  shifts: number[];
  /** Each gb-error event, as "gb-tag field". */
  problems: string[];
}
type ProbedWindow = Window & { __probe: Probe };

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
export const part = (widget: Element, name: string) => widget.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
