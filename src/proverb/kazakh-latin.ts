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
const LETTERS: Record<string, string> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z',
  и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'tş',
  ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
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
