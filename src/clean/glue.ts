/**
 * Words and sentences glued together where a scraper stripped HTML tags with no separator:
 *
 *   "teknologiblockchainsebagai" → "teknologi blockchain sebagai"   (lexicon segmentation)
 *   "diJepangditangkap"          → "di Jepang ditangkap"            (case transition, then name + verb)
 *   "KPKtelah", "RIPrabowo"      → "KPK telah", "RI Prabowo"        (acronym transitions)
 *   "sebuahWhatsAppmisalnya"     → "sebuah WhatsApp misalnya"       (known camel-case name inside)
 *   "1.000paket", "MUSIM2015"    → "1.000 paket", "MUSIM 2015"      (digit transitions)
 *   "asing.Informasi"            → "asing. Informasi"                (glued sentence)
 *   "itu,tablet"                 → "itu, tablet"                     (glued after a comma)
 *
 * Precision first: a wrong split corrupts the text, a missed one only leaves a glue. A
 * token is looked at only if it is long and unknown to the lexicon, or has an inner case,
 * digit or punctuation transition; known words, affixed forms of known words
 * ("keberlanjutannya"), camel-case names seen in the sources ("YouTube", "iPhone"), URLs,
 * e-mails and host names are left alone. Thresholds live in GLUE below; each was set by
 * reading what `npx tsx eval/glue.ts` prints for gold/dev and the dev corpus.
 */
import type { Edit } from './edit.js';
import { ABBREVIATIONS } from '../lang/id/abbreviations.js';
import {
  BOUND_PIECES,
  CAMEL_CASE_PREFIXES,
  DOTTED_ABBREVIATIONS,
  FUNCTION_WORDS,
  GLUED_NUMBER_NAMES,
  GLUED_UNITS,
  SHORT_PIECES,
  STRONG_TAIL_WORDS,
  THREE_LETTER_PIECES,
  HASH1_SEED,
  HASH2_SEED,
  hash1,
  hash2,
  isAffixed,
  lexicon,
  lowerCode,
  type Lexicon,
} from '../lang/id/lexicon.js';

export const GLUE = {
  /** A word this frequent in the lexicon is never split (rarer: possibly a glue in the sources). */
  knownMinCount: 3,
  /** An all-lower-case run is segmented only from this length on ("prodi" stays). */
  minLowerLength: 6,
  /** A capitalised run is segmented only from this length on. */
  minCapitalisedLength: 6,
  /** A piece of three letters must be this frequent (and listed, without a case cue). */
  minCount3: 30,
  /** A piece of four to six letters must be this frequent; seven or more: minCountLong. */
  minCount4: 3,
  minCountLong: 2,
  /** ... and seen in lower case this often in a lower-case split ("karo seri" is no split). */
  minLowerSeen: 2,
  /** At least one piece of a lower-case split is this frequent (or all look Indonesian). */
  anchorMinCount: 100,
  /** "di"/"ke" split off a lower-case word only before a word seen this often in lower case ("kelabu" stays). */
  afterPrepositionMinLower: 30,
  /** ... or every piece has five letters or more, is seen this often and looks Indonesian ("penyandang|disabilitas"). */
  plainPieceMinCount: 5,
  /** Cost (nats) of each extra piece: fewer pieces win unless clearly more probable. */
  splitPenalty: 4,
  /** Cost (nats) per letter of an unknown name before a glued word ("Infinixmengumumkan"). */
  unknownLetterCost: 2,
  /** At most this many pieces from one run. */
  maxPieces: 6,
  /** A "common word": this frequent and written in lower case at least this share of times. */
  commonMinCount: 20,
  commonLowerShare: 0.4,
  /** A name before a glued function word or verb: known this often, at least this long. */
  nameMinCount: 3,
  nameMinLength: 4,
  /** An unknown name before a strong function word or a long verb: at least this long. */
  unknownNameMinLength: 5,
  /** A glued prefixed verb ("Trumpmengatakan"): at least this long and this frequent. */
  verbMinLength: 6,
  verbMinCount: 5,
  /** Longest function word (FUNCTION_WORDS: "merupakan", "terhadap"). */
  longestFunctionWord: 9,
  /** Longest piece tried by the segmenter. */
  maxPieceLength: 24,
  /** Memo of token results shared across articles (tokens recur); cleared when this big. */
  memoMax: 200_000,
} as const;

type Kind = 'glued-word' | 'glued-sentence';

/** A space goes in at offset `at` (relative to the token while computing). */
interface Cut {
  at: number;
  kind: Kind;
}

const VERB_PREFIX = /^(?:me|di|ber|ter|per|pe)/;
/** Letter patterns of English words that Indonesian spelling does not use. */
const ENGLISH_SHAPE = /th|sh|ph|ck|ee|oo|ea|ou|ss|ll|ff|q|x|w(?![aeiou])|[^aeiou]y|y$|e$/;
const AFFIX_SHAPE = /^(?:me|di|be|te|pe|ke|se)/;
/** URLs, e-mail, hashtags, file names, and host names with a path ("jobs.example.id/karier"). */
const URLISH = /:\/\/|www\.|@|^#|\.(?:php|html?|aspx?|jpe?g|png)\b|\.[a-z]{2,6}\//i;
const OPEN_QUOTES = '“"‘';
/** Marks inside a word or number: "1.000", "U-17", "17/6/2025", "tentara-tentara". */
const INNER_MARKS = '.,-/\'’';
const CLOSERS = ')]”"’\'';
const LETTER = /[\p{L}\p{M}]/u;
const ALNUM = /[\p{L}\p{M}\p{N}]/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

let engine: Glue | null = null;
const NO_CUTS: Cut[] = [];

/** Edits (sorted, non-overlapping, offsets into `text`) that split glued words and sentences. */
export function findGlueRepairs(text: string): Edit[] {
  const lex = lexicon();
  engine ??= new Glue(lex);
  const edits: Edit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Scan one whitespace token. Most tokens are settled here without making a string:
    // each run of letters is hashed as it is read and looked up in the lexicon; only a
    // token with an unknown long run or an inner transition (case, digit, punctuation
    // before a letter) goes on to the full analysis.
    const start = i;
    let work = false;
    let prev = C_OTHER;
    let prev2 = C_OTHER;
    let runStart = -1;
    let h1 = HASH1_SEED;
    let h2 = HASH2_SEED;
    let runUpper = 0;
    for (; ; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const space = isSpaceCode(c);
      const cls = space ? C_OTHER : classOf(c);
      if (cls === C_LOWER || cls === C_UPPER) {
        if (runStart < 0) {
          runStart = i;
          h1 = HASH1_SEED;
          h2 = HASH2_SEED;
          runUpper = 0;
        }
        const lc = cls === C_UPPER ? lowerCode(c) : c;
        h1 = hash1(h1, lc);
        h2 = hash2(h2, lc);
        if (cls === C_UPPER) {
          runUpper++;
          if (prev === C_LOWER) work = true; // "diJepang"
        } else if (prev === C_UPPER && prev2 === C_UPPER) work = true; // "KPKtelah", "CNNIndonesia"
        if (prev === C_DIGIT) work = true; // "1.000paket"
      } else {
        if (runStart >= 0) {
          // A run of letters ends: long, not all capitals, unknown → look closer.
          const len = i - runStart;
          if (len >= GLUE.minLowerLength && runUpper < len && lex.countAt(lex.slot(h1, h2)) < GLUE.knownMinCount) work = true;
          runStart = -1;
        }
        if (cls === C_DIGIT && (prev === C_LOWER || prev === C_UPPER)) work = true; // "MUSIM2015"
        if (cls === C_MARK && i > start && startsWord(text, i + 1)) work = true; // "asing.Informasi"
      }
      if (space) break;
      prev2 = prev;
      prev = cls;
    }
    if (!work || i - start < 4) continue;
    const cuts = engine.token(text.slice(start, i), text, start);
    if (cuts.length) edits.push(toEdit(text, start, i, cuts));
  }
  return edits;
}

const C_OTHER = 0;
const C_LOWER = 1;
const C_UPPER = 2;
const C_DIGIT = 3;
/** ".", ",", "!", "?": a glue when a word follows with no space. */
const C_MARK = 4;
const nonAsciiClass = new Map<number, number>();

/** A letter, or a quote and a letter, at text[i]: what follows a glued "." or ",". */
function startsWord(text: string, i: number): boolean {
  if (i >= text.length) return false;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 0x201c || c === 0x201d || c === 0x2018) {
    if (i + 1 >= text.length) return false;
    c = text.charCodeAt(i + 1);
  }
  const k = classOf(c);
  return k === C_LOWER || k === C_UPPER;
}

/** Character class; letters include combining marks (LETTER), which count as lower case. */
function classOf(c: number): number {
  if (c >= 97 && c <= 122) return C_LOWER;
  if (c >= 65 && c <= 90) return C_UPPER;
  if (c >= 48 && c <= 57) return C_DIGIT;
  if (c === 46 || c === 44 || c === 33 || c === 63) return C_MARK;
  if (c < 128) return C_OTHER;
  let k = nonAsciiClass.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = !LETTER.test(ch) ? C_OTHER : isUpper(ch) ? C_UPPER : C_LOWER;
    nonAsciiClass.set(c, k);
  }
  return k;
}

function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

type ChunkType = 'lower' | 'cap' | 'acro' | 'atom';
interface Chunk {
  s: number;
  e: number;
  type: ChunkType;
}

class Glue {
  private readonly memo = new Map<string, Cut[]>();
  private readonly segMemo = new Map<string, string[] | null>();
  private readonly affixMemo = new Map<string, boolean>();
  constructor(private readonly lex: Lexicon) {}

  /** Cuts (offsets into `text`) for the whitespace token `tok` at `base`. */
  token(tok: string, text: string, base: number): Cut[] {
    // A straight quote's meaning (open or close) depends on the line: not memoised.
    const memoable = !tok.includes('"');
    let cuts = memoable ? this.memo.get(tok) : undefined;
    if (cuts === undefined) {
      cuts = this.tokenCuts(tok, text, base);
      if (memoable) {
        if (this.memo.size >= GLUE.memoMax) this.memo.clear();
        this.memo.set(tok, cuts);
      }
    }
    return cuts.length ? cuts.map((c) => ({ ...c, at: c.at + base })) : NO_CUTS;
  }

  private tokenCuts(tok: string, text: string, base: number): Cut[] {
    if (URLISH.test(tok)) return [];
    const cuts: Cut[] = [];
    // Runs of letters and of digits.
    const runs: Array<{ s: number; e: number; letters: boolean }> = [];
    for (let k = 0; k < tok.length; ) {
      const cls = classOf(tok.charCodeAt(k));
      const letters = cls === C_LOWER || cls === C_UPPER;
      if (!letters && cls !== C_DIGIT) {
        k++;
        continue;
      }
      const s = k;
      for (k++; k < tok.length; k++) {
        const c2 = classOf(tok.charCodeAt(k));
        if (letters ? c2 !== C_LOWER && c2 !== C_UPPER : c2 !== C_DIGIT) break;
      }
      runs.push({ s, e: k, letters });
    }
    if (runs.length === 0) return [];

    // Punctuation glue: sentence ends and commas with no space after them.
    const sentenceMarks = new Set<number>();
    for (let k = 1; k < tok.length - 1; k++) {
      const ch = tok[k]!;
      if (ch === '.' || ch === '!' || ch === '?') {
        const at = this.sentenceCut(tok, k, text, base);
        if (at >= 0) {
          cuts.push({ at, kind: 'glued-sentence' });
          sentenceMarks.add(k);
        }
      } else if (ch === ',' && this.commaCut(tok, k)) {
        cuts.push({ at: k + 1, kind: 'glued-word' });
      }
    }

    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const next = runs[r + 1];
      const adjacent = next !== undefined && next.s === run.e;
      if (!run.letters) {
        // "1.000paket", "U-17lolos", "2026yang": a number glued to the next word.
        if (adjacent && next.letters && this.numberThenWord(tok, run, next)) cuts.push({ at: run.e, kind: 'glued-word' });
        continue;
      }
      // "MUSIM2015", "tahun2025": a word glued to a year.
      if (adjacent && !next.letters && this.wordThenYear(tok, run, next)) cuts.push({ at: run.e, kind: 'glued-word' });

      const s = tok.slice(run.s, run.e);
      const before = run.s > 0 ? tok[run.s - 1]! : '';
      const after = run.e < tok.length ? tok[run.e]! : '';
      if (before === '@' || before === '#') continue;
      // Host names and dotted abbreviations ("cnnindonesia.com", "S.H.", "Liputan6.com"):
      // their parts are not words to split. Two exceptions: a TLD glued to the next word
      // ("Liputan6.compada"), and words glued before a host name ("diterimaKompas.com").
      const dottedBefore = before === '.' && run.s >= 2 && ALNUM.test(tok[run.s - 2]!) && !sentenceMarks.has(run.s - 1);
      const dottedAfter = after === '.' && run.e + 1 < tok.length && ALNUM.test(tok[run.e + 1]!) && !sentenceMarks.has(run.e);
      if (dottedBefore) {
        const tld = /^(com|net|org)(\p{Ll}{3,})$/u.exec(s);
        if (!dottedAfter && tld && this.isCommon(tld[2]!) && !this.isKnown(s)) {
          cuts.push({ at: run.s + tld[1]!.length, kind: 'glued-word' });
        }
        continue;
      }
      for (const at of this.splitRun(s, dottedAfter)) cuts.push({ at: run.s + at, kind: 'glued-word' });
    }
    cuts.sort((a, b) => a.at - b.at);
    return cuts;
  }

  // ---------------------------------------------------------------- punctuation

  /** Offset in `tok` where a space goes for a sentence glued at the mark tok[k], or -1. */
  private sentenceCut(tok: string, k: number, text: string, base: number): number {
    const mark = tok[k]!;
    let j = k + 1;
    let quote = '';
    if (OPEN_QUOTES.includes(tok[j]!) || tok[j] === '”') {
      quote = tok[j]!;
      j++;
    }
    // The next word: a capital and then a lower-case letter ("Informasi"; not "ID", "com").
    if (j + 1 >= tok.length || !isUpper(tok[j]!) || !isLower(tok[j + 1]!)) return -1;
    const nextWord = /^[\p{L}\p{M}]+/u.exec(tok.slice(j))![0];
    if (/^(?:com?|id|net|org|go|ac|tv)$/i.test(nextWord)) return -1;
    // A dotted name goes on after the next word: "Hi.Ma.Weary", "Kompas.Id.Foo".
    const afterNext = j + nextWord.length;
    if (tok[afterNext] === '.' && afterNext + 1 < tok.length && ALNUM.test(tok[afterNext + 1]!)) return -1;
    const prev = tok[k - 1]!;
    if (CLOSERS.includes(prev)) {
      // "(17/6/2008).Rusaknya", "Schumacher”.Saya"
      if (k < 2 || !ALNUM.test(tok[k - 2]!) && !CLOSERS.includes(tok[k - 2]!)) return -1;
    } else if (isDigit(prev)) {
      // "2011.Pérez"; not a dotted number or version ("1.2.Beta").
      if (mark === '.' && /[.,]\d+\.$/.test(tok.slice(0, k + 1))) return -1;
    } else if (isLetter(prev)) {
      const word = /[\p{L}\p{M}]+$/u.exec(tok.slice(0, k))![0];
      const wStart = k - word.length;
      if (mark === '.') {
        // Initials, short titles and names: "S.H.", "M.Sc", "Sp.Perio", "ID.Buzz".
        if (word.length < 3) return -1;
        const abbr = ABBREVIATIONS.get(word);
        if (abbr === 'prefix' || abbr === 'numeric' || DOTTED_ABBREVIATIONS.has(word)) return -1; // "Jl.Sudirman", "dok.Istimewa"
        if (wStart > 0 && (tok[wStart - 1] === '.' || isDigit(tok[wStart - 1]!))) return -1; // "Liputan6.com.Jakarta"
      }
    } else {
      return -1;
    }
    if (!quote || quote === '“' || quote === '‘') return k + 1;
    if (quote === '”') return j;
    // A straight quote opens or closes: count the quotes before it on its line.
    const at = base + k + 1;
    let n = 0;
    for (let i = text.lastIndexOf('\n', at) + 1; i < at; i++) if (text.charCodeAt(i) === 34) n++;
    return n % 2 === 0 ? k + 1 : j;
  }

  /** "itu,tablet", "Namun,Trump", "2025),akan": a comma with no space between two words. */
  private commaCut(tok: string, k: number): boolean {
    const prev = tok[k - 1]!;
    if (!isLetter(tok[k + 1]!)) return false;
    if (isLetter(prev)) return /[\p{L}\p{M}]{2}$/u.test(tok.slice(0, k));
    return isDigit(prev) || prev === ')' || prev === '”';
  }

  // ---------------------------------------------------------------- digits

  private numberThenWord(tok: string, num: { s: number; e: number }, word: { s: number; e: number }): boolean {
    const w = tok.slice(word.s, word.e);
    const lw = w.toLowerCase();
    if (w.length < 3 || GLUED_UNITS.has(lw) || GLUED_NUMBER_NAMES.has(tok.slice(num.s, word.e))) return false;
    if (w === w.toUpperCase()) return false; // "5G", "20XPAD"
    if (num.s > 0 && isLetter(tok[num.s - 1]!) && !/^\p{Lu}-?$/u.test(tok.slice(0, num.s)) && !FUNCTION_WORDS.has(lw)) {
      return false; // "A320neo", "PS5Pro": a model code
    }
    // The word, or the first word of a glued run ("20nyaman..."), must be a common word.
    if (this.isKnown(lw) || this.affixed(lw)) return this.lex.count(lw) >= GLUE.commonMinCount || this.affixed(lw);
    const pieces = this.segmentLower(lw, true);
    return pieces !== null && this.lex.count(pieces[0]!) >= GLUE.commonMinCount;
  }

  private wordThenYear(tok: string, word: { s: number; e: number }, num: { s: number; e: number }): boolean {
    if (num.e - num.s !== 4 || !/^(?:19|20)\d\d$/.test(tok.slice(num.s, num.e))) return false;
    if (num.e < tok.length && ALNUM.test(tok[num.e]!)) return false;
    const w = tok.slice(word.s, word.e);
    if (w.length < 4) return false;
    const lw = w.toLowerCase();
    return (w === lw || w === w.toUpperCase() || w === w[0] + lw.slice(1)) && this.isCommon(lw);
  }

  // ---------------------------------------------------------------- letter runs

  /** Cuts (offsets into `s`) for one run of letters. */
  private splitRun(s: string, beforeHost: boolean): number[] {
    const lex = this.lex;
    const lower = s.toLowerCase();
    if (lex.count(lower) >= GLUE.knownMinCount) return [];
    if (s.slice(1) === lower.slice(1)) {
      // No inner capital: one lower-case or capitalised word.
      if (beforeHost) return [];
      if (s === lower) return this.pieceCuts(0, this.segmentLower(lower));
      if (isUpper(s[0]!)) return this.pieceCuts(0, this.segmentCapitalised(s));
      return [];
    }
    if (lex.isMixedCaseForm(s) || s === s.toUpperCase()) return [];
    const chunks = this.chunks(s);
    const cuts: number[] = [];
    let from = 0; // start of the current piece
    // The shape of the current piece while it is one plain chunk, else 'mixed'.
    let pieceType: ChunkType | 'mixed' = chunks[0]!.type;
    let glued = false;
    const closePiece = (end: number) => {
      // Segment the piece [from, end) if it is plain ("sembakoke", "Jepangditangkap").
      const piece = s.slice(from, end);
      if (pieceType === 'lower') cuts.push(...this.pieceCuts(from, this.segmentLower(piece.toLowerCase(), true)));
      else if (pieceType === 'cap') cuts.push(...this.pieceCuts(from, this.segmentCapitalised(piece)));
    };
    for (let k = 1; k < chunks.length; k++) {
      const L = chunks[k - 1]!;
      const R = chunks[k]!;
      const left = s.slice(from, L.e);
      const right = s.slice(R.s, R.e);
      let at = -1;
      let nextType: ChunkType | 'mixed' = R.type;
      if (L.type === 'acro' && R.type === 'lower') {
        // An acronym then lower case: "KPK|telah", "AI|ini"; or its last capital starts a
        // word: "CNN|Indonesia", "DKI|Jakartamenggratiskan", "NICO|Hülkenberg".
        const capWord = s.slice(L.e - 1, R.e);
        if (pieceType === 'acro' && L.e - L.s >= 3 && this.startsWithName(capWord)) at = L.e - 1;
        else if (pieceType === 'acro' && this.cutAcronymLower(left, right.toLowerCase())) at = R.s;
        else if (L.e - L.s >= 3 && this.cutAcronymCapitalised(s.slice(from, L.e - 1), capWord)) at = L.e - 1;
        if (at === L.e - 1) nextType = 'cap';
      } else if (L.type === 'atom' && R.type === 'lower') {
        if (pieceType === 'atom' && this.cutAfterName(right.toLowerCase())) at = R.s; // "WhatsApp|misalnya"
      } else if (R.type !== 'lower') {
        const last = pieceType === 'lower' ? this.lastWord(left.toLowerCase()) : null;
        if (last !== null && last !== left.toLowerCase() && CAMEL_CASE_PREFIXES.includes(last)) {
          at = L.e - last.length; // "dilansir|detikSulsel"
          nextType = 'mixed';
        } else if (this.cutBeforeUpper(left, pieceType, right, R.type, glued)) at = R.s;
      }
      if (at < 0 || (beforeHost && k === chunks.length - 1 && at !== R.s)) {
        pieceType = 'mixed';
        continue;
      }
      closePiece(at);
      cuts.push(at);
      from = at;
      pieceType = nextType;
      glued = true;
    }
    if (!glued) return [];
    if (!beforeHost) closePiece(s.length);
    return cuts;
  }

  /** A capitalised word starting with a known name of three letters or more ("Jakarta…"). */
  private startsWithName(capWord: string): boolean {
    const w = capWord.toLowerCase();
    for (let i = Math.min(w.length, 16); i >= 3; i--) {
      const c = this.lex.count(w.slice(0, i));
      if (c >= GLUE.commonMinCount && this.lex.lowerCount(w.slice(0, i)) < 0.5 * c) return true;
    }
    return false;
  }

  /** Case chunks: lower-case runs, capitalised words, acronyms, and known camel-case names. */
  private chunks(s: string): Chunk[] {
    const out: Chunk[] = [];
    const n = s.length;
    let i = 0;
    while (i < n) {
      // A camel-case name starts at a capital or at the start ("iPhone", "sebuahWhatsApp").
      if (i === 0 || isUpper(s[i]!)) {
        const atomEnd = this.lex.mixedCaseFormEnd(s, i);
        if (atomEnd >= i + 3) {
          out.push({ s: i, e: atomEnd, type: 'atom' });
          i = atomEnd;
          continue;
        }
      }
      let j = i + 1;
      let type: ChunkType;
      if (isUpper(s[i]!)) {
        if (j < n && !isUpper(s[j]!)) {
          while (j < n && !isUpper(s[j]!)) j++;
          type = 'cap';
        } else {
          while (j < n && isUpper(s[j]!)) j++;
          type = 'acro';
        }
      } else {
        while (j < n && !isUpper(s[j]!)) j++;
        type = 'lower';
      }
      out.push({ s: i, e: j, type });
      i = j;
    }
    return out;
  }

  /** Before a capitalised word, an acronym or a camel-case name. */
  private cutBeforeUpper(left: string, leftType: ChunkType | 'mixed', right: string, rightType: ChunkType, glued: boolean): boolean {
    const lex = this.lex;
    const ll = left.toLowerCase();
    const rl = right.toLowerCase();
    if (right.length < 2) return false; // "KontraS", "SpaceX"
    if (lex.count(ll + rl) >= GLUE.knownMinCount) return false; // "Youtube", "PlayStation" seen as one word
    if (leftType === 'lower') {
      // "diJepang", "beritaKyodo", "sembakokePulau"; not "iPhone", "mAh", "detikOto".
      if (left.length < 3 && !SHORT_PIECES.has(left)) return false;
      if (CAMEL_CASE_PREFIXES.includes(left)) return false;
      const last = this.lastWord(ll);
      if (last === null) return false;
      if (rightType === 'acro') return this.isCommon(last) || FUNCTION_WORDS.has(last); // "beritaAFP", not "macOS"
      return true;
    }
    if (leftType === 'atom') {
      // "WhatsAppSaat": a known name then a capitalised word.
      return rightType === 'cap' && right.length >= 4; // "OpenAISora", "WhatsAppSaat"
    }
    if (leftType !== 'cap' || left.length < GLUE.nameMinLength) return false;
    // Capitalised left: "JakartaPada", "PresidenPrabowo", "FiturBing"; not "KapanLagi" (listed).
    if (rightType === 'acro') return left.length >= 5 && this.isCommon(ll) && VERB_PREFIX.test(ll); // "DilansirAFP"
    const c = lex.count(ll);
    const leftOk = (c >= 10 && (this.isCommon(ll) || c >= 50)) || (glued && (c >= GLUE.nameMinCount || left.length >= 5));
    if (!leftOk) return false;
    return lex.count(rl) >= GLUE.knownMinCount || right.length >= 5 || (lex.count(rl) >= 100 && right.length >= 2);
  }

  /** After a known name: a glued word that is not a clitic ("WhatsAppmisalnya", not "iPhonenya"). */
  private cutAfterName(tail: string): boolean {
    if (tail.length < 3 || BOUND_PIECES.has(tail)) return false;
    if (this.isKnown(tail)) return true;
    const pieces = this.segmentLower(tail, true);
    return pieces !== null && this.isKnown(pieces[0]!) && pieces[0]!.length >= 3;
  }

  private cutAcronymLower(acro: string, tail: string): boolean {
    if (acro.length < 2 || BOUND_PIECES.has(tail) || tail.length < 2) return false;
    if (FUNCTION_WORDS.has(tail) || (tail.length >= 4 && this.lex.count(tail) >= GLUE.commonMinCount)) return true; // "KPK|telah"
    // A glued run after the acronym must start with a function word: "KPK|telahmenetapkan".
    const first = this.segmentLower(tail, true)?.[0];
    return first !== undefined && FUNCTION_WORDS.has(first);
  }

  private cutAcronymCapitalised(left: string, right: string): boolean {
    const lex = this.lex;
    if (right.length < 3 || left.length < 2) return false;
    const rl = right.toLowerCase();
    if (left === left.toUpperCase()) {
      if (right.length >= 4 && lex.count(rl) >= GLUE.knownMinCount) return true; // "RI|Prabowo"
      return right.length >= 5 && left.length >= 3 && lex.count(left.toLowerCase()) >= 5; // "NICO|Hülkenberg"
    }
    return right.length >= 4 && lex.isMixedCaseForm(left); // "OpenAI|Sora"
  }

  // ---------------------------------------------------------------- lexicon

  private isKnown(w: string): boolean {
    return this.lex.count(w) >= GLUE.knownMinCount;
  }

  /** A common word: frequent and often written in lower case ("rakyat", not "surya"). */
  private isCommon(w: string): boolean {
    const c = this.lex.count(w);
    return c >= GLUE.commonMinCount && this.lex.lowerCount(w) >= GLUE.commonLowerShare * c;
  }

  private affixed(w: string): boolean {
    let r = this.affixMemo.get(w);
    if (r === undefined) {
      r = isAffixed(this.lex, w);
      if (this.affixMemo.size >= GLUE.memoMax) this.affixMemo.clear();
      this.affixMemo.set(w, r);
    }
    return r;
  }

  /** The last word of a lower-case chunk: itself if a word, else the last piece of its split. */
  private lastWord(w: string): string | null {
    if (this.isKnown(w) || SHORT_PIECES.has(w) || this.affixed(w)) return w;
    const pieces = this.segmentLower(w, true);
    return pieces ? pieces[pieces.length - 1]! : null;
  }

  /** Offsets (from `offset`) between the pieces of a split. */
  private pieceCuts(offset: number, pieces: string[] | null): number[] {
    if (!pieces || pieces.length < 2) return [];
    const out: number[] = [];
    let at = offset;
    for (let i = 0; i < pieces.length - 1; i++) {
      at += pieces[i]!.length;
      out.push(at);
    }
    return out;
  }

  /**
   * Cost of a piece in a split, Infinity when it may not be one. `lowerSplit`: the piece
   * must have been seen in lower case; `last`: it ends the word, so it may be an affixed
   * form of a known word ("itu|didonasikan"; tried only there, for speed).
   */
  private pieceCost(p: string, lowerSplit: boolean, last = false): number {
    const lex = this.lex;
    const n = p.length;
    if (n < 2 || BOUND_PIECES.has(p)) return Infinity;
    const c = lex.count(p);
    if (n === 2) return SHORT_PIECES.has(p) ? -Math.log(c / lex.total) : Infinity;
    if (n === 3) {
      if (c < GLUE.minCount3 || (lowerSplit && !THREE_LETTER_PIECES.has(p))) return Infinity;
      return -Math.log(c / lex.total);
    }
    if (c >= (n >= 7 ? GLUE.minCountLong : GLUE.minCount4)) {
      if (lowerSplit && lex.lowerCount(p) < GLUE.minLowerSeen) return Infinity;
      return -Math.log(c / lex.total);
    }
    // An affixed form of a known word, priced as a word seen once.
    if (last && n >= 7 && c === 0 && AFFIX_SHAPE.test(p) && this.affixed(p)) return Math.log(lex.total);
    return Infinity;
  }

  /**
   * Best split of an unknown lower-case word into known words, or null. `short` allows
   * pieces shorter than GLUE.minLowerLength (after a case cut: "sembakoke").
   */
  private segmentLower(w: string, short = false): string[] | null {
    const key = (short ? '1' : '0') + w;
    let res = this.segMemo.get(key);
    if (res === undefined) {
      res = this.segmentLowerUncached(w, short);
      if (this.segMemo.size >= GLUE.memoMax) this.segMemo.clear();
      this.segMemo.set(key, res);
    }
    return res;
  }

  private segmentLowerUncached(w: string, short: boolean): string[] | null {
    const lex = this.lex;
    if (w.length < (short ? 4 : GLUE.minLowerLength)) return null;
    const whole = lex.count(w);
    if (whole >= GLUE.knownMinCount) return null;
    const pieces = this.viterbi(w);
    if (!pieces || pieces.length < 2) return null;
    let anchor = 0;
    let cost = GLUE.splitPenalty * (pieces.length - 1);
    for (let k = 0; k < pieces.length; k++) {
      anchor = Math.max(anchor, lex.count(pieces[k]!));
      cost += this.pieceCost(pieces[k]!, true, k === pieces.length - 1);
    }
    // An Indonesian anchor word, or pieces that all look Indonesian: English compounds
    // ("cheesecake", "checkpoint", "breakdown") stay whole.
    if (anchor < GLUE.anchorMinCount && !pieces.every((p) => p.length >= 5 && lex.count(p) >= GLUE.plainPieceMinCount && !ENGLISH_SHAPE.test(p))) return null;
    // "di"/"ke" + one word ("dilapangan"), never "ke|tang|kasan": an unknown ke-…-an or
    // di-…-kan word is a derived word whose root the lexicon lacks.
    if (SHORT_PIECES.has(pieces[0]!) && (pieces.length > 2 || lex.lowerCount(pieces[1]!) < GLUE.afterPrepositionMinLower)) return null;
    // English "-ing" forms: "trekking" is not "trek king".
    if (/ing$/.test(w) && lex.count(w.slice(0, /([b-df-hj-np-tv-z])\1ing$/.test(w) ? -4 : -3)) >= GLUE.knownMinCount) return null;
    // A rare whole word (once or twice in the sources) must lose clearly.
    if (whole > 0 && cost >= -Math.log(whole / lex.total)) return null;
    // An affixed form of a known word stays whole (tested last: the dearest test).
    if (this.affixed(w)) return null;
    return pieces;
  }

  private viterbi(w: string): string[] | null {
    const lex = this.lex;
    const n = w.length;
    const best = new Float64Array(n + 1).fill(Infinity);
    const back = new Int32Array(n + 1).fill(-1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      const maxJ = Math.min(n, i + GLUE.maxPieceLength);
      let h1 = HASH1_SEED;
      let h2 = HASH2_SEED;
      for (let j = i + 1; j <= maxJ; j++) {
        // Hash the piece w[i, j) incrementally: no string unless the rules need one.
        const ch = w.charCodeAt(j - 1);
        h1 = hash1(h1, ch);
        h2 = hash2(h2, ch);
        if (j - i < 2) continue;
        const slot = lex.slot(h1, h2);
        let c: number;
        if (slot < 0) {
          if (j !== n || j - i < 7) continue;
          c = this.pieceCost(w.slice(i, j), true, true); // an affixed last piece
        } else if (j - i <= 3) {
          c = this.pieceCost(w.slice(i, j), true, j === n);
        } else {
          const count = lex.countAt(slot);
          if (count < (j - i >= 7 ? GLUE.minCountLong : GLUE.minCount4) || lex.lowerCountAt(slot) < GLUE.minLowerSeen) continue;
          if (j - i <= 4 && BOUND_PIECES.has(w.slice(i, j))) continue;
          c = -Math.log(count / lex.total);
        }
        if (c === Infinity) continue;
        const total = best[i]! + c + (i > 0 ? GLUE.splitPenalty : 0);
        if (total < best[j]!) {
          best[j] = total;
          back[j] = i;
        }
      }
    }
    if (best[n] === Infinity) return null;
    const out: string[] = [];
    for (let j = n; j > 0; j = back[j]!) out.push(w.slice(back[j]!, j));
    out.reverse();
    return out.length <= GLUE.maxPieces ? out : null;
  }

  /**
   * A capitalised unknown word: a name or word followed by glued function words or verbs
   * ("Trumpmengatakan", "Jepangdan", "Aturanini"), or a long function word followed by
   * anything ("Selaingolden"). Place names built from common words ("Kotabaru") stay.
   */
  private segmentCapitalised(s: string): string[] | null {
    const lex = this.lex;
    const w = s.toLowerCase();
    const n = w.length;
    if (n < GLUE.minCapitalisedLength || lex.count(w) >= GLUE.knownMinCount) return null;
    let best: string[] | null = null;
    let bestCost = Infinity;
    const consider = (i: number, tail: string[]) => {
      const head = w.slice(0, i);
      const t1 = tail[0]!;
      const headCount = lex.count(head);
      const verb = t1.length >= GLUE.verbMinLength && VERB_PREFIX.test(t1) && lex.count(t1) >= GLUE.verbMinCount;
      let headPieces = [head];
      let ok = false;
      if (head.length >= 5 && FUNCTION_WORDS.has(head) && headCount >= 100) {
        // "Selain|golden"; not "Para|da", "Yang|wang", "Oleh|sari".
        ok = t1.length >= 4 && this.pieceCost(t1, true, tail.length === 1) < Infinity;
      } else if (t1 === 'di' || t1 === 'ke') {
        ok = false; // many names end in -di, after common words too: "Suryadi", "Setiadi", "Bawadi"
      } else if (this.isCommon(head)) {
        ok = FUNCTION_WORDS.has(t1) || verb; // "Aturan|ini", "Polisi|menetapkan"
      } else if (headCount >= GLUE.nameMinCount) {
        if (t1 === 'ini' || t1 === 'itu') ok = head.length >= 5; // "Infinix|ini", not "Mart|ini"
        else ok = (FUNCTION_WORDS.has(t1) && t1.length >= 3) || verb; // "Jepang|dan", "Trump|mengatakan"
      } else if (headCount === 0 && head.length >= GLUE.unknownNameMinLength) {
        // An unknown name: only before a long verb or a function word no name ends in
        // ("Lempuyang", "Ramdan" stay).
        ok = STRONG_TAIL_WORDS.has(t1) || (verb && t1.length >= 7);
        if (ok) {
          // The unknown head may itself be glued words: "Pemilihancincin|juga". Only plain
          // word pieces, the first a long one: "Okezone" is not "Oke zone".
          const inner = this.segmentLower(head, true);
          if (inner && inner[0]!.length >= 5 && inner.every((p) => p.length >= 4)) {
            headPieces = inner;
          }
        }
      }
      if (!ok) return;
      let cost = (headCount > 0 ? -Math.log(headCount / lex.total) : Math.log(lex.total) + GLUE.unknownLetterCost * i) + GLUE.splitPenalty * tail.length;
      for (const p of tail) cost += Math.min(this.pieceCost(p, false), Math.log(lex.total));
      if (cost < bestCost) {
        bestCost = cost;
        best = [...headPieces, ...tail];
      }
    };
    /** The tail w[i, n) as the word w[i, j) and a known word or split after it, or null. */
    const tailFrom = (i: number, j: number): string[] | null => {
      const t1 = w.slice(i, j);
      if (BOUND_PIECES.has(t1)) return null; // "Israelpunya" is not "Israel pun ya"
      if (j === n) return [t1];
      const rest = w.slice(j);
      let tail: string[] | null = null;
      if (this.pieceCost(rest, false, true) < Infinity) tail = [t1, rest];
      else {
        const more = this.segmentLower(rest, true);
        if (more) tail = [t1, ...more];
        else {
          // The rest may split only with t1 as its anchor: "merupakan|single|debut".
          const all = this.segmentLower(w.slice(i), true);
          if (all && all[0] === t1) tail = all;
        }
      }
      // Never inside a known word: "sebagaimana" is not "sebagai mana".
      if (tail && this.isKnown(t1 + tail[1]!)) return null;
      return tail;
    };
    for (let i = GLUE.nameMinLength; i <= n - 2; i++) {
      // "Selain|golden": a long function word, then anything that splits.
      if (i >= 5 && i <= GLUE.longestFunctionWord && FUNCTION_WORDS.has(w.slice(0, i))) {
        const rest = w.slice(i);
        const tail = this.isKnown(rest) ? [rest] : this.segmentLower(rest, true);
        if (tail) consider(i, tail);
      }
      // Otherwise the tail starts with a function word or a prefixed verb w[i, j): found by
      // hashing forward from i, with no strings made for letters that lead nowhere.
      const verbLike = VERB_PREFIX.test(w.slice(i, i + 3));
      let h1 = HASH1_SEED;
      let h2 = HASH2_SEED;
      const maxJ = Math.min(n, i + GLUE.maxPieceLength);
      for (let j = i + 1; j <= maxJ; j++) {
        const ch = w.charCodeAt(j - 1);
        h1 = hash1(h1, ch);
        h2 = hash2(h2, ch);
        const len = j - i;
        if (len < 3 || (!verbLike && len > GLUE.longestFunctionWord)) continue;
        const c = lex.countAt(lex.slot(h1, h2));
        if (c < GLUE.knownMinCount) continue;
        const fn = len <= GLUE.longestFunctionWord && FUNCTION_WORDS.has(w.slice(i, j));
        if (!fn && !(verbLike && len >= GLUE.verbMinLength && c >= GLUE.verbMinCount)) continue;
        const tail = tailFrom(i, j);
        if (tail) consider(i, tail);
      }
    }
    return best && !this.affixed(w) ? best : null;
  }


}

/** One edit over the glued words (from the first cut's word to the last cut's), spaces put in. */
function toEdit(text: string, tokStart: number, tokEnd: number, cuts: Cut[]): Edit {
  const inner = (i: number) => INNER_MARKS.includes(text[i]!) && ALNUM.test(text[i - 1] ?? '') && ALNUM.test(text[i + 1] ?? '');
  let start = cuts[0]!.at;
  while (start > tokStart && !ALNUM.test(text[start - 1]!)) start--; // the mark of "asing.|Informasi"
  while (start > tokStart && (ALNUM.test(text[start - 1]!) || inner(start - 1))) start--; // "1.000|paket"
  let end = cuts[cuts.length - 1]!.at;
  while (end < tokEnd && OPEN_QUOTES.includes(text[end]!)) end++;
  while (end < tokEnd && (ALNUM.test(text[end]!) || inner(end))) end++;
  let fixed = '';
  let pos = start;
  for (const c of cuts) {
    fixed += text.slice(pos, c.at) + ' ';
    pos = c.at;
  }
  fixed += text.slice(pos, end);
  const kind: Kind = cuts.some((c) => c.kind === 'glued-sentence') ? 'glued-sentence' : 'glued-word';
  return { start, end, fixed, kind };
}
