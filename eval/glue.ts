/**
 * Measures the glue repairer (src/clean/glue.ts).
 *
 *   npx tsx eval/glue.ts [--sample N] [--seed S] [--all]
 *
 * 1. gold/dev: a glued token is a raw whitespace token that is not a token of the gold
 *    clean text but equals (outer punctuation aside) a run of consecutive clean tokens
 *    ("teknologiblockchainsebagai" = "teknologi" "blockchain" "sebagai"). Recall-ish: the
 *    share of those the edits split exactly as the gold does. Precision-ish: of the edits
 *    on text that reached the gold clean text, the share that are not false splits (a
 *    false split cuts a raw token that the gold keeps whole, or produces a piece that is
 *    not a gold token).
 * 2. The seed article: its glue repairs.
 * 3. The dev corpus: edits per article, speed, and a random sample of edits to read.
 * The gold and the corpus are evaluation-only: nothing here is written to the repository.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { findGlueRepairs } from '../src/clean/glue.js';
import { lexicon } from '../src/lang/id/lexicon.js';
import type { Edit } from '../src/clean/edit.js';
import { MappedText } from '../src/clean/mapped.js';
import { sharedDir } from '../src/util/paths.js';

const SHARED = sharedDir();
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SAMPLE = opt('--sample', 40);
const SEED = opt('--seed', 7);
const SHOW_ALL = args.includes('--all');

function normalise(raw: string): string {
  return decodeHTML(raw).replace(/[\u00a0\u2007\u202f\t]/g, ' ');
}

function strip(t: string): string {
  return t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function applyEdits(text: string, edits: Edit[]): string {
  return MappedText.from(text).apply(edits).text;
}

interface Tok {
  start: number;
  end: number;
  text: string;
}
function tokens(text: string): Tok[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const c0 = process.cpuUsage();
lexicon();
const loadMs = cpuMs(c0);

// ------------------------------------------------------------------ gold/dev

const goldDir = join(SHARED, 'gold', 'dev');
let glued = 0;
let fixedExact = 0;
let fixedPartly = 0;
let editsJudged = 0;
let editsFalse = 0;
let editsUnjudged = 0;
const missed: string[] = [];
const falseSplits: string[] = [];
const goodSplits: string[] = [];
const unjudged: string[] = [];

for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.raw.json')).sort()) {
  const raw = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { text: string };
  const gold = JSON.parse(readFileSync(join(goldDir, f.replace('.raw.json', '.gold.json')), 'utf8')) as {
    clean: { text: string };
  };
  const text = normalise(raw.text);
  const clean = gold.clean.text;
  const cleanToks = tokens(clean).map((t) => t.text);
  const cleanSet = new Set(cleanToks.map(strip));
  const cleanRaw = new Set(cleanToks);
  const edits = findGlueRepairs(text);
  const name = f.slice(0, 12);

  // Index: stripped concatenations of 2–6 consecutive clean tokens → their stripped parts.
  const runs = new Map<string, string[]>();
  for (let i = 0; i < cleanToks.length; i++) {
    let cat = cleanToks[i]!;
    for (let j = i + 1; j < Math.min(cleanToks.length, i + 6); j++) {
      cat += cleanToks[j]!;
      const parts = cleanToks.slice(i, j + 1).map(strip).filter(Boolean);
      if (!runs.has(strip(cat))) runs.set(strip(cat), parts);
    }
  }

  for (const t of tokens(text)) {
    const core = strip(t.text);
    if (!core || cleanRaw.has(t.text) || cleanSet.has(core)) continue;
    const parts = runs.get(core);
    if (!parts || parts.length < 2) continue;
    glued++;
    const inside = edits.filter((e) => e.start >= t.start && e.end <= t.end);
    const after = applyEdits(text.slice(t.start, t.end), inside.map((e) => ({ ...e, start: e.start - t.start, end: e.end - t.start })));
    const got = after.split(/\s+/).map(strip).filter(Boolean);
    if (got.join(' ') === parts.join(' ')) fixedExact++;
    else {
      if (inside.length) fixedPartly++;
      missed.push(`${name}  ${t.text}  →  ${after === t.text ? '(unchanged)' : after}   [gold: ${parts.join(' ')}]`);
    }
  }

  const glueCores = new Set(tokens(text).map((t) => strip(t.text)).filter((c) => !cleanSet.has(c) && (runs.get(c)?.length ?? 0) >= 2));
  // A piece is consistent with the gold when it is a gold token or a run of them (under-split).
  const consistent = (p: string) => cleanSet.has(p) || runs.has(p);
  for (const e of edits) {
    const rawPart = text.slice(e.start, e.end);
    const pieces = e.fixed.split(/\s+/).map(strip).filter(Boolean);
    const whole = strip(rawPart);
    const show = `${name}  ${rawPart}  →  ${e.fixed}`;
    if (cleanSet.has(whole) && pieces.length > 1) {
      editsJudged++;
      editsFalse++;
      falseSplits.push(show + '   [gold keeps it whole]');
    } else if (pieces.every(consistent)) {
      editsJudged++;
      goodSplits.push(show);
    } else if (glueCores.has(whole) || [...glueCores].some((g) => g.includes(whole))) {
      editsJudged++;
      editsFalse++;
      falseSplits.push(show + '   [cuts inside a gold word]');
    } else {
      editsUnjudged++;
      unjudged.push(show);
    }
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
console.log('== gold/dev (24 articles)');
console.log(`glued tokens in raw text whose parts are gold tokens: ${glued}`);
console.log(`  split exactly as the gold: ${fixedExact} (${pct(fixedExact, glued)})   partly: ${fixedPartly}`);
console.log(`edits judged: ${editsJudged}   false splits: ${editsFalse}   precision-ish: ${pct(editsJudged - editsFalse, editsJudged)}   unjudged (noise text): ${editsUnjudged}`);
console.log('-- false splits:');
for (const s of falseSplits) console.log('  ' + s);
console.log('-- missed or partly fixed:');
for (const s of missed) console.log('  ' + s);
console.log('-- unjudged (text the gold removed as noise or dateline):');
for (const s of unjudged) console.log('  ' + s);
if (SHOW_ALL) {
  console.log('-- good splits:');
  for (const s of goodSplits) console.log('  ' + s);
}

// ------------------------------------------------------------------ seed

const seed = readFileSync(join(SHARED, 'gold', 'seed', 'nato-kursk.txt'), 'utf8');
console.log('\n== seed nato-kursk.txt');
for (const e of findGlueRepairs(normalise(seed))) console.log(`  ${e.kind}  ${seed.slice(e.start, e.end)}  →  ${JSON.stringify(e.fixed)}`);

// ------------------------------------------------------------------ dev corpus

// Speed: CPU time (wall time is unreliable on a shared machine). The first pass over the
// corpus is what one run sees (JIT warm-up, memo filling); the second is the steady state.
const articles = readFileSync(join(SHARED, 'data', 'news', 'dev-corpus.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => normalise((JSON.parse(l) as { text: string }).text));
const all: Array<{ art: number; e: Edit }> = [];
let chars = 0;
const c1 = process.cpuUsage();
for (let i = 0; i < articles.length; i++) {
  for (const e of findGlueRepairs(articles[i]!)) all.push({ art: i, e });
  chars += articles[i]!.length;
}
const ms = cpuMs(c1);
const c2 = process.cpuUsage();
for (const a of articles) findGlueRepairs(a);
const msWarm = cpuMs(c2);

const byKind = new Map<string, number>();
for (const { e } of all) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
const withEdits = new Set(all.map((x) => x.art)).size;
console.log(`\n== dev corpus: ${articles.length} articles, ${(chars / articles.length).toFixed(0)} chars on average`);
console.log(`edits: ${all.length} (${(all.length / articles.length).toFixed(2)} per article; ${[...byKind].map(([k, v]) => `${k} ${v}`).join(', ')}); articles with an edit: ${withEdits}`);
const per3000 = (t: number) => ((t / chars) * 3000).toFixed(3);
console.log(
  `speed (CPU): lexicon load ${loadMs.toFixed(0)} ms; first pass ${(ms / articles.length).toFixed(3)} ms/article ` +
    `(${per3000(ms)} ms per 3,000 chars), second pass ${(msWarm / articles.length).toFixed(3)} ms/article (${per3000(msWarm)} ms per 3,000 chars)`,
);

let state = SEED >>> 0;
const rand = () => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const sample = [...all];
for (let i = sample.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [sample[i], sample[j]] = [sample[j]!, sample[i]!];
}
console.log(`-- ${Math.min(SAMPLE, sample.length)} random edits (seed ${SEED}):`);
for (const { art, e } of sample.slice(0, SAMPLE)) {
  const t = articles[art]!;
  const ctx = (t.slice(Math.max(0, e.start - 25), e.start) + '[' + t.slice(e.start, e.end) + ']' + t.slice(e.end, e.end + 25)).replace(/\n/g, '⏎');
  console.log(`  ${e.kind === 'glued-sentence' ? 'S' : 'W'}  ${JSON.stringify(e.fixed)}   ← ${ctx}`);
}
