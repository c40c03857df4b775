/**
 * Indonesian-aware, offset-preserving tokeniser.
 *
 * One pass over char codes; tokens go straight into Int32Array columns (no per-token objects).
 * Surface tokens follow UD Indonesian (CSUI, GSD): clitics stay attached ("katanya"),
 * reduplication and hyphenated forms are one token ("negara-negara", "e-KTP", "COVID-19",
 * "ke-4"), Indonesian-style numbers are one token ("1.500", "77,6", "1.250,5", "14.00", "28/10"),
 * abbreviations keep their period ("Dr.", "dkk.", "S.H.", "Tbk."), initials too ("M."), URLs,
 * e-mail addresses, @mentions and #hashtags are one token; punctuation, quotes and brackets are
 * separate tokens; a currency code glued to an amount is split off ("Rp" "1,5").
 */
import { ABBREVIATIONS, CURRENCY_PREFIXES, TLDS } from '../lang/id/abbreviations.js';
import {
  C_DIGIT,
  C_HIGH,
  C_LETTER,
  C_LOWER,
  C_MARK,
  C_SPACE,
  C_UPPER,
  astralClass,
  charClass,
  isWordClass,
} from './chars.js';

/** Tokens as offset columns (wink-nlp style): token i is text.slice(start[i], end[i]). */
export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
}

/** What a token is; the `kind` column of a {@link KindedTokenTable}. */
export const TokenKind = {
  /** Word (letters, possibly digits, hyphens, apostrophes). */
  Word: 0,
  /** Starts with a digit (or a minus sign and a digit). */
  Number: 1,
  /** Other punctuation or symbol. */
  Punct: 2,
  /** Sentence-final punctuation: . ! ? … ... and runs of them. */
  Terminal: 3,
  /** Abbreviation standing before what it qualifies: "Dr.", "Jl.", "No.", "Rp.". */
  AbbrevPrefix: 4,
  /** Abbreviation that may end a sentence: "dll.", "dkk.", "Tbk.", "Ltd.", "S.H.". */
  AbbrevSuffix: 5,
  /** Initial or chain of initials: "M.", "A.", "J.K.". */
  Initial: 6,
  Url: 7,
  Email: 8,
  /** @mention or #hashtag. */
  Handle: 9,
  /** Opening bracket or opening typographic quote. */
  Open: 10,
  /** Closing bracket or closing typographic quote. */
  Close: 11,
  /** Quote mark that may open or close: " ' ` and runs of ` or '. */
  Quote: 12,
  /** Dash or bullet that may start a list item: - – — • *. */
  Dash: 13,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** A token table with a `kind` column (see {@link TokenKind}). */
export interface KindedTokenTable extends TokenTable {
  kind: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Output buffers (grown by doubling; the result is a view of the used part).

let outStart = new Int32Array(1024);
let outEnd = new Int32Array(1024);
let outKind = new Uint8Array(1024);
let outCount = 0;

function push(s: number, e: number, k: number): void {
  if (outCount === outStart.length) {
    const n = outCount * 2;
    const a = new Int32Array(n);
    a.set(outStart);
    outStart = a;
    const b = new Int32Array(n);
    b.set(outEnd);
    outEnd = b;
    const c = new Uint8Array(n);
    c.set(outKind);
    outKind = c;
  }
  outStart[outCount] = s;
  outEnd[outCount] = e;
  outKind[outCount] = k;
  outCount++;
}

// ---------------------------------------------------------------------------------------------
// Scanner state for the current call (module-level to avoid closures/allocation in the hot loop).

let T = '';
let LIM = 0;
let FROM = 0;
/** Kind of the token produced by the last scanWord call. */
let wordKind: number = TokenKind.Word;
/** Flags of the last segment scanned by scanSeg. */
let segDigits = true; // only digits
let segLetters = 0; // number of letters
let segUpper = 0; // number of uppercase letters
let segFirstDigit = -1; // position of the first digit that follows a letter (letters→digits)

const CH_HYPHEN = 45;
const CH_DOT = 46;
const CH_COMMA = 44;
const CH_COLON = 58;
const CH_SLASH = 47;
const CH_APOS = 39;
const CH_RSQUO = 0x2019;
const CH_AMP = 38;
const CH_AT = 64;
const CH_HASH = 35;
const CH_UNDERSCORE = 95;
const CH_PLUS = 43;

function cls(i: number): number {
  return i < LIM ? charClass(T.charCodeAt(i)) : C_SPACE;
}

function isWordAt(i: number): boolean {
  if (i >= LIM) return false;
  const k = charClass(T.charCodeAt(i));
  if (k === C_HIGH) return i + 1 < LIM && isWordClass(astralClass(T.charCodeAt(i), T.charCodeAt(i + 1)));
  return isWordClass(k) && k !== C_MARK;
}

function isDigitAt(i: number): boolean {
  if (i >= LIM) return false;
  const c = T.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c > 127 && charClass(c) === C_DIGIT);
}

function isLetterAt(i: number): boolean {
  if (i >= LIM) return false;
  const k = charClass(T.charCodeAt(i));
  return k === C_UPPER || k === C_LOWER || k === C_LETTER;
}

/** Consume word characters (letters, digits, marks, astral letters) from i; sets seg* flags. */
function scanSeg(i: number): number {
  segDigits = true;
  segLetters = 0;
  segUpper = 0;
  segFirstDigit = -1;
  let j = i;
  while (j < LIM) {
    const c = T.charCodeAt(j);
    if (c < 128) {
      if (c >= 97 && c <= 122) {
        segDigits = false;
        segLetters++;
        j++;
        continue;
      }
      if (c >= 65 && c <= 90) {
        segDigits = false;
        segLetters++;
        segUpper++;
        j++;
        continue;
      }
      if (c >= 48 && c <= 57) {
        if (segLetters > 0 && segFirstDigit < 0) segFirstDigit = j;
        j++;
        continue;
      }
      break;
    }
    const k = charClass(c);
    if (k === C_LOWER || k === C_LETTER) {
      segDigits = false;
      segLetters++;
      j++;
    } else if (k === C_UPPER) {
      segDigits = false;
      segLetters++;
      segUpper++;
      j++;
    } else if (k === C_DIGIT) {
      if (segLetters > 0 && segFirstDigit < 0) segFirstDigit = j;
      j++;
    } else if (k === C_MARK) {
      j++;
    } else if (k === C_HIGH && j + 1 < LIM && isWordClass(astralClass(c, T.charCodeAt(j + 1)))) {
      segDigits = false;
      segLetters++;
      j += 2;
    } else break;
  }
  return j;
}

/** Consume ASCII digits from i. */
function scanDigits(i: number): number {
  while (i < LIM && isDigitAt(i)) i++;
  return i;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Does T[i, i+word.length) equal the lowercase ASCII `word`, case-insensitively? */
function eqi(i: number, e: number, word: string): boolean {
  if (e - i !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerAscii(T.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

const URL_STOP = new Set<number>([0x3c, 0x3e, 0x22, 0x60, 0x7b, 0x7d, 0x7c, 0x5c, 0x5e, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb]);
const URL_TRAIL = new Set<number>([CH_DOT, CH_COMMA, CH_COLON, 59, 33, 63, CH_APOS, 0x29, 0x5d, 0x2026, CH_HYPHEN]);

/** End of a URL starting at i (scheme or "www." already recognised). */
function urlEnd(i: number): number {
  let j = i;
  while (j < LIM) {
    const c = T.charCodeAt(j);
    if (c <= 32 || URL_STOP.has(c)) break;
    const k = c < 128 ? 0 : charClass(c);
    if (k === C_SPACE) break;
    j++;
  }
  // strip trailing punctuation, keeping a ")" that closes a "(" inside the URL
  while (j > i) {
    const c = T.charCodeAt(j - 1);
    if (!URL_TRAIL.has(c)) break;
    if (c === 0x29) {
      let open = 0;
      for (let k = i; k < j - 1; k++) {
        const d = T.charCodeAt(k);
        if (d === 0x28) open++;
        else if (d === 0x29) open--;
      }
      if (open > 0) break;
    }
    j--;
  }
  return j;
}

/** Host-name characters: letters, digits, hyphen. */
function isHostChar(i: number): boolean {
  if (i >= LIM) return false;
  const c = T.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === CH_HYPHEN;
}

/** After "@" at position at: end of the domain of an e-mail address, or -1. */
function emailDomainEnd(at: number): number {
  let j = at + 1;
  let dots = 0;
  let lastDot = -1;
  while (j < LIM) {
    if (isHostChar(j)) j++;
    else if (T.charCodeAt(j) === CH_DOT && isHostChar(j + 1)) {
      dots++;
      lastDot = j;
      j++;
    } else break;
  }
  if (dots === 0 || j - lastDot < 3) return -1;
  return j;
}

/** From a word start i, scanning [alnum . _ % + -] up to "@": the end of an e-mail, or -1. */
function emailFrom(i: number): number {
  let j = i;
  while (j < LIM) {
    const c = T.charCodeAt(j);
    if (isHostChar(j) || c === CH_DOT || c === CH_UNDERSCORE || c === CH_PLUS || c === 37) j++;
    else break;
  }
  if (j >= LIM || T.charCodeAt(j) !== CH_AT || j === i) return -1;
  const e = emailDomainEnd(j);
  return e;
}

/**
 * A word ending at j is followed by "." at j with a host character after it: if it reads as a
 * host name with a known top-level domain ("detik.com", "Liputan6.com", "news.detik.com"),
 * return its end (extended over a "/path" if one follows), else -1. The segments after the
 * first dot must not start with an uppercase letter (so "asing.Informasi" is not a host).
 */
function hostEnd(j: number): number {
  let p = j;
  let lastSegStart = -1;
  let lastSegEnd = -1;
  while (p < LIM && T.charCodeAt(p) === CH_DOT) {
    const s = p + 1;
    const c = s < LIM ? T.charCodeAt(s) : 0;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
    let e = s;
    while (isHostChar(e)) e++;
    lastSegStart = s;
    lastSegEnd = e;
    p = e;
  }
  if (lastSegStart < 0) return -1;
  if (lastSegEnd - lastSegStart > 12) return -1;
  const tld = T.slice(lastSegStart, lastSegEnd).toLowerCase();
  if (!TLDS.has(tld)) return -1;
  let end = lastSegEnd;
  const c = end < LIM ? T.charCodeAt(end) : 0;
  if ((c === CH_SLASH || c === CH_COLON) && end + 1 < LIM && cls(end + 1) !== C_SPACE) end = urlEnd(end);
  return end;
}

/** Up to 5 letter segments joined by single dots starting at `start`: their ends. */
const chainEnds = new Int32Array(6);
const chainLens = new Int32Array(6);

/**
 * The token so far is the single segment T[start, j) and T[j] is ".". Decide whether the period
 * belongs to an abbreviation, an initial or a chain of initials/degree; return the token end
 * (after the final period) and set wordKind, or -1.
 */
function abbrevEnd(start: number, j: number): number {
  // collect letter segments: start..j, then .seg.seg...
  let n = 0;
  chainEnds[0] = j;
  chainLens[0] = j - start;
  n = 1;
  let p = j;
  while (n < 5 && p < LIM && T.charCodeAt(p) === CH_DOT && isLetterAt(p + 1)) {
    let e = p + 1;
    while (isLetterAt(e)) e++;
    if (e < LIM && (isDigitAt(e) || T.charCodeAt(e) === CH_HYPHEN)) break;
    chainEnds[n] = e;
    chainLens[n] = e - p - 1;
    n++;
    p = e;
  }
  // longest listed abbreviation first
  for (let m = n; m >= 1; m--) {
    const e = chainEnds[m - 1]!;
    if (e >= LIM || T.charCodeAt(e) !== CH_DOT) continue;
    if (e - start > 10) continue;
    const cls0 = ABBREVIATIONS.get(T.slice(start, e));
    if (cls0 === undefined) continue;
    if (cls0 === 'numeric') {
      let q = e + 1;
      while (q < LIM && cls(q) === C_SPACE && q - e < 3) q++;
      if (!isDigitAt(q)) continue;
      wordKind = TokenKind.AbbrevPrefix;
      return e + 1;
    }
    if (cls0 === 'prefix') return setKind(e + 1, TokenKind.AbbrevPrefix);
    return suffixEnd(e);
  }
  // generic chain: initials "J.K.", "A.S." or degree-like "S.Sos.", "Sp.PD."
  if (n >= 2) {
    let allSingle = true;
    let ok = true;
    for (let m = 0; m < n; m++) {
      const len = chainLens[m]!;
      if (len !== 1) allSingle = false;
      if (len > 4 || (m === 0 && len > 2)) ok = false;
    }
    const firstUpper = cls(start) === C_UPPER;
    const last = chainEnds[n - 1]!;
    const endsDot = last < LIM && T.charCodeAt(last) === CH_DOT;
    if (ok && (firstUpper || allSingle)) {
      if (allSingle) {
        wordKind = firstUpper ? TokenKind.Initial : TokenKind.AbbrevPrefix;
        return endsDot ? last + 1 : last;
      }
      if (endsDot) return suffixEnd(last);
    }
  }
  // single initial: "M. Yusuf", "Mark A. Smith"
  if (j - start === 1 && cls(start) === C_UPPER && initialContext(start)) {
    wordKind = TokenKind.Initial;
    return j + 1;
  }
  return -1;
}

/**
 * A sentence-final abbreviation gives its period to the sentence, as in UD ("... Ltd" "."): the
 * period at `dot` ends a sentence when only closers and then the end of the text, or a capitalised
 * word or a number that is not itself an abbreviation or initial ("Co. Ltd.", "S.H. M.H."),
 * follow; not before a bracket ("Tbk. (ASII)"). Returns the token end and sets wordKind.
 */
function suffixEnd(dot: number): number {
  let q = dot + 1;
  while (q < LIM) {
    const c = T.charCodeAt(q);
    if (c === 0x29 || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x5d) q++;
    else break;
  }
  const afterClosers = q;
  while (q < LIM && cls(q) === C_SPACE) q++;
  let ends: boolean;
  if (q >= LIM) ends = true;
  else if (q === afterClosers) ends = false;
  else {
    while (q < LIM) {
      const c = T.charCodeAt(q);
      if (c === 0x22 || c === 0x201c || c === 0x2018) q++;
      else break;
    }
    const k = cls(q);
    if (k === C_DIGIT) ends = true;
    else if (k !== C_UPPER) ends = false;
    else {
      let r = q;
      while (isLetterAt(r)) r++;
      if (r < LIM && T.charCodeAt(r) === CH_DOT && (r - q === 1 || ABBREVIATIONS.get(T.slice(q, r)) === 'suffix')) ends = false;
      else ends = true;
    }
  }
  if (ends) return setKind(dot, TokenKind.Word);
  return setKind(dot + 1, TokenKind.AbbrevSuffix);
}

/**
 * Nouns that take a letter or Roman numeral as a label ("vitamin C", "Grup A", "tahap I"): after
 * them a capital letter and a period is the end of a sentence, not an initial.
 */
const LETTER_LABEL_NOUNS = new Set([
  'vitamin', 'grup', 'group', 'golongan', 'gol', 'kelas', 'tipe', 'type', 'seri', 'series', 'tahap',
  'fase', 'gelombang', 'kategori', 'zona', 'blok', 'huruf', 'nomor', 'generasi', 'platform',
  'kromosom', 'sim', 'poin', 'bagian', 'opsi', 'pilihan', 'varian', 'model', 'jenis', 'sektor',
  'ring', 'level', 'gedung', 'terminal', 'pintu', 'paviliun', 'kode', 'inisial', 'berinisial',
  'kuartal', 'triwulan', 'semester', 'caturwulan', 'jilid', 'komisi', 'pasal', 'ayat', 'bab',
  'perang', 'dunia', 'lampiran', 'formulir', 'plan', 'rencana', 'skenario', 'skema', 'pool',
  'klaster', 'cluster', 'wilayah', 'regu', 'pleton', 'kompi', 'batalyon', 'sel', 'tower', 'menara',
]);

/**
 * Is the capital letter at i, followed by a period, an initial ("M. Yusuf", "Mark A. Smith")?
 * Not when it is glued to what precedes ("25°C."), nor after a noun that takes a letter label
 * ("vitamin C.", "Grup A.", "tahap I." end sentences).
 */
function initialContext(i: number): boolean {
  if (i > FROM) {
    const p = T.charCodeAt(i - 1);
    if (cls(i - 1) !== C_SPACE && !(p === 0x28 || p === 0x22 || p === 0x201c || p === 0x27 || p === 0x2018 || p === 0x5b)) return false;
  }
  let q = i - 1;
  while (q >= FROM && cls(q) === C_SPACE) q--;
  if (q < FROM || !isLetterAt(q)) return true;
  const we = q + 1;
  while (q > FROM && isLetterAt(q - 1)) q--;
  if (we - q > 12) return true;
  return !LETTER_LABEL_NOUNS.has(T.slice(q, we).toLowerCase());
}

/** Credit-rating-like word ("BB", "idAA", "A") before a trailing "-"/"+". */
function isRating(start: number, j: number): boolean {
  let i = start;
  if (j - i >= 3 && T.charCodeAt(i) === 105 && T.charCodeAt(i + 1) === 100) i += 2; // "id"
  if (j - i < 1 || j - i > 3) return false;
  for (let k = i; k < j; k++) {
    const c = T.charCodeAt(k);
    if (c < 65 || c > 68) return false; // A-D
  }
  return true;
}

function isRoman(s: number, e: number): boolean {
  if (e - s > 4) return false;
  for (let k = s; k < e; k++) {
    const c = T.charCodeAt(k);
    if (c !== 73 && c !== 86 && c !== 88) return false; // I V X
  }
  return true;
}

function hasDigit(s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isDigitAt(k)) return true;
  return false;
}

function smallInt(s: number, e: number): number {
  let v = 0;
  for (let k = s; k < e; k++) v = v * 10 + (T.charCodeAt(k) - 48);
  return v;
}


/** Lowercase prefixes written with a hyphen before a capitalised word ("non-Muslim", "Pasca-CGI"). */
const HYPHEN_PREFIXES = new Set([
  'non', 'pasca', 'pra', 'pro', 'anti', 'se', 'e', 'ex', 'eks', 'multi', 'semi', 'sub', 'super',
  'ultra', 'inter', 'trans', 'neo', 'pan', 'mini', 'mega', 'al', 'el', 'ke', 'antar', 'swa',
  'tuna', 'nir', 'para', 'meta', 'post', 'pre', 'mid', 'de',
]);

/** Clitics that UD writes as a separate token after a hyphen and an acronym ("APBD-nya"). */
function isCliticSeg(s: number, e: number): boolean {
  return eqi(s, e, 'nya') || eqi(s, e, 'ku') || eqi(s, e, 'mu');
}

/**
 * Hyphen at j between the segment T[ls, j) and a word: is it one token? Reduplication and
 * ordinary compounds are ("negara-negara", "Undang-undang", "e-KTP", "APBN-P", "COVID-19",
 * "1950-an"); two capitalised names joined by a hyphen are not, as in UD ("Januari - Oktober",
 * "Bapepam - LK", "RI - Jepang"), nor is a clitic after an acronym ("APBD - nya").
 */
function joinCompound(ls: number, j: number): boolean {
  const lUpper = segUpper;
  const lLetters = segLetters;
  const lFirst = cls(ls);
  const rs = j + 1;
  const re = scanSeg(rs);
  const rFirst = cls(rs);
  if (lUpper >= 2 && T.charCodeAt(rs) >= 97 && isCliticSeg(rs, re)) return false;
  if (lFirst !== C_UPPER || rFirst !== C_UPPER) return true;
  // both capitalised
  if (lUpper === lLetters && segUpper === segLetters) return true; // acronyms: "APBN-P"
  const ll = j - ls;
  if (re - rs >= ll) {
    let same = true;
    for (let k = 0; k < ll; k++) {
      if (lowerAscii(T.charCodeAt(ls + k)) !== lowerAscii(T.charCodeAt(rs + k))) {
        same = false;
        break;
      }
    }
    if (same) return true; // reduplication: "Raja-Raja"
  }
  if (ll <= 6 && HYPHEN_PREFIXES.has(T.slice(ls, j).toLowerCase())) return true;
  return false;
}

/**
 * Scan a word-like token starting at i (a word character). Returns its end; sets wordKind.
 */
function scanWord(i: number): number {
  const start = i;
  wordKind = isDigitAt(i) ? TokenKind.Number : TokenKind.Word;
  let segStart = i;
  let j = scanSeg(i);
  // a currency code glued to the amount: "Rp1,5" -> "Rp" "1,5"
  if (segFirstDigit > 0 && segFirstDigit - start <= 3) {
    for (const cur of CURRENCY_PREFIXES) {
      if (cur.length === segFirstDigit - start && T.startsWith(cur, start)) return segFirstDigit;
    }
  }
  let prevConn = 0; // connector before the current segment
  let codeMode = false; // inside a reference code like "34/PMK.011/2007"
  let numSep = false; // a number with thousands/decimal separators so far
  for (;;) {
    if (j >= LIM) break;
    const c = T.charCodeAt(j);
    if (c === CH_HYPHEN || c === 0x2010 || c === 0x2011) {
      if (isWordAt(j + 1)) {
        if (codeMode) {
          prevConn = CH_HYPHEN;
          segStart = j + 1;
          j = scanSeg(j + 1);
          continue;
        }
        if (segDigits && isDigitAt(j + 1) && prevConn !== CH_COLON) {
          // digits-digits: a score ("3-1", "2-2", "21-19") is one token; a range ("30-35",
          // "4-6", "2007-2009", "6,2-6,8") is three, as in UD; an ISO date ("2025-07-03") is one.
          const rEnd = scanDigits(j + 1);
          const nextIsWord = isWordAt(rEnd);
          const rc = rEnd < LIM ? T.charCodeAt(rEnd) : 0;
          const rDecimal = (rc === CH_DOT || rc === CH_COMMA) && isDigitAt(rEnd + 1);
          const lLen = j - segStart;
          const rLen = rEnd - j - 1;
          let join = false;
          if (!nextIsWord && !rDecimal && prevConn === 0) {
            if (lLen <= 2 && rLen <= 2 && smallInt(j + 1, rEnd) <= smallInt(segStart, j)) join = true;
            else if (lLen === 4 && rLen === 2 && rc === CH_HYPHEN && isDigitAt(rEnd + 1)) {
              const e3 = scanDigits(rEnd + 1);
              if (e3 - rEnd - 1 === 2 && !isWordAt(e3)) {
                j = e3;
                break;
              }
            }
          } else if (nextIsWord) join = true; // "2-in-1", "3-D"
          if (!join) break;
        } else if (!joinCompound(segStart, j)) break;
        prevConn = CH_HYPHEN;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      // trailing "-"/"+" of a credit rating ("BB-", "idAA-")
      if (segStart === start && isRating(start, j)) j++;
      break;
    }
    if (c === CH_DOT) {
      const n1 = j + 1 < LIM ? T.charCodeAt(j + 1) : 0;
      const n1Digit = isDigitAt(j + 1);
      if (codeMode && isWordAt(j + 1)) {
        prevConn = CH_DOT;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      // number: "1.500", "14.00", "2.5"
      if (n1Digit && (segDigits || isDigitAt(j - 1)) && wordKind === TokenKind.Number) {
        numSep = true;
        prevConn = CH_DOT;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      if (segStart === start && !segDigits) {
        // "www.", e-mail with dotted local part, host name
        if (isWordAt(j + 1)) {
          if (eqi(start, j, 'www')) return setKind(urlEnd(start), TokenKind.Url);
          if (n1 >= 97 && n1 <= 122) {
            const e = emailFrom(start);
            if (e > 0) return setKind(e, TokenKind.Email);
          }
          const h = hostEnd(j);
          if (h > 0) return setKind(h, TokenKind.Url);
        }
        const a = abbrevEnd(start, j);
        if (a > 0) return a;
      } else if (n1Digit && !segDigits) {
        // "v2.0"-like mixed tokens: keep the digits together only after a digit
      } else if (!segDigits && isWordAt(j + 1)) {
        const h = hostEnd(j);
        if (h > 0) return setKind(h, TokenKind.Url);
      }
      break;
    }
    if (c === CH_COMMA) {
      if (segDigits && wordKind === TokenKind.Number && isDigitAt(j + 1)) {
        numSep = true;
        prevConn = CH_COMMA;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      break;
    }
    if (c === CH_COLON) {
      if (segDigits && isDigitAt(j + 1) && wordKind === TokenKind.Number) {
        prevConn = CH_COLON;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      if (segStart === start && j + 2 < LIM && T.charCodeAt(j + 1) === CH_SLASH && T.charCodeAt(j + 2) === CH_SLASH) {
        if (eqi(start, j, 'http') || eqi(start, j, 'https') || eqi(start, j, 'ftp')) {
          return setKind(urlEnd(start), TokenKind.Url);
        }
      }
      break;
    }
    if (c === CH_SLASH) {
      // "28/10", "33/2006", "II/2003"; not between formatted amounts ("9.405/9.415", a bid/ask
      // quote, is three tokens as in UD)
      let join = codeMode && isWordAt(j + 1);
      if (!join && isDigitAt(j + 1)) join = (segDigits && !numSep) || (segStart === start && isRoman(start, j));
      if (!join && cls(j + 1) === C_UPPER && hasDigit(start, j) && isWordAt(j + 1)) {
        // reference codes: "34/PMK.011/2007", "Kep-176/KM.10/7"
        codeMode = true;
        join = true;
      }
      if (join) {
        prevConn = CH_SLASH;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      if (segStart === start && j - start === 1 && segLetters === 1 && isLetterAt(j + 1) && !isWordAt(j + 2)) {
        // "S/A", "C/D", "C/O"
        j += 2;
        continue;
      }
      break;
    }
    if (c === CH_APOS || c === CH_RSQUO) {
      if (isLetterAt(j + 1) && segLetters > 0) {
        const n1 = T.charCodeAt(j + 1);
        // English possessive "'s" is its own token
        if ((n1 === 115 || n1 === 83) && !isWordAt(j + 2)) break;
        prevConn = c;
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      break;
    }
    if (c === CH_AMP) {
      if (segUpper > 0 && segUpper === segLetters && cls(j + 1) === C_UPPER && j - segStart <= 3) {
        // "E&P", "AT&T"
        const e = scanSeg(j + 1);
        if (segUpper === segLetters && e - j - 1 <= 3) {
          segStart = j + 1;
          j = e;
          continue;
        }
      }
      break;
    }
    if (c === CH_AT) {
      const e = emailDomainEnd(j);
      if (e > 0) return setKind(e, TokenKind.Email);
      break;
    }
    if (c === CH_UNDERSCORE) {
      if (isWordAt(j + 1)) {
        segStart = j + 1;
        j = scanSeg(j + 1);
        continue;
      }
      break;
    }
    if (c === CH_PLUS) {
      if (segStart === start && isRating(start, j) && !isWordAt(j + 1)) j++;
      break;
    }
    break;
  }
  return j;
}

function setKind(e: number, k: number): number {
  wordKind = k;
  return e;
}

/** Opening brackets and quotes. */
function isOpen(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e || c === 0x201a || c === 0x3008 || c === 0x300c;
}
/** Closing brackets and quotes. */
function isClose(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x3009 || c === 0x300d;
}

/** Tokenise T[from, to) into the output buffers. */
function run(text: string, from: number, to: number): void {
  T = text;
  LIM = to;
  FROM = from;
  outCount = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 128) {
      if (c === 32) {
        i++;
        continue;
      }
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        const e = scanWord(i);
        push(i, e, wordKind);
        i = e;
        continue;
      }
      k = charClass(c);
    } else {
      k = charClass(c);
      if (k === C_HIGH && i + 1 < to) {
        const ak = astralClass(c, text.charCodeAt(i + 1));
        if (isWordClass(ak) && ak !== C_MARK) {
          const e = scanWord(i);
          push(i, e, wordKind);
          i = e;
          continue;
        }
      } else if (isWordClass(k) && k !== C_MARK) {
        const e = scanWord(i);
        push(i, e, wordKind);
        i = e;
        continue;
      }
    }
    if (k === C_SPACE) {
      i++;
      continue;
    }
    // punctuation and symbols
    let e = i + 1;
    let kind: number = TokenKind.Punct;
    switch (c) {
      case CH_DOT:
        while (e < to && text.charCodeAt(e) === CH_DOT) e++;
        kind = TokenKind.Terminal;
        break;
      case 33: // !
      case 63: // ?
        while (e < to && (text.charCodeAt(e) === 33 || text.charCodeAt(e) === 63)) e++;
        kind = TokenKind.Terminal;
        break;
      case 0x2026: // …
        while (e < to && (text.charCodeAt(e) === 0x2026 || text.charCodeAt(e) === CH_DOT)) e++;
        kind = TokenKind.Terminal;
        break;
      case CH_HYPHEN: {
        // negative number "-4,9" after a space or an opening bracket
        const p = i > from ? text.charCodeAt(i - 1) : 32;
        if (isDigitAt(i + 1) && (charClass(p) === C_SPACE || isOpen(p))) {
          e = scanWord(i + 1);
          kind = TokenKind.Number;
          break;
        }
        while (e < to && text.charCodeAt(e) === CH_HYPHEN) e++;
        kind = TokenKind.Dash;
        break;
      }
      case 0x2013: // –
      case 0x2014: // —
      case 0x2022: // •
      case 42: // *
        kind = TokenKind.Dash;
        break;
      case 34: // "
        kind = TokenKind.Quote;
        break;
      case CH_APOS:
      case CH_RSQUO: {
        // English possessive after a word: "Moody" "'s"
        const n = e < to ? text.charCodeAt(e) : 0;
        if ((n === 115 || n === 83) && i > from && isWordAt(i - 1) && !isWordAt(e + 1)) {
          e++;
          kind = TokenKind.Word;
        } else if (c === CH_APOS) {
          if (n === CH_APOS) e++;
          kind = TokenKind.Quote;
        } else kind = TokenKind.Close;
        break;
      }
      case 96: // `
        while (e < to && text.charCodeAt(e) === 96) e++;
        kind = TokenKind.Quote;
        break;
      case CH_AT:
      case CH_HASH:
        if (isWordAt(i + 1) && (i === from || !isWordAt(i - 1))) {
          e = i + 1;
          while (e < to && (isWordAt(e) || cls(e) === C_MARK || text.charCodeAt(e) === CH_UNDERSCORE || (c === CH_AT && text.charCodeAt(e) === CH_DOT && isWordAt(e + 1)))) e++;
          kind = TokenKind.Handle;
        }
        break;
      default:
        if (k === C_HIGH && e < to) {
          e++; // the whole astral symbol (emoji)
          while (e < to) {
            const d = text.charCodeAt(e);
            if (d === 0x200d && e + 2 < to && charClass(text.charCodeAt(e + 1)) === C_HIGH) e += 3;
            else if (charClass(d) === C_MARK) e++;
            else break;
          }
        } else if (isOpen(c)) kind = TokenKind.Open;
        else if (isClose(c)) kind = TokenKind.Close;
        else {
          // symbols keep their combining marks (e.g. a variation selector after ☺)
          while (e < to && charClass(text.charCodeAt(e)) === C_MARK) e++;
        }
    }
    push(i, e, kind);
    i = e;
  }
  T = '';
}

/** Tokenise text[from, to) and return the token table with its `kind` column. */
export function tokenizeKinds(text: string, from = 0, to = text.length): KindedTokenTable {
  if (from < 0) from = 0;
  if (to > text.length) to = text.length;
  if (to < from) to = from;
  run(text, from, to);
  const n = outCount;
  return { count: n, start: outStart.slice(0, n), end: outEnd.slice(0, n), kind: outKind.slice(0, n) };
}

/** Tokens of text[from, to): token i is text.slice(start[i], end[i]). */
export function tokenize(text: string, from = 0, to = text.length): TokenTable {
  return tokenizeKinds(text, from, to);
}

/** Tokenise into the shared buffers without copying (for the sentence splitter). */
export function tokenizeShared(text: string, from: number, to: number): KindedTokenTable {
  run(text, from, to);
  return { count: outCount, start: outStart, end: outEnd, kind: outKind };
}


