/**
 * Scoring of the quantity and time layers against the gold files (see gold/README.md,
 * "Scoring"): a prediction matches a gold item when the spans overlap and
 *   - quantities: `value` agrees within 0.1% (both null counts as agreeing) and `approx` is equal;
 *   - times: `value` is equal.
 * Gold items carry only their text; they are located in the article text, using `context`
 * (which occurrence is meant) where present, otherwise taking occurrences in order.
 *
 * Run alone: `npx tsx eval/quantities-times.ts [--verbose] [gold dir ...]` scores our
 * annotators on each gold file's `clean.text`, with the gold `doc_date` as anchor.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quantity, TimeExpr } from '../src/types.js';
import { loadGold } from './gold.js';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalPair {
  gold: any;
  article: { text: string; quantities: Quantity[]; times: TimeExpr[] };
}

interface Located {
  start: number;
  end: number;
  item: any;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let i = text.indexOf(needle);
  while (i >= 0) {
    out.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

/** Place each gold item on the article text. Items that cannot be found get start -1. */
export function locateGold(text: string, items: any[]): Located[] {
  const used = new Set<number>();
  const out: Located[] = items.map((item) => ({ start: -1, end: -1, item }));
  // Items with a context first: they name their occurrence.
  items.forEach((item, k) => {
    const t: string = item.text;
    const ctx: string | undefined = item.context;
    if (!ctx) return;
    for (const c of occurrences(text, ctx)) {
      const inner = ctx.indexOf(t);
      let s = -1;
      if (inner >= 0) s = c + inner;
      else {
        // The context is a neighbour: take the nearest occurrence of the text.
        let best = Infinity;
        for (const o of occurrences(text, t)) {
          const d = Math.abs(o - c);
          if (d < best) { best = d; s = o; }
        }
      }
      if (s >= 0 && !used.has(s)) {
        used.add(s);
        out[k] = { start: s, end: s + t.length, item };
        return;
      }
    }
  });
  items.forEach((item, k) => {
    if (out[k]!.start >= 0) return;
    for (const s of occurrences(text, item.text)) {
      if (!used.has(s)) {
        used.add(s);
        out[k] = { start: s, end: s + item.text.length, item };
        return;
      }
    }
  });
  return out;
}

function prf(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function valueAgrees(p: number | null, g: number | null): boolean {
  if (p === null || g === null || p === undefined || g === undefined) return (p ?? null) === (g ?? null);
  if (g === 0) return Math.abs(p) < 1e-9;
  return Math.abs(p - g) <= 0.001 * Math.abs(g);
}

export interface Mismatch {
  kind: 'fp' | 'fn';
  text: string;
  value: unknown;
  approx?: unknown;
  start: number;
}

function scoreLayer<P extends { start: number; end: number; text: string }>(
  pairs: EvalPair[],
  goldOf: (g: any) => any[],
  predOf: (a: EvalPair['article']) => P[],
  agree: (p: P, g: any) => boolean,
  describe: (p: P) => { value: unknown; approx?: unknown },
  errors?: Mismatch[][],
): Score {
  let tp = 0, fp = 0, fn = 0;
  for (const pair of pairs) {
    const gold = locateGold(pair.article.text, goldOf(pair.gold) ?? []);
    const preds = predOf(pair.article) ?? [];
    const taken = new Array<boolean>(preds.length).fill(false);
    const errs: Mismatch[] = [];
    for (const g of gold) {
      let hit = -1;
      if (g.start >= 0) {
        for (let i = 0; i < preds.length; i++) {
          if (!taken[i] && overlaps(preds[i]!, g) && agree(preds[i]!, g.item)) { hit = i; break; }
        }
      }
      if (hit >= 0) { taken[hit] = true; tp++; }
      else {
        fn++;
        errs.push({ kind: 'fn', text: g.item.text, value: g.item.value, approx: g.item.approx, start: g.start });
      }
    }
    preds.forEach((p, i) => {
      if (!taken[i]) {
        fp++;
        errs.push({ kind: 'fp', text: p.text, ...describe(p), start: p.start });
      }
    });
    errors?.push(errs.sort((a, b) => a.start - b.start));
  }
  return prf(tp, fp, fn);
}

export function scoreQuantities(pairs: EvalPair[], errors?: Mismatch[][]): Score {
  return scoreLayer(
    pairs,
    (g) => g.quantities,
    (a) => a.quantities,
    (p: Quantity, g) => valueAgrees(p.value, g.value ?? null) && (p.approx ?? null) === (g.approx ?? null),
    (p: Quantity) => ({ value: p.value, approx: p.approx }),
    errors,
  );
}

export function scoreTimes(pairs: EvalPair[], errors?: Mismatch[][]): Score {
  return scoreLayer(
    pairs,
    (g) => g.times,
    (a) => a.times,
    (p: TimeExpr, g) => p.value === g.value,
    (p: TimeExpr) => ({ value: p.value }),
    errors,
  );
}

// ---------------------------------------------------------------------------------------


async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const shared = args.find((a) => !a.startsWith('-'));
  const { extractQuantities } = await import('../src/quantities/index.js');
  const { extractTimes } = await import('../src/times/index.js');
  const golds = loadGold(shared ? resolve(shared) : undefined).map((c) => ({ file: c.name, gold: c.gold }));
  const pairs: EvalPair[] = [];
  let ms = 0, chars = 0;
  for (const { gold } of golds) {
    const text: string = gold.clean.text;
    const t0 = performance.now();
    const quantities = extractQuantities(text);
    const times = extractTimes(text, gold.doc_date ?? null).times;
    ms += performance.now() - t0;
    chars += text.length;
    pairs.push({ gold, article: { text, quantities, times } });
  }
  const qErr: Mismatch[][] = [];
  const tErr: Mismatch[][] = [];
  const q = scoreQuantities(pairs, qErr);
  const t = scoreTimes(pairs, tErr);
  const fmt = (name: string, s: Score): string =>
    `${name.padEnd(11)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`${golds.length} gold files (seed+dev)`);
  console.log(fmt('quantities', q));
  console.log(fmt('times', t));
  console.log(`(first pass, incl. warm-up: ${(ms / golds.length).toFixed(3)} ms/article, ${chars} chars)`);
  if (verbose) {
    golds.forEach(({ file }, i) => {
      const qe = qErr[i]!, te = tErr[i]!;
      if (!qe.length && !te.length) return;
      console.log(`\n== ${file.split('/').pop()} (doc_date ${pairs[i]!.gold.doc_date})`);
      for (const e of qe) console.log(`  Q ${e.kind} ${JSON.stringify(e.text)} value=${e.value} approx=${e.approx}`);
      for (const e of te) console.log(`  T ${e.kind} ${JSON.stringify(e.text)} value=${e.value}`);
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
