/**
 * Anchors: where a pattern can start, found in one pass over the text, so that the pattern
 * runs only there (as a sticky regex) instead of being tried at every character. A
 * case-insensitive alternation of month names or number words scanned over a whole article
 * costs about as much as this one pass, which serves every pattern of the quantity and time
 * annotators.
 *
 * The pass records each run of digits and, for every family of every WordFamilies made in
 * the process (they are made once, at module load), the word starts where one of the family's
 * prefixes stands (ASCII case folded). A prefix shorter than three letters stands only where a
 * non-letter follows it ("Q" in "Q1", "pk" in "pk.14"). The last text's scan is kept, so the
 * annotators that read the same text one after the other share it.
 *
 * Soundness, for a regex compiled with `i` but without `u` whose every alternative starts
 * with `\b` and one of the family's prefixes: there `\b` and the case folding of letters
 * are ASCII-only (no other character folds to an ASCII letter), so a match starts at an
 * ASCII letter that follows no ASCII word character [A-Za-z0-9_] — a word start recorded
 * here — with the prefix written there. The pass reads the text itself, never a lower-cased
 * copy, so offsets hold for any string. Digit runs are recorded wherever they are, inside
 * words too; each pattern that starts with digits says which runs it can start at.
 */
import { ASCII_CLASS as CLASS, DIGIT, LETTER, WORD } from './ascii.js';

/** 0–25 for an ASCII letter in either case, 26 for any other ASCII character. */
const LETTER_INDEX = new Uint8Array(128).fill(26);
for (let k = 0; k < 26; k++) LETTER_INDEX[65 + k] = LETTER_INDEX[97 + k] = k;

function letterIndex(c: number): number {
  return c < 128 ? LETTER_INDEX[c]! : 26;
}

/** Key of the word starting at `i`: its first three letters; 26 pads a shorter word. */
function keyAt(s: string, i: number): number {
  // Bounds checked here rather than left to charCodeAt's NaN, which makes this much slower.
  const b = i + 1 < s.length ? letterIndex(s.charCodeAt(i + 1)) : 26;
  const c = b === 26 || i + 2 >= s.length ? 26 : letterIndex(s.charCodeAt(i + 2));
  return (letterIndex(s.charCodeAt(i)) * 27 + b) * 27 + c;
}

// Every family of every WordFamilies, in one table, so that one pass over a text finds the
// anchors of all of them: the quantity and time annotators read the same clean text one
// after the other, and the second finds its anchors made. A prefix is found by the key of
// its first three letters, in two levels so that the tables stay small (warm in cache) rather
// than one entry per possible key: the first two letters pick a row, the third a cell, which
// holds the index of its group of prefixes (0: none). A group's entries are (family, prefix)
// sorted by family, at groupStart[g] … groupStart[g + 1] - 1.
const registered: Array<[family: number, prefix: string]> = [];
let familyCount = 0;
let rowOf = new Uint16Array(27 * 27);
let cells = new Uint16Array(27);
let groupStart = new Int32Array(2);
let entryFamily = new Int32Array(0);
let entryPrefix: string[] = [];

function rebuild(): void {
  const byKey = new Map<number, Array<[number, string]>>();
  for (const [f, p] of registered) {
    const k = keyAt(p, 0);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push([f, p]);
  }
  rowOf = new Uint16Array(27 * 27);
  let rowCount = 1;
  for (const k of byKey.keys()) if (rowOf[(k / 27) | 0] === 0) rowOf[(k / 27) | 0] = rowCount++;
  cells = new Uint16Array(rowCount * 27);
  groupStart = new Int32Array(byKey.size + 2);
  entryFamily = new Int32Array(registered.length);
  entryPrefix = [];
  let g = 1;
  for (const [k, group] of byKey) {
    cells[rowOf[(k / 27) | 0]! * 27 + (k % 27)] = g;
    groupStart[g] = entryPrefix.length;
    for (const [f, p] of group.sort((a, b) => a[0] - b[0])) {
      entryFamily[entryPrefix.length] = f;
      entryPrefix.push(p);
    }
    g++;
  }
  groupStart[g] = entryPrefix.length;
  scannedText = null;
}

// The last scan: which text, its anchors per family and its digit runs.
let scannedText: string | null = null;
let familyWords: Array<readonly number[]> = [];
let digitRuns: readonly number[] = [];
const NONE: readonly number[] = Object.freeze([]);

/** Class bits of every UTF-16 code unit (0 outside ASCII), so the pass needs no range test. */
const CLASS16 = new Uint8Array(65536);
CLASS16.set(CLASS);
/**
 * 1 where the pass must stop, by (class before << 3) | class here: a digit run starts or ends,
 * or a letter follows a non-word character (a word start).
 */
const EVENT = new Uint8Array(64);
for (let p = 0; p < 8; p++) {
  for (let c = 0; c < 8; c++) EVENT[(p << 3) | c] = ((c ^ p) & DIGIT) !== 0 || ((c & LETTER) !== 0 && (p & WORD) === 0) ? 1 : 0;
}
/** Where the events of one chunk of the text are written; a chunk is at most this long. */
const events = new Int32Array(4096);

function scan(text: string): void {
  if (text === scannedText) return;
  const n = text.length;
  const words: Array<readonly number[]> = [];
  for (let f = 0; f < familyCount; f++) words.push(NONE);
  const runs: number[] = [];
  // Two loops per chunk. The first reads every character and notes, without a branch, where
  // the class changes in a way that matters (about once a word): a branch there would be
  // mispredicted at every word, which cost more than the reading. The second visits only
  // those places: digit-run bounds go to `runs`, and at a word start the word's key picks its
  // group of prefixes, most often none.
  let prev = 0;
  for (let from = 0; from < n; from += events.length) {
    const to = Math.min(n, from + events.length);
    let k = 0;
    for (let i = from; i < to; i++) {
      const cls = CLASS16[text.charCodeAt(i)]!;
      events[k] = i;
      k += EVENT[(prev << 3) | cls]!;
      prev = cls;
    }
    for (let e = 0; e < k; e++) {
      const i = events[e]!;
      const cls = CLASS16[text.charCodeAt(i)]!;
      const before = i > 0 ? CLASS16[text.charCodeAt(i - 1)]! : 0;
      if (((cls ^ before) & DIGIT) !== 0) runs.push(i);
      if ((cls & LETTER) === 0 || (before & WORD) !== 0) continue;
      const key = keyAt(text, i);
      const ab = (key / 27) | 0;
      const g = cells[rowOf[ab]! * 27 + (key - ab * 27)]!;
      if (g === 0) continue;
      let last = -1;
      for (let x = groupStart[g]!, end = groupStart[g + 1]!; x < end; x++) {
        const f = entryFamily[x]!;
        if (f !== last && prefixAt(text, i, entryPrefix[x]!)) {
          if (words[f] === NONE) words[f] = [i];
          else (words[f] as number[]).push(i);
          last = f;
        }
      }
    }
  }
  if (prev & DIGIT) runs.push(n);
  familyWords = words;
  digitRuns = runs;
  scannedText = text;
}

export interface Anchors {
  /** Per family, ascending word starts that can begin one of its prefixes. */
  readonly words: ReadonlyArray<readonly number[]>;
  /** Digit runs as ascending pairs start0, end0, start1, end1, … (any run, even inside a word: "F1"). */
  readonly runs: readonly number[];
}

/** Families of word prefixes, each giving the anchors of one or more patterns. */
export class WordFamilies {
  /** Index of this instance's first family in the shared table. */
  private readonly first: number;
  private readonly count: number;

  /** `families[i]` lists the prefixes of family i, lower-case ASCII letters. */
  constructor(families: ReadonlyArray<readonly string[]>) {
    for (const prefixes of families) {
      for (const p of prefixes) {
        if (!/^[a-z]+$/.test(p)) throw new Error(`WordFamilies: prefix "${p}" is not lower-case ASCII letters`);
      }
    }
    this.first = familyCount;
    this.count = families.length;
    families.forEach((prefixes, f) => {
      for (const p of prefixes) registered.push([this.first + f, p]);
    });
    familyCount += families.length;
    rebuild();
  }

  /** The anchors of this instance's families in `text`; the arrays are shared, not to be changed. */
  anchors(text: string): Anchors {
    scan(text);
    return { words: familyWords.slice(this.first, this.first + this.count), runs: digitRuns };
  }
}

/**
 * Does `prefix` (lower-case ASCII letters) stand at `at`, ASCII case folded? The key has
 * matched already: only the letters after the third are compared.
 */
function prefixAt(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let i = 3; i < prefix.length; i++) {
    // Setting bit 0x20 maps exactly "A"–"Z" onto "a"–"z" and no other character there.
    if ((text.charCodeAt(at + i) | 0x20) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** The starts of digit runs given as start, end pairs. */
export function runStarts(runs: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < runs.length; k += 2) out.push(runs[k]!);
  return out;
}

/** Index of the first element of ascending `list` that is >= `from`. */
export function firstAtOrAfter(list: readonly number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does ascending `list` hold `p`? */
export function hasAnchor(list: readonly number[], p: number): boolean {
  const i = firstAtOrAfter(list, p);
  return i < list.length && list[i] === p;
}

/** Ascending union of two ascending lists. */
export function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * What `while ((m = re.exec(text)))` with a global regex returns, trying only `starts`:
 * `sticky` is the same pattern with the `y` flag instead of `g`, and `starts` (ascending)
 * must include every position where it can match. As in the global scan, a match hides the
 * starts before its end.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = p + m[0].length;
    }
  }
  return out;
}
