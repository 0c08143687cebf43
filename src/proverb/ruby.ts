/** A run of the original: a Han character with its syllable, or text that carries no annotation. */
export interface RubySegment {
  text: string;
  ruby?: string;
}

const HAN = /\p{Script=Han}/u;

/** Syllables of a romanization: letters, marks and tone digits, split at spaces and punctuation. */
export function syllables(romanization: string): string[] {
  return romanization.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/**
 * Pairs each Han character of `text` with the next syllable of `romanization`; punctuation, spaces
 * and other scripts stay unannotated. Returns undefined when the counts differ, so the caller can
 * fall back to the romanization on a line of its own instead of misaligning every character.
 */
export function alignRuby(text: string, romanization: string): RubySegment[] | undefined {
  const chars = Array.from(text);
  const readings = syllables(romanization);
  if (chars.filter(char => HAN.test(char)).length !== readings.length || readings.length === 0) return undefined;
  const segments: RubySegment[] = [];
  let reading = 0;
  for (const char of chars) {
    if (HAN.test(char)) {
      segments.push({ text: char, ruby: readings[reading++] });
    } else if (segments.length && segments[segments.length - 1].ruby === undefined) {
      segments[segments.length - 1].text += char;
    } else {
      segments.push({ text: char });
    }
  }
  return segments;
}
