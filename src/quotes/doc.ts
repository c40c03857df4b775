/**
 * The working view of one article for quote extraction: words as offset columns, the sentence
 * and paragraph of each word, and the entity mention (if any) covering it. Built once per call.
 */
import type { Entity, Span } from '../types.js';

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** First and last word index the mention covers. */
  w0: number;
  w1: number;
}

export interface Doc {
  text: string;
  n: number;
  ws: Int32Array;
  we: Int32Array;
  /** Lower-cased words. */
  lw: string[];
  sents: Span[];
  sentOf: Int32Array;
  /** First and last word of each sentence (-1 when a sentence has none). */
  sentW0: Int32Array;
  sentW1: Int32Array;
  paras: Span[];
  paraOf: Int32Array;
  mentions: MentionRef[];
  mentionOf: Int32Array;
  /** Index of the direct quote whose content covers the word, or -1. */
  quoteOf: Int32Array;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

/**
 * Words: runs of letters and digits, joined across an inner hyphen or apostrophe
 * ("mata-mata", "Jum'at"). A hand loop: a Unicode-property regex over the whole text costs
 * more than the rest of the stage.
 */
function scanWords(text: string, starts: number[], ends: number[]): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < len && isWordChar(text, i)) i++;
      const c = text.charCodeAt(i);
      // - ‐ ' ’ joining two runs: "mata-mata", "Jum'at".
      if ((c === 45 || c === 0x2010 || c === 39 || c === 0x2019) && i + 1 < len && isWordChar(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    starts.push(start);
    ends.push(i);
  }
}

export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\u00A0]*\n\s*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  if (out.length === 0) out.push({ start: 0, end: text.length });
  return out;
}

/**
 * Abbreviations after which the provisional splitter wrongly ends a sentence ("Perda No. 11",
 * "Kookmin Bank Co. Ltd.", "St. Jakob Park", "H. Abdillah"). Provisional: the Indonesian-aware
 * splitter makes this repair a no-op.
 */
const ABBREV_END = /(?:^|[\s(])(?:\p{Lu}|No|Co|Ltd|Dr|dr|St|Jl|Prof|Ir|Hj|Kol|Drs|Tbk|Bpk|Sdr|Yth|dkk|dll|dsb|Inc|Corp|Mr|Mrs|Ms|Kab|Kec|Kel|Prov|Tn|Ny|Jend|Brigjen|Irjen|Kombes|Mt|Vol|Hal|hlm|Rp|vs)\.$/u;

/** Join sentence spans that a naive splitter broke at an abbreviation or inside a quote's close. */
export function repairSentences(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev) {
      const between = text.slice(prev.end, s.start);
      const sameParagraph = !/\n\s*\n/.test(between);
      const prevText = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
      let f = s.start;
      while (f < s.end && !isWordChar(text, f)) f++;
      const first = f < s.end ? text[f]! : '';
      const merge =
        sameParagraph &&
        (first === '' ||
          ABBREV_END.test(prevText) ||
          (first === first.toLowerCase() && first !== first.toUpperCase()) ||
          (first >= '0' && first <= '9'));
      if (merge) {
        prev.end = s.end;
        continue;
      }
    }
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

export function buildDoc(text: string, sentences: Span[], entities: Entity[]): Doc {
  const s: number[] = [];
  const e: number[] = [];
  const lw: string[] = [];
  scanWords(text, s, e);
  // Lower-case the text once; per word only where case-folding changed the length ("İ").
  const lower = text.toLowerCase().replace(/[\u2019\u2010]/g, (c) => (c === '\u2019' ? "'" : '-'));
  const aligned = lower.length === text.length;
  for (let i = 0; i < s.length; i++) {
    lw.push(aligned ? lower.slice(s[i]!, e[i]!) : text.slice(s[i]!, e[i]!).toLowerCase().replace(/\u2019/g, "'"));
  }
  const n = s.length;
  const ws = Int32Array.from(s);
  const we = Int32Array.from(e);

  const sents = repairSentences(text, sentences.length ? sentences : [{ start: 0, end: text.length }]);
  const sentOf = new Int32Array(n);
  const sentW0 = new Int32Array(sents.length).fill(-1);
  const sentW1 = new Int32Array(sents.length).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k + 1 < sents.length && sents[k + 1]!.start <= ws[i]!) k++;
    sentOf[i] = k;
    if (sentW0[k] === -1) sentW0[k] = i;
    sentW1[k] = i;
  }

  const paras = paragraphsOf(text);
  const paraOf = new Int32Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p + 1 < paras.length && paras[p + 1]!.start <= ws[i]!) p++;
    paraOf[i] = p;
  }

  // Mentions: longest first wins an overlap ("KBRI Tokyo" over "Tokyo", "Jakarta Pusat" over "Jakarta").
  const raw: Array<{ start: number; end: number; entity: Entity }> = [];
  for (const ent of entities) {
    for (const mn of ent.mentions) {
      if (mn.start === undefined || mn.end === undefined || mn.end <= mn.start) continue;
      raw.push({ start: mn.start, end: mn.end, entity: ent });
    }
  }
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Array<{ start: number; end: number; entity: Entity }> = [];
  const occupied = new Uint8Array(text.length + 1);
  for (const r of raw) {
    let free = r.end <= text.length;
    for (let c = r.start; free && c < r.end; c++) if (occupied[c]) free = false;
    if (!free) continue;
    occupied.fill(1, r.start, r.end);
    taken.push(r);
  }
  taken.sort((a, b) => a.start - b.start);
  const mentionOf = new Int32Array(n).fill(-1);
  const mentions: MentionRef[] = [];
  let wi = 0;
  for (const t of taken) {
    while (wi < n && we[wi]! <= t.start) wi++;
    let w1 = wi;
    while (w1 < n && ws[w1]! < t.end) w1++;
    if (w1 === wi) continue;
    const idx = mentions.length;
    mentions.push({ start: t.start, end: t.end, entity: t.entity, w0: wi, w1: w1 - 1 });
    for (let j = wi; j < w1; j++) mentionOf[j] = idx;
  }

  return {
    text, n, ws, we, lw, sents, sentOf, sentW0, sentW1, paras, paraOf, mentions, mentionOf,
    quoteOf: new Int32Array(n).fill(-1),
  };
}

/** Index of the first word starting at or after `pos` (n when none). */
export function wordAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.ws[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The raw text between word i-1 and word i (the whole prefix for i = 0). */
export function gapBefore(doc: Doc, i: number): string {
  return doc.text.slice(i > 0 ? doc.we[i - 1]! : 0, doc.ws[i]!);
}
