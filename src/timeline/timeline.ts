import { html, noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canCopy } from '../core/clipboard.js';
import { GbElement } from '../core/element.js';
import { warmUpDateFormats } from '../core/dates.js';
import { cachedFormat } from '../core/intl.js';
import { pickTranslation, resolveLanguage } from '../core/language.js';
import { addProblem, type Problem } from '../core/problems.js';
import { readChoice } from '../core/text.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { safeUrl } from '../core/url.js';
import type { RichText } from './rich-text.js';
import {
  eventDateText,
  groupLabel,
  parseEvents,
  parseEventsInTasks,
  readEventSource,
  readTimelineLightDom,
  type GroupBy,
  type RawEvent,
  type TimelineEventModel,
  type TimelineModel,
} from './timeline.model.js';
import { timelineStrings, type TimelineStrings } from './timeline.strings.js';
import { timelineStyles } from './timeline.styles.js';
import type { TjsEra } from './timelinejs.js';

export const TIMELINE_LAYOUTS = ['vertical', 'alternating', 'horizontal', 'auto'] as const;
export const TIMELINE_GROUPS = ['year', 'decade', 'era', 'none'] as const;
/**
 * The least room an event takes, a date and a title: 70 px high in the vertical layouts and 258 px
 * wide in the horizontal one, measured in Chromium. A little less here, so that fonts drawn smaller
 * in other engines still fill the screen.
 */
const SMALLEST_EVENT = { height: 64, width: 240 };
/**
 * Events drawn in the first frame: a screenful of the smallest events, in either direction, so
 * the reader's first screen is full. The rest wait for later tasks: every event drawn before the
 * first frame delays it (at 40 events the first screen of 1,000 came 5 % later than at 16, 30
 * interleaved rounds).
 */
function firstChunk(): number {
  const screenful = Math.max(window.innerHeight / SMALLEST_EVENT.height, window.innerWidth / SMALLEST_EVENT.width);
  // At least 8 in a window with no size yet (a hidden frame); at most 60 on a huge or zoomed-out
  // screen, so the first frame never waits on hundreds of events.
  return Math.min(60, Math.max(8, Math.ceil(screenful || 0)));
}
/** Events drawn per later task: small enough that no task nears 100 ms. */
const CHUNK = 150;
/**
 * Past this many events, those far from the viewport are not laid out or painted until scrolled near
 * (content-visibility in timeline.styles.ts). Shorter lists are drawn whole: cheap enough, and then
 * every event takes its real height at once.
 */
const LONG_LIST = 250;
const DEFAULT_TIMEOUT = 10_000;

type Source = { events: RawEvent[]; eras: TjsEra[]; title?: string };

/**
 * A timeline of dated events, readable before JavaScript as an ordered list, fast at ten thousand
 * events (drawn in chunks, so no task blocks the page), and keyboard-navigable.
 *
 * Content comes four ways, and the first that gives events wins: the `events` property (or
 * attribute, as JSON), a `src` URL to JSON, or light DOM — `<gb-timeline-event>` children or a
 * plain `<ol>` of `<li>` with a `<time datetime>`, a heading and text. JSON may be golden-bridge's
 * plain events or Knight Lab's TimelineJS3 format, whose HTML text goes through a strict allow-list.
 *
 * @summary A chronological timeline of events, four ways in, fast at scale.
 * @tag gb-timeline
 *
 * @slot - `<gb-timeline-event>` elements or an `<ol>` of events, read rather than displayed.
 *
 * @csspart base - The timeline.
 * @csspart filter - The category filter.
 * @csspart list - The ordered list of events.
 * @csspart group - A year, decade or era heading.
 * @csspart event - One event (`<li>`, with a stable `id`).
 * @csspart date - An event's date.
 * @csspart title - An event's title.
 * @csspart category - An event's category label.
 * @csspart image - An event's image.
 * @csspart notice - Loading, error and empty notices.
 * @csspart copy-link - An event's "copy link" button (where the Clipboard API exists).
 *
 * @cssprop --gb-color-accent - The line and markers.
 * @cssprop --gb-timeline-category-1 - Colour of the first category (up to 6).
 *
 * @fires {GbErrorDetail} gb-error - A piece of input was wrong (`detail`: element, field, message, value); the timeline shows what it can.
 */
export class GbTimeline extends GbElement<TimelineModel> {
  static override styles = [tokens, timelineStyles, scriptFaces];

  static override get properties(): PropertyDeclarations {
    return {
      events: {},
      src: {},
      layout: { reflect: true },
      groupBy: { attribute: 'group-by' },
      timeout: { type: Number },
    };
  }

  /** Events as plain objects (`date`, `end-date`, `title`, `text`, `image`, `image-alt`, `caption`, `credit`, `link`, `category`, `id`) or TimelineJS3 JSON; JSON text as an attribute. */
  events?: RawEvent[] | string | object;
  /** URL of a JSON file of events (plain or TimelineJS3), fetched with a loading state and a timeout. */
  src?: string;
  /** `vertical` (default), `alternating`, `horizontal` (arrow keys, Home, End) or `auto` (by the container's width). */
  layout?: (typeof TIMELINE_LAYOUTS)[number];
  /** Group events by `year` (default), `decade`, `era` (TimelineJS3 eras) or `none`. */
  groupBy?: GroupBy;
  /** Milliseconds to wait for `src` before giving up (default 10,000). */
  timeout?: number;

  private _fetched?: Source;
  private _loadState: 'idle' | 'loading' | 'failed' = 'idle';
  /** The `src` of the last `_load`, so that the first update does not load again what the connection did. */
  private _requested?: string;
  private _loadProblems: Problem[] = [];
  private _runtimeProblems: Problem[] = [];
  private _abort?: AbortController;
  private _filter = '';
  /** How many events the first chunk holds: a screenful, worked out whenever the list is drawn anew. */
  private _firstChunk = firstChunk();
  /** How many of the shown events are drawn, or due in the update under way. */
  private _rendered = this._firstChunk;
  private _current = 0;
  private _highlighted?: string;
  private _announcement = '';
  /** True for one task while a long list is hidden before it is cut down (see setFilter). */
  private _clearing = false;
  private _cache?: { key: unknown[]; model: TimelineModel; problems: Problem[] };
  private _chunkCache?: { model: TimelineModel; filter: string; first: number; chunks: TimelineEventModel[][]; shown: TimelineEventModel[] };
  private _chunkTimer?: ReturnType<typeof setTimeout>;
  /** What each chunk of the list, by its place, was last drawn from (see _renderModel). */
  private _drawnFrom: Array<unknown[] | undefined> = [];
  private readonly _onHashChange = () => void this._followHash();

  override connectedCallback(): void {
    // The request is what takes longest: it goes out as soon as the timeline is on the page, not
    // when its first render comes round in the queue (core/first-render.ts). A request abandoned
    // when the timeline left the page is made again.
    if (this.src && !this._fetched && !this._abort && this._loadState !== 'failed') void this._load();
    super.connectedCallback();
    // A scoped, necessary listener: deep links arrive through the page's URL.
    window.addEventListener('hashchange', this._onHashChange);
    void this.updateComplete.then(() => this._followHash());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    clearTimeout(this._chunkTimer);
    this._chunkTimer = undefined;
    // Forget the request before aborting it: leaving the page is not a failure to report.
    const pending = this._abort;
    this._abort = undefined;
    pending?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src !== this._requested) void this._load();
    super.willUpdate(changed);
  }

  protected _parse(problems: Problem[]): TimelineModel {
    this._layout(problems);
    const groupBy = this._groupBy(problems);
    const key = this._sourceKey(groupBy);
    // Parsing ten thousand events is work: do it only when what it depends on has changed.
    if (!this._isParsed(key)) {
      const own: Problem[] = [];
      const source = this._source(own);
      this._keepParsed(key, source, parseEvents(source.events, source.eras, groupBy, own), own);
    }
    problems.push(...this._cache!.problems, ...this._loadProblems, ...this._runtimeProblems);
    return this._cache!.model;
  }

  /** The layout asked for, or `vertical`; a problem when it is none of TIMELINE_LAYOUTS. */
  private _layout(problems: Problem[]): (typeof TIMELINE_LAYOUTS)[number] {
    return readChoice(this.layout, 'layout', TIMELINE_LAYOUTS, 'vertical', problems);
  }

  /** The grouping asked for, or `year`; a problem when it is none of TIMELINE_GROUPS. */
  private _groupBy(problems: Problem[]): GroupBy {
    return readChoice(this.groupBy, 'group-by', TIMELINE_GROUPS, 'year', problems);
  }

  /** What the parsed events depend on. */
  private _sourceKey(groupBy: GroupBy): unknown[] {
    return [this.events, this._fetched, this._lightDomVersion, groupBy];
  }

  private _isParsed(key: unknown[]): boolean {
    return !!this._cache && sameParts(this._cache.key, key);
  }

  /** The events from the first source that gives them: the `events` property, `src`, the light DOM. */
  private _source(problems: Problem[]): Source {
    return (
      (this.events !== undefined && this.events !== null ? readEventSource(this.events, 'events', problems) : undefined) ??
      this._fetched ?? { events: readTimelineLightDom(this) ?? [], eras: [] }
    );
  }

  private _keepParsed(key: unknown[], source: Source, model: TimelineModel, problems: Problem[]): void {
    model.title = source.title;
    this._cache = { key, model, problems };
    this._drawAnew();
  }

  /**
   * Parses fetched events ahead of the update that draws them, a batch per task (see
   * parseEventsInTasks), so that parsing ten thousand events never holds the page in one task.
   */
  private async _parseInTasks(isCurrent: () => boolean): Promise<void> {
    const groupBy = this._groupBy([]); // its problems are reported by the update that draws it
    const key = this._sourceKey(groupBy);
    const own: Problem[] = [];
    const source = this._source(own);
    const model = await parseEventsInTasks(source.events, source.eras, groupBy, own, nextTask);
    // Kept only if nothing it depends on changed meanwhile; the update then parses as usual.
    if (isCurrent() && sameParts(this._sourceKey(groupBy), key)) this._keepParsed(key, source, model, own);
  }

  /** Fetches `src`: aborted when `src` changes or the element leaves, given up after `timeout`. */
  private async _load(): Promise<void> {
    this._requested = this.src;
    const previous = this._abort;
    this._abort = undefined;
    previous?.abort();
    this._fetched = undefined;
    this._loadProblems = [];
    const src = this.src?.trim();
    if (!src) {
      this._loadState = 'idle';
      return;
    }
    const url = safeUrl(src, ['http:', 'https:']);
    if (!url) {
      addProblem(this._loadProblems, 'src', 'is not a safe URL (http, https or relative); nothing is fetched', src);
      this._loadState = 'failed';
      return;
    }
    const controller = new AbortController();
    this._abort = controller;
    this._loadState = 'loading';
    const limit = this.timeout ?? DEFAULT_TIMEOUT;
    const timer = setTimeout(() => controller.abort(), limit);
    try {
      const request = fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      // The main thread is idle while the events are on their way: build the date formatters now.
      // A page's first Intl formatter costs Chromium 50-100 ms of ICU set-up, which would
      // otherwise stand between the answer and the first events on screen.
      warmUpDateFormats(resolveLanguage(this).lang); // before the first update, `_language` is not resolved yet
      const response = await request;
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const text = await response.text();
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new Error('the answer is not JSON');
      }
      if (this._abort !== controller) return;
      const problems: Problem[] = [];
      this._fetched = readEventSource(data, 'src', problems);
      this._loadProblems = problems;
      this._loadState = this._fetched ? 'idle' : 'failed';
      // Ten thousand events take a while to parse as JSON, to check and to draw: each step gets
      // tasks of its own, so that none of them holds the page for long.
      await nextTask();
      if (this._abort === controller) await this._parseInTasks(() => this._abort === controller);
      await nextTask();
    } catch (error) {
      if (this._abort !== controller) return; // replaced by a newer src, or the element left: not a failure
      const reason = controller.signal.aborted ? `no answer within ${limit} ms` : (error as Error).message;
      addProblem(this._loadProblems, 'src', `could not be loaded (${reason}); the page's own list is shown`, src);
      this._loadState = 'failed';
    } finally {
      clearTimeout(timer);
      if (this._abort === controller) this.requestUpdate();
    }
    // The page's address may name one of the events that just arrived (#id): the hash was looked
    // for on connection, before they were here.
    if (this._abort === controller && this._loadState === 'idle') {
      await this.updateComplete;
      await this._followHash();
    }
  }

  /** The list is drawn again from its first chunk, sized to the screen as it is now. */
  private _drawAnew(): void {
    this._firstChunk = firstChunk();
    this._rendered = this._firstChunk;
  }

  /**
   * The filtered events in chunks whose identity holds while nothing changes, so drawn ones can be
   * left as they are; cut again when the model, the filter or the first chunk's size changes.
   */
  private _chunksOf(model: TimelineModel): { chunks: TimelineEventModel[][]; shown: TimelineEventModel[] } {
    const cached = this._chunkCache;
    if (cached && cached.model === model && cached.filter === this._filter && cached.first === this._firstChunk) return cached;
    const shown = this._filter ? model.events.filter(event => event.category === this._filter) : model.events;
    const chunks: TimelineEventModel[][] = [shown.slice(0, this._firstChunk)];
    for (let start = this._firstChunk; start < shown.length; start += CHUNK) chunks.push(shown.slice(start, start + CHUNK));
    this._chunkCache = { model, filter: this._filter, first: this._firstChunk, chunks, shown };
    return this._chunkCache;
  }

  protected _renderModel(model: TimelineModel): TemplateResult {
    const ui = pickTranslation(timelineStrings, this._language.lang);
    const { chunks, shown } = this._chunksOf(model);
    const layout = this._layout([]); // reported by _parse
    let position = 0;
    // Group labels sit beside the line, not above each event, so the light DOM (which has none)
    // fills the same height before the bundle loads; "none" drops that column.
    const groups = model.events.some(event => event.group) ? 'grouped' : '';
    const length = shown.length > LONG_LIST ? 'long' : '';
    const items = chunks.map((chunk, place) => {
      const first = position;
      position += chunk.length;
      if (first >= this._rendered) {
        this._drawnFrom[place] = undefined;
        return nothing;
      }
      const current = this._current >= first && this._current < first + chunk.length ? this._current : -1;
      const highlighted = chunk.some(event => event.id === this._highlighted) ? this._highlighted : undefined;
      // A drawn chunk is left as it is on later updates unless something in it changed, as Lit's
      // guard directive would: each chunk keeps its place in the list, so Lit gives it the same part.
      const from = [chunk, current, highlighted, shown.length, this._language.lang];
      const drawn = this._drawnFrom[place];
      if (drawn && sameParts(drawn, from)) return noChange;
      const events = chunk.map((event, index) => this._renderEvent(event, first + index, shown, model, ui.strings));
      this._drawnFrom[place] = from;
      return events;
    });
    this._drawnFrom.length = chunks.length;
    return html`<section part="base" class="${layout} ${groups} ${length}" lang=${this._language.lang} aria-busy=${this._loadState === 'loading' ? 'true' : 'false'}>
      ${model.categories.length ? this._renderFilter(model.categories, ui.strings, ui.lang) : nothing}
      <p class="visually-hidden" role="status" lang=${ui.lang}>${this._announcement}</p>
      ${this._loadState === 'loading' ? html`<p part="notice" lang=${ui.lang}>${ui.strings.loading}</p>` : nothing}
      ${this._loadState === 'failed' ? html`<p part="notice" class="failed" lang=${ui.lang}>${ui.strings.failed}</p>` : nothing}
      ${shown.length === 0 && this._loadState !== 'loading' ? html`<p part="notice" lang=${ui.lang}>${ui.strings.empty}</p>` : nothing}
      <ol part="list" ?hidden=${this._clearing} @keydown=${this._onKey}>${items}</ol>
    </section>`;
  }

  private _renderFilter(categories: string[], strings: TimelineStrings, uiLang: string): TemplateResult {
    return html`<div part="filter" role="group" aria-label=${strings.filter} lang=${uiLang}>
      ${['', ...categories].map(
        category => html`<button
          type="button"
          aria-pressed=${this._filter === category ? 'true' : 'false'}
          class="cat-${this._categoryIndex(category)}"
          lang=${category ? this._language.lang : uiLang}
          @click=${() => void this._setFilter(category)}
        >
          ${category || strings.all}
        </button>`,
      )}
    </div>`;
  }

  private _categoryIndex(category: string | undefined): number {
    return category ? ((this._model?.categories.indexOf(category) ?? 0) % 6) + 1 : 0;
  }

  private _renderEvent(event: TimelineEventModel, index: number, shown: TimelineEventModel[], model: TimelineModel, strings: TimelineStrings): TemplateResult {
    const lang = this._language.lang;
    const newGroup = event.group && event.group !== shown[index - 1]?.group;
    const dateText = eventDateText(event, lang);
    return html`<li
      part="event"
      id=${event.id}
      class="cat-${this._categoryIndex(event.category)} ${index % 2 ? '' : 'odd'} ${event.id === this._highlighted ? 'highlight' : ''}"
      aria-setsize=${shown.length}
      aria-posinset=${index + 1}
    >
      ${newGroup ? html`<h3 part="group">${groupLabel(event.group, model.eras, lang, strings)}</h3>` : nothing}
      <article tabindex=${index === this._current ? '0' : '-1'} aria-labelledby=${`${event.id}-title`}>
        ${dateText ? html`<time part="date" datetime=${ifDefined(event.start?.iso)}>${dateText}</time>` : nothing}
        <h4 part="title" id=${`${event.id}-title`}>${event.title ?? dateText ?? ''}</h4>
        ${event.category ? html`<span part="category">${event.category}</span>` : nothing}
        ${event.image
          ? html`<figure part="image">
              <img src=${event.image.src} alt=${event.image.alt} loading="lazy" decoding="async" @error=${this._onImageError} />
              ${event.image.caption || event.image.credit
                ? html`<figcaption>${[event.image.caption, event.image.credit].filter(Boolean).join(' — ')}</figcaption>`
                : nothing}
            </figure>`
          : nothing}
        ${event.text ? renderRichText(event.text) : nothing}
        ${event.link ? html`<a class="more" href=${event.link}>${strings.readMore}</a>` : nothing}
        ${canCopy()
          ? html`<button
              part="copy-link"
              type="button"
              lang=${this._uiLang()}
              aria-label=${strings.copyLink}
              title=${strings.copyLink}
              @click=${() => void this._copyLink(event.id)}
            >
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" /><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" /></svg>
            </button>`
          : nothing}
      </article>
    </li>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const total = this._chunkCache?.shown.length ?? 0;
    // The rest of the list arrives a chunk per task, so the page stays responsive throughout.
    if (this._rendered < total && this._chunkTimer === undefined && this.isConnected) {
      this._chunkTimer = setTimeout(() => {
        this._chunkTimer = undefined;
        this._rendered += CHUNK;
        this.requestUpdate();
      });
    }
  }

  /** Resolves once the event at `index` of the shown list is in the DOM. */
  private async _renderThrough(index: number): Promise<void> {
    while (this._rendered <= index) {
      this._rendered += CHUNK;
      this.requestUpdate();
      await this.updateComplete;
      await nextTask();
    }
    await this.updateComplete;
  }

  private async _setFilter(category: string): Promise<void> {
    // Removing thousands of laid-out events in one go blocks the page for far more than 100 ms
    // (seconds, for events under content-visibility); removing them once the browser has seen the
    // list hidden is cheap. So a long list is hidden, its style worked out, and only then cut down.
    if (this._rendered > CHUNK * 4) {
      this._clearing = true;
      this.requestUpdate();
      await this.updateComplete;
      const list = this.renderRoot.querySelector('ol');
      if (list) getComputedStyle(list).getPropertyValue('display');
      await nextTask();
      this._clearing = false;
    }
    this._filter = category;
    this._current = 0;
    this._drawAnew();
    const model = this._model!;
    const shown = category ? model.events.filter(event => event.category === category).length : model.events.length;
    const ui = pickTranslation(timelineStrings, this._language.lang);
    const count = (n: number) => cachedFormat(Intl.NumberFormat, this._language.lang).format(n);
    const plural = cachedFormat(Intl.PluralRules, ui.lang).select(model.events.length);
    this._announcement = ui.strings.showing(count(shown), count(model.events.length), plural);
    this.requestUpdate();
  }

  private async _onKey(event: KeyboardEvent): Promise<void> {
    const shown = this._chunkCache?.shown ?? [];
    if (!shown.length || !(event.target as Element).matches?.('article')) return;
    const horizontal = this.layout === 'horizontal';
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = horizontal ? (rtl ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    const back = horizontal ? (rtl ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    const target =
      event.key === forward ? Math.min(this._current + 1, shown.length - 1)
      : event.key === back ? Math.max(this._current - 1, 0)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? shown.length - 1
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    await this._focusEvent(target);
  }

  private async _focusEvent(index: number): Promise<void> {
    this._current = index;
    this.requestUpdate();
    await this._renderThrough(index);
    const id = this._chunkCache!.shown[index].id;
    const article = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"] article`);
    article?.focus({ preventScroll: true });
    article?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Scrolls to, focuses and highlights the event the page URL names (`#id`). */
  private async _followHash(): Promise<void> {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this._model) return;
    let index = this._chunksOf(this._model).shown.findIndex(event => event.id === id);
    if (index < 0 && this._model.events.some(event => event.id === id)) {
      await this._setFilter('');
      index = this._chunksOf(this._model).shown.findIndex(event => event.id === id);
    }
    if (index < 0) return;
    this._highlighted = id;
    await this._focusEvent(index);
  }

  private _uiLang(): string {
    return pickTranslation(timelineStrings, this._language.lang).lang;
  }

  /** Puts the page's address with this event's `#id` on the clipboard, and says so. */
  private async _copyLink(id: string): Promise<void> {
    const ui = pickTranslation(timelineStrings, this._language.lang);
    try {
      await navigator.clipboard.writeText(`${location.href.split('#')[0]}#${encodeURIComponent(id)}`);
      this._announcement = ui.strings.linkCopied;
    } catch {
      this._announcement = '';
    }
    this.requestUpdate();
  }

  private _onImageError(event: Event): void {
    const img = event.target as HTMLImageElement;
    img.closest('figure')?.setAttribute('hidden', '');
    addProblem(this._runtimeProblems, 'image', 'could not be loaded; the event is shown without it', img.getAttribute('src'));
    this.requestUpdate();
  }
}


/** Rich text as paragraphs of text runs: emphasis and safe links only, everything as text. */
function renderRichText(text: RichText): TemplateResult {
  const run = (inline: RichText[number][number]) => {
    let content: TemplateResult | string = inline.text;
    if (inline.strong) content = html`<strong>${content}</strong>`;
    if (inline.em) content = html`<em>${content}</em>`;
    return inline.href ? html`<a href=${inline.href}>${content}</a>` : content;
  };
  // One line per paragraph template: whitespace inside <p> would become part of the text.
  return html`${text.map(paragraph => html`<p>${paragraph.map(run)}</p>`)}`;
}

const nextTask = () => new Promise(resolve => setTimeout(resolve));

/** Whether two cache keys hold the same parts, compared by identity. */
const sameParts = (a: unknown[], b: unknown[]) => a.every((part, index) => part === b[index]);

declare global {
  interface HTMLElementTagNameMap {
    'gb-timeline': GbTimeline;
  }
}
