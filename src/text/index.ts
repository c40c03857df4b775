/**
 * Sentences and tokens. PROVISIONAL: a minimal splitter so that other stages can be written
 * against the interface; replaced by the Indonesian-aware implementation.
 */
import type { Span } from '../types.js';

/** Tokens as offset columns (wink-nlp style): token i is text.slice(start[i], end[i]). */
export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
}

export function tokenize(text: string, from = 0, to = text.length): TokenTable {
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = from;
  const s: number[] = [];
  const e: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    s.push(m.index);
    e.push(m.index + m[0].length);
  }
  return { count: s.length, start: Int32Array.from(s), end: Int32Array.from(e) };
}

/** Sentence spans; a sentence never crosses a block boundary when blocks are given. */
export function splitSentences(text: string, blocks?: Span[]): Span[] {
  const regions = blocks ?? [{ start: 0, end: text.length }];
  const out: Span[] = [];
  for (const b of regions) {
    const re = /[^.!?]+(?:[.!?]+|$)/g;
    const part = text.slice(b.start, b.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(part))) {
      if (m[0].length === 0) break;
      let s = b.start + m.index;
      let e = s + m[0].length;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e });
    }
  }
  return out;
}
