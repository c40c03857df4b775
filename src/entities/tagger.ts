/**
 * The NER tagger: a first-order averaged structured perceptron over hashed features
 * (features.ts), decoded with Viterbi under BIO constraints (I-X only after B-X or I-X).
 * In training, weights live in one Float32Array, a row of TAGS.length floats per hash bucket,
 * and each token has its general features and their domain copies. The shipped model is
 * tagged from one int16 table per domain in which each bucket already holds its general weight
 * plus that of its domain copy (features.ts, domainBucket), so a token costs FEATS_PER_TOKEN
 * look-ups, each one aligned 16-byte row.
 *
 * Model file (models/ner.bin.gz, gzip of):
 *   "WNER" | u32 format | u32 FEATURE_VERSION | u32 hash bits | u32 tag count | f32 scale
 *   | f32 transitions[(tags + 1) * tags] (row 0 = sentence start) | u32 rows | u32 varint bytes
 *   | varint bucket deltas | i16 weights[rows * tags] (times scale).
 */
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';

import {
  FEATS_PER_TOKEN,
  TRAIN_FEATS_PER_TOKEN,
  FEATURE_VERSION,
  Featurizer,
  parseClusters,
  domainBucket,
  DOMAINS,
  type ClusterMap,
  type Domain,
} from './features.js';
import { modelsDir } from '../util/paths.js';
export { modelsDir };

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];
export const NT = TAGS.length;
const FORMAT = 1;
/** Int16 slots per bucket in the tagging tables (NT rounded up to a power of two). */
const ROW = 8;

/** allowed[(prev + 1) * NT + cur]; prev = -1 is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NT + 1) * NT);
  for (let p = -1; p < NT; p++) {
    for (let c = 0; c < NT; c++) {
      const isInside = c % 2 === 0 && c > 0;
      a[(p + 1) * NT + c] = !isInside || p === c - 1 || p === c ? 1 : 0;
    }
  }
  return a;
})();

export class Tagger {
  readonly mask: number;
  private fbuf = new Int32Array(64 * TRAIN_FEATS_PER_TOKEN);
  private em = new Float32Array(64 * NT);
  private delta = new Float32Array(64 * NT);
  private back = new Int8Array(64 * NT);
  /** Shipped model: quantised weights, ROW per bucket (weight = value * scale); null in training. */
  private packed: Int16Array | null = null;
  private scale = 1;
  /** Per domain, built on first use: packed[b] + packed[domainBucket(b)] for every bucket b. */
  private folded: Array<Int16Array | undefined> = [];

  constructor(
    readonly bits: number,
    readonly weights: Float32Array,
    readonly trans: Float32Array,
    readonly featurizer: Featurizer,
  ) {
    this.mask = (1 << bits) - 1;
  }

  private ensure(n: number): void {
    if (this.em.length >= n * NT) return;
    const m = Math.max(n, this.em.length / NT) * 2;
    this.fbuf = new Int32Array(m * TRAIN_FEATS_PER_TOKEN);
    this.em = new Float32Array(m * NT);
    this.delta = new Float32Array(m * NT);
    this.back = new Int8Array(m * NT);
  }

  /** Training features of a sentence: TRAIN_FEATS_PER_TOKEN buckets per token (a view of a reused buffer). */
  features(tokens: readonly string[], domain: Domain = DOMAINS.news): Int32Array {
    this.ensure(tokens.length);
    this.featurizer.featurize(tokens, this.fbuf, this.mask, domain);
    return this.fbuf;
  }

  /** Best tag ids for a sentence featurised by features(), under float weights `w` (training). */
  decodeFeatures(
    n: number,
    feats: Int32Array,
    out: Int8Array | number[],
    w = this.weights,
    tr = this.trans,
    gold: Int8Array | null = null,
    cost = 0,
  ): void {
    if (n === 0) return;
    const em = this.em;
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      const fo = i * TRAIN_FEATS_PER_TOKEN;
      for (let k = 0; k < TRAIN_FEATS_PER_TOKEN; k++) {
        const r = feats[fo + k]! * NT;
        s0 += w[r]!;
        s1 += w[r + 1]!;
        s2 += w[r + 2]!;
        s3 += w[r + 3]!;
        s4 += w[r + 4]!;
        s5 += w[r + 5]!;
        s6 += w[r + 6]!;
      }
      const eo = i * NT;
      em[eo] = s0;
      em[eo + 1] = s1;
      em[eo + 2] = s2;
      em[eo + 3] = s3;
      em[eo + 4] = s4;
      em[eo + 5] = s5;
      em[eo + 6] = s6;
      // Loss-augmented decoding in training: every wrong tag gets `cost` extra, so that the
      // gold path must win by a margin.
      if (gold) for (let c = 0; c < NT; c++) if (c !== gold[i]) em[eo + c] += cost;
    }
    this.viterbi(n, out, tr);
  }

  /** The shipped model's table for a domain (see `folded`). */
  private table(domain: Domain): Int16Array {
    let t = this.folded[domain];
    if (t) return t;
    const p = this.packed!;
    t = new Int16Array(p.length);
    const nb = this.mask + 1;
    for (let b = 0; b < nb; b++) {
      const d = domainBucket(b, domain, this.mask) * ROW;
      const o = b * ROW;
      for (let c = 0; c < NT; c++) t[o + c] = p[o + c]! + p[d + c]!;
    }
    this.folded[domain] = t;
    return t;
  }

  /**
   * The shipped model's emissions: the same sums as decodeFeatures, but over the folded int16
   * table (8 slots a row) and FEATS_PER_TOKEN features. Kept as its own loop rather than
   * shared with the training one so each stays monomorphic (one typed-array kind) on the
   * hottest path of the engine.
   */
  private packedDecode(n: number, feats: Int32Array, w: Int16Array, out: Int8Array | number[]): void {
    const em = this.em;
    const sc = this.scale;
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      const fo = i * FEATS_PER_TOKEN;
      for (let k = 0; k < FEATS_PER_TOKEN; k++) {
        const r = feats[fo + k]! << 3;
        s0 += w[r]!;
        s1 += w[r + 1]!;
        s2 += w[r + 2]!;
        s3 += w[r + 3]!;
        s4 += w[r + 4]!;
        s5 += w[r + 5]!;
        s6 += w[r + 6]!;
      }
      const eo = i * NT;
      em[eo] = s0 * sc;
      em[eo + 1] = s1 * sc;
      em[eo + 2] = s2 * sc;
      em[eo + 3] = s3 * sc;
      em[eo + 4] = s4 * sc;
      em[eo + 5] = s5 * sc;
      em[eo + 6] = s6 * sc;
    }
    this.viterbi(n, out, this.trans);
  }

  private viterbi(n: number, out: Int8Array | number[], tr: Float32Array): void {
    const em = this.em;
    const delta = this.delta;
    const back = this.back;
    for (let c = 0; c < NT; c++) delta[c] = ALLOWED[c] ? tr[c]! + em[c]! : -Infinity;
    for (let i = 1; i < n; i++) {
      const po = (i - 1) * NT;
      const co = i * NT;
      for (let c = 0; c < NT; c++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < NT; p++) {
          if (!ALLOWED[(p + 1) * NT + c]) continue;
          const s = delta[po + p]! + tr[(p + 1) * NT + c]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        delta[co + c] = best + em[co + c]!;
        back[co + c] = arg;
      }
    }
    const lo = (n - 1) * NT;
    let bestTag = 0;
    for (let c = 1; c < NT; c++) if (delta[lo + c]! > delta[lo + bestTag]!) bestTag = c;
    out[n - 1] = bestTag;
    for (let i = n - 1; i > 0; i--) {
      bestTag = back[i * NT + bestTag]!;
      out[i - 1] = bestTag;
    }
  }

  /** BIO tags for one sentence. */
  tag(tokens: readonly string[], domain: Domain = DOMAINS.news): Tag[] {
    const n = tokens.length;
    const ids = new Int8Array(n);
    if (n > 0) {
      if (this.packed) {
        this.ensure(n);
        this.featurizer.featurize(tokens, this.fbuf, this.mask);
        this.packedDecode(n, this.fbuf, this.table(domain), ids);
      } else this.decodeFeatures(n, this.features(tokens, domain), ids);
    }
    const out = new Array<Tag>(n);
    for (let i = 0; i < n; i++) out[i] = TAGS[ids[i]!]!;
    return out;
  }

  /** Serialises the model; weights are quantised to int16. */
  encode(): Buffer {
    // The scale leaves room for a bucket plus its domain copy (the folded tables) in int16.
    let maxAbs = 0;
    const nb = this.weights.length / NT;
    for (const domain of Object.values(DOMAINS)) {
      for (let b = 0; b < nb; b++) {
        const d = domainBucket(b, domain, this.mask) * NT;
        for (let t = 0; t < NT; t++) {
          const x = this.weights[b * NT + t]!;
          maxAbs = Math.max(maxAbs, Math.abs(x), Math.abs(x + this.weights[d + t]!));
        }
      }
    }
    const scale = maxAbs / 32000 || 1;
    const rows: number[] = [];
    for (let b = 0; b < nb; b++) {
      for (let t = 0; t < NT; t++) {
        if (Math.round(this.weights[b * NT + t]! / scale) !== 0) {
          rows.push(b);
          break;
        }
      }
    }
    const varint: number[] = [];
    let prev = 0;
    for (const b of rows) {
      let d = b - prev;
      prev = b;
      while (d >= 128) {
        varint.push((d & 127) | 128);
        d >>>= 7;
      }
      varint.push(d);
    }
    const head = Buffer.alloc(4 + 4 * 5 + 4 * this.trans.length + 8);
    head.write('WNER', 0, 'latin1');
    let o = 4;
    for (const v of [FORMAT, FEATURE_VERSION, this.bits, NT]) o = head.writeUInt32LE(v, o);
    o = head.writeFloatLE(scale, o);
    for (const v of this.trans) o = head.writeFloatLE(v, o);
    o = head.writeUInt32LE(rows.length, o);
    head.writeUInt32LE(varint.length, o);
    const vals = new Int16Array(rows.length * NT);
    rows.forEach((b, i) => {
      for (let t = 0; t < NT; t++) vals[i * NT + t] = Math.round(this.weights[b * NT + t]! / scale);
    });
    return gzipSync(Buffer.concat([head, Buffer.from(varint), Buffer.from(vals.buffer)]), { level: 9 });
  }

  static decode(gz: Buffer, clusters: ClusterMap): Tagger {
    const buf = gunzipSync(gz);
    if (buf.toString('latin1', 0, 4) !== 'WNER') throw new Error('not a warta NER model');
    let o = 4;
    const format = buf.readUInt32LE(o);
    const fv = buf.readUInt32LE(o + 4);
    const bits = buf.readUInt32LE(o + 8);
    const nt = buf.readUInt32LE(o + 12);
    const scale = buf.readFloatLE(o + 16);
    o += 20;
    if (format !== FORMAT || fv !== FEATURE_VERSION || nt !== NT) {
      throw new Error(`NER model format ${format}/${fv} does not match the code (${FORMAT}/${FEATURE_VERSION}); retrain`);
    }
    const trans = new Float32Array((NT + 1) * NT);
    for (let i = 0; i < trans.length; i++, o += 4) trans[i] = buf.readFloatLE(o);
    const nRows = buf.readUInt32LE(o);
    const nVar = buf.readUInt32LE(o + 4);
    o += 8;
    const rows = new Int32Array(nRows);
    let b = 0;
    let p = o;
    for (let i = 0; i < nRows; i++) {
      let d = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = buf[p++]!;
        d |= (byte & 127) << shift;
        shift += 7;
      } while (byte & 128);
      b += d;
      rows[i] = b;
    }
    o += nVar;
    const vals = new Int16Array(buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + nRows * NT * 2));
    const packed = new Int16Array((1 << bits) * ROW);
    for (let i = 0; i < nRows; i++) {
      const r = rows[i]! * ROW;
      for (let t = 0; t < NT; t++) packed[r + t] = vals[i * NT + t]!;
    }
    const tagger = new Tagger(bits, new Float32Array(0), trans, new Featurizer(clusters));
    tagger.packed = packed;
    tagger.scale = scale;
    return tagger;
  }
}


export function loadClusters(dir = modelsDir()): ClusterMap {
  const p = join(dir, 'clusters.tsv.gz');
  return existsSync(p) ? parseClusters(gunzipSync(readFileSync(p)).toString('utf8')) : new Map();
}

let shared: Tagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultTagger(): Tagger {
  if (!shared) {
    const dir = modelsDir();
    shared = Tagger.decode(readFileSync(join(dir, 'ner.bin.gz')), loadClusters(dir));
  }
  return shared;
}
