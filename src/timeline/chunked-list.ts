import { noChange, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The least room an event takes, a date and a title: 64 px high in the vertical layouts and 240 px
 * wide in the horizontal one, a little under what Chromium draws, so that fonts drawn smaller in
 * other engines still fill the screen.
 */
const SMALLEST_EVENT = { height: 64, width: 240 };
/** Items drawn per later task: small enough that no task nears 100 ms. */
export const CHUNK = 100;

/**
 * Items drawn in the first frame: a screenful of the smallest events, in either direction, so the
 * reader's first screen is full. The rest wait for later tasks: every item drawn before the first
 * frame delays it.
 */
function firstChunk(): number {
  const screenful = Math.max(window.innerHeight / SMALLEST_EVENT.height, window.innerWidth / SMALLEST_EVENT.width);
  // At least 8 in a window with no size yet (a hidden frame); at most 60 on a huge or zoomed-out
  // screen, so the first frame never waits on hundreds of events.
  return Math.min(60, Math.max(8, Math.ceil(screenful || 0)));
}

/** Whether two keys hold the same parts, compared by identity. */
export const sameParts = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((part, index) => part === b[index]);

export const nextTask = () => new Promise(resolve => setTimeout(resolve));

/** How long a chunk waits for the browser to be idle before it is drawn anyway (a page that is never idle). */
const IDLE_WAIT_MS = 1_000;

/**
 * Every this many chunks, the next one waits for the browser to be idle; the others follow in the
 * next task. Browsers put work of their own off until they are idle (Firefox asks whether links
 * were visited, and collects cycles, only then), and a chain of tasks that never leaves them idle
 * piles it all into one task when drawing ends: ten thousand events with a link each made a task of
 * 170-330 ms in Firefox. A wait for idleness every chunk cured that but took a frame per chunk (a
 * thousand events all drawn 1.4 times later); one every five keeps each pile to 500 links.
 */
export const CHUNKS_BETWEEN_IDLE = 5;

/**
 * Calls `callback` when the browser is next idle (at most IDLE_WAIT_MS later), or in the next task
 * where there is no `requestIdleCallback`; returns a function that cancels it.
 */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: IDLE_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  return inNextTask(callback);
}

function inNextTask(callback: () => void): () => void {
  const handle = setTimeout(callback);
  return () => clearTimeout(handle);
}

/**
 * Draws a long list a chunk at a time: the first chunk a screenful, then CHUNK items per task after
 * each update (with an idle period now and then), so that ten thousand items never hold the page.
 * Chunks keep their identity while the list does not change, so a chunk already drawn is left alone
 * on later updates.
 */
export class ChunkedList<Item> implements ReactiveController {
  /** How many items the first chunk holds: a screenful, worked out whenever the list is drawn anew. */
  private _first = firstChunk();
  /** How many of the items are drawn, or due in the update under way. */
  drawn = this._first;
  private _cut?: { items: Item[]; first: number; chunks: Item[][] };
  /** Cancels the wait for the next chunk, while one is due. */
  private _cancelNext?: () => void;
  /** Chunks drawn since the last that waited for the browser to be idle. */
  private _sinceIdle = 0;
  /** True for one task while a long list is hidden before it is cut down (see `hideBeforeCut`). */
  hidden = false;
  /** What each chunk, by its place, was last drawn from (see `render`). */
  private _drawnFrom: Array<unknown[] | undefined> = [];

  constructor(private readonly _host: ReactiveControllerHost & { readonly isConnected: boolean }) {
    _host.addController(this);
  }

  /** The list is drawn again from its first chunk, sized to the screen as it is now. */
  drawAnew(): void {
    this._first = firstChunk();
    this.drawn = this._first;
  }

  /** `items` cut in chunks; the same chunks as last time while `items` and the first chunk's size hold. */
  chunksOf(items: Item[]): Item[][] {
    const cut = this._cut;
    if (cut && cut.items === items && cut.first === this._first) return cut.chunks;
    const chunks: Item[][] = [items.slice(0, this._first)];
    for (let start = this._first; start < items.length; start += CHUNK) chunks.push(items.slice(start, start + CHUNK));
    this._cut = { items, first: this._first, chunks };
    return chunks;
  }

  /**
   * The drawn chunks of `items`: `draw(chunk, first)` for a chunk due, `noChange` for one drawn
   * from the same chunk and the same `keyOf(chunk, first)` parts (what else it shows) last time (as Lit's guard directive would: each
   * chunk keeps its place in the list, so Lit gives it the same part), `nothing` for one not due.
   */
  render<R>(items: Item[], keyOf: (chunk: Item[], first: number) => unknown[], draw: (chunk: Item[], first: number) => R): Array<R | typeof noChange | typeof nothing> {
    const chunks = this.chunksOf(items);
    let position = 0;
    const result = chunks.map((chunk, place) => {
      const first = position;
      position += chunk.length;
      if (first >= this.drawn) {
        this._drawnFrom[place] = undefined;
        return nothing;
      }
      const from = [chunk, ...keyOf(chunk, first)];
      const before = this._drawnFrom[place];
      if (before && sameParts(before, from)) return noChange;
      this._drawnFrom[place] = from;
      return draw(chunk, first);
    });
    this._drawnFrom.length = chunks.length;
    return result;
  }

  /** Resolves once the item at `index` is in the DOM. */
  async drawThrough(index: number, updateComplete: () => Promise<unknown>): Promise<void> {
    while (this.drawn <= index) {
      this.drawn += CHUNK;
      this._host.requestUpdate();
      await updateComplete();
      await nextTask();
    }
    await updateComplete();
  }

  /**
   * Call before the list is cut down (a filter chosen). Removing thousands of laid-out items in one
   * go blocks the page for far more than 100 ms (seconds, for items under content-visibility);
   * removing them once the browser has seen the list hidden is cheap. So a long list is hidden
   * (`hidden`, for the host to bind), its style worked out, and only then may it be cut down.
   */
  async hideBeforeCut(updateComplete: () => Promise<unknown>, list: () => Element | null): Promise<void> {
    if (this.drawn <= CHUNK * 4) return;
    this.hidden = true;
    this._host.requestUpdate();
    await updateComplete();
    const element = list();
    if (element) getComputedStyle(element).getPropertyValue('display');
    await nextTask();
    this.hidden = false;
  }

  hostUpdated(): void {
    const total = this._cut?.items.length ?? 0;
    // The rest of the list arrives a chunk per task, so the page stays responsive throughout, and
    // now and then after an idle period (see CHUNKS_BETWEEN_IDLE).
    if (this.drawn < total && !this._cancelNext && this._host.isConnected) {
      const idle = ++this._sinceIdle >= CHUNKS_BETWEEN_IDLE;
      if (idle) this._sinceIdle = 0;
      this._cancelNext = (idle ? whenIdle : inNextTask)(() => {
        this._cancelNext = undefined;
        this.drawn += CHUNK;
        this._host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    this._cancelNext?.();
    this._cancelNext = undefined;
  }
}
