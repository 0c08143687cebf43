/**
 * Shared `Intl` objects. Building a formatter costs far more than using one, and a page may hold a
 * thousand widgets in one language, so each (kind, locale, options) is built once.
 */
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
      formatter = new kind(lang, options);
    } catch {
      // An unsupported locale or option in an older engine: fall back to the default locale.
      formatter = new kind(undefined, options);
    }
    cache.set(key, formatter);
  }
  return formatter;
}

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
