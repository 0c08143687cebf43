/**
 * The Intl object a widget formats with in `lang`: the engine's own, or golden-bridge's CLDR data
 * where the engine lacks the locale (Chromium: kk), exactly as widgets get it (core/intl.ts). Tests
 * comparing a widget with "what Intl prints" use it, so they check the options a widget picks in
 * every engine; what the data prints is checked against CLDR's own strings in
 * src/core/locale-fallback.test.ts.
 */
export { cachedFormat as localeIntl } from '../core/intl.js';
