import { fallbackFormat } from '../core/locale-fallback.js';

/**
 * The Intl object a widget formats with in `lang`: the engine's own, or golden-bridge's CLDR data
 * where the engine lacks the locale (Chromium: kk). Tests comparing a widget with "what Intl
 * prints" use it, so they check the options a widget picks in every engine; what the data prints is
 * checked against CLDR's own strings in src/core/locale-fallback.test.ts.
 */
export function localeIntl<T>(kind: new (lang: string, options: object) => T, lang: string, options: object = {}): T {
  return (fallbackFormat(kind, lang, options) as T | undefined) ?? new kind(lang, options);
}
