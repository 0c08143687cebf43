import { formatCalendarDate, readDate } from '../core/dates.js';
import { pickTranslation } from '../core/language.js';
import { lightElement, lightLang } from '../core/light-dom.js';
import { addProblem, type Problem } from '../core/problems.js';
import { describeType, readChoice, readFieldLangs, readText, type FieldLangs } from '../core/text.js';

import { readUrl } from '../core/url.js';
import { formatChange, formatFigure, isIntlUnit, isKnownCurrency, spokenChange, type FigureOptions, type Measure } from './stat-badge.format.js';
import { statBadgeStrings } from './stat-badge.strings.js';

/** Everything a badge can be given, by attributes/properties or read from light DOM. */
export interface StatBadgeInput {
  value?: unknown;
  /** The author's own rendering of the value (light-DOM `<data>` text). */
  valueText?: unknown;
  currency?: unknown;
  unit?: unknown;
  label?: unknown;
  labelLang?: unknown;
  notation?: unknown;
  precision?: unknown;
  asOf?: unknown;
  change?: unknown;
  changeKind?: unknown;
  changePeriod?: unknown;
  changePeriodLang?: unknown;
  goodDirection?: unknown;
  source?: unknown;
  sourceUrl?: unknown;
  sourceLang?: unknown;
  sparkline?: unknown;
}

export type Direction = 'up' | 'down' | 'flat';

/** The text fields that may be in another language than the badge. */
export type StatBadgeTextField = 'label' | 'change-period' | 'source';

/** What a badge shows; every string already formatted for its language. */
export interface StatBadgeModel {
  /** The figure as shown: formatted by Intl, or the author's own text when it is not a number. */
  display?: string;
  /** The machine-readable number for `<data value>`. */
  number?: number;
  label?: string;
  asOf?: { datetime: string; text: string };
  change?: { direction: Direction; text: string; words: string; tone: 'good' | 'bad' | 'neutral' };
  changePeriod?: string;
  source?: { text: string; url?: string };
  sparkline?: { points: number[]; description: string };
  /**
   * The figure as a screen reader should say it ("43.82 billion US dollars" for "$43.8B"). The
   * other fields are read from what is shown, each element in its own language: a name that joined
   * them in one string would be spoken in one voice.
   */
  figureWords?: string;
  figure?: FigureOptions;
  uiLang: string;
  /** The language of each text field that names one (`label-lang`, a `lang` in the light DOM, …). */
  langs?: FieldLangs<StatBadgeTextField>;
}

const SPARKLINE_MAX = 500;
const MAX_PRECISION = 20;

function readNumber(value: unknown, field: string, problems: Problem[]): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (Number.isFinite(number)) return number;
  addProblem(problems, field, `is not a finite number (got ${typeof value === 'string' ? 'text' : describeType(value)})`, value);
  return undefined;
}

function readMeasure(currencyValue: unknown, unitValue: unknown, problems: Problem[]): Measure {
  const currency = readText(currencyValue, 'currency', problems);
  if (currency) {
    const code = currency.toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) {
      addProblem(problems, 'currency', 'is not an ISO 4217 code (three letters); the number is shown with the code', currency);
      return { kind: 'noun', noun: currency };
    }
    if (!isKnownCurrency(code)) addProblem(problems, 'currency', 'is not a currency this browser knows; the number is shown with the code', code);
    return { kind: 'currency', code };
  }
  const unit = readText(unitValue, 'unit', problems);
  if (unit) return isIntlUnit(unit) ? { kind: 'unit', unit } : { kind: 'noun', noun: unit };
  return { kind: 'number' };
}

/**
 * A sparkline series: a JSON array or a comma-separated list of finite numbers, at least two. Only
 * the SPARKLINE_MAX values drawn are read and checked: a series of millions, given by script, costs
 * no more than the line it draws.
 */
function readSeries(value: unknown, problems: Problem[]): number[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let items: unknown = value;
  if (typeof value === 'string') {
    const text = value.trim();
    try {
      items = text.startsWith('[') ? JSON.parse(text) : text.split(',');
    } catch {
      addProblem(problems, 'sparkline', 'is not valid JSON; the sparkline is skipped', value);
      return undefined;
    }
  }
  const given = Array.isArray(items) ? items.length : 0;
  let kept = Array.isArray(items) ? (items as unknown[]).slice(-SPARKLINE_MAX) : [];
  if (typeof value === 'string' && !value.trim().startsWith('[')) kept = kept.map(part => (String(part).trim() === '' ? NaN : Number(part)));
  if (kept.length < 2 || !kept.every(item => typeof item === 'number' && Number.isFinite(item))) {
    addProblem(problems, 'sparkline', 'must be two or more finite numbers; the sparkline is skipped', value);
    return undefined;
  }
  if (given > SPARKLINE_MAX) addProblem(problems, 'sparkline', `has ${given} values; only the last ${SPARKLINE_MAX} are drawn`);
  return kept as number[];
}


/**
 * Merges the two authoring paths — an attribute or property wins over light DOM — checks every
 * field and formats everything for `lang`.
 */
export function parseStatBadge(props: StatBadgeInput, light: StatBadgeInput, lang: string, problems: Problem[]): StatBadgeModel {
  const ui = pickTranslation(statBadgeStrings, lang);
  const text = (key: keyof StatBadgeInput, field: string) => readText(props[key], field, problems) ?? readText(light[key], field, problems);

  const measure = readMeasure(props.currency, props.unit, problems);
  const notation = readChoice(props.notation, 'notation', ['standard', 'compact'] as const, 'standard', problems);
  let precision = readNumber(props.precision, 'precision', problems);
  if (precision !== undefined && !(Number.isInteger(precision) && precision >= 0 && precision <= MAX_PRECISION)) {
    addProblem(problems, 'precision', `must be a whole number from 0 to ${MAX_PRECISION}; it is ignored`, precision);
    precision = undefined;
  }
  const figure: FigureOptions = { measure, notation, precision };

  const model: StatBadgeModel = { uiLang: ui.lang };
  const givenValue = props.value ?? light.value;
  const number = readNumber(givenValue, 'value', problems);
  const authorText = readText(light.valueText, 'value', problems) ?? (typeof props.value === 'string' ? readText(props.value, 'value', problems) : undefined);
  if (number !== undefined) {
    model.number = number;
    model.display = formatFigure(number, lang, figure);
    model.figureWords = formatFigure(number, lang, figure, true);
    model.figure = figure;
  } else if (authorText) {
    model.display = authorText;
    if (givenValue === undefined || givenValue === '') {
      addProblem(problems, 'value', 'has no numeric value (<data value="…"> or value); the text is shown as given');
    }
  } else if (givenValue === undefined || givenValue === '') {
    addProblem(problems, 'value', 'is missing: give a <data value="…"> or the value attribute');
  }

  model.label = text('label', 'label');
  const asOf = readDate(props.asOf, 'as-of', problems) ?? readDate(light.asOf, 'as-of', problems);
  if (asOf) model.asOf = { datetime: asOf.iso, text: formatCalendarDate(asOf, lang) };

  const change = readNumber(props.change, 'change', problems);
  if (change !== undefined) {
    const kind = readChoice(props.changeKind, 'change-kind', ['percent', 'absolute'] as const, 'percent', problems);
    const good = readChoice(props.goodDirection, 'good-direction', ['up', 'down'] as const, 'up', problems);
    const direction: Direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    const amount = formatChange(change, lang, kind, figure);
    const spoken = spokenChange(change, lang, kind, figure);
    const phrase = (words: string) => (direction === 'up' ? ui.strings.up(words) : direction === 'down' ? ui.strings.down(words) : ui.strings.unchanged);
    model.change = {
      direction,
      text: phrase(amount),
      words: phrase(spoken),
      tone: direction === 'flat' ? 'neutral' : direction === good ? 'good' : 'bad',
    };
    model.changePeriod = text('changePeriod', 'change-period');
  }

  const sourceText = text('source', 'source');
  const sourceUrl = readUrl(props.sourceUrl, 'source-url', problems) ?? readUrl(light.sourceUrl, 'source-url', problems);
  if (sourceText || sourceUrl) model.source = { text: sourceText ?? sourceUrl!, url: sourceUrl };

  const series = readSeries(props.sparkline, problems);
  if (series) {
    const show = (n: number) => formatFigure(n, lang, figure);
    model.sparkline = { points: series, description: ui.strings.trend(show(series[0]), show(series[series.length - 1]), series.length) };
  }

  const langs = readFieldLangs<StatBadgeTextField>(
    {
      label: [props.labelLang, light.labelLang],
      'change-period': [props.changePeriodLang],
      source: [props.sourceLang, light.sourceLang],
    },
    problems,
  );
  if (langs) model.langs = langs;
  return model;
}

/** Reads the light-DOM path: `<data value>`, `slot="label"`, `<time slot="as-of">`, `slot="source"` (an `<a>` gives the URL). */
export function readStatBadgeLightDom(host: Element): StatBadgeInput {
  const find = (selector: string) => lightElement(host, selector);
  const data = find('data');
  const source = find('[slot="source"]');
  const link = source?.matches('a') ? source : source?.querySelector('a');
  const label = find('[slot="label"]');
  return {
    value: data?.getAttribute('value') ?? undefined,
    valueText: data?.textContent ?? undefined,
    label: label?.textContent ?? undefined,
    labelLang: lightLang(host, label),
    asOf: find('[slot="as-of"]')?.getAttribute('datetime') ?? undefined,
    source: source?.textContent ?? undefined,
    sourceUrl: link?.getAttribute('href') ?? undefined,
    sourceLang: lightLang(host, source),
  };
}
