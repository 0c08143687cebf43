import { addProblem, type Problem } from './problems.js';
import { cachedFormat } from './intl.js';

/** How much of a date was given: `2025`, `2025-09` or `2025-09-02`. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date read from ISO 8601 text, checked to exist. */
export interface CalendarDate {
  /** The text as given, trimmed: goes into `<time datetime>`. */
  iso: string;
  /** Astronomical year: 0 is 1 BCE, -500 is 501 BCE. */
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** Milliseconds since the epoch (UTC) at the start of the period: for sorting. */
  time: number;
}

// Years may carry a sign and more than four digits (ISO 8601 expanded years), so that timelines can
// reach the Saka period and the far future. A time of day is accepted (checked, not shown).
const ISO_DATE =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?)?)?$/;
/** Upper bounds of hour, minute, second (a leap second is 60), and the offset's hours and minutes. */
const TIME_LIMITS = [23, 59, 60, 23, 59];

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (optionally with a time); undefined if malformed, impossible or beyond what a `Date` holds. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const iso = value.trim();
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  if (match.slice(4).some((part, index) => part !== undefined && Number(part) > TIME_LIMITS[index])) return undefined;
  // Date.UTC reads years 0–99 as 1900–1999, so those (and earlier) go through setUTCFullYear.
  let time = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (year < 100) time = new Date(0).setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  // Past ±8.64e15 ms (about ±271,821 years) a Date holds NaN, which Intl refuses to format.
  if (Number.isNaN(time)) return undefined;
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { iso, year, month, day, precision, time };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Formats a date in `lang` at the precision it was given: "2025", "September 2025",
 * "2 September 2025", "2025年9月2日". Years before the common era carry the locale's era.
 */
export function formatCalendarDate(date: CalendarDate, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (date.precision !== 'year') options.month = 'long';
  if (date.precision === 'day') options.day = 'numeric';
  if (date.year <= 0) options.era = 'short';
  return cachedFormat(Intl.DateTimeFormat, lang, options).format(date.time);
}

/**
 * Builds the date formatters of `lang` ahead of need, over three tasks. ICU loads its data lazily,
 * and a page's first date formatter pays for all of it at once: 50–100 ms of one task in Chromium.
 * Touched in stages — the locale's data (`Intl.Locale#maximize`), a formatter of years, then one of
 * days — no task takes more than about 60 ms (measured in fresh pages), and the formatters made are
 * the ones dated content uses first.
 */
export function warmUpDateFormats(lang: string): void {
  const stages = [
    () => new Intl.Locale(lang).maximize(),
    () => formatCalendarDate(parseIsoDate('2000')!, lang),
    () => formatCalendarDate(parseIsoDate('2000-01-01')!, lang),
  ];
  const next = () => {
    try {
      stages.shift()!();
    } catch {
      // A tag Intl rejects: formatting will fall back to the default locale, warmed up or not.
    }
    if (stages.length) setTimeout(next);
  };
  setTimeout(next);
}

/** Reads a date field: a problem when present but malformed or impossible (e.g. `2025-13-45`). */
export function readDate(value: unknown, field: string, problems: Problem[]): CalendarDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (!date) {
    addProblem(problems, field, 'is not a valid ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); it is not shown', value);
  }
  return date;
}
