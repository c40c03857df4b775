/**
 * Builds distributional word clusters for the NER tagger (models/clusters.tsv.gz).
 *
 * Source text (unlabelled, used only to derive cluster ids; no text is shipped):
 *   - IndoSum dev folds (`shared/data/sum/indosum/dev.0*.jsonl`, CC BY-SA 4.0, Kurniawan & Louvan 2018)
 *   - detik-5cat-2026 train + val (`shared/data/news/detik-5cat-2026/*.csv`, MIT)
 * The evaluation-only dev corpus and the NER test splits are not read.
 *
 * Method: every lower-cased word seen at least MIN_COUNT times gets a sparse vector of PPMI-weighted
 * left/right neighbour counts (over the CONTEXTS most frequent words; context distribution smoothed
 * with exponent 0.75), L2-normalised; spherical k-means (k-means++ seeding) then splits the
 * vocabulary hierarchically (K1 coarse clusters, each split into K2, each of those into K3), so a
 * word's path "c1.c2.c3" works like a Brown-cluster bit-string prefix. Each word also carries how
 * often it is written with a capital letter away from the start of a sentence (0–9; 10 = too
 * rare to tell): "jakarta" 9, "yang" 0.
 * Output lines: `word<TAB>c1<TAB>c2<TAB>c3<TAB>capDecile`, gzip-compressed. Deterministic (seeded).
 * Run: npx tsx scripts/build-clusters.ts [sharedDir]  (env WARTA_CLUSTER_MIN, WARTA_CLUSTER_OUT: experiments)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { mulberry32 } from '../src/util/random.js';
import { repoRoot, sharedDir } from '../src/util/paths.js';

const MIN_COUNT = +(process.env['WARTA_CLUSTER_MIN'] ?? 4);
const MAX_VOCAB = 60000;
const CONTEXTS = 2000;
const K1 = 32;
const K2 = 12;
const K3 = 6;

const root = repoRoot();
const shared = process.argv[2] ?? sharedDir();


const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function* sentences(): Generator<string[]> {
  const sumDir = join(shared, 'data/sum/indosum');
  for (let i = 1; i <= 5; i++) {
    const lines = readFileSync(join(sumDir, `dev.0${i}.jsonl`), 'utf8').split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { paragraphs: string[][][] };
      for (const p of doc.paragraphs) for (const s of p) yield s;
    }
  }
  for (const split of ['train', 'val']) {
    const csv = readFileSync(join(shared, `data/news/detik-5cat-2026/${split}.csv`), 'utf8');
    const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    for (const r of rows) {
      const body = `${r['judul'] ?? ''}. ${r['isi'] ?? ''}`;
      for (const sent of body.split(/(?<=[.!?])\s+(?=[A-Z"“])/u)) {
        const toks = sent.match(TOKEN_RE);
        if (toks) yield toks;
      }
    }
  }
}

const norm = (w: string) => w.toLowerCase().replace(/\d/g, '0');
const isCap = (w: string) => /^\p{Lu}/u.test(w);

console.error('counting…');
const freq = new Map<string, number>();
const capCount = new Map<string, number>();
const midCount = new Map<string, number>();
const corpus: string[][] = [];
for (const s of sentences()) {
  const low = s.map(norm);
  corpus.push(low);
  for (let i = 0; i < s.length; i++) {
    const w = low[i]!;
    freq.set(w, (freq.get(w) ?? 0) + 1);
    if (i > 0 && /\p{L}/u.test(s[i]!)) {
      midCount.set(w, (midCount.get(w) ?? 0) + 1);
      if (isCap(s[i]!)) capCount.set(w, (capCount.get(w) ?? 0) + 1);
    }
  }
}
const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([, n]) => n >= MIN_COUNT).slice(0, MAX_VOCAB).map(([w]) => w);
const vid = new Map(vocab.map((w, i) => [w, i]));
const cid = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
const tokens = corpus.reduce((n, s) => n + s.length, 0);
console.error(`${corpus.length} sentences, ${tokens} tokens, vocab ${vocab.length}`);

// Sparse co-occurrence counts: key = word * (2*CONTEXTS) + context slot.
const co = new Map<number, number>();
const ctxTotal = new Float64Array(2 * CONTEXTS);
for (const s of corpus) {
  for (let i = 0; i < s.length; i++) {
    const w = vid.get(s[i]!);
    if (w === undefined) continue;
    const l = i > 0 ? cid.get(s[i - 1]!) : CONTEXTS - 1;
    const r = i + 1 < s.length ? cid.get(s[i + 1]!) : CONTEXTS - 1;
    if (l !== undefined) {
      const k = w * 2 * CONTEXTS + l;
      co.set(k, (co.get(k) ?? 0) + 1);
      ctxTotal[l]! += 1;
    }
    if (r !== undefined) {
      const k = w * 2 * CONTEXTS + CONTEXTS + r;
      co.set(k, (co.get(k) ?? 0) + 1);
      ctxTotal[CONTEXTS + r]! += 1;
    }
  }
}
const wordTotal = new Float64Array(vocab.length);
let total = 0;
for (const [k, n] of co) {
  wordTotal[Math.floor(k / (2 * CONTEXTS))]! += n;
  total += n;
}

// Sparse PPMI rows (CSR), L2-normalised; k-means runs on them directly, so no projection noise.
const rowStart = new Int32Array(vocab.length + 1);
const entries = [...co.entries()].sort((a, b) => a[0] - b[0]);
const colIdx: number[] = [];
const vals: number[] = [];
{
  let cur = 0;
  for (const [k, n] of entries) {
    const w = Math.floor(k / (2 * CONTEXTS));
    const c = k % (2 * CONTEXTS);
    // Context distribution smoothed with exponent 0.75 (Levy et al. 2015).
    const pmi = Math.log((n * total) / (wordTotal[w]! * Math.pow(ctxTotal[c]!, 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0) continue;
    while (cur < w) rowStart[++cur] = colIdx.length;
    colIdx.push(c);
    vals.push(pmi);
  }
  while (cur < vocab.length) rowStart[++cur] = colIdx.length;
}
const col = Int32Array.from(colIdx);
const val = Float32Array.from(vals);
for (let w = 0; w < vocab.length; w++) {
  let s = 0;
  for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) s += val[p]! ** 2;
  s = Math.sqrt(s) || 1;
  for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) val[p]! /= s;
}
const DIM = 2 * CONTEXTS;

function dot(w: number, cent: Float32Array, off: number): number {
  let s = 0;
  for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) s += val[p]! * cent[off + col[p]!]!;
  return s;
}
function addRow(w: number, cent: Float32Array, off: number): void {
  for (let p = rowStart[w]!; p < rowStart[w + 1]!; p++) cent[off + col[p]!]! += val[p]!;
}

/** Spherical k-means (k-means++ seeding) over the given word ids; returns a cluster per member. */
function kmeans(members: number[], k: number, seed: number, iters = 20): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    for (let i = 0; i < members.length; i++) assign[i] = i;
    return assign;
  }
  const r = mulberry32(seed);
  const cent = new Float32Array(k * DIM);
  const best = new Float64Array(members.length).fill(-1);
  addRow(members[0]!, cent, 0);
  for (let j = 1; j < k; j++) {
    let sum = 0;
    for (let i = 0; i < members.length; i++) {
      best[i] = Math.max(best[i]!, dot(members[i]!, cent, (j - 1) * DIM));
      sum += 1 - best[i]!;
    }
    let x = r() * sum;
    let pick = members.length - 1;
    for (let i = 0; i < members.length; i++) {
      x -= 1 - best[i]!;
      if (x <= 0) {
        pick = i;
        break;
      }
    }
    addRow(members[pick]!, cent, j * DIM);
  }
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let i = 0; i < members.length; i++) {
      let b = 0;
      let bestS = -Infinity;
      for (let j = 0; j < k; j++) {
        const s = dot(members[i]!, cent, j * DIM);
        if (s > bestS) {
          bestS = s;
          b = j;
        }
      }
      if (assign[i] !== b || it === 0) changed++;
      assign[i] = b;
    }
    cent.fill(0);
    for (let i = 0; i < members.length; i++) addRow(members[i]!, cent, assign[i]! * DIM);
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let d = 0; d < DIM; d++) s += cent[j * DIM + d]! ** 2;
      s = Math.sqrt(s);
      if (s === 0) {
        addRow(members[Math.floor(r() * members.length)]!, cent, j * DIM);
        continue;
      }
      for (let d = 0; d < DIM; d++) cent[j * DIM + d]! /= s;
    }
    if (changed < members.length * 0.002) break;
  }
  return assign;
}

const all = vocab.map((_, i) => i);
const c1 = kmeans(all, K1, 1);
const c2 = new Int32Array(vocab.length);
const c3 = new Int32Array(vocab.length);
for (let a = 0; a < K1; a++) {
  const m1 = all.filter((i) => c1[i] === a);
  const s2 = kmeans(m1, K2, 100 + a);
  m1.forEach((w, i) => (c2[w] = s2[i]!));
  for (let b = 0; b < K2; b++) {
    const m2 = m1.filter((w) => c2[w] === b);
    const s3 = kmeans(m2, K3, 1000 + a * K2 + b, 10);
    m2.forEach((w, i) => (c3[w] = s3[i]!));
  }
  console.error(`cluster ${a + 1}/${K1}: ${m1.length} words`);
}

const out: string[] = [];
for (let i = 0; i < vocab.length; i++) {
  const w = vocab[i]!;
  const mid = midCount.get(w) ?? 0;
  const capDecile = mid < 3 ? 10 : Math.min(9, Math.floor((10 * (capCount.get(w) ?? 0)) / mid));
  out.push(`${w}\t${c1[i]}\t${c2[i]}\t${c3[i]}\t${capDecile}`);
}
mkdirSync(join(root, 'models'), { recursive: true });
const gz = gzipSync(out.join('\n') + '\n', { level: 9 });
writeFileSync(process.env['WARTA_CLUSTER_OUT'] ?? join(root, 'models/clusters.tsv.gz'), gz);
console.error(`wrote models/clusters.tsv.gz (${vocab.length} words, ${gz.length} bytes)`);
for (const probe of ['jakarta', 'surabaya', 'presiden', 'menteri', 'joko', 'kpk', 'mengatakan', 'rusia', 'budi']) {
  const i = vid.get(probe);
  if (i === undefined) continue;
  const same = vocab.filter((_, j) => c1[j] === c1[i] && c2[j] === c2[i] && c3[j] === c3[i]).slice(0, 12);
  console.error(`${probe}: ${same.join(' ')}`);
}
