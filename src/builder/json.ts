/**
 * Pasted JSON: a builder data file (what "Download data" saves), a stat group's figures, a
 * timeline's events (plain, or `{ events }`), or TimelineJS3 JSON, whose slide HTML becomes plain
 * text here (parsed inertly).
 */
import type { RawEvent } from '../timeline/timeline.model.js';
import { fromTimelineJs, isTimelineJs } from '../timeline/timelinejs.js';
import { WIDGETS, type BuilderData, type WidgetKind } from './specs.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** TimelineJS3's `text` HTML as what a reader sees of it; the builder edits text only. */
const htmlToText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

/** Events from a timeline's JSON: an array, `{ events }`, or TimelineJS3's `{ events, eras, title }`. */
export function eventsFromJson(json: unknown, problems: string[]): RawEvent[] | undefined {
  const events = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.events) ? json.events : undefined;
  if (!events) {
    problems.push('events: expected an array of events or { "events": [...] }');
    return undefined;
  }
  const plain = isTimelineJs(events) ? fromTimelineJs({ events }).events : (events as RawEvent[]);
  return plain.filter(isObject).map(event => {
    const { html, ...rest } = event as RawEvent;
    return typeof html === 'string' && rest.text === undefined ? { ...rest, text: htmlToText(html) } : rest;
  });
}

const strings = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(isObject(value) ? value : {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));

/** Reads pasted JSON as builder data, or says why not. */
export function readJson(text: string, problems: string[]): BuilderData | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  if (isObject(json) && WIDGETS.includes(json.widget as WidgetKind)) {
    return { widget: json.widget as WidgetKind, values: strings(json.values), items: Array.isArray(json.items) ? json.items.map(strings) : [] };
  }
  // a stat group's figures, as its `src` takes them: objects with a value and no date
  const figures = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.badges) ? json.badges : undefined;
  if (figures?.length && figures.every(item => isObject(item) && 'value' in item && !('date' in item) && !('start_date' in item))) {
    return { widget: 'stat-group', values: {}, items: figures.map(strings) };
  }
  const events = eventsFromJson(json, problems);
  if (!events) return undefined;
  return { widget: 'timeline', values: {}, items: events.map(strings) };
}
