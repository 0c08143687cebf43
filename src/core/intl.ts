/**
 * Shared `Intl` objects. Building a formatter costs far more than using one, and a page may hold a
 * thousand widgets in one language, so each (kind, locale, options) is built once. Where the engine
 * lacks the locale's data (Chromium has no Kazakh), the formatter is golden-bridge's own, from CLDR
 * (locale-fallback.ts), with the same `format`/`of`.
 */
import { fallbackFormat } from './locale-fallback.js';

const cache = new Map<string, unknown>();

interface IntlConstructor<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each Intl kind has its own options type
  new (locales: string | undefined, options: any): T;
}

export function cachedFormat<T>(kind: IntlConstructor<T>, lang: string, options: object = {}): T {
  const key = `${kind.name}|${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = (fallbackFormat(kind, lang, options) as T | undefined) ?? new kind(lang, options);
    } catch {
      // An unsupported locale or option in an older engine: fall back to the default locale.
      formatter = new kind(undefined, options);
    }
    cache.set(key, formatter);
  }
  return formatter;
}

const MEMO_LIMIT = 256;

/**
 * Remembers a pure function of a string. A page of a thousand badges asks the same questions a
 * thousand times (is "USD" a currency, what is the canonical form of "zh-hans"); answering costs
 * an `Intl` object or a list of every currency each time, remembering costs a map lookup. The map
 * is emptied when full, so hostile content cannot grow it without bound.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return key => {
    if (results.has(key)) return results.get(key)!;
    if (results.size >= MEMO_LIMIT) results.clear();
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}

/** The canonical form of a BCP 47 tag (`zh-hans` → `zh-Hans`), or undefined when it is not one. */
export const canonicalLocale = memoize(tag => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
});

/**
 * The name of a language, written in another: `languageName('zh-Hans', 'ru')` → "китайский".
 * Only the language itself is named: a reader is told a quote was "translated from Chinese", not
 * from "Chinese (Simplified, China)".
 */
export function languageName(tag: string, inLang: string): string {
  try {
    const language = new Intl.Locale(tag).language;
    return cachedFormat(Intl.DisplayNames, inLang, { type: 'language' }).of(language) ?? tag;
  } catch {
    return tag;
  }
}
