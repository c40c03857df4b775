/**
 * NER evaluation.
 *  - evalConll(sharedDir): entity-level exact-match P/R/F1 (seqeval-style, per type and overall)
 *    of the shipped tagger on the idner-news-2k and NERGrit test splits (and their dev splits).
 *  - scoreDocEntities(pairs): document-level entities against gold files (gold/README.md): a
 *    predicted entity matches a gold one when the types agree and its name equals the gold name
 *    or one of its mentions (case-insensitive, whitespace-normalised). Matching is one-to-one:
 *    each gold entity is matched at most once, so a second predicted entity for the same gold
 *    entity ("Pyongyang" beside "Korea Utara") counts as a false positive.
 * Runnable alone: npx tsx eval/ner.ts [sharedDir]
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, Dateline } from '../src/types.js';
import { readConll, scoreChunks, prf, type PRF } from '../src/entities/conll.js';
import { defaultTagger, modelsDir } from '../src/entities/tagger.js';
import { DOMAINS, type Domain } from '../src/entities/features.js';
import { extractEntities } from '../src/entities/index.js';
import { splitSentences } from '../src/text/index.js';
import { cleanParagraphs, loadGold } from './gold.js';
import { sharedDir } from '../src/util/paths.js';

const TYPES = ['PER', 'ORG', 'LOC', 'ALL'] as const;

export interface ConllResult {
  set: string;
  scores: Record<string, PRF>;
  tokens: number;
  ms: number;
}

/**
 * Each set is tagged in its own domain view (features.ts, DOMAINS): NERGrit in the Wikipedia
 * view it was trained with, idner-news-2k in the news view that the engine uses; with
 * `newsViewOnly`, NERGrit is tagged in the news view too.
 */
export function evalConll(
  sharedDir: string,
  splits: readonly ('test' | 'dev')[] = ['test'],
  newsViewOnly = false,
): ConllResult[] {
  const sets: Array<[string, string, Domain]> = [];
  for (const split of splits) {
    sets.push([`idner-news-2k ${split}`, `idner-news-2k/${split}.txt`, DOMAINS.news]);
    sets.push([
      `nergrit ${split}${newsViewOnly ? ' (news)' : ''}`,
      `nergrit/${split === 'dev' ? 'valid' : 'test'}_preprocess.txt`,
      newsViewOnly ? DOMAINS.news : DOMAINS.wiki,
    ]);
  }
  const tagger = defaultTagger();
  return sets.map(([name, file, domain]) => {
    const sents = readConll(readFileSync(join(sharedDir, 'data/ner', file), 'utf8'));
    const t0 = performance.now();
    const pred = sents.map((s) => tagger.tag(s.tokens, domain));
    const ms = performance.now() - t0;
    return {
      set: name,
      scores: scoreChunks(
        sents.map((s) => s.tags),
        pred,
      ),
      tokens: sents.reduce((n, s) => n + s.tokens.length, 0),
      ms,
    };
  });
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

interface GoldEntity {
  name: string;
  type: string;
  mentions?: string[];
}

export interface DocScore {
  scores: Record<string, PRF>;
  /** Per document: false positives and misses, for error analysis. */
  errors: Array<{ id: string; fp: string[]; fn: string[] }>;
}

export function scoreDocEntities(
  pairs: Array<{ gold: any; article: { entities: Entity[] }; id?: string }>,
): DocScore {
  const c: Record<string, [number, number, number]> = {};
  for (const t of TYPES) c[t] = [0, 0, 0];
  const errors: DocScore['errors'] = [];
  for (const { gold, article, id } of pairs) {
    const golds = (gold.entities ?? []) as GoldEntity[];
    const used = new Set<number>();
    const fp: string[] = [];
    for (const e of article.entities) {
      const n = norm(e.name);
      const gi = golds.findIndex(
        (g, i) => !used.has(i) && g.type === e.type && (norm(g.name) === n || (g.mentions ?? []).some((m) => norm(m) === n)),
      );
      c[e.type]![1]++;
      c['ALL']![1]++;
      if (gi >= 0) {
        used.add(gi);
        c[e.type]![0]++;
        c['ALL']![0]++;
      } else fp.push(`${e.type}:${e.name}`);
    }
    for (const g of golds) {
      c[g.type]![2]++;
      c['ALL']![2]++;
    }
    const fn = golds.filter((_, i) => !used.has(i)).map((g) => `${g.type}:${g.name}`);
    errors.push({ id: id ?? gold.id ?? '?', fp, fn });
  }
  const scores: Record<string, PRF> = {};
  for (const t of TYPES) scores[t] = prf(...c[t]!);
  return { scores, errors };
}

/** Gold files of the seed and dev sets, with the article built from each file's clean text. */
export function goldPairs(sharedDir: string) {
  return loadGold(sharedDir).map(({ name, gold }) => {
    const text: string = gold.clean.text;
    const dateline: Dateline | null = gold.clean.dateline ?? gold.structure?.dateline ?? null;
    const entities = extractEntities(text, splitSentences(text, cleanParagraphs(text)), dateline);
    return { id: name, gold, article: { entities } };
  });
}

/** Tokens per CPU-second of the tagger over both test sets: a first pass, then the best of 5 warm passes. */
export function benchTagger(sharedDir: string): { cold: number; warm: number } {
  const sents = ['idner-news-2k/test.txt', 'nergrit/test_preprocess.txt'].flatMap((f) =>
    readConll(readFileSync(join(sharedDir, 'data/ner', f), 'utf8')),
  );
  const tokens = sents.reduce((n, s) => n + s.tokens.length, 0);
  const tagger = defaultTagger();
  // CPU time of this process, not wall time: on a shared machine the wall clock counts other
  // processes' turns too. JavaScript runs the tagger on one core.
  const pass = () => {
    const c0 = process.cpuUsage();
    for (const s of sents) tagger.tag(s.tokens);
    const c = process.cpuUsage(c0);
    return tokens / ((c.user + c.system) / 1e6);
  };
  const cold = pass();
  let warm = 0;
  for (let i = 0; i < 5; i++) warm = Math.max(warm, pass());
  return { cold, warm };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
export function formatScores(name: string, s: Record<string, PRF>): string {
  return `${name.padEnd(22)} ` + TYPES.map((t) => `${t} P${pct(s[t]!.p)} R${pct(s[t]!.r)} F1${pct(s[t]!.f1)}`).join(' | ');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const shared = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? sharedDir();
  const t0 = performance.now();
  defaultTagger();
  const loadMs = performance.now() - t0;
  const size = statSync(join(modelsDir(), 'ner.bin.gz')).size + statSync(join(modelsDir(), 'clusters.tsv.gz')).size;
  console.log(`model: ${(size / 1e6).toFixed(2)} MB on disk (ner.bin.gz + clusters.tsv.gz), loaded in ${loadMs.toFixed(0)} ms`);
  for (const r of evalConll(shared, ['test', 'dev'])) console.log(formatScores(r.set, r.scores));
  for (const r of evalConll(shared, ['test'], true).slice(1)) console.log(formatScores(r.set, r.scores));
  const speed = benchTagger(shared);
  console.log(`tagging: ${Math.round(speed.cold)} tokens/s first pass, ${Math.round(speed.warm)} tokens/s warm (one core)`);
  const doc = scoreDocEntities(goldPairs(shared));
  console.log(formatScores('gold seed+dev (docs)', doc.scores));
  if (process.argv.includes('--errors')) {
    for (const e of doc.errors) console.log(`${e.id}\n  FP ${e.fp.join('; ')}\n  FN ${e.fn.join('; ')}`);
  }
}
