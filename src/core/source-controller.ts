import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addProblem, type Problem } from './problems.js';
import { safeUrl } from './url.js';

/** Milliseconds a request may take when the widget's `timeout` does not say. */
export const DEFAULT_TIMEOUT = 10_000;
/** The longest `setTimeout` browsers honour (2³¹−1 ms); longer delays fire at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;
/**
 * Bytes read from a `src` before it is refused: 5 MiB, room for the 20,000 events a timeline
 * shows; a larger answer would hold the page for long in `JSON.parse` alone.
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Reads the text of an answer into the widget's data: `contentType` is the answer's
 * `Content-Type` (lower case, '' if none). Returns undefined, with a problem in `problems`, when
 * nothing usable is in it; may throw an `Error` whose message says why (reported as "could not be
 * loaded (message)"). It may be async, to spread long work over several tasks.
 */
export type SourceParser<T> = (text: string, contentType: string, problems: Problem[]) => T | undefined | Promise<T | undefined>;

/** Where a load stands: nothing asked, on its way, arrived with data, or failed (problems say why). */
export type SourceState = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * Loads a widget's `src`: one request at a time (a new `load` aborts the last), given up after
 * `timeout`, refused past `MAX_SOURCE_BYTES`, read by the widget's own parser. Problems of the
 * request, its answer and `timeout` land in `problems`, for the host to report with its own.
 * The host is asked to update once the load ends.
 */
export class SourceController<T> implements ReactiveController {
  /** The data of the last load that succeeded; undefined while loading or after a failure. */
  data?: T;
  state: SourceState = 'idle';
  /** Problems of the last load (cleared when a new one starts). */
  problems: Problem[] = [];
  /** The `src` the last load was asked for, as given. */
  requested?: string;
  private _abort?: AbortController;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _parse: SourceParser<T>,
    /** What the widget shows instead when the load fails, for the warning: "the page's own list is shown". */
    private readonly _fallback: string,
  ) {
    _host.addController(this);
  }

  /**
   * Loads `src` (http, https or relative); resolves true once its data is in `data` and this is still
   * the latest load. `timeout` is in milliseconds; an invalid one is a problem and the default is used.
   */
  async load(src: string | undefined, timeout?: unknown): Promise<boolean> {
    this.requested = src;
    this.abandon();
    this.data = undefined;
    this.problems = [];
    this.state = 'idle';
    const given = src?.trim();
    if (!given) return false;
    const url = safeUrl(given, ['http:', 'https:']);
    if (!url) {
      addProblem(this.problems, 'src', 'is not a safe URL (http, https or relative); nothing is fetched', given);
      this.state = 'failed';
      return false;
    }
    const controller = new AbortController();
    this._abort = controller;
    this.state = 'loading';
    const limit = this._readTimeout(timeout);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    const current = () => this._abort === controller;
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const text = await readLimited(response, controller);
      const problems: Problem[] = [];
      const data = await this._parse(text, (response.headers.get('content-type') ?? '').toLowerCase(), problems);
      if (!current()) return false;
      this.problems.push(...problems);
      this.data = data;
      this.state = data === undefined ? 'failed' : 'loaded';
      if (data === undefined && !problems.length) throw new Error('the answer holds nothing to show');
    } catch (error) {
      if (!current()) return false; // replaced by a newer src, or the host left: not a failure
      const reason = timedOut ? `no answer within ${limit} ms` : (error as Error).message;
      addProblem(this.problems, 'src', `could not be loaded (${reason}); ${this._fallback}`, given);
      this.state = 'failed';
    } finally {
      clearTimeout(timer);
      if (current()) {
        this._abort = undefined;
        this._host.requestUpdate();
      }
    }
    return this.state === 'loaded';
  }

  /** Forgets and aborts the request under way: leaving the page is not a failure to report. */
  abandon(): void {
    const pending = this._abort;
    this._abort = undefined;
    if (pending && this.state === 'loading') this.state = 'idle';
    pending?.abort();
  }

  hostDisconnected(): void {
    this.abandon();
  }

  private _readTimeout(timeout: unknown): number {
    if (timeout === undefined || timeout === null) return DEFAULT_TIMEOUT;
    const value = typeof timeout === 'string' && timeout.trim() ? Number(timeout) : timeout;
    if (typeof value === 'number' && value > 0 && value <= MAX_TIMEOUT) return value;
    addProblem(this.problems, 'timeout', `must be a number of milliseconds from 1 to ${MAX_TIMEOUT}; ${DEFAULT_TIMEOUT} is used`, timeout);
    return DEFAULT_TIMEOUT;
  }
}

/**
 * The answer's text, refused as soon as it is known to pass MAX_SOURCE_BYTES: by its declared
 * length before a byte is read, else while it streams in.
 */
async function readLimited(response: Response, controller: AbortController): Promise<string> {
  const tooLarge = () => new Error(`the answer is larger than ${MAX_SOURCE_BYTES} bytes`);
  if (Number(response.headers.get('content-length')) > MAX_SOURCE_BYTES) {
    controller.abort();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_SOURCE_BYTES) {
      controller.abort();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
