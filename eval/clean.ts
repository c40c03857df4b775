/** Scores of the clean stage against gold (gold/README.md, "Scoring"). */
import type { Article } from '../src/types.js';
import type { GoldCase } from './gold.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, expected: number): PRF {
  const precision = predicted ? tp / predicted : expected ? 0 : 1;
  const recall = expected ? tp / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const WORD = /[\p{L}\p{N}]+/gu;

export function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(WORD)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
  return bag;
}

/** Bag-of-words overlap of lower-cased word tokens. */
export function bowCounts(predicted: string, expected: string): { tp: number; predicted: number; expected: number } {
  const p = bagOfWords(predicted);
  const e = bagOfWords(expected);
  let tp = 0;
  let np = 0;
  let ne = 0;
  for (const [w, n] of p) {
    np += n;
    tp += Math.min(n, e.get(w) ?? 0);
  }
  for (const n of e.values()) ne += n;
  return { tp, predicted: np, expected: ne };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface CleanScores {
  cleanText: PRF;
  /** Micro-averaged over words; also the mean of per-article F1. */
  cleanTextMacroF1: number;
  noiseLeak: number;
  noiseItems: number;
  dateAccuracy: number;
  perArticle: Array<{ name: string; f1: number; leaked: string[]; date: string | null; goldDate: string | null }>;
}

export function scoreClean(pairs: Array<{ c: GoldCase; article: Article }>): CleanScores {
  let tp = 0;
  let np = 0;
  let ne = 0;
  let noise = 0;
  let leaked = 0;
  let dates = 0;
  let datesRight = 0;
  let macro = 0;
  const perArticle: CleanScores['perArticle'] = [];
  for (const { c, article } of pairs) {
    const goldText: string = c.gold.clean.text;
    const counts = bowCounts(article.text, goldText);
    tp += counts.tp;
    np += counts.predicted;
    ne += counts.expected;
    const f1 = prf(counts.tp, counts.predicted, counts.expected).f1;
    macro += f1;
    const out = norm(article.text);
    const leakedHere: string[] = [];
    for (const n of c.gold.clean.noise as Array<{ text: string }>) {
      noise++;
      if (out.includes(norm(n.text))) {
        leaked++;
        leakedHere.push(n.text);
      }
    }
    const date = article.published.value ? article.published.value.slice(0, 10) : null;
    const goldDate: string | null = c.gold.doc_date ?? null;
    dates++;
    if (date === goldDate) datesRight++;
    perArticle.push({ name: c.name, f1, leaked: leakedHere, date, goldDate });
  }
  return {
    cleanText: prf(tp, np, ne),
    cleanTextMacroF1: pairs.length ? macro / pairs.length : 0,
    noiseLeak: noise ? leaked / noise : 0,
    noiseItems: noise,
    dateAccuracy: dates ? datesRight / dates : 0,
    perArticle,
  };
}

/** The seed's structure, field by field (gold/seed/*.gold.json "structure"). */
export function scoreSeedStructure(c: GoldCase, a: Article): { passed: number; total: number; failed: string[] } {
  const s = c.gold.structure;
  const checks: Array<[string, boolean]> = [
    ['title', a.title === s.title],
    ['lead', a.lead === s.lead],
    ['category', a.category === s.category],
    ['dateline', JSON.stringify(a.dateline) === JSON.stringify(s.dateline)],
    [
      'headings',
      JSON.stringify(s.blocks.filter((b: { kind: string }) => b.kind === 'heading').map((b: { text: string }) => b.text)) ===
        JSON.stringify(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))),
    ],
    ['paragraph count', a.blocks.length >= s.blocks.length - 1 && a.blocks.length <= s.blocks.length + 1],
    [
      'related removed',
      (c.gold.clean.noise as Array<{ text: string; kind: string }>).every((n) =>
        a.removed.some((r) => r.kind === n.kind && norm(r.text) === norm(n.text)),
      ),
    ],
    ['dateline not in body', !a.text.startsWith(s.dateline?.place ?? '\u0000')],
    [
      'repairs',
      (s.repairs as Array<{ raw: string; kind: string }>)
        .filter((r) => r.kind !== 'stray-letter')
        .every((r) => a.repairs.some((x) => x.raw.includes(r.raw) || r.raw.includes(x.raw))),
    ],
  ];
  const failed = checks.filter(([, ok]) => !ok).map(([n]) => n);
  return { passed: checks.length - failed.length, total: checks.length, failed };
}
