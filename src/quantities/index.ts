/**
 * Quantities: money, percentages, measures, counts and durations in Indonesian news text.
 *
 * A candidate is a number core (digits, number words or a vague word such as "ribuan"); the
 * text around it supplies an approximation word, a currency, a range top, a scale word and a
 * unit. Dates, years, clock times, ordinals, identifiers, phone numbers and scores are left
 * out. All regexes are compiled once, at module load. The two that would otherwise scan the
 * whole text (number cores and date masks) run only at the anchors one pass over the text
 * finds for them (src/text/anchors.ts).
 */
import type { Approx, Quantity, Vague } from '../types.js';
import { MONTHS_FULL } from '../lang/id/calendar.js';
import {
  MONEY_SCALE_VALUE, NUMBER_WORD_LIST, SCALES, SCALE_VALUE, VAGUE_VALUE, VAGUE_WORDS, parseDigits, parseNumberWords,
  type DigitStyle,
} from '../lang/id/numbers.js';
import {
  CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DURATION_UNITS, UNIT_SYMBOLS, UNIT_WORDS, alternation,
} from '../lang/id/units.js';
import { APPROX_WORDS } from './approx.js';
import { approxBefore, currencyBefore, identifierBefore, prevWord } from './before.js';
import { COUNT_STOPWORDS } from './lexicon.js';
import { WordFamilies, firstAtOrAfter, hasAnchor, matchesAt, mergeSorted, runStarts } from '../text/anchors.js';
import {
  foldSpaces, isAsciiDigit, isAsciiLetter, isAsciiSpace, isDigits, isWordChar, skipAsciiSpaces, splitSpaces, startsUpper,
} from '../text/ascii.js';

// ---------------------------------------------------------------------------------------
// Compiled patterns

const NUM_WORD_ALT = alternation(NUMBER_WORD_LIST);
const VAGUE_ALT = alternation(Object.keys(VAGUE_WORDS));

/**
 * Number cores spelled out: a run of number words (group 1) or a vague word (group 2). Cores
 * of digits are read by digitCore.
 */
const CORE_WORDS_RE = new RegExp(
  `\\b((?:${NUM_WORD_ALT})(?:\\s+(?:${NUM_WORD_ALT}))*)\\b` +
    `|\\b(${VAGUE_ALT})\\b`,
  'iy',
);

const CURRENCY_PREFIX_MAP = new Map<string, string>();
for (const [s, u] of CURRENCY_PREFIXES) CURRENCY_PREFIX_MAP.set(s.toLowerCase().replace(/\s+/g, ' '), u);

const CURRENCY_SUFFIX_MAP = new Map<string, string>(CURRENCY_SUFFIXES.map(([s, u]) => [s, u]));
const CURRENCY_SUFFIX_RE = new RegExp(
  `^\\s*(${alternation(CURRENCY_SUFFIXES.map(([s]) => s))})(?![\\p{L}\\p{N}])`,
  'iu',
);

const UNIT_WORD_MAP = new Map<string, string>(UNIT_WORDS.map(([s, u]) => [s, u]));
const UNIT_WORD_RE = new RegExp(`^\\s*(${alternation(UNIT_WORDS.map(([s]) => s))})(?![\\p{L}\\p{N}])`, 'iu');
const UNIT_SYMBOL_MAP = new Map<string, string>(UNIT_SYMBOLS.map(([s, u]) => [s, u]));
const UNIT_SYMBOL_RE = new RegExp(
  `^\\s*(${alternation(UNIT_SYMBOLS.map(([s]) => s))})(?![\\p{L}\\p{N}²³])`,
  'u',
);
/** The same symbols glued to the digits ("10km", "5%"). */
const UNIT_SYMBOL_GLUED_RE = new RegExp(
  `^(${alternation(UNIT_SYMBOLS.map(([s]) => s))})(?![\\p{L}\\p{N}²³])`,
  'u',
);
const DURATION_RE = new RegExp(`^\\s*(${alternation(DURATION_UNITS)})(?![\\p{L}\\p{N}-])`, 'iu');
/** A duration followed by these is a relative time ("dua hari lalu"), not a quantity. */
const RELATIVE_AFTER_RE = /^\s*(?:lalu|silam|yang\s+lalu|lagi|mendatang|yang\s+akan\s+datang)(?![\p{L}])/iu;

const SCALE_RE = new RegExp(`^\\s*(${alternation(Object.keys(SCALES))}|rb\\.|jt\\.)(?![\\p{L}\\p{N}])`, 'iu');
const MONEY_ABBREV_RE = /^\s?([MTK])(?![\p{L}\p{N}])/u;
const VAGUE_SCALE_RE = /^\s+(ribu|juta|miliar|milyar|triliun)(?![\p{L}])/iu;

/** Range joiners: a dash makes one quantity with valueMax; words make two quantities. */
const RANGE_DASH_RE = /^\s*[-–—]\s*/u;
const RANGE_WORD_RE = /^\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s\/d|ke)\s+/iu;
const CORE_AT_START_RE = new RegExp(
  `^(?:(\\d+(?:[.,]\\d+)*)|((?:${NUM_WORD_ALT})(?:\\s+(?:${NUM_WORD_ALT}))*))(?![\\p{L}\\p{N}])`,
  'iu',
);

const COUNT_NOUN_RE = /^\s+([\p{Ll}][\p{Ll}-]*[\p{Ll}]|[\p{Ll}]{1,2}|\p{Lu}{2,6}s?)(?![\p{L}\p{N}])/u;
/** Verb forms that follow a number without being what it counts ("1 dikuasai", "dua diberikan"). */
const VERB_LIKE_RE = /^(?:di\p{L}{3,}(?:kan|i)|(?:me|mem|men|meng|meny|ber|ter|memper)\p{L}{3,}kan|(?:meng|meny)\p{L}{3,})$/u;

/**
 * VERB_LIKE_RE.test(w). For lower-case ASCII letters the lengths decide: "di", three letters
 * or more, then "kan" or "i"; a prefix, three or more, "kan" (every prefix but "ber" and
 * "ter" begins with "me"); "meng" or "meny" and three or more. Other letters go to the regex.
 */
export function isVerbLike(w: string): boolean {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    // Another letter may stand in the \p{L} runs; a hyphen, digit or sign nowhere.
    return c >= 128 || (c >= 65 && c <= 90) ? VERB_LIKE_RE.test(w) : false;
  }
  const kan = w.endsWith('kan');
  if (w.startsWith('di') && ((kan && n >= 8) || (w.endsWith('i') && n >= 6))) return true;
  if (kan && ((w.startsWith('me') && n >= 8) || ((w.startsWith('ber') || w.startsWith('ter')) && n >= 9))) return true;
  return (w.startsWith('meng') || w.startsWith('meny')) && n >= 7;
}

const LOWER_THEN_UPPER_RE = /^\p{Ll}+\p{Lu}/u;

/** LOWER_THEN_UPPER_RE.test(w) ("iOS", "eBay"), ASCII answered without the regex. */
export function isLowerThenUpper(w: string): boolean {
  let i = 0;
  for (; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LOWER_THEN_UPPER_RE.test(w);
    if (c < 97 || c > 122) break;
  }
  if (i === 0 || i === w.length) return false;
  const c = w.charCodeAt(i);
  return c >= 65 && c <= 90;
}
const POSTFIX_AT_LEAST_RE = /^\s+atau\s+lebih(?![\p{L}])/iu;
const POSTFIX_MORE_RE = /^\s+lebih(?!\s+(?:dari|daripada|banyak|besar|tinggi|rendah|kecil|sedikit|murah|mahal|cepat|lama|baik|awal)\b)(?![\p{L}])/iu;

/** Words around "satu" that make it not a count ("salah satu", "satu sama lain"). */
const SATU_BEFORE_RE = /(?:salah|nomor|peringkat)\s+$/iu;
const SATU_AFTER_RE = /^(?:-|\s+(?:sama\s+lain|per\s*satu|demi\s+satu|pun|-satunya|persatu))/iu;

// Dates, clock times and years in the text: numbers inside them are not quantities.
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'sept', 'okt', 'nov', 'nop', 'des'];
const MONTH_ALT = [...MONTHS_FULL, ...MONTH_ABBREVIATIONS].join('|');
const MASK_RE = new RegExp(
  '\\b(?:' +
    [
      `\\d{1,2}(?:\\s*(?:[-–—,&]|dan|hingga|sampai|s\\.?d\\.?)\\s*\\d{1,2})*\\s*(?:${MONTH_ALT})\\.?\\b(?:\\s+\\d{4})?`,
      `\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\d/])`,
      `\\d{1,2}[.:]\\d{2}(?:[.:]\\d{2})?\\s*(?:WIB|WITA|WIT|GMT|UTC)\\b`,
      `\\d{1,2}[.:]\\d{2}\\s*(?:-|–|hingga|sampai|s\\.?d\\.?)\\s*\\d{1,2}[.:]\\d{2}(?!\\d)`,
      `\\d{4}\\s*[/–-]\\s*\\d{2,4}(?!\\d)`,
      `(?:${MONTH_ALT})\\.?\\s+\\d{1,2}(?:,\\s*|\\s+)\\d{4}(?!\\d)`,
      `(?:${MONTH_ALT})\\.?\\s+\\d{4}(?!\\d)`,
      `(?:pukul|pkl\\.?|jam|pk\\.?)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*(?:-|–|hingga|sampai|s\\.?d\\.?)\\s*\\d{1,2}(?:[.:]\\d{2})?)?`,
      `tanggal\\s+\\d{1,2}(?!\\d)`,
    ].join('|') +
    ')',
  'iy',
);

/**
 * Word starts where CORE_WORDS_RE and MASK_RE can match (see WordFamilies); digits are
 * anchored by their runs. CORE_WORDS_RE: a number word or a vague word after \b. MASK_RE: every alternative
 * starts with \b and digits, a month, "pukul", "pkl", "jam", "pk" (then ".", a space or a
 * digit: not a letter) or "tanggal".
 */
const CORE_WORDS = 0;
const MASK_WORDS = 1;
const FAMILIES = new WordFamilies([
  [...NUMBER_WORD_LIST, ...Object.keys(VAGUE_WORDS)],
  [...MONTHS_FULL, ...MONTH_ABBREVIATIONS, 'pukul', 'pkl', 'jam', 'pk', 'tanggal'],
]);

/** Evidence of the document's digit style. */
const EN_STYLE_RE = /\d{1,3},\d{3},\d{3}|\d,\d{3}\.\d|(?<![\d.,])(?:US\$|\$|USD)\s?\d+\.\d{1,2}(?![\d.,])/g;
const ID_STYLE_RE = /(?<![\d.,])\d+,\d{1,2}(?![\d.,])|\d\.\d{3}\.\d{3}|\d\.\d{3},\d/g;

const LETTER_RE = /\p{L}/u;

/** Is the character at `i` a letter (\p{L})? ASCII is answered without the regex. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return c === c && LETTER_RE.test(text[i]!); // c !== c: past the end
}
const STAGE_AFTER_RE = new RegExp(`^\\s+(?:besar(?![\\p{L}])|(?:${MONTH_ALT})(?![\\p{L}]))`, 'iu');

/**
 * The ASCII characters that can begin what the patterns above look for after a number,
 * once spaces are skipped (see mayBegin): the first letters of their words, in either case,
 * and their signs. Built from the same lists as the patterns.
 */
function firstChars(surfaces: readonly string[]): Uint8Array {
  const set = new Uint8Array(128);
  for (const s of surfaces) {
    for (const ch of [s[0]!.toLowerCase(), s[0]!.toUpperCase()]) if (ch.charCodeAt(0) < 128) set[ch.charCodeAt(0)] = 1;
  }
  return set;
}
const SCALE_FIRST = firstChars([...Object.keys(SCALES), 'rb.', 'jt.']);
const RANGE_FIRST = firstChars(['-', 'hingga', 'sampai', 's.d', 's/d', 'ke']); // "–" and "—" are not ASCII
const STAGE_FIRST = firstChars(['besar', ...MONTHS_FULL, ...MONTH_ABBREVIATIONS]);
const POSTFIX_FIRST = firstChars(['atau', 'lebih']);
const CURRENCY_SUFFIX_FIRST = firstChars(CURRENCY_SUFFIXES.map(([w]) => w));
const UNIT_WORD_FIRST = firstChars(UNIT_WORDS.map(([w]) => w));
const UNIT_SYMBOL_FIRST = firstChars(UNIT_SYMBOLS.map(([sym]) => sym)); // "%"; "°" is not ASCII
const DURATION_FIRST = firstChars(DURATION_UNITS);
/** Counted nouns begin with any letter, and so any unit but a symbol. */
const UNIT_FIRST = firstChars([...'abcdefghijklmnopqrstuvwxyz', ...UNIT_SYMBOLS.map(([sym]) => sym)]);
const SPACE_RE = /^\s/;

/** Is the character at `i` \s, or past the end? ASCII answered without the regex. */
function spaceOrEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return true; // past the end
  return c < 128 ? isAsciiSpace(c) : SPACE_RE.test(text[i]!);
}

// ---------------------------------------------------------------------------------------

interface Built {
  start: number;
  end: number;
  value: number | null;
  valueMax?: number;
  unit: string | null;
  approx: Approx | null;
  vague: Vague | null;
}

function maskSpans(text: string, starts: readonly number[]): Array<[number, number]> {
  return matchesAt(MASK_RE, text, starts).map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Digit runs where MASK_RE can start. Its digit alternatives begin with \b and one or two
 * digits that end their run, or with four digits, then spaces and "/", "-" or "–" ("2024/2025"):
 * so a run of at most two digits, or of four so followed, after no word character. A run of
 * one or two must also be followed as mayMaskAfter says.
 */
function maskDigitStarts(text: string, runs: readonly number[], monthWords: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const s = runs[k]!;
    const e = runs[k + 1]!;
    if (s > 0 && isWordChar(text.charCodeAt(s - 1))) continue;
    if (e - s <= 2) {
      if (mayMaskAfter(text, e, monthWords)) out.push(s);
    } else if (e - s === 4) {
      const q = skipAsciiSpaces(text, e);
      const c = text.charCodeAt(q); // NaN at the end: no match
      if (c === 47 || c === 45 || c >= 128) out.push(s); // "/", "-"; "–" is not ASCII
    }
  }
  return out;
}

/**
 * Can MASK_RE's alternatives for one or two digits go on after those digits, ending at `e`?
 * They go on with "/" ("28/10"), "." or ":" ("14.00") right after the digits, or, after
 * spaces, with a joiner ("-", "–", "—", ",", "&", "dan", "hingga", "sampai", "s.d") or a month
 * ("28 Oktober"). A month after spaces starts a word, so the anchor pass has seen it among
 * `monthWords` (ascending); a letter right after the digits is let through. A non-ASCII
 * character may be a space or a dash, so there the answer is yes.
 */
function mayMaskAfter(text: string, e: number, monthWords: readonly number[]): boolean {
  const c = text.charCodeAt(e);
  if (c === 47 || c === 46 || c === 58) return true; // "/", ".", ":"
  const q = skipAsciiSpaces(text, e);
  const d = text.charCodeAt(q);
  if (d !== d) return false; // the end of the text
  if (d >= 128 || d === 45 || d === 44 || d === 38) return true; // "-", ",", "&"
  if (!isAsciiLetter(d)) return false;
  const lower = d | 0x20;
  if (lower === 100 || lower === 104 || lower === 115) return true; // "d", "h", "s": a joiner word
  return q === e || hasAnchor(monthWords, q);
}

/**
 * Can a pattern that reads `^\s*` (or `^\s+`) and then a character of `first` match
 * text.slice(p, p + len)? No when the slice is only spaces, or when the first character
 * after its ASCII spaces is ASCII and not in `first`; any other character may be a space
 * or letter of the pattern's own reading, so then it may.
 */
function mayBegin(text: string, p: number, len: number, first: Uint8Array): boolean {
  return may(first, firstAfterSpaces(text, p, len));
}

/** The first character of text.slice(p, p + len) after its ASCII spaces, -1 if none. */
function firstAfterSpaces(text: string, p: number, len: number): number {
  const end = Math.min(text.length, p + len);
  const i = skipAsciiSpaces(text, p, end);
  return i === end ? -1 : text.charCodeAt(i);
}

function may(first: Uint8Array, c: number): boolean {
  return c >= 128 || (c >= 0 && first[c] === 1);
}

function isDigitAt(text: string, i: number): boolean {
  return isAsciiDigit(text.charCodeAt(i));
}

/** A number core: where it starts, its text, and whether digits, number words or a vague word. */
interface Core {
  index: number;
  text: string;
  digits: string | undefined;
  words: string | undefined;
  vague: string | undefined;
}

/**
 * The next core from `from` on, as a left-to-right scan finds it: digits (digitCore) at any
 * digit, number words or a vague word (CORE_WORDS_RE) at a word start. Besides the anchors
 * (run starts and number-word starts) only `from` itself can start a core, when it falls
 * inside a digit run.
 */
function coreFrom(text: string, anchors: readonly number[], from: number): Core | null {
  if (from > 0 && isDigitAt(text, from) && isDigitAt(text, from - 1)) return digitCore(text, from);
  for (let i = firstAtOrAfter(anchors, from); i < anchors.length; i++) {
    const a = anchors[i]!;
    if (isDigitAt(text, a)) return digitCore(text, a);
    CORE_WORDS_RE.lastIndex = a;
    const m = CORE_WORDS_RE.exec(text);
    if (m) return { index: a, text: m[0], digits: undefined, words: m[1], vague: m[2] };
  }
  return null;
}

/**
 * The core of digits at `at`: the digits and every "." or "," followed by more digits
 * ("1.250,5"), as `\d+(?:[.,]\d+)*` reads them (greedy, and nothing follows it).
 */
function digitCore(text: string, at: number): Core {
  let j = at + 1;
  for (;;) {
    while (isDigitAt(text, j)) j++;
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44) && isDigitAt(text, j + 1)) j += 2;
    else break;
  }
  const digits = text.slice(at, j);
  return { index: at, text: digits, digits, words: undefined, vague: undefined };
}

function docStyle(text: string, runs: readonly number[]): DigitStyle {
  // Each alternative of EN_STYLE_RE holds a digit, "," and three digits ("1,500,000",
  // "5,900.5"), or "$" or "USD" ("US$ 5.9"): without any of them it finds nothing.
  let commaGroup = false;
  for (let k = 0; k + 2 < runs.length && !commaGroup; k += 2) {
    commaGroup = text.charCodeAt(runs[k + 1]!) === 44 && runs[k + 2] === runs[k + 1]! + 1 && runs[k + 3]! - runs[k + 2]! >= 3;
  }
  if (!commaGroup && !text.includes('$') && !text.includes('USD')) return 'id';
  const en = text.match(EN_STYLE_RE)?.length ?? 0;
  if (en === 0) return 'id';
  const id = text.match(ID_STYLE_RE)?.length ?? 0;
  return en > id ? 'en' : 'id';
}

function parseCoreValue(digits: string | undefined, words: string | undefined, style: DigitStyle): number | null {
  if (digits !== undefined) return parseDigits(digits, style);
  if (words !== undefined) return parseNumberWords(splitSpaces(words));
  return null;
}

/** /^0\d{2,}/: a leading zero and two more digits, as in phone numbers and codes. */
function isPhoneLike(digits: string): boolean {
  return digits.charCodeAt(0) === 48 && isAsciiDigit(digits.charCodeAt(1)) && isAsciiDigit(digits.charCodeAt(2));
}

function isYearLike(digits: string): boolean {
  if (digits.length !== 4 || !isDigits(digits)) return false;
  const y = +digits;
  return y >= 1900 && y <= 2100;
}

/** Is position i at the start of a sentence (only spaces/quotes/brackets back to a break)? */
function atSentenceStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '\'' || c === '‘') continue;
    return c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '”' || c === '-' || c === '–';
  }
  return true;
}

interface UnitHit {
  unit: string;
  end: number;
  kind: 'currency' | 'measure' | 'duration' | 'count';
}

/** The unit right after position p, if any. */
function unitAfter(text: string, p: number, glued: boolean): UnitHit | null {
  let m: RegExpExecArray | null;
  if (glued) {
    m = UNIT_SYMBOL_GLUED_RE.exec(text.slice(p, p + 48));
    if (m) return { unit: UNIT_SYMBOL_MAP.get(m[1]!)!, end: p + m[0].length, kind: 'measure' };
    return null;
  }
  // Each pattern below is tried only if the first character after the spaces can begin it.
  const c = firstAfterSpaces(text, p, 48);
  if (!may(UNIT_FIRST, c)) return null;
  const rest = text.slice(p, p + 48);
  if (may(CURRENCY_SUFFIX_FIRST, c) && (m = CURRENCY_SUFFIX_RE.exec(rest))) {
    const key = foldSpaces(m[1]!.toLowerCase());
    return { unit: CURRENCY_SUFFIX_MAP.get(key) ?? 'USD', end: p + m[0].length, kind: 'currency' };
  }
  if (may(UNIT_WORD_FIRST, c) && (m = UNIT_WORD_RE.exec(rest))) {
    const key = foldSpaces(m[1]!.toLowerCase());
    return { unit: UNIT_WORD_MAP.get(key) ?? key, end: p + m[0].length, kind: 'measure' };
  }
  if (may(UNIT_SYMBOL_FIRST, c) && (m = UNIT_SYMBOL_RE.exec(rest))) {
    return { unit: UNIT_SYMBOL_MAP.get(m[1]!)!, end: p + m[0].length, kind: 'measure' };
  }
  if (may(DURATION_FIRST, c) && (m = DURATION_RE.exec(rest))) {
    return { unit: m[1]!.toLowerCase(), end: p + m[0].length, kind: 'duration' };
  }
  if ((m = COUNT_NOUN_RE.exec(rest))) {
    const w = m[1]!;
    const lw = w.toLowerCase();
    if (!COUNT_STOPWORDS.has(lw) && !SCALE_VALUE.has(lw) && !isVerbLike(lw)) {
      return { unit: w === w.toUpperCase() ? w : w.toLowerCase(), end: p + m[0].length, kind: 'count' };
    }
  }
  return null;
}

/**
 * Quantities in `text`, sorted by start, non-overlapping; `text.slice(q.start, q.end) === q.text`.
 */
export function extractQuantities(text: string): Quantity[] {
  const out: Built[] = [];
  const { words, runs } = FAMILIES.anchors(text);
  const numbers = runStarts(runs);
  const masks = maskSpans(text, mergeSorted(maskDigitStarts(text, runs, words[MASK_WORDS]!), words[MASK_WORDS]!));
  const coreAnchors = mergeSorted(numbers, words[CORE_WORDS]!);
  let mi = 0;
  const style = docStyle(text, runs);
  let lastEnd = 0;
  let lastSkippedEnd = -1;

  let from = 0; // where the scan for the next core resumes (a global regex's lastIndex)
  let m: Core | null;
  while ((m = coreFrom(text, coreAnchors, from))) {
    const coreStart = m.index;
    let coreEnd = coreStart + m.text.length;
    from = coreEnd;
    if (coreStart < lastEnd) continue;
    const digits = m.digits;
    const words = m.words;
    const vagueWord = m.vague;

    // --- exclusions on the core itself
    if (digits !== undefined) {
      if (coreStart > 0 && isDigitAt(text, coreStart - 1)) continue;
      while (mi < masks.length && masks[mi]![1] <= coreStart) mi++;
      if (mi < masks.length && masks[mi]![0] < coreEnd) {
        lastSkippedEnd = coreEnd;
        continue;
      }
    }
    const prevChar = coreStart > 0 ? text[coreStart - 1]! : '';
    const nextChar = text[coreEnd] ?? '';
    if (digits !== undefined) {
      // Ordinals "ke-3", codes "U-17", "COVID-19", phone "+62".
      if (prevChar === '-' && coreStart >= 2 && /[\p{L}\p{N}]/u.test(text[coreStart - 2]!)) { lastSkippedEnd = coreEnd; continue; }
      if (prevChar === '+' || prevChar === '#' || prevChar === '/' || prevChar === ':') { lastSkippedEnd = coreEnd; continue; }
      if (nextChar === '/' && /\d/.test(text[coreEnd + 1] ?? '')) { lastSkippedEnd = coreEnd; continue; }
      if (nextChar === ':' && /\d/.test(text[coreEnd + 1] ?? '')) { lastSkippedEnd = coreEnd; continue; }
      if (nextChar === '-' && /^-an(?![\p{L}])/u.test(text.slice(coreEnd, coreEnd + 4))) { lastSkippedEnd = coreEnd; continue; } // "1990-an"
      // Reference numbers in brackets: "Ayat (1)", "(2)".
      if (prevChar === '(' && nextChar === ')') { lastSkippedEnd = coreEnd; continue; }
      // List markers: "1. Pink kombinasi…", "2) Atasan…" at the head of a sentence or line.
      if ((nextChar === '.' || nextChar === ')') && spaceOrEndAt(text, coreEnd + 1) && digits.length <= 2 && atSentenceStart(text, coreStart)) {
        lastSkippedEnd = coreEnd;
        continue;
      }
      // Phone numbers and long codes.
      if (isPhoneLike(digits) || (digits.length >= 7 && isDigits(digits) && !currencyBefore(text, Math.max(0, coreStart - 8), coreStart))) {
        lastSkippedEnd = coreEnd;
        continue;
      }
    } else {
      // Number words glued into reduplications ("dua-duanya") are not counts.
      if (nextChar === '-' || prevChar === '-') continue;
      // Capitalised mid-sentence ("Institut Teknologi Sepuluh Nopember"): part of a name.
      if (startsUpper(m.text) && !atSentenceStart(text, coreStart)) continue;
    }
    // "delapan besar", "16 besar": a tournament stage; "Sepuluh November": a date name.
    if (mayBegin(text, coreEnd, 24, STAGE_FIRST) && STAGE_AFTER_RE.test(text.slice(coreEnd, coreEnd + 24))) { lastSkippedEnd = coreEnd; continue; }

    // --- currency before the number ("Rp", "US$", "US dolar")
    let start = coreStart;
    let unit: string | null = null;
    let unitKind: UnitHit['kind'] | null = null;
    const beforeFrom = Math.max(lastEnd, coreStart - 16);
    const cur = currencyBefore(text, beforeFrom, coreStart);
    if (cur) {
      const key = foldSpaces(cur[1]!.toLowerCase());
      unit = CURRENCY_PREFIX_MAP.get(key) ?? null;
      // "RM"/"$" etc. need to be the exact case for short symbols; words are fine in any case.
      if (unit && (cur[1] === cur[1]!.toUpperCase() || /[a-z]{3}/i.test(cur[1]!) || cur[1] === 'Rp' || cur[1] === 'Rp.' || cur[1] === 'rp')) {
        start = beforeFrom + cur.index;
        unitKind = 'currency';
      } else unit = null;
    }
    if (digits !== undefined && unitKind === null && coreStart > 0 && isLetterAt(text, coreStart - 1)) {
      lastSkippedEnd = coreEnd;
      continue; // glued to a word: "F1", "RE3", "PS5"
    }

    // --- identifiers ("Pasal 186", "Nomor 28", "posisi 16"), incl. "posisi 16 dan 10"
    if (unitKind === null && vagueWord === undefined) {
      if (identifierBefore(text, start)) { lastSkippedEnd = coreEnd; continue; }
      if (lastSkippedEnd >= 0 && start - lastSkippedEnd < 8 && /^\s*(?:,|dan|atau|&)\s*$/iu.test(text.slice(lastSkippedEnd, start))) {
        lastSkippedEnd = coreEnd;
        continue;
      }
    }

    // --- value of the core
    let value: number | null = null;
    let vague: Vague | null = null;
    if (vagueWord !== undefined) {
      vague = VAGUE_VALUE.get(vagueWord.toLowerCase()) ?? null;
      const vs = VAGUE_SCALE_RE.exec(text.slice(coreEnd, coreEnd + 16));
      if (vs) {
        const s = SCALE_VALUE.get(vs[1]!.toLowerCase())!;
        vague = s >= 1e6 ? 'millions' : 'thousands';
        coreEnd += vs[0].length;
      }
    } else {
      if (words !== undefined) {
        const wl = words.toLowerCase();
        if (wl.startsWith('satu') && !isWordChar(wl.charCodeAt(4))) { // /^satu\b/
          if (SATU_BEFORE_RE.test(text.slice(Math.max(0, coreStart - 12), coreStart))) continue;
          if (SATU_AFTER_RE.test(text.slice(coreEnd, coreEnd + 16))) continue;
        }
      }
      value = parseCoreValue(digits, words, style);
      if (value === null) continue;
    }

    // --- scale after digits ("2,5 juta", "Rp 5 M")
    let p = coreEnd;
    let scale = 1;
    if (digits !== undefined) {
      const sc = mayBegin(text, p, 16, SCALE_FIRST) ? SCALE_RE.exec(text.slice(p, p + 16)) : null;
      if (sc) {
        scale = SCALE_VALUE.get(sc[1]!.toLowerCase().replace('.', ''))!;
        p += sc[0].length;
      } else if (unitKind === 'currency') {
        const ab = MONEY_ABBREV_RE.exec(text.slice(p, p + 4));
        if (ab) {
          scale = MONEY_SCALE_VALUE.get(ab[1]!.toLowerCase())!;
          p += ab[0].length;
        }
      }
    }

    // --- range: "5,9–6 miliar", "13 hingga 14 jam"
    let valueMax: number | undefined;
    let split: Built | null = null;
    if (value !== null && mayBegin(text, p, 64, RANGE_FIRST)) {
      const rest = text.slice(p, p + 64);
      const dash = RANGE_DASH_RE.exec(rest);
      const wordJoin = dash ? null : RANGE_WORD_RE.exec(rest);
      const join = dash ?? wordJoin;
      if (join) {
        const c2 = CORE_AT_START_RE.exec(rest.slice(join[0].length));
        if (c2) {
          const v2 = parseCoreValue(c2[1], c2[2], style);
          let q = p + join[0].length + c2[0].length;
          let scale2 = 1;
          if (c2[1] !== undefined) {
            const sc2 = mayBegin(text, q, 16, SCALE_FIRST) ? SCALE_RE.exec(text.slice(q, q + 16)) : null;
            if (sc2) {
              scale2 = SCALE_VALUE.get(sc2[1]!.toLowerCase().replace('.', ''))!;
              q += sc2[0].length;
            }
          }
          if (v2 !== null) {
            const s1 = scale !== 1 ? scale : scale2;
            const lo = value * s1;
            const hi = v2 * scale2;
            const u2 = unitKind === 'currency' ? null : unitAfter(text, q, false);
            const strong = unitKind === 'currency' || scale2 !== 1 || (u2 !== null && u2.kind !== 'count') || (u2 !== null && u2.kind === 'count' && !!dash);
            if (dash && hi <= lo) {
              // A score ("takluk 1-0") or code: skip both numbers.
              lastEnd = p + join[0].length + c2[0].length;
              from = lastEnd;
              continue;
            }
            if (hi > lo && (strong || !dash)) {
              if (dash) {
                valueMax = hi;
                scale = s1;
                p = q;
              } else if (wordJoin && u2 && u2.kind !== 'count' && /hingga|sampai|s\.?d|s\/d/i.test(wordJoin[0])) {
                // Two quantities sharing the unit of the second.
                split = {
                  start: p + join[0].length,
                  end: u2.end,
                  value: hi,
                  unit: u2.unit,
                  approx: null,
                  vague: null,
                };
                unit = u2.unit;
                unitKind = u2.kind;
              }
            } else if (dash && !strong) {
              // A score ("kalah 0-2") or code: skip both numbers.
              lastEnd = q;
              from = q;
              continue;
            }
          }
        }
      }
    }

    // --- unit after
    let end = p;
    if (unitKind !== 'currency' && !split) {
      const glued = p === coreEnd && (text[p] === '%' || isLetterAt(text, p));
      const u = unitAfter(text, p, glued);
      if (glued && !u && digits !== undefined) { lastSkippedEnd = coreEnd; continue; } // "4G", "3D"
      if (u) {
        unit = u.unit;
        unitKind = u.kind;
        end = u.end;
      }
    } else if (split) {
      end = p;
    }
    if (unitKind === 'duration' && RELATIVE_AFTER_RE.test(text.slice(end, end + 24))) {
      lastEnd = end;
      from = end;
      continue; // "dua hari lalu" belongs to the time layer
    }

    // --- exclusions needing the unit
    if (digits !== undefined && unitKind !== 'currency' && unitKind !== 'measure' && scale === 1) {
      if (isYearLike(digits)) { lastSkippedEnd = coreEnd; continue; }
      // After a mid-sentence capitalised word it is a name or model ("XPAD 20", "Formula 3").
      const pw = prevWord(text, start);
      if (pw && isLowerThenUpper(pw.word)) { lastSkippedEnd = coreEnd; continue; } // "iOS 13", "eBay 2"
      if (pw && startsUpper(pw.word) && !APPROX_WORDS.has(pw.word.toLowerCase())) {
        // Mid-sentence capitalised word, or a code-like word anywhere ("XPAD 20").
        const codeLike = /^[\p{Lu}\p{N}]{2,}$/u.test(pw.word) || /\p{N}/u.test(pw.word);
        if (codeLike || !atSentenceStart(text, pw.start)) { lastSkippedEnd = coreEnd; continue; }
      }
    }
    if (words !== undefined && unitKind === null && /^setengah$|^separuh$/i.test(words)) continue;

    // --- approximation before ("sekitar", "lebih dari", "kurang lebih sekitar")
    let approx: Approx | null = null;
    const apFrom = Math.max(lastEnd, start - 40);
    const ap = approxBefore(text, apFrom, start);
    if (ap) {
      approx = APPROX_WORDS.get(foldSpaces(ap[1]!.toLowerCase())) ?? null;
      if (approx) start = apFrom + ap.index;
    }
    // --- approximation after ("dua pembicara atau lebih", "100 orang lebih")
    if (!split && mayBegin(text, end, 16, POSTFIX_FIRST)) {
      const rest = text.slice(end, end + 16);
      const al = POSTFIX_AT_LEAST_RE.exec(rest);
      if (al) {
        if (!approx) approx = 'at-least';
        end += al[0].length;
      } else if (!approx && unitKind === 'count') {
        const mo = POSTFIX_MORE_RE.exec(rest);
        if (mo) {
          approx = 'more-than';
          end += mo[0].length;
        }
      }
    }

    const q: Built = {
      start,
      end: split ? p : end,
      value: value === null ? null : value * scale,
      unit,
      approx,
      vague,
    };
    if (valueMax !== undefined) q.valueMax = valueMax;
    if (split) {
      q.end = p;
      split.approx = approx;
      out.push(q, split);
      lastEnd = split.end;
    } else {
      out.push(q);
      lastEnd = q.end;
    }
    from = lastEnd;
  }

  return out.map((b) => {
    const q: Quantity = {
      start: b.start,
      end: b.end,
      text: text.slice(b.start, b.end),
      value: b.value === null ? null : round(b.value),
      unit: b.unit,
      approx: b.approx,
      vague: b.vague,
    };
    if (b.valueMax !== undefined) q.valueMax = round(b.valueMax);
    return q;
  });
}

/** Remove float noise from decimal × scale ("17,76 triliun"). */
export function round(v: number): number {
  // An integer below 1e12 has at most 12 digits: toPrecision(12) would give it back as is.
  if (Number.isInteger(v) && v >= 1 && v < 1e12) return v;
  // So does the double nearest a number of at most three decimals below 1e9 (at most twelve
  // significant digits, or ten below 1): if k / 1000 for the integer k nearest v * 1000 is v
  // itself, v is that nearest double ("77,6", "2,5" and most decimals of the news).
  if (v > 0 && v < 1e9 && Math.round(v * 1000) / 1000 === v) return v;
  return Math.abs(v) >= 1 ? +v.toPrecision(12) : +v.toPrecision(10);
}
