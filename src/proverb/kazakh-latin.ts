/**
 * Kazakh Cyrillic → the Kazakh Latin alphabet of 2021 (31 letters: A Ä B D E F G Ğ H I İ J K L M N Ñ
 * O Ö P Q R S Ş T U Ū Ü V Y Z).
 *
 * Source: the alphabet presented by the Government of Kazakhstan on 28 January 2021 (Prime Minister
 * A. Mamin), as tabulated in the "Latin script" section of the English Wikipedia article "Kazakh
 * alphabets", January 2021 column. For ң that table gives Ñ ñ; the ŋ some sources show belongs to
 * the November 2019 proposal that the 2021 version replaced, so Ñ ñ is followed here.
 * The letters used only in Russian loanwords have no letter of their own in the 31; they are
 * spelled in its letters as the January 2021 presentation did: ё io, ц ts, ч tş, щ şş, э e, ю iu,
 * я ia, and ъ ь are dropped. (C is not one of the 31, so ч cannot be "ch".)
 */
// Letters written with one Latin letter: each letter of the first row is written as the letter
// below it. (Two rows of text rather than a table of pairs: the pairs' quotes and commas are most
// of what a table would add to the bundle.)
const ONE_LETTER_CYRILLIC = 'аәбвгғдежзийкқлмнңоөпрстуұүфхһшыіэ';
const ONE_LETTER_LATIN    = 'aäbvgğdejziikqlmnñoöprstuūüfhhşyıe';

const LETTERS: Record<string, string> = {
  ...Object.fromEntries(Array.from(ONE_LETTER_CYRILLIC, (letter, index) => [letter, ONE_LETTER_LATIN[index]])),
  // spelled with two letters, or dropped
  ё: 'io', ц: 'ts', ч: 'tş', щ: 'şş', ю: 'iu', я: 'ia', ъ: '', ь: '',
};

/** Upper case in this alphabet: i (from и, й) has the dotted capital İ; ı (from і) the plain I. */
function upper(latin: string): string {
  return latin.replace(/i/g, 'İ').toUpperCase();
}

const isLower = (char: string | undefined) => char !== undefined && char !== char.toUpperCase();

/**
 * Writes Kazakh Cyrillic text in the 2021 Latin alphabet, keeping case ("Бірлік" → "Bırlık",
 * "ЮНЕСКО" → "İUNESKO", "Юрта" → "İurta") and leaving every other character as it is.
 */
export function kazakhToLatin(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((char, index) => {
      const lower = char.toLowerCase();
      const latin = LETTERS[lower];
      if (latin === undefined) return char;
      if (char === lower) return latin;
      // A capital: a two-letter spelling is title case before a lower-case letter, all caps otherwise.
      if (latin.length > 1 && isLower(chars[index + 1])) return upper(latin[0]) + latin.slice(1);
      return upper(latin);
    })
    .join('');
}
