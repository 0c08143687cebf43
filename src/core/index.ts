export { define } from './define.js';
export { GbElement, type Theme } from './element.js';
export { GbErrorEvent, addProblem, describeValue, reportProblems, type GbErrorDetail, type Problem } from './problems.js';
export {
  LanguageController,
  pickTranslation,
  resolveLanguage,
  type ResolvedLanguage,
  type Translations,
  type UiLanguage,
} from './language.js';
export { LightDomController, lightElement } from './light-dom.js';
export { cachedFormat, canonicalLocale, languageName, memoize } from './intl.js';
export { formatCalendarDate, parseIsoDate, readDate, warmUpDateFormats, type CalendarDate, type DatePrecision } from './dates.js';
export { IMAGE_SCHEMES, LINK_SCHEMES, readUrl, safeUrl } from './url.js';
export { MAX_LONG_TEXT, MAX_SHORT_TEXT, collapseWhitespace, describeType, initials, readChoice, readLang, readText } from './text.js';
export { scriptFaces, tokens } from './tokens.js';
