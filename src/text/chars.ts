/**
 * Character classes for the tokeniser: a lookup table over UTF-16 code units, filled eagerly for
 * ASCII and lazily (one Unicode-property test per distinct code unit) for the rest.
 */

export const C_UNKNOWN = 0;
export const C_SPACE = 1;
export const C_UPPER = 2;
export const C_LOWER = 3;
/** Letter without case (or titlecase / modifier letters): counts as a word character. */
export const C_LETTER = 4;
export const C_DIGIT = 5;
/** Combining marks and joiners: continue whatever word precedes them. */
export const C_MARK = 6;
export const C_PUNCT = 7;
/** High surrogate: the token code decides from the full code point. */
export const C_HIGH = 8;

const TABLE = new Uint8Array(65536);

const RE_SPACE = /^[\s\u200B\u2060\uFEFF]$/u;
const RE_UPPER = /^\p{Lu}$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^[\p{L}\p{No}\p{Nl}]$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_MARK = /^[\p{M}\u200C\u200D]$/u;

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return C_HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return C_MARK; // stray low surrogate: keep with what precedes
  const ch = String.fromCharCode(c);
  return RE_SPACE.test(ch) ? C_SPACE : classOfChar(ch);
}

/** Class of one character (a code unit or a whole code point), spaces aside. */
function classOfChar(ch: string): number {
  if (RE_UPPER.test(ch)) return C_UPPER;
  if (RE_LOWER.test(ch)) return C_LOWER;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_LETTER.test(ch)) return C_LETTER;
  return C_PUNCT;
}

for (let c = 0; c < 128; c++) TABLE[c] = classify(c);

/** Class of a UTF-16 code unit. */
export function charClass(c: number): number {
  const k = TABLE[c]!;
  if (k !== C_UNKNOWN) return k;
  return (TABLE[c] = classify(c));
}

/** Class of an astral code point (given as its surrogate pair). */
export function astralClass(hi: number, lo: number): number {
  const cp = ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  return classOfChar(String.fromCodePoint(cp));
}

/** Letters, digits and marks: the characters a word is made of. */
export function isWordClass(k: number): boolean {
  return k >= C_UPPER && k <= C_MARK;
}
