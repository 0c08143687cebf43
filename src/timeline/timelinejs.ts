/**
 * Knight Lab's TimelineJS3 JSON, read as it is given, so a newsroom moves a timeline over by
 * pointing `src` at its existing file. https://timeline.knightlab.com/docs/json-format.html
 */
import type { RawEvent } from './timeline.model.js';
import { plainTextOf, readRichText } from './rich-text.js';

export interface TjsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  /** Kept from a sheet's Time column, not shown: events are drawn by the day. */
  hour?: number;
  minute?: number;
  second?: number;
  display_date?: string;
}
export interface TjsSlide {
  start_date?: TjsDate;
  end_date?: TjsDate;
  text?: { headline?: string; text?: string; lang?: string };
  media?: { url?: string; caption?: string; credit?: string; alt?: string; thumbnail?: string; lang?: string };
  group?: string;
  /** Not TimelineJS3's own: the language of the slide's text, for a timeline in another language. */
  lang?: string;
  unique_id?: string;
  display_date?: string;
  /** Kept from a sheet's Background column, not drawn. */
  background?: { url?: string; color?: string };
}
export interface TjsEra {
  start_date?: TjsDate;
  end_date?: TjsDate;
  text?: { headline?: string; lang?: string };
  /** Not TimelineJS3's own, as on a slide: the language of the era's headline. */
  lang?: string;
}

/** A TimelineJS3 JSON file: its slides, eras and title slide. */
export interface TimelineJs3Data {
  title?: TjsSlide;
  events: TjsSlide[];
  eras?: TjsEra[];
}

/** Whether events given as JSON look like TimelineJS3's slides rather than golden-bridge's plain events. */
export function isTimelineJs(events: unknown[]): boolean {
  return events.some(event => event && typeof event === 'object' && ('start_date' in event || ('text' in event && typeof event.text === 'object')));
}

/** An integer as ISO 8601 digits, sign first: `pad(-500, 4)` is "-0500"; undefined for anything else. */
export const pad = (value: number | string | undefined, width: number) => {
  const number = Number(value);
  if (!Number.isInteger(number)) return undefined;
  const sign = number < 0 ? '-' : '';
  return sign + String(Math.abs(number)).padStart(width, '0');
};

/**
 * TimelineJS3's {year, month, day} as ISO 8601 text: "1992-01-03", "2024-07", "-0499". TimelineJS3
 * shows Year -500 as "500 BCE" (it drops the sign and adds the era), and ISO 8601 counts a year 0
 * (1 BCE), so a negative Year is one more in ISO: -500 is "-0499", which Intl writes "500 BC".
 */
export function tjsDateToIso(date: TjsDate | undefined): string | undefined {
  if (!date || date.year === undefined || date.year === '') return undefined;
  const given = Number(date.year);
  const year = pad(Number.isInteger(given) && given < 0 ? given + 1 : date.year, 4);
  if (year === undefined) return String(date.year);
  const month = date.month !== undefined && date.month !== '' ? pad(date.month, 2) : undefined;
  const day = month !== undefined && date.day !== undefined && date.day !== '' ? pad(date.day, 2) : undefined;
  return [year, month, day].filter(part => part !== undefined).join('-');
}

/**
 * TimelineJS3 takes HTML in headlines, captions and credits too: golden-bridge shows those as plain
 * text, so their markup is read (rich-text.ts) and flattened. Anything but a string is left for
 * the model to report. (Slides' fields are read so as the model checks them, a batch per task.)
 */
export const flat = <T>(value: T): T | string => (typeof value === 'string' ? plainTextOf(readRichText(value.slice(0, 20_000))) : value);

/** TimelineJS3 JSON's slides as golden-bridge's plain events; the HTML in `text` fields is kept for the allow-list. */
export function fromTimelineJs(json: { events: unknown[] }): { events: RawEvent[]; eras: TjsEra[]; title?: unknown; titleLang?: unknown } {
  const root = json as { events: TjsSlide[]; eras?: TjsEra[]; title?: TjsSlide };
  const events = root.events.map((slide): RawEvent => {
    if (!slide || typeof slide !== 'object') return slide as RawEvent;
    return {
      date: tjsDateToIso(slide.start_date),
      'end-date': tjsDateToIso(slide.end_date),
      'display-date': slide.display_date ?? slide.start_date?.display_date,
      title: slide.text?.headline,
      html: slide.text?.text,
      image: slide.media?.url,
      'image-alt': slide.media?.alt,
      caption: slide.media?.caption,
      credit: slide.media?.credit,
      markup: true,
      category: slide.group,
      id: slide.unique_id,
      lang: slide.lang,
      'title-lang': slide.text?.lang,
      'text-lang': slide.text?.lang,
      'caption-lang': slide.media?.lang,
    };
  });
  const eras = Array.isArray(root.eras)
    ? root.eras.map(era => (era && typeof era === 'object' && era.text && typeof era.text === 'object' ? { ...era, text: { ...era.text, headline: flat(era.text.headline) } } : era))
    : [];
  const title = root.title && typeof root.title === 'object' ? root.title : undefined;
  return { events, eras, title: flat(title?.text?.headline), titleLang: title?.text?.lang ?? title?.lang };
}
