/**
 * CoNLL in and out for the tagger, and seqeval-style entity scoring shared by
 * scripts/train-ner.ts and eval/ner.ts.
 */
import { defaultTagger } from './tagger.js';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** NERGrit's labels mapped to ours (PERSON → PER, ORGANISATION → ORG, PLACE → LOC). */
const LABEL_MAP: Readonly<Record<string, string>> = { PERSON: 'PER', ORGANISATION: 'ORG', PLACE: 'LOC' };

/** Reads CoNLL: one token per line (first column the token, last the tag), blank line between sentences. */
export function readConll(text: string, withTags = true): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split(/\s+/);
    cur.tokens.push(cols[0]!);
    if (withTags) {
      const t = cols.length > 1 ? cols[cols.length - 1]! : 'O';
      const m = /^([BI])-(.+)$/.exec(t);
      cur.tags.push(m ? `${m[1]}-${LABEL_MAP[m[2]!] ?? m[2]}` : 'O');
    }
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/**
 * `bin/warta tag --conll`: CoNLL in, `token<TAB>BIO-tag` out, same tokens and sentences
 * (sentences separated by one blank line).
 */
export function tagConll(input: string): string {
  const sentences = readConll(input, false);
  const parts: string[] = [];
  for (const s of sentences) {
    const tags = defaultTagger().tag(s.tokens);
    parts.push(s.tokens.map((t, i) => `${t}\t${tags[i]}`).join('\n'));
  }
  return parts.length ? parts.join('\n\n') + '\n' : '';
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Entity chunks of a BIO sequence, conlleval style (an I-X after O or another type starts a chunk). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const bio = t[0];
    const type = t.slice(2);
    if (cur && (bio !== 'I' || type !== cur.type)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (!cur && (bio === 'B' || bio === 'I')) cur = { type, start: i, end: i };
  }
  return out;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export function prf(tp: number, pred: number, gold: number): PRF {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

/** Exact-match entity P/R/F1, overall and per type. */
export function scoreChunks(gold: readonly string[][], pred: readonly string[][]): Record<string, PRF> {
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2) => {
    for (const key of [type, 'ALL']) {
      const c = counts.get(key) ?? [0, 0, 0];
      c[k]++;
      counts.set(key, c);
    }
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]!);
    const p = chunks(pred[s]!);
    const gk = new Set(g.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of g) bump(c.type, 2);
    for (const c of p) {
      bump(c.type, 1);
      if (gk.has(`${c.type}:${c.start}:${c.end}`)) bump(c.type, 0);
    }
  }
  const out: Record<string, PRF> = {};
  for (const key of ['PER', 'ORG', 'LOC', 'ALL']) {
    const [tp, pr, go] = counts.get(key) ?? [0, 0, 0];
    out[key] = prf(tp, pr, go);
  }
  return out;
}
