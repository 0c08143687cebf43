/**
 * Time-slices widgets' first renders. When the bundle arrives, the browser upgrades every widget
 * already on the page in one go, and each one's first render would run in that same task: an
 * article with twenty widgets, or a page of a thousand badges, would freeze for as long as all of
 * them take. Instead first renders share a slice of a task; once it is spent, the rest wait for the
 * next task, so input and painting get their turn in between.
 */
const SLICE_MS = 30;

let sliceStart: number | undefined;
let nextSlice: Promise<void> | undefined;

/**
 * Whether the current task's slice still has time. Asked right before each render, synchronously,
 * so the time the renders before it took counts.
 */
export function renderSlotOpen(): boolean {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    // The next task starts a fresh slice.
    setTimeout(() => (sliceStart = undefined));
  }
  return performance.now() - sliceStart < SLICE_MS;
}

/** Resolves in a later task, when a fresh slice begins. */
export function nextRenderSlot(): Promise<void> {
  nextSlice ??= new Promise(resolve =>
    setTimeout(() => {
      nextSlice = undefined;
      resolve();
    }),
  );
  return nextSlice;
}
