/** Records console warnings and errors, and uncaught errors, while a test renders. */
export interface ConsoleWatch {
  warnings: unknown[][];
  errors: unknown[][];
  restore(): void;
}

export function watchConsole(): ConsoleWatch {
  const warnings: unknown[][] = [];
  const errors: unknown[][] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  console.error = (...args: unknown[]) => void errors.push(args);
  const onError = (event: ErrorEvent) => void errors.push([event.message]);
  const onRejection = (event: PromiseRejectionEvent) => void errors.push([String(event.reason)]);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits until every golden-bridge element under `root` has finished rendering, then one frame. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = [...root.querySelectorAll('*')].filter(el => el.localName.startsWith('gb-')) as Array<
      Element & { updateComplete?: Promise<unknown> }
    >;
    if (root instanceof Element && root.localName.startsWith('gb-')) widgets.push(root as never);
    await Promise.all(widgets.map(widget => widget.updateComplete));
  }
  await drawingDone(root);
  await nextPaint();
}

/**
 * Resolves once no widget's shadow DOM has changed for two idle periods in a row: a long timeline
 * goes on drawing a chunk per idle period after its updates complete, and axe must not read a list
 * half drawn. Gives up after `timeout`: WebKit takes minutes over ten thousand events, and reads them as drawn.
 */
async function drawingDone(root: ParentNode, timeout = 60_000): Promise<void> {
  let changed = true;
  const observer = new MutationObserver(() => void (changed = true));
  for (const widget of root.querySelectorAll('*')) if (widget.shadowRoot) observer.observe(widget.shadowRoot, { childList: true, subtree: true });
  const end = performance.now() + timeout;
  try {
    while (changed && performance.now() < end) {
      changed = false;
      for (let period = 0; period < 2; period++) await nextIdle();
    }
  } finally {
    observer.disconnect();
  }
}

/**
 * Resolves in the browser's next idle period (as the timeline draws its chunks) with its deadline,
 * or within `timeout` ms if none comes; in the next task, with none, where there are no idle callbacks.
 */
export const nextIdle = (timeout = 2_000) =>
  new Promise<IdleDeadline | undefined>(resolve =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout }) : setTimeout(() => resolve(undefined)),
  );

/**
 * Resolves after the next frame, or after 100 ms if no frame comes: a page the runner keeps in the
 * background gets no animation frames at all, and a test must not hang on it.
 */
export function nextPaint(): Promise<void> {
  return new Promise(resolve => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve);
    });
  });
}

/** The rendered text of a widget, shadow DOM included, whitespace collapsed. */
export function renderedText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text that must never reach a reader: it means a value went unchecked somewhere. */
export const LEAKED_VALUES = /\b(NaN|undefined|Infinity)\b|\[object Object\]|Invalid Date/;
