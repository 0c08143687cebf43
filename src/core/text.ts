import { canonicalLocale } from './intl.js';
import { addProblem, type Problem } from './problems.js';

/** Longest text kept for a short field (a name, a role, a label). */
export const MAX_SHORT_TEXT = 1_000;
/** Longest text kept for a long field (a quotation, a description). */
export const MAX_LONG_TEXT = 10_000;

/**
 * Collapses runs of HTML whitespace the way a browser lays out text, so light-DOM text indented in
 * the source and the same text given as an attribute become one and the same model.
 */
export function collapseWhitespace(value: string): string {
  // Most text is already clean; testing first spares ten thousand events a replace each.
  return /[\t\n\f\r]| {2}|^ | $/.test(value) ? value.replace(/[\t\n\f\r ]+/g, ' ').trim() : value;
}

/**
 * Reads one text field of a widget's input: strings are whitespace-collapsed and kept up to `max`
 * characters; anything else is a problem. Returns undefined when there is no usable text.
 */
export function readText(
  value: unknown,
  field: string,
  problems: Problem[],
  max: number = MAX_SHORT_TEXT,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    addProblem(problems, field, `expected text but got ${describeType(value)}; it is ignored`, value);
    return undefined;
  }
  const text = collapseWhitespace(value);
  if (text.length <= max) return text || undefined;
  addProblem(problems, field, `is ${text.length} characters long; only the first ${max} are shown`, text);
  return `${cutAtCharacter(text, max)}…`;
}

/**
 * A `lang` value for a piece of text: a valid BCP 47 tag, or a problem and none. `missing`, when
 * given, is the problem to report for an absent tag (where a piece of text must name its language).
 */
export function readLang(value: unknown, field: string, problems: Problem[], missing?: string): string | undefined {
  const tag = readText(value, field, problems);
  if (!tag) {
    if (missing) addProblem(problems, field, missing);
    return undefined;
  }
  const canonical = canonicalLocale(tag);
  if (!canonical) addProblem(problems, field, 'is not a valid language tag; it is ignored', tag);
  return canonical;
}

/** The language of each text field of a widget that gave one; what content gives is rendered with it. */
export type FieldLangs<Field extends string> = Partial<Record<Field, string>>;

/**
 * Reads the `lang` of each text field: `[property or attribute, light DOM]`, the first that is
 * given wins, as for the text itself. A bad tag is a problem named `<field>-lang`. Undefined when
 * no field names a language, so models of single-language content stay as they were.
 */
export function readFieldLangs<Field extends string>(
  given: Record<Field, readonly [unknown, unknown?]>,
  problems: Problem[],
): FieldLangs<Field> | undefined {
  let langs: FieldLangs<Field> | undefined;
  for (const field in given) {
    const [own, light] = given[field];
    const lang = readLang(own ?? light, `${field}-lang`, problems);
    if (lang) (langs ??= {} as FieldLangs<Field>)[field] = lang;
  }
  return langs;
}

/** Cuts before `max` without leaving half of a surrogate pair behind. */
function cutAtCharacter(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Names a value's type for a message: `number`, `array`, `object`, `null`. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/**
 * One or two letters standing for a person in an avatar, in any script: the first letters of the
 * first and last words ("Kassym-Jomart Tokayev" → "KT", "Гульнар Шаймергенова" → "ГШ"), or the
 * first character of a name written without spaces ("孙业礼" → "孙").
 */
export function initials(name: string, lang: string): string {
  const words = name.split(/\s+/).map(firstLetter).filter(Boolean) as string[];
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  const letters = picked.join('');
  try {
    return letters.toLocaleUpperCase(lang);
  } catch {
    return letters.toUpperCase();
  }
}

/**
 * The first letter of a word with the combining marks that follow it ("É" written as E + U+0301).
 * A regular expression rather than Intl.Segmenter: built when the bundle loaded, the Segmenter's
 * ICU set-up made evaluating the bundle take ~55 ms longer in Chromium, before any widget drew.
 */
function firstLetter(word: string): string | undefined {
  return /\p{L}\p{M}*/u.exec(word)?.[0];
}

/** Reads an enumerated attribute (`layout`, `variant`, …): one of `allowed`, else a problem and `fallback`. */
export function readChoice<T extends string>(value: unknown, field: string, allowed: readonly T[], fallback: T, problems: Problem[]): T {
  if (value === undefined || value === null || value === '') return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  addProblem(problems, field, `must be one of ${allowed.join(', ')}; "${fallback}" is used`, value);
  return fallback;
}
