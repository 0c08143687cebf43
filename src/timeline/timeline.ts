// The element's own part of the timeline: its inputs, the data flow (which source wins, the cache of
// checked events), focus, filter and deep links. Over 300 lines by its API documentation; loading is
// core/source-controller.ts, drawing in chunks chunked-list.ts, an event's markup event-view.ts.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GbElement } from '../core/element.js';
import { warmUpDateFormats } from '../core/dates.js';
import { pickTranslation, resolveLanguage } from '../core/language.js';
import { addProblem, type Problem } from '../core/problems.js';
import { readSourceAnswer } from '../core/sheet.js';
import { SourceController } from '../core/source-controller.js';
import { readChoice } from '../core/text.js';
import { scriptFaces, tokens } from '../core/tokens.js';
import { CHUNK, ChunkedList, nextTask, sameParts } from './chunked-list.js';
import { readTimelineLightDom } from './read-light-dom.js';
import { renderEvent, targetOfKey } from './event-view.js';
import { filterAnnouncement, renderFilter } from './category-filter.js';
import {
  TIMELINE_GROUPS,
  TIMELINE_LAYOUTS,
  parseEvents,
  EVENTS_PER_TASK,
  parseEventsInTasks,
  readEventSource,
  type EventSource,
  type GroupBy,
  type RawEvent,
  type TimelineEventModel,
  type TimelineLayout,
  type TimelineModel,
} from './timeline.model.js';
import { readTimelineSheet } from './timeline.sheet.js';
import { timelineStrings } from './timeline.strings.js';
import { timelineStyles } from './timeline.styles.js';

export { TIMELINE_GROUPS, TIMELINE_LAYOUTS };

/**
 * Past this many events, those far from the viewport are not laid out or painted until scrolled near
 * (content-visibility in timeline.styles.ts). Shorter lists are drawn whole: cheap enough, and then
 * every event takes its real height at once.
 */
const LONG_LIST = 250;

/** Events fetched from `src`, checked ahead of the update that draws them (see `_readFetched`). */
type FetchedEvents = EventSource & { parsed: { groupBy: GroupBy; model: TimelineModel; problems: Problem[] } };

/**
 * A timeline of dated events, readable before JavaScript as an ordered list, fast at ten thousand
 * events (drawn in chunks, so no task blocks the page), and keyboard-navigable.
 *
 * Content comes four ways, and the first that gives events wins: the `events` property (or
 * attribute, as JSON), a `src` URL to JSON or a CSV/TSV sheet, or light DOM — `<gb-timeline-event>` children or a
 * plain `<ol>` of `<li>` with a `<time datetime>`, a heading and text. JSON may be golden-bridge's
 * plain events or Knight Lab's TimelineJS3 format, whose HTML text goes through a strict allow-list.
 *
 * @summary A chronological timeline of events, four ways in, fast at scale.
 * @tag gb-timeline
 *
 * @slot - `<gb-timeline-event>` elements or an `<ol>` of events, read rather than displayed.
 *
 * @csspart base - The timeline.
 * @csspart heading - The title of a TimelineJS3 timeline (its title slide's headline).
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
      timeout: {},
    };
  }

  /**
   * Events as plain objects (`date`, `end-date`, `title`, `text`, `image`, `image-alt`, `caption`, `credit`, `link`, `category`, `id`) or TimelineJS3 JSON; JSON text as an attribute.
   * Text in another language than the timeline's names it: `lang` for the whole event, or `title-lang`, `text-lang`, `caption-lang`, `category-lang` (TimelineJS3: `lang` on a slide, its `text` or its `media`).
   */
  events?: RawEvent[] | string | object;
  /**
   * URL of the events, fetched with a loading state and a timeout: JSON (plain or TimelineJS3), or a
   * spreadsheet when the URL ends in `.csv`/`.tsv` or the answer is `text/csv` or
   * `text/tab-separated-values` — TimelineJS3's template columns (Year, Month, Day, Headline, Text,
   * Media, Type, Group, …) or the event fields above as headers. A bad row is reported by its
   * row number and left out; if nothing loads, the light DOM is shown.
   */
  src?: string;
  /** `vertical` (default), `alternating`, `horizontal` (arrow keys, Home, End) or `auto` (by the container's width). */
  layout?: TimelineLayout;
  /** Group events by `year` (default), `decade`, `era` (TimelineJS3 eras) or `none`. */
  groupBy?: GroupBy;
  /** Milliseconds to wait for `src` before giving up: 1 to 2³¹−1 (default 10,000); anything else is reported and the default used. */
  timeout?: number | string;

  private readonly _source = new SourceController<FetchedEvents>(this, (text, type, problems) => this._readFetched(text, type, problems), "the page's own list is shown");
  private readonly _list = new ChunkedList<TimelineEventModel>(this);
  private _runtimeProblems: Problem[] = [];
  private _filter = '';
  /** The events the filter lets through, kept while the model and the filter hold. */
  private _shownCache?: { model: TimelineModel; filter: string; shown: TimelineEventModel[] };
  /** The place, in the shown list, of the event that takes the keyboard focus. */
  private _focusIndex = 0;
  private _highlighted?: string;
  private _announcement = '';
  private _cache?: { key: unknown[]; model: TimelineModel; problems: Problem[] };
  /** What the list being checked over several tasks depends on (see `_checkInTasks`). */
  private _checking?: unknown[];
  private readonly _onHashChange = () => void this._followHash();

  override connectedCallback(): void {
    // The request is what takes longest: it goes out as soon as the timeline is on the page, not
    // when its first render comes round in the queue (core/first-render.ts). A request abandoned
    // when the timeline left the page is made again.
    if (this.src && this._source.state === 'idle') void this._load();
    super.connectedCallback();
    // A scoped, necessary listener: deep links arrive through the page's URL.
    window.addEventListener('hashchange', this._onHashChange);
    void this.updateComplete.then(() => this._followHash());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    // Also while still waiting for its first render, when Lit's controllers hear nothing.
    this._source.abandon();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src !== this._source.requested) void this._load();
    super.willUpdate(changed);
  }

  protected _parse(problems: Problem[]): TimelineModel {
    this._layout(problems);
    const groupBy = this._groupBy(problems);
    const fetched = this._source.data;
    const key = [this.events, fetched, this._lightDomVersion, groupBy];
    // Checking ten thousand events is work: done only when what it depends on has changed, and
    // not begun again while the same list is being checked over several tasks.
    const checking = this._checking && sameParts(this._checking, key);
    if (!checking && (!this._cache || !sameParts(this._cache.key, key))) {
      const own: Problem[] = [];
      const source = this._eventSource(own);
      // Fetched events come checked already, unless the grouping changed since.
      const parsed = source === fetched && fetched.parsed.groupBy === groupBy ? fetched.parsed : undefined;
      if (parsed) this._keepChecked(key, source, parsed.model, parsed.problems);
      // A long list handed over by script is checked a batch per task, as a fetched one is.
      else if (source.events.length > EVENTS_PER_TASK) void this._checkInTasks(key, source, groupBy, own);
      else this._keepChecked(key, source, parseEvents(source.events, source.eras, groupBy, own), own);
    }
    problems.push(...(this._cache?.problems ?? []), ...this._source.problems, ...this._runtimeProblems);
    return this._cache?.model ?? { events: [], categories: [], categoryLangs: new Map(), eras: [] };
  }

  private _keepChecked(key: unknown[], source: EventSource, model: TimelineModel, problems: Problem[]): void {
    model.title = source.title;
    model.titleLang = source.titleLang;
    this._cache = { key, model, problems };
    this._checking = undefined;
    this._list.drawAnew();
  }

  /** Checks a long list over several tasks (see parseEventsInTasks), then draws it, if still wanted. */
  private async _checkInTasks(key: unknown[], source: EventSource, groupBy: GroupBy, problems: Problem[]): Promise<void> {
    if (this._checking && sameParts(this._checking, key)) return;
    this._checking = key;
    const model = await parseEventsInTasks(source.events, source.eras, groupBy, problems, nextTask);
    // The first screen is drawn in a task of its own, apart from the sorting.
    await nextTask();
    if (this._checking !== key) return;
    this._keepChecked(key, source, model, problems);
    this.requestUpdate();
  }

  /** The layout asked for, or `vertical`; a problem when it is none of TIMELINE_LAYOUTS. */
  private _layout(problems: Problem[]): TimelineLayout {
    return readChoice(this.layout, 'layout', TIMELINE_LAYOUTS, 'vertical', problems);
  }

  /** The grouping asked for, or `year`; a problem when it is none of TIMELINE_GROUPS. */
  private _groupBy(problems: Problem[]): GroupBy {
    return readChoice(this.groupBy, 'group-by', TIMELINE_GROUPS, 'year', problems);
  }

  /** The events from the first source that gives them: the `events` property, `src`, the light DOM. */
  private _eventSource(problems: Problem[]): EventSource {
    return (
      (this.events !== undefined && this.events !== null ? readEventSource(this.events, 'events', problems) : undefined) ??
      this._source.data ?? { events: readTimelineLightDom(this) ?? [], eras: [] }
    );
  }

  /**
   * Reads the answer of `src`, and checks its events ahead of the update that draws them, a batch
   * per task (see parseEventsInTasks): ten thousand events take a while to parse as JSON, to check
   * and to draw, and each step gets tasks of its own, so that none of them holds the page for long.
   */
  private async _readFetched(text: string, contentType: string, problems: Problem[]): Promise<FetchedEvents | undefined> {
    const answer = readSourceAnswer(text, this._source.requested, contentType, problems, readTimelineSheet);
    const source = readEventSource(answer.data, 'src', problems, true);
    // A sheet without one good row shows the page's own list, as a failed load does.
    if (!source || (answer.sheet && !source.events.length)) return undefined;
    await nextTask();
    const groupBy = this._groupBy([]); // its problems are reported by the update that draws it
    const own: Problem[] = [];
    const model = await parseEventsInTasks(source.events, source.eras, groupBy, own, nextTask);
    await nextTask();
    return { ...source, parsed: { groupBy, model, problems: own } };
  }

  /** Fetches `src` (see SourceController), then follows the page's `#id` into what arrived. */
  private async _load(): Promise<void> {
    const loaded = this._source.load(this.src, this.timeout);
    // The main thread is idle while the events are on their way: build the date formatters now.
    // A page's first Intl formatter costs Chromium much ICU set-up, which would otherwise stand
    // between the answer and the first events on screen.
    if (this._source.state === 'loading') warmUpDateFormats(resolveLanguage(this).lang); // before the first update, `_language` is not resolved yet
    // The page's address may name one of the events that just arrived (#id): the hash was looked
    // for on connection, before they were here.
    if (await loaded) {
      await this.updateComplete;
      await this._followHash();
    }
  }

  /** The events the filter lets through; the same array while the model and the filter hold. */
  private _shownOf(model: TimelineModel): TimelineEventModel[] {
    const cached = this._shownCache;
    if (cached && cached.model === model && cached.filter === this._filter) return cached.shown;
    const shown = this._filter ? model.events.filter(event => event.category === this._filter) : model.events;
    this._shownCache = { model, filter: this._filter, shown };
    return shown;
  }

  protected _renderModel(model: TimelineModel): TemplateResult {
    const ui = pickTranslation(timelineStrings, this._language.lang);
    const shown = this._shownOf(model);
    const layout = this._layout([]); // reported by _parse
    // Group labels sit beside the line, not above each event, so the light DOM (which has none)
    // fills the same height before the bundle loads; "none" drops that column.
    const groups = model.events.some(event => event.group) ? 'grouped' : '';
    const length = shown.length > LONG_LIST ? 'long' : '';
    const items = this._list.render(
      shown,
      (chunk, first) => {
        const focus = this._focusIndex >= first && this._focusIndex < first + chunk.length ? this._focusIndex : -1;
        const highlighted = chunk.some(event => event.id === this._highlighted) ? this._highlighted : undefined;
        return [focus, highlighted, shown.length, this._language.lang];
      },
      // Each chunk is a box of its own, so that in a long list the browser skips a far-off chunk
      // whole rather than its events one by one. The chunk is presentational and the roles are
      // explicit, so that the events stay the list's items (and WebKit, which drops list semantics
      // from an unstyled list, keeps them).
      (chunk, first) => html`<li role="none" class=${chunk.length === CHUNK ? 'chunk full' : 'chunk'}><ol role="none">${chunk.map((event, offset) =>
          renderEvent(event, {
            index: first + offset,
            shown,
            model,
            lang: this._language.lang,
            uiLang: ui.lang,
            strings: ui.strings,
            focusable: first + offset === this._focusIndex,
            highlighted: event.id === this._highlighted,
            onImageError: this._onImageError,
            onCopyLink: id => void this._copyLink(id),
          }),
        )}</ol></li>`,
    );
    const loading = this._source.state === 'loading' || !!this._checking;
    return html`<section part="base" class="${layout} ${groups} ${length}" lang=${this._language.lang} aria-busy=${loading ? 'true' : 'false'}>
      ${model.title ? html`<h2 part="heading" lang=${ifDefined(model.titleLang)}>${model.title}</h2>` : nothing}
      ${renderFilter(model, this._filter, this._language.lang, ui, category => void this._setFilter(category))}
      <p class="visually-hidden" role="status" lang=${ui.lang}>${this._announcement}</p>
      ${loading ? html`<p part="notice" lang=${ui.lang}>${ui.strings.loading}</p>` : nothing}
      ${this._source.state === 'failed' ? html`<p part="notice" class="failed" lang=${ui.lang}>${ui.strings.failed}</p>` : nothing}
      ${shown.length === 0 && !loading ? html`<p part="notice" lang=${ui.lang}>${ui.strings.empty}</p>` : nothing}
      <ol part="list" role="list" ?hidden=${this._list.hidden} @keydown=${this._onKey}>${items}</ol>
    </section>`;
  }

  private async _setFilter(category: string): Promise<void> {
    await this._list.hideBeforeCut(() => this.updateComplete, () => this.renderRoot.querySelector('ol'));
    this._filter = category;
    this._focusIndex = 0;
    this._list.drawAnew();
    this._announcement = filterAnnouncement(this._model!, category, this._language.lang, pickTranslation(timelineStrings, this._language.lang));
    this.requestUpdate();
  }

  private async _onKey(event: KeyboardEvent): Promise<void> {
    const shown = this._model ? this._shownOf(this._model) : [];
    if (!shown.length || !(event.target as Element).matches?.('article')) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const target = targetOfKey(event.key, this._focusIndex, shown.length, this.layout === 'horizontal', rtl);
    if (target === undefined) return;
    event.preventDefault();
    await this._focusEvent(target);
  }

  private async _focusEvent(index: number): Promise<void> {
    this._focusIndex = index;
    this.requestUpdate();
    await this._list.drawThrough(index, () => this.updateComplete);
    const id = this._shownOf(this._model!)[index].id;
    const article = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"] article`);
    article?.focus({ preventScroll: true });
    article?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Scrolls to, focuses and highlights the event the page URL names (`#id`). */
  private async _followHash(): Promise<void> {
    const id = this._hashId();
    if (!id || !this._model) return;
    let index = this._shownOf(this._model).findIndex(event => event.id === id);
    if (index < 0 && this._model.events.some(event => event.id === id)) {
      await this._setFilter('');
      index = this._shownOf(this._model).findIndex(event => event.id === id);
    }
    if (index < 0) return;
    this._highlighted = id;
    await this._focusEvent(index);
  }

  /** The id the page's URL names (`#id`), decoded; a malformed percent-escape is reported, and names none. */
  private _hashId(): string {
    const hash = location.hash.slice(1);
    try {
      return decodeURIComponent(hash);
    } catch {
      addProblem(this._runtimeProblems, 'location.hash', 'holds a malformed percent-escape; no event is followed', hash);
      this.requestUpdate();
      return '';
    }
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

declare global {
  interface HTMLElementTagNameMap {
    'gb-timeline': GbTimeline;
  }
}
