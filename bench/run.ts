/**
 * `npm run bench`: speed on the development corpus, compared with a trivial floor measured
 * in the same run (read the file, parse each JSON line, split words). Absolute timings on
 * shared machines are noisy; the ratios to the floor are what to compare across runs.
 *
 *   npm run bench                       the dev corpus, in-process stages and the CLI
 *   npm run bench -- --file X.jsonl     another JSONL file
 *   npm run bench -- --repeat 3         best of N passes, and N rounds of the paired chunks
 *   npm run bench -- --json             figures as JSON: { rows, amountsAndDatesCost }
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pipeline, CORE_STAGES, ALL_STAGES } from '../src/index.js';
import type { ArticleInput } from '../src/types.js';
import { entityStage, quantityStage, timeStage } from '../src/stages.js';
import { repoRoot, sharedDir } from '../eval/gold.js';

interface Row {
  name: string;
  seconds: number;
  articles: number;
  words: number;
}

const WORDS = /\S+/g;

function countWords(s: string): number {
  let n = 0;
  WORDS.lastIndex = 0;
  while (WORDS.exec(s)) n++;
  return n;
}

function best(repeat: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min / 1000;
}

/** Seconds to run `p` over inputs[from, to). */
function timeRun(p: Pipeline, inputs: readonly ArticleInput[], from = 0, to = inputs.length): number {
  const t0 = performance.now();
  for (let i = from; i < to; i++) {
    try {
      p.run(inputs[i]!);
    } catch {
      // bad records are counted by eval, not here
    }
  }
  return (performance.now() - t0) / 1000;
}

const CHUNK = 100;

/**
 * The cost of pipeline `b` over pipeline `a` (b's time over a's, less one), both with
 * `floor` seconds added, from chunks of CHUNK inputs run through both back to back, `rounds`
 * times; each chunk keeps its fastest run per pipeline. Also the same cost from each round's
 * totals, lowest and highest.
 */
function pairedCost(a: Pipeline, b: Pipeline, inputs: readonly ArticleInput[], rounds: number, floor: number): { cost: number; low: number; high: number } {
  const chunks = Math.ceil(inputs.length / CHUNK);
  const bestA = new Array<number>(chunks).fill(Infinity);
  const bestB = new Array<number>(chunks).fill(Infinity);
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let sumA = 0;
    let sumB = 0;
    for (let c = 0; c < chunks; c++) {
      const from = c * CHUNK;
      const to = Math.min(inputs.length, from + CHUNK);
      let ta: number;
      let tb: number;
      if ((c + r) % 2 === 0) {
        ta = timeRun(a, inputs, from, to);
        tb = timeRun(b, inputs, from, to);
      } else {
        tb = timeRun(b, inputs, from, to);
        ta = timeRun(a, inputs, from, to);
      }
      bestA[c] = Math.min(bestA[c]!, ta);
      bestB[c] = Math.min(bestB[c]!, tb);
      sumA += ta;
      sumB += tb;
    }
    perRound.push((sumB + floor) / (sumA + floor) - 1);
  }
  const total = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
  return {
    cost: (total(bestB) + floor) / (total(bestA) + floor) - 1,
    low: Math.min(...perRound),
    high: Math.max(...perRound),
  };
}

function main(): number {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      repeat: { type: 'string', default: '3' },
      json: { type: 'boolean' },
      'no-cli': { type: 'boolean' },
    },
  });
  const file = values.file ?? join(sharedDir(), 'data', 'news', 'dev-corpus.jsonl');
  if (!existsSync(file)) {
    console.error(`bench: no input at ${file} (pass --file X.jsonl)`);
    return 1;
  }
  const repeat = Math.max(1, Number(values.repeat) || 1);
  const rows: Row[] = [];

  // The floor: what any tool must do — read the file, parse each line, split words.
  let articles = 0;
  let words = 0;
  const floor = best(repeat, () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    articles = 0;
    words = 0;
    for (const line of lines) {
      if (!line) continue;
      const a = JSON.parse(line) as ArticleInput;
      words += countWords(a.text);
      articles++;
    }
  });
  rows.push({ name: 'floor (read, parse, split words)', seconds: floor, articles, words });

  const inputs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ArticleInput);
  const stagesets: Array<[string, Pipeline]> = [
    ['structure (clean, dates, sentences)', new Pipeline(CORE_STAGES)],
    ['structure + amounts and dates', new Pipeline([...CORE_STAGES, quantityStage, timeStage])],
    ['structure + entities', new Pipeline([...CORE_STAGES, entityStage])],
  ];
  if (ALL_STAGES.length > CORE_STAGES.length) stagesets.push(['full pipeline', new Pipeline(ALL_STAGES)]);
  // The passes of the rows take turns (row 1, row 2, …, row 1, row 2, …) so that a change of
  // load on a shared machine falls on every row alike; each row keeps its best pass.
  for (const [, pipeline] of stagesets) pipeline.run(inputs[0]!); // load models once, outside the timing
  const passes: number[][] = stagesets.map(() => []);
  for (let r = 0; r < repeat; r++) {
    stagesets.forEach(([, pipeline], k) => passes[k]!.push(timeRun(pipeline, inputs)));
  }
  stagesets.forEach(([name], k) => {
    // Parsing is part of the job: add the floor's parse time so the rows compare like for like.
    rows.push({ name, seconds: Math.min(...passes[k]!) + floor, articles, words });
  });
  // What amounts and dates cost over structure, measured in pairs: the corpus is cut into
  // chunks of 100 articles, and each chunk is run through both pipelines back to back (the
  // order alternating), so that a change of load on a shared machine falls on both halves of
  // a pair. Each chunk keeps its fastest run per pipeline over the rounds. Whole passes, even
  // interleaved, moved this figure by ten points and more from run to run; pairs of chunks
  // move it by about one.
  const paired = pairedCost(stagesets[0]![1], stagesets[1]![1], inputs, repeat, floor);
  if (!values['no-cli']) {
    const bin = join(repoRoot(), 'bin', 'warta');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, 'analyze', '--jsonl', file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) console.error(`bench: the CLI failed: ${r.stderr}`);
    else rows.push({ name: 'CLI: warta analyze --jsonl (one process)', seconds, articles, words });
  }

  if (values.json) {
    const table = rows.map((r) => ({ ...r, articlesPerSecond: r.articles / r.seconds, tokensPerSecond: r.words / r.seconds, ratioToFloor: r.seconds / floor }));
    console.log(JSON.stringify({ rows: table, amountsAndDatesCost: { ...paired, chunk: CHUNK } }, null, 2));
    return 0;
  }
  console.log(`input: ${file} — ${articles} articles, ${words} words; best of ${repeat}; one core`);
  console.log(`${'stage'.padEnd(44)} ${'articles/s'.padStart(11)} ${'tokens/s'.padStart(12)} ${'× floor'.padStart(8)}`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(44)} ${(r.articles / r.seconds).toFixed(0).padStart(11)} ${(r.words / r.seconds).toFixed(0).padStart(12)} ${(r.seconds / floor).toFixed(1).padStart(8)}`,
    );
  }
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(
    `amounts and dates: structure with them runs at ${pct(1 / (1 + paired.cost))} of the speed of structure alone, ` +
      `taking ${pct(paired.cost)} more time (chunks of ${CHUNK} articles run in pairs, the floor's time added to both); ` +
      `round by round ${pct(paired.low)} to ${pct(paired.high)} more time` +
      (paired.high - paired.low > 0.05 ? ' (a wide spread: a loaded machine, run again)' : ''),
  );
  return 0;
}

process.exitCode = main();
