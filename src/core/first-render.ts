/**
 * Spreads widgets' first renders over tasks.
 *
 * When the bundle arrives after the article, the browser upgrades every widget already on the page
 * in one go. Drawn in that same task, an article with twenty widgets blocks input for as long as
 * all of them take, and a page of a thousand badges for seconds. Instead, first renders run from
 * this queue in slices; what is left waits for the next task, so input and painting get their turn
 * in between. Until its turn a widget keeps showing its light DOM: it has no shadow root yet, and
 * the `gb-pending` custom state lets dist/golden-bridge.css lay it out as before the upgrade, so
 * nothing moves while it waits.
 */
import { CROWDED_PAGE, endCrowdedBurst, heldHeightSheet, noteHeights, readProbe, startCrowdedBurst } from './crowded.js';

export interface FirstRender extends Element {
  /**
   * Attaches the shadow root and draws, synchronously: one base (`part="base"`) that fills the
   * host. `extraStyles`, when given, is adopted with the widget's own styles (see crowded.ts).
   */
  _drawFirst(extraStyles?: CSSStyleSheet): void;
}

/** The shortest slice: a screenful of widgets at once, short of the 50 ms that counts as blocking. */
const SLICE_MS = 30;
/**
 * Each pause between slices costs the browser a frame, and a frame of a page with a thousand
 * widgets takes 100–230 ms to lay out and paint: with 30 ms slices the page would spend more time
 * painting progress than drawing. So a slice lasts this many times the pause before it (up to
 * MAX_SLICE_MS), which keeps drawing at three quarters of the time on all but the largest pages.
 */
const DRAW_TO_PAUSE = 3;
/** The longest slice: a page of a thousand widgets may block for this long at a time, no longer. */
const MAX_SLICE_MS = 150;
/** The longest wait for a frame between two slices of a crowded page. */
const FRAME_WAIT_MS = 100;

const waiting = new Set<FirstRender>();
let running = false;
let lastSliceEnd: number | undefined;
/** Whether the burst of first renders under way started crowded (see crowded.ts). */
let crowded = false;

/** Draws waiting widgets in document-connection order until the slice is spent. */
function drawSlice(): void {
  const start = performance.now();
  const slice = lastSliceEnd === undefined ? SLICE_MS : Math.min(MAX_SLICE_MS, Math.max(SLICE_MS, DRAW_TO_PAUSE * (start - lastSliceEnd)));
  let done = true;
  for (const widget of waiting) {
    if (performance.now() - start >= slice) {
      done = false;
      break;
    }
    waiting.delete(widget);
    try {
      widget._drawFirst(crowded ? heldHeightSheet(widget) : undefined);
    } catch (error) {
      // One widget's failure is reported as an uncaught error would be, and the others still draw.
      reportError(error);
    }
  }
  if (done) {
    running = false;
    lastSliceEnd = undefined;
    if (crowded) endCrowdedBurst();
  } else {
    lastSliceEnd = performance.now();
    if (crowded) {
      afterNextFrame(() => {
        readProbe();
        drawSlice();
      });
    } else setTimeout(drawSlice);
  }
}

/**
 * Calls back once the browser has painted a frame (and told the ResizeObserver the heights it laid
 * out), or after FRAME_WAIT_MS in a tab that paints none, such as a hidden one.
 */
function afterNextFrame(callback: () => void): void {
  let called = false;
  const once = () => {
    if (!called) setTimeout(callback);
    called = true;
  };
  requestAnimationFrame(once);
  setTimeout(once, FRAME_WAIT_MS);
}

/**
 * True while the bundle is being evaluated, when the widgets already on the page upgrade: their
 * first slice then gets a task of its own, as evaluating the bundle and a slice of drawing in one
 * task would hold the page for longer than the 50 ms that count as blocking. Not on a crowded
 * page: there upgrading alone already makes a long task, and a task of its own for the first slice
 * would cost a frame of the whole page, laid out and painted only to show light DOM once more
 * (measured with 1,000 badges: every one drawn 6–13 % sooner, the longest task 25–45 ms longer).
 */
let evaluating = true;
queueMicrotask(() => {
  evaluating = false;
});

/**
 * Queues a widget's first render. The first slice runs in a microtask, as Lit's own updates do, so
 * a page of a few widgets still draws within the task that upgraded them.
 */
export function queueFirstRender(widget: FirstRender): void {
  waiting.add(widget);
  if (running) {
    if (crowded) noteHeights([widget]);
    return;
  }
  running = true;
  const upgradedByBundle = evaluating;
  const start = () => {
    crowded = waiting.size > CROWDED_PAGE;
    if (crowded) startCrowdedBurst(waiting);
    drawSlice();
  };
  // By the microtask every widget on the page has upgraded, so the queue tells whether it is crowded.
  queueMicrotask(() => (upgradedByBundle && waiting.size <= CROWDED_PAGE ? setTimeout(start) : start()));
}

/** Takes a widget out of the queue (it left the page before its turn); whether it was waiting. */
export function cancelFirstRender(widget: FirstRender): boolean {
  return waiting.delete(widget);
}
