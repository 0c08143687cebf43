import { formatCalendarDate, readDate } from '../core/dates.js';
import { lightElement, lightLang } from '../core/light-dom.js';
import { addProblem, type Problem } from '../core/problems.js';
import { MAX_LONG_TEXT, initials, readChoice, readFieldLangs, readLang, readText, type FieldLangs } from '../core/text.js';
import { IMAGE_SCHEMES, readUrl } from '../core/url.js';

export const QUOTE_VARIANTS = ['pull', 'card', 'hero'] as const;
/** `pull`: a pull quote set in an article's flow; `card`: a boxed card; `hero`: a large full-width quote. */
export type QuoteVariant = (typeof QUOTE_VARIANTS)[number];

/** Everything a quote card can be given, by attributes/properties or read from light DOM. */
export interface QuoteCardInput {
  quote?: unknown;
  quoteLang?: unknown;
  original?: unknown;
  originalLang?: unknown;
  speaker?: unknown;
  speakerLang?: unknown;
  speakerRole?: unknown;
  speakerRoleLang?: unknown;
  photo?: unknown;
  photoAlt?: unknown;
  date?: unknown;
  /** Text shown for the date when it is not machine-readable (light DOM `<time>` text). */
  dateText?: unknown;
  source?: unknown;
  sourceUrl?: unknown;
  sourceLang?: unknown;
  variant?: unknown;
}

/** The attribution fields that may be in another language than the card. */
export type QuoteCardTextField = 'speaker' | 'role' | 'source';

export interface LangText {
  text: string;
  lang?: string;
}

/** What a quote card shows: plain data, already checked, nothing left to parse in `render()`. */
export interface QuoteCardModel {
  variant: QuoteVariant;
  quote?: LangText;
  /** The words as spoken, when `quote` is a translation. */
  original?: LangText;
  speaker?: string;
  role?: string;
  photo?: { src: string; alt: string };
  /** Stands in for a missing or broken photo. */
  initials?: string;
  date?: { datetime?: string; text: string };
  source?: { text: string; url?: string };
  /** The language of each attribution field that names one (`speaker-lang`, a `lang` in the light DOM, …). */
  langs?: FieldLangs<QuoteCardTextField>;
}

/**
 * Merges the two authoring paths field by field — an attribute or property wins over light DOM —
 * and checks every field. `lang` is the element's resolved language (dates and initials use it);
 * `brokenPhoto` is a photo URL that already failed to load.
 */
export function parseQuoteCard(
  props: QuoteCardInput,
  light: QuoteCardInput,
  lang: string,
  problems: Problem[],
  brokenPhoto?: string,
): QuoteCardModel {
  // Each field: the attribute/property if it holds a usable value, else the light DOM's.
  const text = (key: keyof QuoteCardInput, field: string, max?: number) =>
    readText(props[key], field, problems, max) ?? readText(light[key], field, problems, max);
  const url = (key: keyof QuoteCardInput, field: string, schemes?: readonly string[]) =>
    readUrl(props[key], field, problems, schemes) ?? readUrl(light[key], field, problems, schemes);
  const reported = (field: string) => problems.some(problem => problem.field === field);

  const variant = readChoice(props.variant ?? light.variant, 'variant', QUOTE_VARIANTS, 'card', problems);

  const model: QuoteCardModel = { variant };
  const quote = text('quote', 'quote', MAX_LONG_TEXT);
  if (quote) model.quote = { text: quote, lang: readLang(props.quoteLang ?? light.quoteLang, 'quote-lang', problems) };
  else if (!reported('quote')) addProblem(problems, 'quote', 'is missing: give a <blockquote> or the quote attribute');

  const original = text('original', 'original', MAX_LONG_TEXT);
  if (original) {
    model.original = { text: original, lang: readLang(props.originalLang ?? light.originalLang, 'original-lang', problems) };
  }

  model.speaker = text('speaker', 'speaker');
  model.role = text('speakerRole', 'role');

  const photo = url('photo', 'photo', IMAGE_SCHEMES);
  if (photo && photo === brokenPhoto) {
    addProblem(problems, 'photo', 'could not be loaded; the initials are shown instead', photo);
  } else if (photo) {
    model.photo = { src: photo, alt: text('photoAlt', 'photo-alt') ?? '' };
  }
  if (!model.photo && model.speaker) model.initials = initials(model.speaker, lang) || undefined;

  const date = readDate(props.date, 'date', problems) ?? readDate(light.date, 'date', problems);
  const dateText = readText(light.dateText, 'date', problems);
  if (date) model.date = { datetime: date.iso, text: formatCalendarDate(date, lang) };
  else if (dateText) model.date = { text: dateText };

  const sourceText = text('source', 'source');
  const sourceUrl = url('sourceUrl', 'source-url');
  if (sourceText || sourceUrl) model.source = { text: sourceText ?? sourceUrl!, url: sourceUrl };

  const langs = readFieldLangs<QuoteCardTextField>(
    {
      speaker: [props.speakerLang, light.speakerLang],
      role: [props.speakerRoleLang, light.speakerRoleLang],
      source: [props.sourceLang, light.sourceLang],
    },
    problems,
  );
  if (langs) model.langs = langs;
  return model;
}

/**
 * Reads the light-DOM authoring path:
 * `<blockquote>` (the quote), `<blockquote slot="original">`, `slot="speaker"`, `slot="role"`,
 * `<img slot="photo">`, `<time slot="date">`, `slot="source"` (an `<a>` gives the URL).
 */
export function readQuoteCardLightDom(host: Element): QuoteCardInput {
  const find = (selector: string) => lightElement(host, selector);
  const quote = find('blockquote:not([slot])');
  const original = find('blockquote[slot="original"]');
  const photo = find('img[slot="photo"], [slot="photo"] img');
  const date = find('[slot="date"]');
  const source = find('[slot="source"]');
  const sourceLink = source?.matches('a') ? source : source?.querySelector('a');
  const speaker = find('[slot="speaker"]');
  const role = find('[slot="role"]');
  return {
    quote: quote?.textContent ?? undefined,
    quoteLang: quote?.getAttribute('lang') ?? undefined,
    original: original?.textContent ?? undefined,
    originalLang: original?.getAttribute('lang') ?? undefined,
    speaker: speaker?.textContent ?? undefined,
    speakerLang: lightLang(host, speaker),
    speakerRole: role?.textContent ?? undefined,
    speakerRoleLang: lightLang(host, role),
    photo: photo?.getAttribute('src') ?? undefined,
    photoAlt: photo?.getAttribute('alt') ?? undefined,
    date: date?.getAttribute('datetime') ?? undefined,
    dateText: date?.textContent ?? undefined,
    source: source?.textContent ?? undefined,
    sourceUrl: sourceLink?.getAttribute('href') ?? undefined,
    sourceLang: lightLang(host, source),
  };
}
