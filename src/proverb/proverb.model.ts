import { addProblem, type Problem } from '../core/problems.js';
import { lightLang } from '../core/light-dom.js';
import { MAX_LONG_TEXT, describeType, readChoice, readFieldLangs, readLang, readText, type FieldLangs } from '../core/text.js';
import { kazakhToLatin } from './kazakh-latin.js';
import { alignRuby, type RubySegment } from './ruby.js';

export const PROVERB_LAYOUTS = ['side-by-side', 'stacked', 'interlinear', 'toggle'] as const;
export type ProverbLayout = (typeof PROVERB_LAYOUTS)[number];

/** One rendering of the saying, as given: `{ text, lang, romanization? }`. */
export interface ProverbText {
  text: string;
  lang?: string;
  romanization?: string;
}

export interface ProverbInput {
  original?: unknown;
  translations?: unknown;
  attribution?: unknown;
  attributionLang?: unknown;
  note?: unknown;
  noteLang?: unknown;
  layout?: unknown;
  script?: unknown;
  show?: unknown;
}

/** A rendering ready to draw: text in the script shown, with the `lang` that says so. */
export interface Rendering {
  text: string;
  lang?: string;
  romanization?: string;
  /** The original set as ruby, when its romanization aligns with its Han characters. */
  ruby?: RubySegment[];
}

export interface ProverbModel {
  layout: ProverbLayout;
  original?: Rendering;
  translations: Rendering[];
  attribution?: string;
  note?: string;
  /** The language of the attribution and the note, where they name one. */
  langs?: FieldLangs<'attribution' | 'note'>;
  /** Index of the translation the toggle shows first. */
  shown: number;
}

const MAX_TRANSLATIONS = 50;

/** A text object, or JSON text of one (from an attribute). */
function parseJson(value: unknown, field: string, problems: Problem[]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    addProblem(problems, field, 'is not valid JSON; it is ignored', value);
    return undefined;
  }
}

function readRendering(value: unknown, field: string, problems: Problem[]): ProverbText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    addProblem(problems, field, `expected { text, lang } but got ${describeType(value)}; it is ignored`, value);
    return undefined;
  }
  const entry = value as Record<string, unknown>;
  const text = readText(entry.text, `${field}.text`, problems, MAX_LONG_TEXT);
  if (!text) {
    if (entry.text === undefined) addProblem(problems, `${field}.text`, 'is missing; this rendering is skipped');
    return undefined;
  }
  return {
    text,
    lang: readLang(entry.lang, `${field}.lang`, problems, 'has no language: give it a lang, so it is read and typeset in its own language'),
    romanization: readText(entry.romanization, `${field}.romanization`, problems, MAX_LONG_TEXT),
  };
}

const isKazakhCyrillic = (lang: string | undefined) => !!lang && /^kk(-Cyrl)?(-|$)/i.test(lang) && !/-Latn/i.test(lang);

/** Shows Kazakh written in Cyrillic in the 2021 Latin alphabet when `script="latn"`. */
function inScript(rendering: ProverbText, latin: boolean): Rendering {
  if (!latin || !isKazakhCyrillic(rendering.lang)) return { ...rendering };
  return { ...rendering, text: kazakhToLatin(rendering.text), lang: 'kk-Latn' };
}

/**
 * Merges the two authoring paths — a property or attribute wins over light DOM, field by field —
 * checks every rendering, transliterates Kazakh when asked, and aligns the romanization as ruby.
 */
export function parseProverb(props: ProverbInput, light: ProverbInput, problems: Problem[]): ProverbModel {
  const layout = readChoice(props.layout, 'layout', PROVERB_LAYOUTS, 'stacked', problems);
  const script = readChoice(props.script, 'script', ['cyrl', 'latn'] as const, 'cyrl', problems);
  const latin = script === 'latn';

  const original = readRendering(parseJson(props.original, 'original', problems), 'original', problems) ?? readRendering(light.original, 'original', problems);
  let list = parseJson(props.translations, 'translations', problems);
  if (list !== undefined && list !== null && !Array.isArray(list)) {
    addProblem(problems, 'translations', `expected an array of { text, lang } but got ${describeType(list)}; it is ignored`, list);
    list = undefined;
  }
  let given = (list ?? light.translations ?? []) as unknown[];
  if (given.length > MAX_TRANSLATIONS) {
    addProblem(problems, 'translations', `has ${given.length} entries; the first ${MAX_TRANSLATIONS} are shown`);
    given = given.slice(0, MAX_TRANSLATIONS);
  }
  const translations = given
    .map((entry, index) => readRendering(entry, `translations[${index}]`, problems))
    .filter((entry): entry is ProverbText => entry !== undefined);

  if (!original && !problems.some(problem => problem.field === 'original')) {
    addProblem(problems, 'original', 'is missing: give a first <p lang="…"> or the original property');
  }
  if (original && translations.length === 0) addProblem(problems, 'translations', 'are missing: a proverb block shows a saying with its translations');

  const model: ProverbModel = {
    layout,
    translations: translations.map(entry => inScript(entry, latin)),
    attribution: readText(props.attribution, 'attribution', problems) ?? readText(light.attribution, 'attribution', problems),
    note: readText(props.note, 'note', problems, MAX_LONG_TEXT) ?? readText(light.note, 'note', problems, MAX_LONG_TEXT),
    shown: 0,
  };
  const langs = readFieldLangs(
    { attribution: [props.attributionLang, light.attributionLang], note: [props.noteLang, light.noteLang] },
    problems,
  );
  if (langs) model.langs = langs;
  if (original) {
    model.original = inScript(original, latin);
    if (original.romanization) {
      model.original.ruby = alignRuby(original.text, original.romanization);
      if (!model.original.ruby && layout === 'interlinear') {
        addProblem(problems, 'romanization', 'does not give one syllable per Han character; it is shown on its own line', original.romanization);
      }
    }
  }

  const show = readText(props.show, 'show', problems);
  if (show) {
    const index = model.translations.findIndex(entry => entry.lang?.toLowerCase() === show.toLowerCase() || entry.lang?.split('-')[0] === show);
    if (index >= 0) model.shown = index;
    else addProblem(problems, 'show', 'names no translation of this proverb; the first is shown', show);
  }
  return model;
}


/**
 * Reads the light-DOM path: the first `<p>` is the original (its `data-romanization` the
 * romanization), every further `<p>` a translation, each with its own `lang`;
 * `slot="attribution"` and `slot="note"`.
 */
export function readProverbLightDom(host: Element): ProverbInput {
  const paragraphs = [...host.children].filter(child => child.localName === 'p' && !child.hasAttribute('slot'));
  const read = (p: Element): Record<string, unknown> => ({
    text: p.textContent ?? '',
    lang: p.getAttribute('lang') ?? undefined,
    romanization: p.getAttribute('data-romanization') ?? undefined,
  });
  const [first, ...rest] = paragraphs;
  const slotted = (name: string) => [...host.children].find(child => child.getAttribute('slot') === name);
  const attribution = slotted('attribution');
  const note = slotted('note');
  return {
    original: first ? read(first) : undefined,
    translations: paragraphs.length ? rest.map(read) : undefined,
    attribution: attribution?.textContent ?? undefined,
    attributionLang: lightLang(host, attribution),
    note: note?.textContent ?? undefined,
    noteLang: lightLang(host, note),
  };
}
