/**
 * `npm run eval`: scores the engine on ../shared (gold articles, UD treebanks, the dev
 * corpus) and fails when a score falls below the minimums stored in eval/minimums.json
 * (or above a stored maximum, for error rates). Minimums only ever go up.
 *
 *   npm run eval                 all sections
 *   npm run eval -- --only clean run some sections (comma-separated)
 *   npm run eval -- --json       scores as JSON on stdout
 *   npm run eval -- --verbose    per-article details
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/index.js';
import type { Article } from '../src/types.js';
import { loadGold, repoRoot, sharedDir, type GoldCase } from './gold.js';
import { scoreClean, scoreSeedStructure } from './clean.js';
import { scoreCorpus } from './corpus.js';
import { evalUD } from './ud.js';
import { evalConll, scoreDocEntities } from './ner.js';
import { scoreQuantities, scoreTimes } from './quantities-times.js';
import { scoreQuotes } from './quotes.js';

type Scores = Record<string, number>;

interface Section {
  name: string;
  run(ctx: Context): Promise<Scores>;
}

interface Context {
  shared: string;
  verbose: boolean;
  analysed: () => Array<{ c: GoldCase; article: Article }>;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4));

const SECTIONS: Section[] = [
  {
    name: 'clean',
    async run(ctx) {
      const pairs = ctx.analysed();
      const all = scoreClean(pairs);
      const dev = scoreClean(pairs.filter((p) => p.c.set === 'dev'));
      const seedPair = pairs.find((p) => p.c.set === 'seed')!;
      const seed = scoreClean([seedPair]);
      const structure = scoreSeedStructure(seedPair.c, seedPair.article);
      if (ctx.verbose) {
        for (const a of all.perArticle) {
          console.log(`  ${a.name.padEnd(32)} F1 ${a.f1.toFixed(3)}  date ${a.date} (gold ${a.goldDate})${a.leaked.length ? `  leaked: ${a.leaked.map((l) => JSON.stringify(l.slice(0, 50))).join(', ')}` : ''}`);
        }
        if (structure.failed.length) console.log(`  seed structure failed: ${structure.failed.join(', ')}`);
      }
      return {
        'clean.text.f1': all.cleanText.f1,
        'clean.text.precision': all.cleanText.precision,
        'clean.text.recall': all.cleanText.recall,
        'clean.dev.text.f1': dev.cleanText.f1,
        'clean.seed.text.f1': seed.cleanText.f1,
        'clean.noise.leak': all.noiseLeak,
        'clean.published.accuracy': all.dateAccuracy,
        'clean.seed.structure': structure.passed / structure.total,
      };
    },
  },
  {
    name: 'ud',
    async run(ctx) {
      const rows = await evalUD(ctx.shared);
      const out: Scores = {};
      for (const r of rows) {
        out[`ud.${r.set}.tokens.f1`] = r.tokens.f1;
        out[`ud.${r.set}.sentences.f1`] = r.sentences.f1;
      }
      return out;
    },
  },
  {
    name: 'ner',
    async run(ctx) {
      const out: Scores = {};
      for (const r of evalConll(ctx.shared, ['test'])) {
        const set = r.set.startsWith('idner') ? 'idner' : 'nergrit';
        for (const [type, s] of Object.entries(r.scores)) {
          out[`ner.${set}.test.${type === 'ALL' ? 'f1' : `${type}.f1`}`] = s.f1;
        }
      }
      return out;
    },
  },
  {
    name: 'entities',
    async run(ctx) {
      const pairs = ctx.analysed();
      const s = scoreDocEntities(pairs.map(({ c, article }) => ({ gold: c.gold, article, id: c.name })));
      if (ctx.verbose) {
        for (const e of s.errors) if (e.fp.length || e.fn.length) console.log(`  ${e.id}: fp ${e.fp.join(', ')} | fn ${e.fn.join(', ')}`);
      }
      const out: Scores = {};
      for (const [type, p] of Object.entries(s.scores)) out[`entities.${type === 'ALL' ? 'f1' : `${type}.f1`}`] = p.f1;
      return out;
    },
  },
  {
    name: 'amounts',
    async run(ctx) {
      const pairs = ctx.analysed().map(({ c, article }) => ({ gold: c.gold, article }));
      const q = scoreQuantities(pairs);
      const t = scoreTimes(pairs);
      return {
        'quantities.f1': q.f1,
        'quantities.precision': q.precision,
        'quantities.recall': q.recall,
        'times.f1': t.f1,
        'times.precision': t.precision,
        'times.recall': t.recall,
      };
    },
  },
  {
    name: 'quotes',
    async run(ctx) {
      const pairs = ctx.analysed().map(({ c, article }) => ({ gold: c.gold, article, set: c.set }));
      const all = scoreQuotes(pairs);
      const seed = scoreQuotes(pairs.filter((p) => p.set === 'seed'));
      return {
        'quotes.content.f1': all.content.f1,
        'quotes.attribution.f1': all.attribution.f1,
        'quotes.seed.attribution.f1': seed.attribution.f1,
      };
    },
  },
  {
    name: 'corpus',
    async run(ctx) {
      const s = await scoreCorpus(ctx.shared);
      if (!s) return {} as Scores;
      if (ctx.verbose) for (const e of s.examples) console.log(`  marker left: ${e}`);
      return {
        'corpus.lines': s.lines,
        'corpus.missing.outputs': s.lines - s.outputs,
        'corpus.errors': s.errors,
        'corpus.marker.survival': s.markerSurvivalRate,
      };
    },
  },
];

interface Limits {
  min: Record<string, number>;
  max: Record<string, number>;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } },
  });
  const shared = sharedDir();
  const only = values.only ? new Set(values.only.split(',')) : null;
  let cache: Array<{ c: GoldCase; article: Article }> | null = null;
  const ctx: Context = {
    shared,
    verbose: Boolean(values.verbose),
    analysed: () => (cache ??= loadGold(shared).map((c) => ({ c, article: analyze(c.input) }))),
  };
  const limits: Limits = JSON.parse(readFileSync(join(repoRoot(), 'eval', 'minimums.json'), 'utf8'));
  const scores: Scores = {};
  for (const s of SECTIONS) {
    if (only && !only.has(s.name)) continue;
    const t0 = performance.now();
    const got = await s.run(ctx);
    Object.assign(scores, got);
    if (!values.json) {
      console.log(`== ${s.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      for (const [k, v] of Object.entries(got)) {
        const min = limits.min[k];
        const max = limits.max[k];
        const bound = min !== undefined ? `  (min ${fmt(min)})` : max !== undefined ? `  (max ${fmt(max)})` : '';
        console.log(`  ${k.padEnd(34)} ${fmt(v)}${bound}`);
      }
    }
  }
  const failures: string[] = [];
  for (const [k, min] of Object.entries(limits.min)) {
    if (k in scores && !(scores[k]! >= min)) failures.push(`${k} = ${fmt(scores[k]!)} < minimum ${fmt(min)}`);
    if (!(k in scores) && !only) failures.push(`${k} was not measured`);
  }
  for (const [k, max] of Object.entries(limits.max)) {
    if (k in scores && !(scores[k]! <= max)) failures.push(`${k} = ${fmt(scores[k]!)} > maximum ${fmt(max)}`);
    if (!(k in scores) && !only) failures.push(`${k} was not measured`);
  }
  if (values.json) console.log(JSON.stringify(scores, null, 2));
  if (failures.length) {
    console.error(`eval: ${failures.length} score(s) out of bounds:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.error(`eval: all ${Object.keys(limits.min).length + Object.keys(limits.max).length} bounds met`);
  return 0;
}

process.exitCode = await main();
