/**
 * Spreads widgets' first renders over tasks.
 *
 * When the bundle arrives after the article, the browser upgrades every widget already on the page
 * in one go; drawn in that same task, a page of a hundred widgets would block input for as long as
 * all of them take. Instead first renders run from this queue in slices of SLICE_MS, each its own
 * task, so input and painting get their turn in between. Until its turn a widget keeps its light
 * DOM: it has no shadow root yet, and the `gb-pending` custom state lets dist/golden-bridge.css lay
 * it out as before the upgrade, so nothing moves while it waits. What each mechanism here buys is
 * measured in bench/README.md ("First renders").
 */

/** Short of the 50 ms after which a task counts as blocking input. */
const SLICE_MS = 30;

/** Each waiting host and the function that draws it, in document-connection order. */
const waiting = new Map<Element, () => void>();
let running = false;

/**
 * True while the bundle is being evaluated, when the widgets already on the page upgrade: their
 * first slice then gets a task of its own, as evaluating the bundle and drawing in one task would
 * make one task longer than both.
 */
let evaluating = true;
queueMicrotask(() => {
  evaluating = false;
});

function drawSlice(): void {
  const start = performance.now();
  for (const [host, draw] of waiting) {
    if (performance.now() - start >= SLICE_MS) {
      setTimeout(drawSlice);
      return;
    }
    waiting.delete(host);
    try {
      draw();
    } catch (error) {
      // One widget's failure is reported as an uncaught error would be, and the others still draw.
      reportError(error);
    }
  }
  running = false;
}

/**
 * Queues a host's first render: `draw` is called in its turn. The first slice runs in a microtask,
 * as Lit's own updates do, so a widget added by a script draws within the task that added it.
 */
export function queueFirstRender(host: Element, draw: () => void): void {
  waiting.set(host, draw);
  if (running) return;
  running = true;
  if (evaluating) setTimeout(drawSlice);
  else queueMicrotask(drawSlice);
}

/** Takes a host out of the queue (it left the page before its turn); whether it was waiting. */
export function cancelFirstRender(host: Element): boolean {
  return waiting.delete(host);
}
