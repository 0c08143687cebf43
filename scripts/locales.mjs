// Generates src/locales/<lang>.ts from the Unicode CLDR JSON packages (cldr-*-full, one pinned
// version in package.json): the few dates, figures and names golden-bridge formats, for the locales
// an engine may lack (Chromium ships no Kazakh, Uzbek or Kyrgyz data). Never edit those files by
// hand: run `node scripts/locales.mjs`; `node scripts/locales.mjs --check` (in npm test) fails when
// they differ from what this script writes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cldr = (pkg, lang, file) => require(`${pkg}/main/${lang}/${file}.json`).main[lang];

/** kk ships in the bundle; the others are modules a page adds (golden-bridge/locales/<lang>). */
export const LOCALES = { kk: 'bundled', uz: 'optional', ky: 'optional' };

/** Languages named (quote card "translated from", proverb tabs): the library's, the region's, the widest read. */
const LANGUAGES = 'en zh kk ru uz ky mn tg tk tr de fr es ar ja ko'.split(' ');
/** Currencies given a symbol and a spoken name; any other code is written as the code. */
const CURRENCIES = 'USD EUR CNY RUB KZT UZS KGS GBP JPY'.split(' ');
/** Intl units named; any other unit keeps the engine's own text after the locale's digits. */
const UNITS = 'percent kilometer meter kilogram hectare liter hour day month year'.split(' ');
/** The date skeletons formatCalendarDate asks for: year, month and year, full date, each with or without the era. */
const SKELETONS = ['y', 'yMMMM', 'yMMMMd', 'Gy', 'GyMMMM', 'GyMMMMd'];

/**
 * A CLDR date pattern as a template: fields become {y} {M} {L} {d} {G}, quoted literals plain text.
 * U+202F (narrow no-break space) becomes a plain space, as V8, SpiderMonkey and JavaScriptCore all
 * write it in dates for web compatibility: the three engines then print one and the same string.
 */
function dateTemplate(pattern) {
  return pattern.replace(/\u202f/g, ' ').replace(/'([^']*)'|([A-Za-z])\2*/g, (whole, literal) => {
    if (literal !== undefined) return literal === '' ? "'" : literal;
    const field = { y: 'y', MMMM: 'M', LLLL: 'L', d: 'd', G: 'G', GGG: 'G' }[whole];
    if (!field) throw new Error(`date pattern "${pattern}": field ${whole} is not supported`);
    return `{${field}}`;
  });
}

/** The skeleton of a pattern (its fields, in canonical order), as ICU matches them. */
const skeletonOf = pattern =>
  ['G', 'y', 'M', 'L', 'd', 'E']
    .map(letter => pattern.replace(/'[^']*'/g, '').match(new RegExp(`${letter}+`))?.[0] ?? '')
    .join('')
    .replace(/L/g, 'M');

/**
 * The pattern ICU's DateTimePatternGenerator picks for a skeleton, for the skeletons and data we
 * use: an availableFormats entry with the same fields and widths, else a date format (long…) with
 * them, else an availableFormats entry with abbreviated months, widened to full month names.
 */
function datePattern(gregorian, skeleton) {
  const available = gregorian.dateTimeFormats.availableFormats;
  if (available[skeleton]) return available[skeleton];
  const dateFormat = Object.values(gregorian.dateFormats).find(pattern => skeletonOf(pattern) === skeleton);
  if (dateFormat) return dateFormat;
  const short = available[skeleton.replace('MMMM', 'MMM')];
  if (short) return short.replace(/(?<![ML])(MMM|LLL)(?![ML])/g, field => field + field[0]);
  throw new Error(`no pattern for the skeleton ${skeleton}`);
}

/** The number part of a CLDR number pattern becomes {0}; ¤ and % stay for the runtime and the symbol. */
function numberTemplate(pattern, symbols) {
  if (pattern.includes(';')) throw new Error(`number pattern "${pattern}": explicit negative patterns are not supported`);
  return pattern
    .replace(/'([^']*)'|[#0,.]*0[#0,.]*|%/g, (whole, literal) =>
      literal !== undefined ? literal : whole === '%' ? symbols.percentSign : '{0}',
    );
}

/** A compact pattern ("000 м'.'") unquoted, its zeros kept: their count says how far to scale. */
const compactTemplate = pattern => pattern.replace(/'([^']*)'/g, '$1');

/** The `other` form of a plural-keyed entry, and the `one` form only where it differs. */
function plural(entry, prefix) {
  const other = entry[`${prefix}-count-other`];
  const one = entry[`${prefix}-count-one`];
  return one && one !== other ? [other, one] : [other];
}

function compactPatterns(table, lang) {
  const patterns = [];
  for (let exponent = 3; exponent <= 14; exponent++) {
    const [other, one] = plural(table, `1${'0'.repeat(exponent)}`);
    if (one) throw new Error(`${lang}: compact patterns that differ by plural are not supported`);
    patterns.push(compactTemplate(other));
  }
  return patterns;
}

export function localeData(lang) {
  const gregorian = cldr('cldr-dates-full', lang, 'ca-gregorian').dates.calendars.gregorian;
  const numbers = cldr('cldr-numbers-full', lang, 'numbers').numbers;
  const currencies = cldr('cldr-numbers-full', lang, 'currencies').numbers.currencies;
  const units = cldr('cldr-units-full', lang, 'units').units;
  const languages = cldr('cldr-localenames-full', lang, 'languages').localeDisplayNames.languages;
  const likely = require('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags[lang];

  if (numbers.defaultNumberingSystem !== 'latn') throw new Error(`${lang}: only Latin digits are supported`);
  const symbols = numbers['symbols-numberSystem-latn'];
  const decimal = numbers['decimalFormats-numberSystem-latn'];
  const currency = numbers['currencyFormats-numberSystem-latn'];
  // Digits are grouped by threes from the first thousand, as in English, whose Intl rounds for us.
  if (decimal.standard !== '#,##0.###' || numbers.minimumGroupingDigits !== '1') {
    throw new Error(`${lang}: grouping other than #,##0 from 1000 is not supported`);
  }

  const templates = Object.fromEntries(SKELETONS.map(skeleton => [skeleton, dateTemplate(datePattern(gregorian, skeleton))]));
  const months = Object.values(gregorian.months.format.wide);
  const standAlone = Object.values(gregorian.months['stand-alone'].wide);
  const unitNames = {};
  for (const unit of UNITS) {
    const key = Object.keys(units.long).find(name => name.endsWith(`-${unit}`) && !name.slice(0, -unit.length - 1).includes('-'));
    if (!key) throw new Error(`${lang}: no unit ${unit}`);
    unitNames[unit] = [units.short[key]['unitPattern-count-other'], ...plural(units.long[key], 'unitPattern')];
  }
  const languageNames = Object.fromEntries(LANGUAGES.filter(code => languages[code]).map(code => [code, languages[code]]));
  return {
    script: likely.split('-')[1],
    dates: templates,
    months,
    ...(Object.values(templates).some(template => template.includes('{L}')) ? { standAloneMonths: standAlone } : {}),
    eras: [gregorian.eras.eraAbbr[0], gregorian.eras.eraAbbr[1]],
    symbols: [symbols.decimal, symbols.group, symbols.minusSign, symbols.plusSign],
    percent: numberTemplate(numbers['percentFormats-numberSystem-latn'].standard, symbols),
    currency: numberTemplate(currency.standard, symbols),
    currencyName: plural(currency, 'unitPattern'),
    compactShort: compactPatterns(decimal.short.decimalFormat, lang),
    compactLong: compactPatterns(decimal.long.decimalFormat, lang),
    compactCurrency: compactPatterns(currency.short.standard, lang),
    currencies: Object.fromEntries(
      CURRENCIES.map(code => [code, [currencies[code].symbol ?? code, ...plural(currencies[code], 'displayName')]]),
    ),
    units: unitNames,
    languages: languageNames,
  };
}

const VERSION = require('cldr-core/package.json').version;

export function moduleText(lang) {
  const data = JSON.stringify(localeData(lang), null, 2);
  const header = `// Generated by scripts/locales.mjs from Unicode CLDR ${VERSION} (cldr-*-full on npm). Do not edit.\n`;
  if (LOCALES[lang] === 'bundled') {
    return `${header}// Bundled: src/core/locale-fallback.ts imports it.\nimport type { LocaleData } from '../core/locale-fallback.js';\n\nconst data: LocaleData = ${data};\nexport default data;\n`;
  }
  // Optional modules stand alone (a page may load one beside the script-tag bundle): they register
  // in the registry every copy of golden-bridge reads, keyed on globalThis.
  return `${header}// Optional: import 'golden-bridge/locales/${lang}' or load dist/locales/${lang}.js beside the bundle.\nimport type { LocaleData } from '../core/locale-fallback.js';\n\nconst data: LocaleData = ${data};\nconst registry = ((globalThis as { [key: symbol]: Record<string, LocaleData> })[Symbol.for('golden-bridge.locales')] ??= {});\nregistry['${lang}'] ??= data;\nexport default data;\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  mkdirSync('src/locales', { recursive: true });
  for (const lang of Object.keys(LOCALES)) {
    const file = `src/locales/${lang}.ts`;
    const text = moduleText(lang);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // not generated yet
    }
    if (current === text) continue;
    if (check) stale.push(file);
    else writeFileSync(file, text);
  }
  if (stale.length) {
    console.error(`✗ ${stale.join(', ')} differ from CLDR ${VERSION}'s output: run node scripts/locales.mjs`);
    process.exit(1);
  }
  console.log(`✓ src/locales/{${Object.keys(LOCALES).join(',')}}.ts ${check ? 'match' : 'written from'} CLDR ${VERSION}`);
}
