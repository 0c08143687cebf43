// Over 300 lines: the timeline's model whole, as the other widgets keep theirs: reading each source's
// events, checking them in one go or in tasks (one EventReader for every path), sorting and grouping.
import { formatCalendarDate, parseIsoDate, type CalendarDate } from '../core/dates.js';
import { addProblem, type Problem } from '../core/problems.js';
import { MAX_SOURCE_BYTES } from '../core/source-controller.js';
import { MAX_LONG_TEXT, describeType, readLang, readText, type FieldLangs } from '../core/text.js';
import { IMAGE_SCHEMES, safeUrl } from '../core/url.js';
import { POLICY_NAME, parserRefused } from './inert-html.js';
import { readRichText, type RichText } from './rich-text.js';
import { flat, fromTimelineJs, isTimelineJs, pad, tjsDateToIso, type TjsEra } from './timelinejs.js';

/** One event as given: golden-bridge's plain format (or TimelineJS3's, converted). */
export interface RawEvent {
  date?: unknown;
  'end-date'?: unknown;
  'display-date'?: unknown;
  title?: unknown;
  text?: unknown;
  /** HTML from TimelineJS3, read through the allow-list. */
  html?: unknown;
  /** Set for TimelineJS3 slides, whose title, image-alt, caption and credit are HTML: shown as their text. */
  markup?: boolean;
  image?: unknown;
  'image-alt'?: unknown;
  caption?: unknown;
  credit?: unknown;
  link?: unknown;
  category?: unknown;
  id?: unknown;
  /** The language of the event's text, when it differs from the timeline's; the `*-lang` keys name one field's. */
  lang?: unknown;
  'title-lang'?: unknown;
  'text-lang'?: unknown;
  'caption-lang'?: unknown;
  'category-lang'?: unknown;
}

/** The text fields of an event that may be in another language than the timeline. */
export type EventTextField = 'title' | 'text' | 'caption' | 'category';

/** The layouts a timeline draws: `auto` picks by the container's width. */
export const TIMELINE_LAYOUTS = ['vertical', 'alternating', 'horizontal', 'auto'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];
/** How events are grouped under headings; `era` uses TimelineJS3's eras. */
export const TIMELINE_GROUPS = ['year', 'decade', 'era', 'none'] as const;
export type GroupBy = (typeof TIMELINE_GROUPS)[number];

/**
 * Events to check, read one at a time: an array, or a list that reads each event only when it is
 * asked for (the light DOM's: reading ten thousand list items at once held Chromium for 150 ms).
 */
export interface RawEventList {
  readonly length: number;
  at(index: number): RawEvent | undefined;
}

/** Events as read from one source, before they are checked. */
export interface EventSource {
  events: RawEventList;
  eras: TjsEra[];
  /** TimelineJS3's title slide: its headline, and the language it is in when that is not the timeline's. */
  title?: string;
  titleLang?: string;
}

export interface TimelineEventModel {
  id: string;
  title?: string;
  text?: RichText;
  start?: CalendarDate;
  end?: CalendarDate;
  /** The author's own display date (TimelineJS3 `display_date`); otherwise Intl formats the date. */
  displayDate?: string;
  image?: { src: string; alt: string; caption?: string; credit?: string };
  link?: string;
  category?: string;
  /** The group's key: `year:1992`, `decade:1990`, `era:0`, `undated`, or '' for none. */
  group: string;
  /** The language of each text field that names one (the event's `lang`, or a field's own). */
  langs?: FieldLangs<EventTextField>;
}

export interface TimelineModel {
  events: TimelineEventModel[];
  categories: string[];
  /** A category's language, where its first event names one (`category-lang`, or the event's `lang`). */
  categoryLangs: Map<string, string>;
  eras: TjsEra[];
  title?: string;
  titleLang?: string;
}

/** Labels for groups that Intl has no formatter for. */
export interface GroupLabels {
  decade: (start: string) => string;
  undated: string;
}

const MAX_EVENTS = 20_000;
/** Characters of TimelineJS3 HTML read per event: its markup may well double its text (MAX_LONG_TEXT). */
const MAX_HTML = MAX_LONG_TEXT * 2;
/**
 * Categories past which the timeline has no filter: a row of hundreds of buttons helps no reader,
 * and thousands would hold the page while drawn. The events keep their category labels.
 */
export const MAX_FILTER_CATEGORIES = 40;

/**
 * Counts a problem that may repeat on thousands of events: one report per kind, naming the first
 * event and how many more, so a bad file gives one warning per mistake rather than a flood.
 */
class ProblemTally {
  private readonly _kinds = new Map<string, { field: string; message: string; value?: unknown; count: number }>();
  add(kind: string, field: string, message: string, value?: unknown): void {
    const seen = this._kinds.get(kind);
    if (seen) seen.count++;
    else this._kinds.set(kind, { field, message, value, count: 1 });
  }
  report(problems: Problem[]): void {
    for (const { field, message, value, count } of this._kinds.values()) {
      addProblem(problems, field, count > 1 ? `${message} (and ${count - 1} more events)` : message, value);
    }
  }
}

/** Whatever was given — an array, `{ events }`, TimelineJS3 JSON, or JSON text of any (unless `decoded`) — as raw events. */
export function readEventSource(value: unknown, field: string, problems: Problem[], decoded = false): EventSource | undefined {
  let data = value;
  // JSON already decoded (a fetched answer) is read once: a string in it that holds JSON is no events.
  if (typeof value === 'string' && !decoded) {
    // The limit `src` has (MAX_SOURCE_BYTES), in UTF-16 units: JSON.parse of more would hold the page.
    if (value.length > MAX_SOURCE_BYTES) {
      addProblem(problems, field, `is ${value.length} characters of JSON, more than the ${MAX_SOURCE_BYTES} a timeline reads; no events are read from it`);
      return undefined;
    }
    try {
      data = JSON.parse(value);
    } catch {
      addProblem(problems, field, 'is not valid JSON; no events are read from it', value);
      return undefined;
    }
  }
  if (data === undefined || (data === null && !decoded)) return undefined;
  // A bare array is the events of an object that has nothing else.
  const root = (Array.isArray(data) ? { events: data } : data) as { events?: unknown } | null;
  // A fetched answer of `null` is reported here like any other answer without events.
  if (!Array.isArray(root?.events)) {
    addProblem(problems, field, `expected an array of events or { events: [...] } but got ${describeType(data)}`, data);
    return undefined;
  }
  if (!isTimelineJs(root.events)) return { events: root.events as RawEvent[], eras: [] };
  const tjs = fromTimelineJs(root as { events: unknown[] });
  // The languages of the title slide and of the eras are checked here, once: events are checked later.
  // An absent lang is no problem: readLang reports only a bad one.
  const langOf = (value: unknown, at: string) => readLang(value, `${field}.${at}`, problems);
  const eras = tjs.eras.map((era, index) => {
    if (!era || typeof era !== 'object') {
      addProblem(problems, `${field}.eras[${index}]`, `is not an era object (got ${describeType(era)}); it groups no events`, era);
      return era;
    }
    // An era whose dates cannot be read (out of any calendar a Date holds, say) groups no events: said once, here.
    for (const end of ['start_date', 'end_date'] as const) {
      if (!eraDate(era[end])) addProblem(problems, `${field}.eras[${index}].${end}`, 'is not a valid date; the era groups no events', era[end]);
    }
    const given = era.text?.lang ?? era.lang;
    // What a heading uses is the checked tag: a bad one is reported and dropped.
    return given === undefined ? era : { ...era, lang: langOf(given, `eras[${index}].lang`) };
  });
  return {
    events: tjs.events,
    eras,
    title: readText(tjs.title, `${field}.title.text.headline`, problems),
    titleLang: langOf(tjs.titleLang, 'title.lang'),
  };
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

/**
 * Checks and sorts events: chronological whatever the input order, undated ones kept at the end
 * with a warning, each with a stable id (its own, or one made from its date and title). Dates and
 * group headings are formatted later, when drawn: ten thousand events format only what is shown.
 */
export function parseEvents(raw: RawEventList, eras: TjsEra[], groupBy: GroupBy, problems: Problem[]): TimelineModel {
  const reader = new EventReader(raw, problems);
  for (let order = 0; order < reader.count; order++) reader.read(raw.at(order), order);
  return reader.finish(eras, groupBy);
}

/** Events read per task by parseEventsInTasks, at most: some 20-60 ms of work on a 2-core machine. */
export const EVENTS_PER_TASK = 2_500;
/** A task of parseEventsInTasks ends after this long, however few events it has read (TimelineJS3 HTML is slow to read). */
export const TASK_MS = 30;

/**
 * parseEvents for a long list, over several tasks, with `nextTask` awaited between them: ten
 * thousand events take 70-170 ms to check here, too long for one task. The first batch waits for a
 * task of its own (the caller's task is drawing already); each batch reads up to EVENTS_PER_TASK
 * events or for TASK_MS, whichever ends first; sorting and grouping get a task of their own. Same
 * model, same problems as parseEvents.
 */
export async function parseEventsInTasks(
  raw: RawEventList,
  eras: TjsEra[],
  groupBy: GroupBy,
  problems: Problem[],
  nextTask: () => Promise<unknown>,
): Promise<TimelineModel> {
  const reader = new EventReader(raw, problems);
  for (let order = 0; order < reader.count; ) {
    await nextTask();
    const start = performance.now();
    const end = Math.min(order + EVENTS_PER_TASK, reader.count);
    // The clock is read every 64 events: reading it costs more than a plain event does.
    for (; order < end && ((order & 63) !== 63 || performance.now() - start < TASK_MS); order++) reader.read(raw.at(order), order);
  }
  await nextTask();
  return reader.finish(eras, groupBy);
}

/** Reads raw events one at a time into the model, tallying problems; `finish` sorts and groups. */
class EventReader {
  /** How many of the events given are read: MAX_EVENTS at most. */
  readonly count: number;
  private readonly _tally = new ProblemTally();
  private readonly _ids = new Set<string>();
  private readonly _events: Array<TimelineEventModel & { order: number }> = [];

  constructor(
    raw: RawEventList,
    private readonly _problems: Problem[],
  ) {
    this.count = Math.min(raw.length, MAX_EVENTS);
    if (raw.length > MAX_EVENTS) addProblem(_problems, 'events', `has ${raw.length} events; the first ${MAX_EVENTS} are shown`);
  }

  read(entry: RawEvent | undefined, order: number): void {
    const { _tally: tally, _ids: ids, _events: events } = this;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      tally.add('shape', `events[${order}]`, `is not an event object (got ${describeType(entry)}); it is skipped`, entry);
      return;
    }
    // A field's problems are tallied, so that ten thousand events with the same fault make one warning.
    const tallied = <T>(field: string, readField: (problems: Problem[]) => T): T => {
      const local: Problem[] = [];
      const result = readField(local);
      for (const problem of local) tally.add(`${field}:${problem.message}`, `events[${order}].${field}`, problem.message, problem.value);
      return result;
    };
    // Most fields are absent: stay cheap then.
    const text = (value: unknown, field: string, max?: number) =>
      value === undefined || value === null ? undefined : tallied(field, local => readText(value, field, local, max));
    const langOf = (value: unknown, field: string) =>
      value === undefined || value === null ? undefined : tallied(field, local => readLang(value, field, local));
    const html = (value: unknown) => (entry.markup ? flat(value) : value);
    const title = text(html(entry.title), 'title');
    if (!title) tally.add('title', `events[${order}].title`, 'is missing; the event is shown with its date and text only');

    const dateOf = (value: unknown, field: string) => {
      if (value === undefined || value === null || value === '') return undefined;
      const date = typeof value === 'string' || typeof value === 'number' ? parseIsoDate(String(value)) : undefined;
      if (!date) tally.add(`${field}:invalid`, `events[${order}].${field}`, 'is not a valid ISO 8601 date', value);
      return date;
    };
    const start = dateOf(entry.date, 'date');
    const end = start ? dateOf(entry['end-date'], 'end-date') : undefined;
    if (!start && (entry.date === undefined || entry.date === null || entry.date === '')) {
      tally.add('undated', `events[${order}].date`, 'is missing; the event is kept at the end, undated');
    }

    const richText = typeof entry.html === 'string' ? entry.html.slice(0, MAX_HTML) : undefined;
    if (richText?.length === MAX_HTML && (entry.html as string).length > MAX_HTML) {
      tally.add('html:long', `events[${order}].text`, `is ${(entry.html as string).length} characters of HTML; only the first ${MAX_HTML} are read`);
    }
    const body = richText !== undefined ? readRichText(richText) : undefined;
    if (richText && parserRefused() && /</.test(richText)) {
      tally.add('html:refused', `events[${order}].text`, `holds HTML, shown as plain text: the page's Trusted Types policy refuses golden-bridge's HTML reader (add "${POLICY_NAME}" to its trusted-types directive)`);
    }
    const plain = text(entry.text, 'text', MAX_LONG_TEXT);
    const imageUrl = typeof entry.image === 'string' && entry.image ? safeUrl(entry.image, IMAGE_SCHEMES) : undefined;
    if (entry.image && !imageUrl) tally.add('image', `events[${order}].image`, 'is not a safe image URL; the image is left out', entry.image);
    const link = typeof entry.link === 'string' && entry.link ? safeUrl(entry.link) : undefined;
    if (entry.link && !link) tally.add('link', `events[${order}].link`, 'is not a safe URL; the link is left out', entry.link);

    const lang = langOf(entry.lang, 'lang');
    const langs: FieldLangs<EventTextField> = {
      title: langOf(entry['title-lang'], 'title-lang') ?? lang,
      text: langOf(entry['text-lang'], 'text-lang') ?? lang,
      caption: langOf(entry['caption-lang'], 'caption-lang') ?? lang,
      category: langOf(entry['category-lang'], 'category-lang') ?? lang,
    };

    const givenId = text(entry.id, 'id');
    // Ids that are already safe are kept as they are (and cheaply: a page may hold ten thousand).
    let id = (givenId && /^[\w-]{1,64}$/.test(givenId) ? givenId : slug(givenId ?? `${start?.iso ?? 'undated'}-${title ?? order}`)) || `event-${order}`;
    while (ids.has(id)) id = `${id}-${order}`;
    ids.add(id);

    events.push({
      order,
      id,
      title,
      text: body?.length ? body : plain ? [[{ text: plain }]] : undefined,
      start,
      end,
      displayDate: text(entry['display-date'], 'display-date'),
      image: imageUrl
        ? { src: imageUrl, alt: text(html(entry['image-alt']), 'image-alt') ?? '', caption: text(html(entry.caption), 'caption'), credit: text(html(entry.credit), 'credit') }
        : undefined,
      link,
      category: text(entry.category, 'category'),
      group: '',
      langs: langs.title || langs.text || langs.caption || langs.category ? langs : undefined,
    });
  }

  finish(eras: TjsEra[], groupBy: GroupBy): TimelineModel {
    const events = this._events;
    this._tally.report(this._problems);
    events.sort((a, b) => (a.start?.time ?? Infinity) - (b.start?.time ?? Infinity) || a.order - b.order);
    // Categories in the order they are first met, by date; each with the language of its first event that names one.
    const seen = new Set<string>();
    const categoryLangs = new Map<string, string>();
    for (const { category, langs } of events) {
      if (!category) continue;
      seen.add(category);
      if (langs?.category && !categoryLangs.has(category)) categoryLangs.set(category, langs.category);
    }
    const categories = [...seen];
    if (categories.length > MAX_FILTER_CATEGORIES) {
      addProblem(this._problems, 'category', `has ${categories.length} different values; the filter is left out past ${MAX_FILTER_CATEGORIES}`);
    }
    const ranges = eraRanges(eras);
    for (const event of events) event.group = groupOf(event, groupBy, ranges);
    return { events, categories, categoryLangs, eras };
  }
}

/** The date of an event as shown, in `lang`: its display date, a date, or a range. */
export function eventDateText(event: TimelineEventModel, lang: string): string | undefined {
  if (event.displayDate || !event.start) return event.displayDate;
  const first = formatCalendarDate(event.start, lang);
  if (!event.end || event.end.time < event.start.time) return first;
  return `${first} – ${formatCalendarDate(event.end, lang)}`;
}

/** One end of a TimelineJS3 era as a calendar date; undefined where it cannot be read. */
const eraDate = (date: TjsEra['start_date']) => parseIsoDate(tjsDateToIso(date) ?? '');

/** Each era's first and last instant (NaN where its dates are not valid), worked out once per list. */
const eraRanges = (eras: TjsEra[]) => eras.map(era => [eraDate(era?.start_date)?.time ?? NaN, eraDate(era?.end_date)?.time ?? NaN]);

function groupOf(event: TimelineEventModel, groupBy: GroupBy, ranges: number[][]): string {
  if (groupBy === 'none') return '';
  if (!event.start) return 'undated';
  const year = event.start.year;
  if (groupBy === 'decade') return `decade:${Math.floor(year / 10) * 10}`;
  if (groupBy === 'era') {
    const time = event.start.time;
    const index = ranges.findIndex(([from, to]) => time >= from && time <= to);
    return index < 0 ? '' : `era:${index}`;
  }
  return `year:${year}`;
}

/** The language of a group's heading where it differs from the timeline's: an era's own, or the interface's. */
export function groupLang(group: string, eras: TjsEra[], uiLang: string): string | undefined {
  const [kind, value] = group.split(':');
  if (kind === 'era') return eras[Number(value)]?.lang;
  return kind === 'undated' || (kind === 'decade' && Number(value) > 0) ? uiLang : undefined;
}

/** The heading of a group, in `lang`. */
export function groupLabel(group: string, eras: TjsEra[], lang: string, labels: GroupLabels): string {
  const [kind, value] = group.split(':');
  if (kind === 'undated') return labels.undated;
  if (kind === 'era') return eras[Number(value)]?.text?.headline ?? '';
  const year = Number(value);
  if (kind === 'decade' && year > 0) return labels.decade(String(year));
  const date = parseIsoDate(pad(year, 4) ?? '');
  return date ? formatCalendarDate(date, lang) : value;
}
