/**
 * ASCII character tests and small string helpers that stand for regexes on the hot paths of
 * the annotators: each answers exactly what its regex would, without a regex call in the
 * common case.
 */

/** Character class bits: a letter, a digit, a word character ([A-Za-z0-9_]). */
export const LETTER = 1;
export const DIGIT = 2;
export const WORD = 4;
/** Class bits of each ASCII character; anything else (0) is not a word character. */
export const ASCII_CLASS = new Uint8Array(128);
for (let k = 0; k < 26; k++) ASCII_CLASS[65 + k] = ASCII_CLASS[97 + k] = LETTER | WORD;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT | WORD;
ASCII_CLASS[95] = WORD;

/** The ASCII characters of \s: tab, line feed, vertical tab, form feed, carriage return, space. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** [A-Za-z]. */
export function isAsciiLetter(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c]! & LETTER) !== 0;
}

/** [0-9]. */
export function isAsciiDigit(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c]! & DIGIT) !== 0;
}

/** [A-Za-z0-9_]: the word characters of \b in a regex without the u flag. */
export function isWordChar(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c]! & WORD) !== 0;
}

const UPPER_START_RE = /^\p{Lu}/u;

/** /^\p{Lu}/u.test(s): does `s` begin with an upper-case letter? ASCII answered without the regex. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START_RE.test(s);
}

/** The first position at or after `i`, below `end`, that is not an ASCII space (or `end`). */
export function skipAsciiSpaces(s: string, i: number, end = s.length): number {
  while (i < end && isAsciiSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * `s.replace(/\s+/g, ' ')`, without the regex when `s` is ASCII with no space but single
 * " " (the common case for a matched word or two).
 */
export function foldSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c <= 32 && (c !== 32 || s.charCodeAt(i + 1) === 32))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** `s.split(/\s+/)`: once every run of spaces is one " ", splitting at " " cuts the same pieces. */
export function splitSpaces(s: string): string[] {
  return foldSpaces(s).split(' ');
}

/** /^\d+$/: a non-empty run of ASCII digits. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * A set of lower-case words of ASCII letters, digits and "-", looked up in place: does
 * text.slice(start, end).toLowerCase() belong to it, for a slice of those characters? The
 * words are compared by length with the text's characters folded by setting bit 0x20, which
 * maps "A"–"Z" onto "a"–"z" and leaves digits and "-" as they are; nothing is allocated.
 */
export class FoldedWords {
  private readonly byLength: string[][] = [];

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z0-9-]+$/.test(w)) throw new Error(`FoldedWords: "${w}" is not lower-case ASCII letters, digits and "-"`);
      (this.byLength[w.length] ??= []).push(w);
    }
  }

  /** For `start`…`end` over ASCII letters, digits and "-" only. */
  hasAt(text: string, start: number, end: number): boolean {
    const words = this.byLength[end - start];
    if (words === undefined) return false;
    next: for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      for (let i = 0; i < w.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== w.charCodeAt(i)) continue next;
      return true;
    }
    return false;
  }
}
