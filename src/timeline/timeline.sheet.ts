/**
 * A timeline from a spreadsheet: TimelineJS3's own template (the sheet a newsroom already keeps for
 * Knight Lab's TimelineJS), read as TimelineJS3 JSON so that the JSON path maps it, or a sheet in
 * golden-bridge's own event fields. Bad rows are reported by their row number and left out.
 */
import { parseIsoDate } from '../core/dates.js';
import type { Problem } from '../core/problems.js';
import { headerKey, parseSheet, readSheetRecords, type RowProblems, type SheetDelimiter, type SheetRecord } from '../core/sheet.js';
import { IMAGE_SCHEMES, safeUrl } from '../core/url.js';
import type { RawEvent } from './timeline.model.js';
import { tjsDateToIso, type TimelineJs3Data, type TjsDate, type TjsSlide } from './timelinejs.js';

/** The TimelineJS3 template's columns (https://timeline.knightlab.com/docs/using-spreadsheets.html), by header key. */
const TJS_COLUMNS = {
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  endyear: 'endYear',
  endmonth: 'endMonth',
  endday: 'endDay',
  endtime: 'endTime',
  displaydate: 'displayDate',
  headline: 'headline',
  text: 'text',
  media: 'media',
  mediacredit: 'mediaCredit',
  mediacaption: 'mediaCaption',
  mediathumbnail: 'mediaThumbnail',
  alttext: 'altText',
  type: 'type',
  group: 'group',
  tag: 'group', // the older template's name for Group
  background: 'background',
} as const;
type TjsField = (typeof TJS_COLUMNS)[keyof typeof TJS_COLUMNS];

/** golden-bridge's own event fields (RawEvent) as columns. */
const PLAIN_FIELDS = ['date', 'end-date', 'display-date', 'title', 'text', 'html', 'image', 'image-alt', 'caption', 'credit', 'link', 'category', 'id'] as const;
type PlainField = (typeof PLAIN_FIELDS)[number];
const PLAIN_COLUMNS = Object.fromEntries(PLAIN_FIELDS.map(field => [headerKey(field), field])) as Record<string, PlainField>;

/** What a timeline sheet reads into: TimelineJS3 JSON, or golden-bridge's plain events; either is what `events` and a JSON `src` take. */
export type TimelineSheetData = TimelineJs3Data | { events: RawEvent[] };

/**
 * Reads a timeline sheet (CSV or TSV, sniffed unless `delimiter` says): TimelineJS3's template
 * columns in any order (a `title` row, `era` rows, BCE years as negative Years, HTML in Text for
 * the allow-list), or golden-bridge's field names (`date`, `title`, `text`, …) when the header has
 * no Year or Headline. Headers are compared without case, spaces or punctuation. Rows without a
 * valid date or a headline are left out, each reported in `problems` by its row number and column.
 */
export function readTimelineSheet(text: string, problems: Problem[], delimiter?: SheetDelimiter): TimelineSheetData {
  const rows = parseSheet(text, delimiter);
  const keys = (rows[0] ?? []).map(headerKey);
  if (keys.includes('year') || keys.includes('headline')) return readTemplate(rows, problems);
  const sheet = readSheetRecords(rows, PLAIN_COLUMNS, problems);
  const events: RawEvent[] = [];
  for (const { row, cells } of sheet?.records ?? []) {
    const event = readPlainRow(row, cells, sheet!.rowProblems);
    if (event) events.push(event);
  }
  sheet?.rowProblems.finish();
  return { events };
}

function readPlainRow(row: number, cells: Partial<Record<PlainField, string>>, report: RowProblems): RawEvent | undefined {
  const event: RawEvent = { ...cells };
  if (!validDate(cells.date, row, 'date', report, 'an event needs one; the row is left out')) return undefined;
  if (cells['end-date'] && !validDate(cells['end-date'], row, 'end-date', report, 'the end date is left out')) delete event['end-date'];
  if (!cells.title) return void report.add(row, 'title', 'is empty; the row is left out');
  if (cells.image && !safeUrl(cells.image, IMAGE_SCHEMES)) {
    report.add(row, 'image', 'is not a safe image URL (http, https or relative); the image is left out', cells.image);
    delete event.image;
  }
  if (cells.link && !safeUrl(cells.link)) {
    report.add(row, 'link', 'is not a safe URL; the link is left out', cells.link);
    delete event.link;
  }
  return event;
}

/** Whether an ISO 8601 date cell holds a date that exists; reports it by row when not. */
function validDate(iso: string | undefined, row: number, field: string, report: RowProblems, outcome: string): boolean {
  if (!iso) report.add(row, field, `is empty; ${outcome}`);
  else if (!parseIsoDate(iso)) report.add(row, field, `is not a date that exists (YYYY, YYYY-MM or YYYY-MM-DD); ${outcome}`, iso);
  else return true;
  return false;
}

/** The TimelineJS3 template, as TimelineJS3's own sheet reader turns it into JSON (ConfigFactory.js). */
function readTemplate(rows: string[][], problems: Problem[]): TimelineJs3Data {
  const data: TimelineJs3Data = { events: [], eras: [] };
  const sheet = readSheetRecords(rows, TJS_COLUMNS, problems);
  for (const record of sheet?.records ?? []) {
    const report = sheet!.rowProblems;
    const { row, cells } = record;
    let type = cells.type?.toLowerCase() ?? '';
    if (type && type !== 'title' && type !== 'era') {
      report.add(row, 'type', 'is neither "title" nor "era"; the row is read as an event', cells.type);
      type = '';
    }
    if (type === 'title' && data.title) {
      report.add(row, 'type', 'names a second title slide; the row is read as an event');
      type = '';
    }
    const slide = readSlide(record, report, type !== 'title', type === 'era');
    if (!slide) continue;
    if (type === 'title') data.title = slide;
    else if (type === 'era') {
      // A wrong End Year is already reported; an empty one only here.
      if (slide.end_date) data.eras!.push({ start_date: slide.start_date, end_date: slide.end_date, text: { headline: slide.text?.headline } });
      else if (!cells.endYear) report.add(row, 'endYear', 'is empty; an era needs an end; the row is left out');
    } else if (!slide.text?.headline) report.add(row, 'headline', 'is empty; the row is left out');
    else data.events.push(slide);
  }
  sheet?.rowProblems.finish();
  return data;
}

/** One template row as a TimelineJS3 slide; undefined when it needs a start date (all but the title) and has none that exists. */
function readSlide({ row, cells }: SheetRecord<TjsField>, report: RowProblems, needsDate: boolean, needsEnd: boolean): TjsSlide | undefined {
  const start = readDate(row, cells, ['year', 'month', 'day', 'time'], report, needsDate ? 'the row is left out' : 'the date is left out', needsDate);
  if (!start && needsDate) return undefined;
  const slide: TjsSlide = { start_date: start, text: { headline: cells.headline, text: cells.text } };
  if (cells.endYear) slide.end_date = readDate(row, cells, ['endYear', 'endMonth', 'endDay', 'endTime'], report, needsEnd ? 'the row is left out' : 'the end date is left out', false);
  if (cells.displayDate) slide.display_date = cells.displayDate;
  if (cells.group) slide.group = cells.group;
  if (cells.background) slide.background = /^(https?:)?\/\/?/.test(cells.background) ? { url: cells.background } : { color: cells.background };
  let url = cells.media;
  if (url && !safeUrl(url, IMAGE_SCHEMES)) {
    report.add(row, 'media', 'is not a safe URL (http, https or relative); the media is left out', url);
    url = undefined;
  }
  const media = { url, credit: cells.mediaCredit, caption: cells.mediaCaption, thumbnail: cells.mediaThumbnail, alt: cells.altText };
  if (Object.values(media).some(Boolean)) slide.media = media;
  return slide;
}

type DateFields = readonly [TjsField, TjsField, TjsField, TjsField];

/**
 * A template date (Year, Month, Day, Time or their End columns) as TimelineJS3 JSON. Years may be
 * negative (BCE) and written with thousands separators, as TimelineJS3 reads them. Reports a wrong
 * or impossible date by row, and a missing one when `required`; `outcome` says what is left out.
 */
function readDate(row: number, cells: SheetRecord<TjsField>['cells'], fields: DateFields, report: RowProblems, outcome: string, required: boolean): TjsDate | undefined {
  const [yearField, monthField, dayField, timeField] = fields;
  const [year, month, day] = [yearField, monthField, dayField].map(field => cells[field]?.replace(/[\s,]+/g, ''));
  if (!year) {
    if (required) report.add(row, yearField, `is empty; ${outcome}`);
    return undefined;
  }
  const wrong = [yearField, monthField, dayField].find((_, index) => [year, month, day][index] && !/^-?\d+$/.test([year, month, day][index]!));
  if (wrong) return void report.add(row, wrong, `is not a whole number; ${outcome}`, cells[wrong]);
  const date: TjsDate = { year: Number(year), month: month ? Number(month) : '', day: day ? Number(day) : '' };
  const iso = tjsDateToIso(date)!;
  if (!parseIsoDate(iso)) {
    const field = month && (Number(month) < 1 || Number(month) > 12) ? monthField : day ? dayField : yearField;
    return void report.add(row, field, `makes ${iso}, a date that does not exist; ${outcome}`, cells[field]);
  }
  const time = cells[timeField];
  if (time) {
    const clock = readTime(time);
    if (clock) Object.assign(date, clock);
    else report.add(row, timeField, 'is not a time of day (13:45, 1:45 PM); it is ignored', time);
  }
  return date;
}

/** "13:45", "13:45:30", "1:45 PM", "1345" as TimelineJS3's hour, minute, second. */
function readTime(text: string): Pick<TjsDate, 'hour' | 'minute' | 'second'> | undefined {
  const match = /^(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const [minute, second] = [Number(match[2] ?? 0), Number(match[3] ?? 0)];
  const period = match[4]?.toLowerCase();
  if (period && (hour < 1 || hour > 12)) return undefined;
  if (period) hour = (hour % 12) + (period === 'p' ? 12 : 0);
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : undefined;
}
