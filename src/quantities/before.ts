/**
 * What stands right before a number: a currency ("Rp"), an identifier word ("Pasal"), an
 * approximation ("sekitar") or just the previous word ("XPAD"). Each is a regex anchored at
 * the end of a short window of text; the functions here return exactly what that regex
 * returns on the window, but run it only where the last word of the window could make it
 * match, found by reading back over ASCII characters. Wherever that reading meets a
 * non-ASCII character (a space or letter it does not classify, "ſ" that folds to "s",
 * "’"), the regex decides.
 */
import { CURRENCY_PREFIXES, alternation } from '../lang/id/units.js';
import { FoldedWords, isAsciiDigit, isAsciiLetter, isAsciiSpace } from '../text/ascii.js';
import { APPROX_PREFIX_RE, APPROX_WORDS } from './approx.js';
import { IDENTIFIER_BEFORE_RE, IDENTIFIER_WORDS } from './lexicon.js';

export const CURRENCY_PREFIX_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(CURRENCY_PREFIXES.map(([s]) => s))})\\s*$`,
  'iu',
);
const PREV_WORD_RE = /([\p{L}][\p{L}\p{N}'’.-]*)(\s+)$/u;

// What backOver reads over, as bits of a table by ASCII code: one call site for all four
// kinds, so it stays monomorphic (a function argument there was a megamorphic call).
/** \s (ASCII). */
const SPACE = 1;
/** [A-Za-z]. */
const LETTERS = 2;
/** A token of an approximation phrase: [A-Za-z0-9-]. */
const TOKEN = 4;
/** What PREV_WORD_RE reads after the first letter, ASCII part: [A-Za-z0-9'.-]. */
const PREV_WORD = 8;
const BACK = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  BACK[c] =
    (isAsciiSpace(c) ? SPACE : 0) |
    (isAsciiLetter(c) ? LETTERS | TOKEN | PREV_WORD : 0) |
    (isAsciiDigit(c) ? TOKEN | PREV_WORD : 0) |
    (c === 45 ? TOKEN | PREV_WORD : 0) | // "-"
    (c === 39 || c === 46 ? PREV_WORD : 0); // "'", "."
}

/** Back from `j` over the ASCII characters of kind `bits`, not below `from`. */
function backOver(text: string, j: number, from: number, bits: number): number {
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    if (c >= 128 || (BACK[c]! & bits) === 0) break;
    j--;
  }
  return j;
}

/** Is the character before `k` (within the window) non-ASCII? */
function nonAsciiBefore(text: string, k: number, from: number): boolean {
  return k > from && text.charCodeAt(k - 1) >= 128;
}

/** The ASCII characters a currency can end with, in either case ("Rp", "Rp.", "US$", "USD"…). */
const CURRENCY_LAST = new Uint8Array(128);
for (const [s] of CURRENCY_PREFIXES) {
  const last = s[s.length - 1]!;
  for (const ch of [last.toLowerCase(), last.toUpperCase()]) if (ch.charCodeAt(0) < 128) CURRENCY_LAST[ch.charCodeAt(0)] = 1;
}

/**
 * CURRENCY_PREFIX_RE.exec(text.slice(from, to)). A match is a currency and then spaces, so
 * the last character before the spaces ends a currency.
 */
export function currencyBefore(text: string, from: number, to: number): RegExpExecArray | null {
  const j = backOver(text, to, from, SPACE);
  if (j === from) return null;
  const c = text.charCodeAt(j - 1);
  if (c < 128 && !CURRENCY_LAST[c]) return null;
  return CURRENCY_PREFIX_RE.exec(text.slice(from, to));
}

/** Last words of the identifier words ("urut" of "nomor urut"). */
const IDENTIFIER_LAST = new FoldedWords(new Set(IDENTIFIER_WORDS.map((w) => w.split(' ').pop()!)));
/** The identifier words of one word. */
const IDENTIFIER_SINGLE = new FoldedWords(IDENTIFIER_WORDS.filter((w) => !w.includes(' ')));

/**
 * IDENTIFIER_BEFORE_RE.test(text.slice(max(0, to - 30), to)). A match is a listed word
 * after a non-letter, then `\.?\s*(?:[:#(]\s*)?` to the end: read back over that tail, the
 * letters before it must be exactly the last word of a listed one; when they are a listed
 * word of their own, that is the match.
 */
export function identifierBefore(text: string, to: number): boolean {
  const from = Math.max(0, to - 30);
  let j = backOver(text, to, from, SPACE);
  let c = j > from ? text.charCodeAt(j - 1) : -1;
  if (c === 58 || c === 35 || c === 40) { // ":", "#", "("
    j = backOver(text, j - 1, from, SPACE);
    c = j > from ? text.charCodeAt(j - 1) : -1;
  }
  if (c === 46) { // "."
    j--;
    c = j > from ? text.charCodeAt(j - 1) : -1;
  }
  if (c >= 128) return IDENTIFIER_BEFORE_RE.test(text.slice(from, to));
  const k = backOver(text, j, from, LETTERS);
  if (k === j) return false;
  if (nonAsciiBefore(text, k, from)) return IDENTIFIER_BEFORE_RE.test(text.slice(from, to));
  // A listed word of its own, after no letter (k is where the ASCII letters begin, and the
  // window's start counts as no letter): the regex matches there.
  if (IDENTIFIER_SINGLE.hasAt(text, k, j)) return true;
  return IDENTIFIER_LAST.hasAt(text, k, j) && IDENTIFIER_BEFORE_RE.test(text.slice(from, to));
}

/** Last tokens of the approximation phrases and of the "sekitar" that may follow them. */
const APPROX_LAST = new FoldedWords(new Set([...[...APPROX_WORDS.keys()].map((w) => w.split(' ').pop()!), 'sekitar', 'sekira', 'kira-kira']));

/**
 * APPROX_PREFIX_RE.exec(text.slice(from, to)). A match ends with a token, then spaces; that
 * token follows a space or, as the phrase's first word, no letter, digit or "-": so it is
 * the whole run of letters, digits and "-" before the spaces.
 */
export function approxBefore(text: string, from: number, to: number): RegExpExecArray | null {
  const j = backOver(text, to, from, SPACE);
  if (nonAsciiBefore(text, j, from)) return APPROX_PREFIX_RE.exec(text.slice(from, to));
  const k = backOver(text, j, from, TOKEN);
  if (k === j) return null;
  if (nonAsciiBefore(text, k, from)) return APPROX_PREFIX_RE.exec(text.slice(from, to));
  if (!APPROX_LAST.hasAt(text, k, j)) return null;
  return APPROX_PREFIX_RE.exec(text.slice(from, to));
}

/**
 * What PREV_WORD_RE finds in text.slice(max(0, to - 32), to): the word before the spaces
 * that end the window, from its first letter, and where it starts. The word is the run of
 * letters, digits, "'", "’", "." and "-" before the spaces; the leftmost match starts at
 * its first letter.
 */
export function prevWord(text: string, to: number): { word: string; start: number } | null {
  const from = Math.max(0, to - 32);
  const j = backOver(text, to, from, SPACE);
  if (j === to && !nonAsciiBefore(text, to, from)) return null; // no space at the end
  if (j === to || nonAsciiBefore(text, j, from)) return prevWordByRegex(text, from, to);
  const k = backOver(text, j, from, PREV_WORD);
  if (nonAsciiBefore(text, k, from)) return prevWordByRegex(text, from, to);
  for (let p = k; p < j; p++) if (isAsciiLetter(text.charCodeAt(p))) return { word: text.slice(p, j), start: p };
  return null;
}

function prevWordByRegex(text: string, from: number, to: number): { word: string; start: number } | null {
  const m = PREV_WORD_RE.exec(text.slice(from, to));
  return m ? { word: m[1]!, start: to - m[0].length } : null;
}
