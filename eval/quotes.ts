/**
 * Quotes evaluation (gold/README.md, "Scoring"): a predicted quote's content matches a gold
 * one when their word-token F1 is at least 0.6 (one-to-one, greedy best-first); attribution
 * additionally needs the same speaker (case-insensitive, whitespace-normalised; a person's
 * last name alone counts).
 *
 * Runnable alone: `npx tsx eval/quotes.ts [--verbose] [sharedDir]` scores the quote stage on
 * the gold seed and dev articles, reading `clean.text` and building the entities from the
 * gold entity list, so that only this stage is measured.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity, EntityType, Quote } from '../src/types.js';
import { extractQuotes } from '../src/quotes/index.js';
import { splitSentences } from '../src/text/index.js';
import { cleanParagraphs, loadGold } from './gold.js';

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface QuotePair {
  gold: any;
  article: { text: string; quotes: Quote[] };
}

export const CONTENT_F1_MIN = 0.6;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** Same speaker: normalised equality, or a person's last name alone on either side. */
export function sameSpeaker(pred: string, gold: string, goldIsPerson: boolean): boolean {
  const a = norm(pred);
  const b = norm(gold);
  if (a === b) return true;
  if (!goldIsPerson) return false;
  const lastOf = (s: string) => s.split(' ').pop()!;
  return (!a.includes(' ') && a === lastOf(b)) || (!b.includes(' ') && b === lastOf(a));
}

function greedy(pairs: Array<{ g: number; p: number; score: number }>): number {
  pairs.sort((x, y) => y.score - x.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  let n = 0;
  for (const c of pairs) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    n++;
  }
  return n;
}

function prf(tp: number, predicted: number, gold: number): PRF {
  const p = predicted ? tp / predicted : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface ArticleQuoteScore {
  content: number;
  attribution: number;
  predicted: number;
  gold: number;
}

export function scoreArticleQuotes(pair: QuotePair): ArticleQuoteScore {
  const gold: any[] = pair.gold.quotes ?? [];
  const pred = pair.article.quotes;
  const persons = new Set<string>(
    (pair.gold.entities ?? []).filter((e: any) => e.type === 'PER').map((e: any) => norm(e.name)),
  );
  const contentPairs: Array<{ g: number; p: number; score: number }> = [];
  const attrPairs: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((q, pi) => {
      const score = tokenF1(String(g.content), q.content.text);
      if (score < CONTENT_F1_MIN) return;
      contentPairs.push({ g: gi, p: pi, score });
      const speaker = String(g.speaker);
      if (sameSpeaker(q.speaker.name, speaker, persons.has(norm(speaker)))) attrPairs.push({ g: gi, p: pi, score });
    });
  });
  return { content: greedy(contentPairs), attribution: greedy(attrPairs), predicted: pred.length, gold: gold.length };
}

export function scoreQuotes(pairs: QuotePair[]): { content: PRF; attribution: PRF } {
  let content = 0;
  let attribution = 0;
  let predicted = 0;
  let gold = 0;
  for (const pair of pairs) {
    const s = scoreArticleQuotes(pair);
    content += s.content;
    attribution += s.attribution;
    predicted += s.predicted;
    gold += s.gold;
  }
  return { content: prf(content, predicted, gold), attribution: prf(attribution, predicted, gold) };
}

/**
 * Entities from a gold file: every mention string found in `text` as a whole word (case as
 * written), so that the quote stage is measured apart from the NER stage.
 */
export function goldEntities(gold: any, text: string): Entity[] {
  const out: Entity[] = [];
  (gold.entities ?? []).forEach((e: any, i: number) => {
    const mentions: Entity['mentions'] = [];
    const forms = [...new Set<string>([e.name, ...(e.mentions ?? [])].map(String))];
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    mentions.sort((a, b) => a.start! - b.start!);
    out.push({ id: `e${i}`, name: String(e.name), type: e.type as EntityType, mentions });
  });
  return out;
}

/** Paragraph spans of a clean text (blank-line separated), as the quote stage sees them. */
export const paragraphSpans = cleanParagraphs;

export function quotesFromGold(gold: any): { text: string; quotes: Quote[] } {
  const text: string = gold.clean.text;
  const quotes = extractQuotes(text, splitSentences(text, paragraphSpans(text)), goldEntities(gold, text));
  return { text, quotes };
}



/** Milliseconds per 3,000 characters for the stage alone: the best of several rounds, as other work shares the machine. */
export function quoteSpeed(prepared: Array<{ text: string; sentences: Array<{ start: number; end: number }>; entities: Entity[] }>): number {
  const chars = prepared.reduce((n, p) => n + p.text.length, 0);
  for (let k = 0; k < 30; k++) for (const p of prepared) extractQuotes(p.text, p.sentences, p.entities);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const reps = 40;
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < reps; k++) for (const p of prepared) extractQuotes(p.text, p.sentences, p.entities);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, (ms / (chars * reps)) * 3000);
  }
  return best;
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const shared = args.find((a) => !a.startsWith('--'));
  const cases = loadGold(shared ? resolve(shared) : undefined);
  if (cases.length === 0) {
    console.error('quotes eval: no gold files found (set WARTA_SHARED or pass the shared directory)');
    process.exit(2);
  }
  const pairs = cases.map((c) => ({ ...c, pair: { gold: c.gold, article: quotesFromGold(c.gold) } }));
  const line = (label: string, s: { content: PRF; attribution: PRF }) =>
    console.log(
      `${label.padEnd(10)} content P ${s.content.p.toFixed(3)} R ${s.content.r.toFixed(3)} F1 ${s.content.f1.toFixed(3)}   ` +
        `attribution P ${s.attribution.p.toFixed(3)} R ${s.attribution.r.toFixed(3)} F1 ${s.attribution.f1.toFixed(3)}`,
    );
  if (verbose) {
    for (const c of pairs) {
      const s = scoreArticleQuotes(c.pair);
      console.log(`\n## ${c.name}  gold ${s.gold} pred ${s.predicted} content ${s.content} attribution ${s.attribution}`);
      for (const q of c.pair.article.quotes) {
        console.log(`  P ${q.kind[0]} ${q.speaker.name} | ${q.cue.text} | ${q.content.text.slice(0, 110)}`);
      }
      for (const g of c.gold.quotes ?? []) {
        const hit = c.pair.article.quotes.some((q) => tokenF1(String(g.content), q.content.text) >= CONTENT_F1_MIN);
        const attr = c.pair.article.quotes.some(
          (q) => tokenF1(String(g.content), q.content.text) >= CONTENT_F1_MIN && sameSpeaker(q.speaker.name, g.speaker, true),
        );
        if (!attr) console.log(`  ${hit ? 'A' : 'M'} ${g.kind[0]} ${g.speaker} | ${g.cue} | ${String(g.content).slice(0, 110)}`);
      }
    }
    console.log();
  }
  line('seed', scoreQuotes(pairs.filter((c) => c.set === 'seed').map((c) => c.pair)));
  line('dev', scoreQuotes(pairs.filter((c) => c.set === 'dev').map((c) => c.pair)));
  line('all', scoreQuotes(pairs.map((c) => c.pair)));

  // Speed: the stage alone on every gold text, per 3,000 characters.
  const texts = pairs.map((c) => ({ gold: c.gold, text: c.pair.article.text }));
  const prepared = texts.map((t) => ({
    text: t.text,
    sentences: splitSentences(t.text, paragraphSpans(t.text)),
    entities: goldEntities(t.gold, t.text),
  }));
  console.log(`speed      ${quoteSpeed(prepared).toFixed(3)} ms per 3,000 characters (best of 5 rounds)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
