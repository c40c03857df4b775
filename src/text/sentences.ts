/**
 * Sentence splitting over the token table.
 *
 * A sentence ends at . ! ? … (and runs of them), taking any closing quotes/brackets glued after
 * it ("kata dia." / "...kami.\""), when what follows opens a new sentence: a capitalised word or
 * a number, possibly behind an opening quote, bracket or dash.
 *  - A lowercase continuation does not open one (in news, "\"Ayo!\" teriak dia." is one
 *    sentence, and ". lowercase" is mostly a typo for ","), except after a bare ? or ! that
 *    follows a lowercase word ("di mana? kok bisa").
 *  - Abbreviations before a name or number (Dr., Jl., No., Rp.) and initials (M. Yusuf) never end
 *    a sentence; one after a name or list (dll., Tbk., Ltd., S.H.) gives its period to the
 *    sentence when the sentence ends there (the tokeniser splits "Ltd" "." in that case).
 *  - Glued sentences ("asing.Informasi") are split when the word before the period is lowercase
 *    (or a number, or a plain capitalised word of 4+ letters: "Surabaya.Baca") and the next one
 *    is capitalised; host names ("Liputan6.com") are one token, abbreviations are not split.
 *  - As in UD Indonesian, a quotation is not split inside ("\"Kami siap. Kami menunggu,\" kata
 *    dia." is one sentence) when its closing mark is found in the same line; nor is a
 *    parenthetical opened mid-sentence. A quotation that heads an attribution ("\"...,\" kata X")
 *    starts a sentence even without a terminal before it (a headline glued to the body).
 *  - A line break starts a new sentence unless the next line starts lowercase or with
 *    punctuation; a blank line always does.
 */
import type { Span } from '../types.js';
import { C_DIGIT, C_HIGH, C_LETTER, C_LOWER, C_UPPER, astralClass, charClass } from './chars.js';
import { TokenKind, tokenizeShared } from './tokenize.js';

let S: Int32Array = new Int32Array(0);
let E: Int32Array = new Int32Array(0);
let K: Uint8Array = new Uint8Array(0);
let N = 0;
let TX = '';

/** PAIR[t]: for an opening quote or bracket, the index of its closing token; else -1. */
let PAIR = new Int32Array(0);
/** LB[t]: number of line breaks between token t-1 and token t. */
let LB = new Uint8Array(0);
const MAX_QUOTE_CHARS = 600;
const MAX_PAREN_CHARS = 300;
const parenStack = new Int32Array(8);

function isQuoteMark(t: number): boolean {
  const c = TX.charCodeAt(S[t]!);
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

/** 1 = opening, 2 = closing, 0 = neither, for a double-quote token. */
function quoteRole(t: number): number {
  const c = TX.charCodeAt(S[t]!);
  if (c === 0x201c || c === 0xab) return 1;
  if (c === 0x201d || c === 0xbb) return 2;
  if (c !== 0x22 || E[t]! - S[t]! !== 1) return 0;
  const spaceBefore = t === 0 || S[t]! > E[t - 1]! || K[t - 1] === TokenKind.Open || K[t - 1] === TokenKind.Dash;
  const spaceAfter = t === N - 1 || S[t + 1]! > E[t]!;
  if (spaceBefore) return spaceAfter ? 0 : 1;
  if (spaceAfter) return 2;
  const nk = K[t + 1]!;
  if (nk === TokenKind.Punct || nk === TokenKind.Terminal || nk === TokenKind.Close || nk === TokenKind.Quote) return 2;
  // glued on both sides: after punctuation it closes (`dia."Kami`), else it opens (`kata"Kami`)
  const pk = K[t - 1]!;
  return pk === TokenKind.Terminal || pk === TokenKind.Punct || pk === TokenKind.Close ? 2 : 1;
}

/** Pair quotation marks and brackets within the region (never across a line break). */
function pairUp(): void {
  if (PAIR.length < N) {
    PAIR = new Int32Array(Math.max(N, PAIR.length * 2));
    LB = new Uint8Array(PAIR.length);
  }
  PAIR.fill(-1, 0, N);
  let openQ = -1;
  let depth = 0;
  LB[0] = 0;
  for (let t = 0; t < N; t++) {
    if (t > 0) {
      const lb = S[t]! - E[t - 1]! === 1 && TX.charCodeAt(E[t - 1]!) === 32 ? 0 : lineBreakBetween(t - 1);
      LB[t] = lb > 255 ? 255 : lb;
      if (lb > 0) {
        openQ = -1;
        depth = 0;
      }
    }
    const k = K[t]!;
    if (k === TokenKind.Quote || k === TokenKind.Open || k === TokenKind.Close) {
      const c = TX.charCodeAt(S[t]!);
      if (c === 0x28 || c === 0x5b) {
        if (depth < parenStack.length) parenStack[depth++] = t;
        continue;
      }
      if (c === 0x29 || c === 0x5d) {
        if (depth > 0) {
          const o = parenStack[--depth]!;
          if (S[t]! - S[o]! <= MAX_PAREN_CHARS && TX.charCodeAt(S[o]!) === c - 1 - (c === 0x5d ? 1 : 0)) PAIR[o] = t;
        }
        continue;
      }
      if (!isQuoteMark(t)) continue;
      const role = quoteRole(t);
      if (role === 1) openQ = t;
      else if (role === 2 && openQ >= 0) {
        if (S[t]! - S[openQ]! <= MAX_QUOTE_CHARS) PAIR[openQ] = t;
        openQ = -1;
      }
    }
  }
}

/** Class of the first character of token t (astral letters resolved). */
function firstClass(t: number): number {
  const c = TX.charCodeAt(S[t]!);
  const k = charClass(c);
  if (k === C_HIGH && S[t]! + 1 < E[t]!) return astralClass(c, TX.charCodeAt(S[t]! + 1));
  return k;
}

/** Does token t start like a sentence: capital letter, digit, caseless letter, or "iPhone"? */
function startsSentence(t: number): boolean {
  const k = firstClass(t);
  if (k === C_UPPER || k === C_DIGIT || k === C_LETTER) return true;
  if (k === C_LOWER) {
    // lowercase brand-like words with an inner capital: "iPhone", "eKTP"
    const s = S[t]!;
    const e = E[t]!;
    for (let i = s + 1; i < e && i < s + 3; i++) if (charClass(TX.charCodeAt(i)) === C_UPPER) return true;
    return false;
  }
  return false;
}

/**
 * After a single line break, does token t start a new sentence? Not when it is lowercase or
 * punctuation that continues the line before (",", ".", ")": a hard-wrapped line or a link
 * anchor put on its own line by a scraper).
 */
function startsLine(t: number): boolean {
  const k = K[t]!;
  if (k === TokenKind.Punct || k === TokenKind.Terminal || k === TokenKind.Close) return false;
  return firstClass(t) !== C_LOWER;
}

/** Is token t an all-lowercase word (letters, hyphens, apostrophes) or a plain number? */
function lowerWordOrNumber(t: number): boolean {
  const kind = K[t]!;
  if (kind === TokenKind.Number) return true;
  if (kind !== TokenKind.Word) return false;
  for (let i = S[t]!; i < E[t]!; i++) {
    const k = charClass(TX.charCodeAt(i));
    if (k === C_UPPER) return false;
  }
  return E[t]! - S[t]! >= 2;
}

/** Is token t a capitalised word of at least 4 letters, lowercase after the first ("Surabaya")? */
function titleWord(t: number): boolean {
  if (K[t] !== TokenKind.Word || E[t]! - S[t]! < 4 || firstClass(t) !== C_UPPER) return false;
  for (let i = S[t]! + 1; i < E[t]!; i++) if (charClass(TX.charCodeAt(i)) !== C_LOWER) return false;
  return true;
}

/** Skip opening quotes/brackets/dashes from token t; return the first other token or -1. */
function contentAfter(t: number): number {
  while (t < N) {
    const k = K[t]!;
    if (k === TokenKind.Open || k === TokenKind.Quote || k === TokenKind.Dash) t++;
    else return t;
  }
  return -1;
}

/** Does the whitespace between tokens a and a+1 contain a line break? Which kind? 0/1/2. */
function lineBreakBetween(a: number): number {
  const from = E[a]!;
  const to = S[a + 1]!;
  if (to - from === 1 && TX.charCodeAt(from) === 32) return 0;
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = TX.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && TX.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

/** Token t is a list number or letter ("1", "12", "a", "IV") that starts the sentence? */
function isListMarker(t: number, sentStart: number): boolean {
  if (t !== sentStart) return false;
  const len = E[t]! - S[t]!;
  if (K[t] === TokenKind.Number) return len <= 3 && firstClass(t) === C_DIGIT;
  if (K[t] === TokenKind.Word) return len === 1;
  return false;
}

/** Attribution verbs after a quotation: "...," kata/ujar/tuturnya X. */
const SPEECH_VERBS = [
  'kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tambah', 'ungkap', 'lanjut', 'tegas', 'imbuh', 'papar',
  'terang', 'pungkas', 'sebut', 'tanya', 'seru', 'timpal', 'jawab', 'sambung', 'kilah', 'aku',
  'katanya', 'klaim', 'pinta', 'harap', 'ajak', 'cetus', 'beber', 'urai', 'tukas', 'sergah',
];

function startsWithSpeechVerb(t: number): boolean {
  if (K[t] !== TokenKind.Word || firstClass(t) !== C_LOWER) return false;
  const s = S[t]!;
  const len = E[t]! - s;
  for (const v of SPEECH_VERBS) {
    if (len >= v.length && TX.startsWith(v, s)) {
      // the verb itself or the verb with a clitic: "ujar", "ujarnya", "katanya"
      if (len === v.length || TX.startsWith('nya', s + v.length)) return true;
    }
  }
  return false;
}

/**
 * Does the quotation opened at token o (closed at c) stand as a sentence of its own although no
 * terminal precedes it? It does when it is the head of an attribution, `"Kalimat," kata X.`:
 * capitalised inside, ending with , ? or ! before the closing mark, and followed by a speech
 * verb. Typical of news text whose headline or caption was glued to the body.
 */
function opensAttributedQuote(o: number, c: number): boolean {
  const pk = K[o - 1]!;
  if (pk !== TokenKind.Word && pk !== TokenKind.Number && pk !== TokenKind.Close) return false;
  if (o + 1 >= c || !startsSentence(o + 1)) return false;
  const before = TX.charCodeAt(E[c - 1]! - 1);
  if (before !== 44 && before !== 63 && before !== 33) return false;
  return c + 1 < N && startsWithSpeechVerb(c + 1);
}

/**
 * Decide whether a sentence ends after the terminal token t, whose glued closers end at token
 * `last`.
 */
function endsAfter(t: number, last: number, sentStart: number): boolean {
  const next = last + 1;
  if (next >= N) return true;
  const glued = S[next] === E[last];
  // Terminal punctuation
  if (TX.charCodeAt(S[t]!) === 46 && E[t]! - S[t]! === 1 && t > 0 && isListMarker(t - 1, sentStart)) return false;
  if (glued) {
    const w = next;
    const wk = K[w]!;
    if (wk !== TokenKind.Word && wk !== TokenKind.AbbrevPrefix && wk !== TokenKind.Initial) return false;
    if (firstClass(w) !== C_UPPER) return false;
    return t > sentStart && (lowerWordOrNumber(t - 1) || titleWord(t - 1));
  }
  const w = contentAfter(next);
  if (w < 0) return K[next] === TokenKind.Dash; // only a dash/quote left: let it be its own
  const wk = K[w]!;
  if (wk === TokenKind.Punct || wk === TokenKind.Close || wk === TokenKind.Terminal) return false;
  if (wk === TokenKind.Url || wk === TokenKind.Email || wk === TokenKind.Handle) return true;
  if (startsSentence(w)) return true;
  // A lowercase word after "." or "…" continues the sentence (news typos, "\"Ayo!\" teriak dia");
  // after a bare "?" or "!" that follows a lowercase word, it is a clear end ("di mana? kok ...").
  if (last !== t || firstClass(w) !== C_LOWER) return false;
  const c = TX.charCodeAt(E[t]! - 1);
  return (c === 63 || c === 33) && t > sentStart && K[t - 1] === TokenKind.Word && lowerWordOrNumber(t - 1) && !startsWithSpeechVerb(w);
}

function isCloser(t: number): boolean {
  const k = K[t]!;
  return k === TokenKind.Close || k === TokenKind.Quote || k === TokenKind.Terminal;
}

/** Options of {@link splitSentencesWith}. */
export interface SplitOptions {
  /**
   * Keep a quotation of several sentences (closed within its line, at most 600 characters) as
   * one sentence, as UD Indonesian does: `"Kami siap. Dokumen lengkap," kata dia.` Default true.
   */
  keepQuotations?: boolean;
}

let keepQuotations = true;

/**
 * Sentence spans of text, trimmed of whitespace; a sentence never crosses a block boundary when
 * blocks are given (text outside the blocks is ignored).
 */
export function splitSentences(text: string, blocks?: Span[]): Span[] {
  return splitSentencesWith(text, blocks, {});
}

/** {@link splitSentences} with options. */
export function splitSentencesWith(text: string, blocks: Span[] | undefined, options: SplitOptions): Span[] {
  keepQuotations = options.keepQuotations ?? true;
  const regions = blocks ?? [{ start: 0, end: text.length }];
  const out: Span[] = [];
  TX = text;
  for (const b of regions) {
    const from = Math.max(0, b.start);
    const to = Math.min(text.length, b.end);
    if (to <= from) continue;
    const table = tokenizeShared(text, from, to);
    S = table.start;
    E = table.end;
    K = table.kind;
    N = table.count;
    pairUp();
    let sentStart = 0;
    let quoteClose = -1; // closing quote of the quotation we are in
    let parenClose = -1; // closing bracket of the mid-sentence parenthetical we are in
    for (let t = 0; t < N; t++) {
      if (t > sentStart && LB[t] !== 0) {
        const lb = LB[t]!;
        if (lb >= 2 || (lb === 1 && startsLine(t))) {
          out.push({ start: S[sentStart]!, end: E[t - 1]! });
          sentStart = t;
        }
      }
      const kind = K[t]!;
      const pe = PAIR[t]!;
      if (pe > t) {
        if (isQuoteMark(t)) {
          if (quoteClose < t) {
            if (keepQuotations) quoteClose = pe;
            if (t > sentStart && opensAttributedQuote(t, pe)) {
              out.push({ start: S[sentStart]!, end: E[t - 1]! });
              sentStart = t;
              parenClose = -1;
            }
          }
        } else if (t > sentStart && parenClose < t) parenClose = pe;
        continue;
      }
      if (kind !== TokenKind.Terminal) continue;
      let last = t;
      while (last + 1 < N && S[last + 1] === E[last] && isCloser(last + 1)) last++;
      if (quoteClose <= last && parenClose <= last && endsAfter(t, last, sentStart)) {
        out.push({ start: S[sentStart]!, end: E[last]! });
        sentStart = last + 1;
        parenClose = -1;
      }
      t = last;
    }
    if (sentStart < N) out.push({ start: S[sentStart]!, end: E[N - 1]! });
  }
  TX = '';
  return out;
}

/** Index of the sentence containing offset (or the last one starting before it); -1 if none. */
export function sentenceOf(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}


