import { cachedFormat, memoize } from '../core/intl.js';

/** How a figure is measured: a currency (ISO 4217), an `Intl` unit, a free noun, or a plain number. */
export type Measure =
  | { kind: 'currency'; code: string }
  | { kind: 'unit'; unit: string }
  | { kind: 'noun'; noun: string }
  | { kind: 'number' };

export type Notation = 'standard' | 'compact';

export interface FigureOptions {
  measure: Measure;
  notation: Notation;
  /** Maximum fraction digits; undefined lets the badge choose. */
  precision?: number;
}

/**
 * Digits for a figure. `Intl`'s compact default keeps two significant digits ("44 млрд $" for
 * 43.82 billion), too few for a headline figure: the badge keeps three unless `precision` says
 * otherwise. Very small magnitudes keep significant digits so 1e-9 never rounds to "0", and very
 * large ones (past what compact notation names) go scientific rather than print 300 digits.
 */
function digits(value: number, { notation, precision }: FigureOptions): Intl.NumberFormatOptions {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return { notation: 'scientific', maximumSignificantDigits: 3 };
  if (precision !== undefined) return { notation, minimumFractionDigits: 0, maximumFractionDigits: precision };
  if (magnitude !== 0 && magnitude < 1) return { notation, maximumSignificantDigits: 3 };
  if (notation === 'compact') return { notation, maximumSignificantDigits: 3 };
  return { notation, minimumFractionDigits: 0, maximumFractionDigits: Number.isInteger(value) ? 0 : 2 };
}

function measureOptions(measure: Measure, spoken: boolean): Intl.NumberFormatOptions {
  if (measure.kind === 'currency') {
    return { style: 'currency', currency: measure.code, currencyDisplay: spoken ? 'name' : 'symbol' };
  }
  if (measure.kind === 'unit') return { style: 'unit', unit: measure.unit, unitDisplay: spoken ? 'long' : 'short' };
  return {};
}

/** Whether a noun is written in a script that sets no space before it (Han, kana, Hangul). */
const CLOSE_SET = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Formats a figure as the locale writes it: "$43.8B", "US$438亿", "43,8 млрд $", "2 000 км",
 * "600 тыс. поездок". With `spoken`, the words a screen reader should say: "43.8 billion US dollars".
 */
export function formatFigure(
  value: number,
  lang: string,
  options: FigureOptions,
  spoken = false,
  signDisplay: Intl.NumberFormatOptions['signDisplay'] = 'auto',
): string {
  const { measure } = options;
  const format: Intl.NumberFormatOptions = { ...measureOptions(measure, spoken), ...digits(value, options), signDisplay };
  if (spoken && format.notation === 'compact') format.compactDisplay = 'long';
  const number = cachedFormat(Intl.NumberFormat, lang, format).format(value);
  if (measure.kind !== 'noun') return number;
  return CLOSE_SET.test(measure.noun) ? `${number}${measure.noun}` : `${number} ${measure.noun}`;
}

/**
 * The size of a change, without its sign ("6.8%", or in the figure's own measure for an absolute
 * change): words and an arrow say its direction. Intl leaves the sign out itself, since some
 * languages write a direction mark or the currency before it.
 */
export function formatChange(change: number, lang: string, kind: 'percent' | 'absolute', figure: FigureOptions): string {
  if (kind === 'percent') {
    return cachedFormat(Intl.NumberFormat, lang, { style: 'percent', signDisplay: 'never', maximumFractionDigits: 2 }).format(change / 100);
  }
  return formatFigure(change, lang, figure, false, 'never');
}

/** The amount of a change in words, without its sign: "6.8 percent", "2 billion US dollars". */
export function spokenChange(change: number, lang: string, kind: 'percent' | 'absolute', figure: FigureOptions): string {
  if (kind === 'percent') {
    return cachedFormat(Intl.NumberFormat, lang, { style: 'unit', unit: 'percent', unitDisplay: 'long', maximumFractionDigits: 2 }).format(
      Math.abs(change),
    );
  }
  return formatFigure(Math.abs(change), lang, figure, true);
}

/** Whether `Intl` knows a unit identifier (percent, kilometer, …) rather than a free noun. */
export const isIntlUnit = memoize(unit => {
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
});

/** Whether a well-formed currency code is one `Intl` knows; unknown codes still format, with the code. */
export const isKnownCurrency = memoize(code => {
  const known = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
  return known ? known.includes(code) : true;
});
