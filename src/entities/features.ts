/**
 * Features for the NER tagger, hashed into integer ids (no feature strings at tagging time).
 * A token type's own features (word, lower-case form, shape, affixes, clusters) are hashed once
 * and cached; the features of a position (neighbours, bigrams, gazetteer hits, sentence start)
 * are mixed from the cached integers, so the hot loop allocates nothing per token.
 * Shared by scripts/train-ner.ts and the tagger: changing anything here needs a retrain
 * (bump FEATURE_VERSION so an old model file is refused).
 */
import { markGazetteer } from '../lang/id/gazetteer/index.js';

export const FEATURE_VERSION = 7;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser over a pair of integers. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Cluster paths and capitalisation rate of a lower-cased word (see scripts/build-clusters.ts). */
export interface ClusterInfo {
  c1: number;
  c2: number;
  c3: number;
  capDecile: number;
}

export type ClusterMap = Map<string, number>;

export function parseClusters(tsv: string): ClusterMap {
  const m: ClusterMap = new Map();
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const [w, a, b, c, d] = line.split('\t');
    // Packed: c1 (8 bits) | c2 (8 bits) | c3 (8 bits) | capDecile (8 bits).
    m.set(w!, ((+a! << 24) | (+b! << 16) | (+c! << 8) | +d!) >>> 0);
  }
  return m;
}

// Template ids: each feature's hash is mixed with its template's id.
const enum T {
  Bias = 1,
  Word,
  Low,
  Shape,
  ShapeLong,
  Pre1,
  Pre2,
  Pre3,
  Pre4,
  Suf1,
  Suf2,
  Suf3,
  Suf4,
  Cl1,
  Cl2,
  Cl3,
  CapRate,
  Len,
  Affix,
  Flags,
  LowM2,
  LowM1,
  LowP1,
  LowP2,
  ShapeM1,
  ShapeP1,
  Shape3,
  BiM1,
  BiP1,
  ClM1,
  ClP1,
  First,
  FirstLow,
  Gaz,
  GazM1,
  GazP1,
  HeadM1,
  HeadM2,
  CapRateFirst,
  GazLow,
  ClM1Shape,
  LowM1Shape,
  RunFirst,
  RunLast,
  RunPos,
  ClM2,
  ClP2,
  ClBiM1,
  ClBiP1,
  SkipLow,
  RunBefore,
  RunAfter,
  Quote,
}

const ID_PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ber', 'ter', 'di', 'ke', 'se'];
const ID_SUFFIXES = ['kannya', 'annya', 'nya', 'kan', 'an', 'i', 'lah', 'kah', 'pun'];

/** Number of hashed features per token (fixed, so the buffer is a plain matrix). */
export const FEATS_PER_TOKEN = 53;
/**
 * Row width of a token in training: every feature also has a copy conjoined with the text
 * domain (Daumé's "frustratingly easy" augmentation), so that where the two corpora annotate
 * differently (NERGrit, from Wikipedia, often tags a university or a school as a place) each
 * keeps its own convention while the general copy learns what they share.
 */
export const TRAIN_FEATS_PER_TOKEN = 2 * FEATS_PER_TOKEN;

/** Text domains seen in training; the news view is the default. */
export const DOMAINS = { news: 0, wiki: 1 } as const;
export type Domain = (typeof DOMAINS)[keyof typeof DOMAINS];

/**
 * The bucket of a feature's domain copy, from the feature's own bucket: so a tagger can fold
 * each domain's copies into one table (weight[b] + weight[domainBucket(b)]) and look up each
 * feature once.
 */
export function domainBucket(bucket: number, domain: Domain, mask: number): number {
  return mix(bucket, 0xd0 + domain) & mask;
}
const TYPE_FEATS = 19;

interface TypeInfo {
  feats: Int32Array;
  lower: string;
  low: number;
  shape: number;
  cl2: number;
  capRate: number;
  upper: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

function shapeOf(w: string, long: boolean): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else if (UPPER.test(ch)) c = 'X';
    else if (LOWER.test(ch)) c = 'x';
    else if (DIGIT.test(ch)) c = 'd';
    else c = ch;
    if (c === last) {
      run++;
      if (!long || run >= 4) continue;
    } else run = 0;
    out += c;
    last = c;
  }
  return out;
}

const normWord = (w: string) => w.toLowerCase().replace(/\d/g, '0');

export class Featurizer {
  private cache = new Map<string, TypeInfo>();
  private gaz = new Int32Array(256);
  private runStart = new Int32Array(256);
  private runEnd = new Int32Array(256);
  private heads = new Int32Array(256);
  private quote = new Uint8Array(256);
  private lowers: string[] = [];
  private infos: TypeInfo[] = [];
  private readonly bos: TypeInfo;
  private readonly eos: TypeInfo;

  constructor(readonly clusters: ClusterMap) {
    this.bos = this.sentinel('<s>');
    this.eos = this.sentinel('</s>');
  }

  /**
   * How often the word is capitalised away from a sentence start in the cluster corpus, in
   * tenths (0–9); 10 when seen too rarely, 11 when unknown.
   */
  capitalRate(word: string): number {
    const packed = this.clusters.get(normWord(word));
    return packed === undefined ? 11 : packed & 255;
  }

  private sentinel(name: string): TypeInfo {
    const h = hashString(name);
    return { feats: new Int32Array(0), lower: name, low: h, shape: h, cl2: h, capRate: h, upper: 0 };
  }

  private info(w: string): TypeInfo {
    let ti = this.cache.get(w);
    if (ti) return ti;
    if (this.cache.size > 500_000) this.cache.clear();
    const low = normWord(w);
    const f = new Int32Array(TYPE_FEATS);
    const shape = shapeOf(w, false);
    const lowH = hashString(low);
    const shapeH = hashString(shape);
    f[0] = mix(hashString(w), T.Word);
    f[1] = mix(lowH, T.Low);
    f[2] = mix(shapeH, T.Shape);
    f[3] = mix(hashString(shapeOf(w, true)), T.ShapeLong);
    const chars = [...low];
    const n = chars.length;
    const pre = (k: number) => (n > k ? chars.slice(0, k).join('') : '');
    const suf = (k: number) => (n > k ? chars.slice(n - k).join('') : '');
    f[4] = mix(hashString(pre(1)), T.Pre1);
    f[5] = mix(hashString(pre(2)), T.Pre2);
    f[6] = mix(hashString(pre(3)), T.Pre3);
    f[7] = mix(hashString(pre(4)), T.Pre4);
    f[8] = mix(hashString(suf(1)), T.Suf1);
    f[9] = mix(hashString(suf(2)), T.Suf2);
    f[10] = mix(hashString(suf(3)), T.Suf3);
    f[11] = mix(hashString(suf(4)), T.Suf4);
    const packed = this.clusters.get(low);
    let cl2 = hashString('?');
    let capRate = 11;
    if (packed !== undefined) {
      const c1 = packed >>> 24;
      const c2 = (packed >>> 16) & 255;
      const c3 = (packed >>> 8) & 255;
      capRate = packed & 255;
      cl2 = mix(c1 * 256 + c2, 7);
      f[12] = mix(c1, T.Cl1);
      f[13] = mix(cl2, T.Cl2);
      f[14] = mix(mix(cl2, c3), T.Cl3);
    } else {
      f[12] = mix(0xffff, T.Cl1);
      f[13] = mix(cl2, T.Cl2);
      f[14] = mix(0xffff, T.Cl3);
    }
    const upper = /^\p{Lu}/u.test(w) ? 1 : 0;
    f[15] = mix(capRate * 2 + upper, T.CapRate);
    f[16] = mix(Math.min(n, 12), T.Len);
    let affix = 0;
    if (/^\p{Ll}+$/u.test(w) && n > 4) {
      const p = ID_PREFIXES.findIndex((x) => low.startsWith(x) && n - x.length >= 3);
      const s = ID_SUFFIXES.findIndex((x) => low.endsWith(x) && n - x.length >= 3);
      affix = (p + 1) * 32 + (s + 1);
    }
    f[17] = mix(affix, T.Affix);
    const flags =
      (/-/.test(w) ? 1 : 0) | (/\./.test(w) ? 2 : 0) | (/\d/.test(w) ? 4 : 0) | (/^\p{Lu}+$/u.test(w) ? 8 : 0) | (upper << 4);
    f[18] = mix(flags, T.Flags);
    ti = { feats: f, lower: w.toLowerCase(), low: lowH, shape: shapeH, cl2, capRate: capRate * 2 + upper, upper };
    this.cache.set(w, ti);
    return ti;
  }

  /**
   * Writes the FEATS_PER_TOKEN feature buckets (hashes & mask) of each token of `tokens` into
   * `out` (row-major); with a domain (training), each row is followed by the features' domain
   * copies (TRAIN_FEATS_PER_TOKEN per token).
   */
  featurize(tokens: readonly string[], out: Int32Array, mask: number, domain: Domain | -1 = -1): void {
    const stride = domain >= 0 ? TRAIN_FEATS_PER_TOKEN : FEATS_PER_TOKEN;
    const n = tokens.length;
    if (this.gaz.length < n) {
      this.gaz = new Int32Array(n * 2);
      this.heads = new Int32Array(n * 2);
      this.runStart = new Int32Array(n * 2);
      this.runEnd = new Int32Array(n * 2);
      this.quote = new Uint8Array(n * 2);
    }
    const lowers = this.lowers;
    const infos = this.infos;
    lowers.length = n;
    infos.length = n;
    for (let i = 0; i < n; i++) {
      const ti = this.info(tokens[i]!);
      infos[i] = ti;
      lowers[i] = ti.lower;
    }
    markGazetteer(lowers, this.gaz, this.heads);
    // Runs of capitalised tokens ("Persatuan Sepak Bola Seluruh Indonesia"): every token of a run
    // sees the run's first and last word, so a long name is typed by its head.
    const runStart = this.runStart;
    const runEnd = this.runEnd;
    for (let i = 0; i < n; ) {
      if (!infos[i]!.upper) {
        runStart[i] = -1;
        i++;
        continue;
      }
      let e = i + 1;
      while (e < n && infos[e]!.upper) e++;
      for (let j = i; j < e; j++) {
        runStart[j] = i;
        runEnd[j] = e;
      }
      i = e;
    }
    // Inside quotation marks (titles of songs, books, shows are quoted and not names).
    const quote = this.quote;
    let inQ = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t === '"' || t === '``' || t === "''") {
        quote[i] = 2;
        inQ ^= 1;
      } else if (t === '\u201c') {
        quote[i] = 2;
        inQ = 1;
      } else if (t === '\u201d') {
        quote[i] = 2;
        inQ = 0;
      } else quote[i] = inQ;
    }
    const gaz = this.gaz;
    const heads = this.heads;
    for (let i = 0; i < n; i++) {
      const o = i * stride;
      const cur = infos[i]!;
      const m1 = i > 0 ? infos[i - 1]! : this.bos;
      const m2 = i > 1 ? infos[i - 2]! : this.bos;
      const p1 = i + 1 < n ? infos[i + 1]! : this.eos;
      const p2 = i + 2 < n ? infos[i + 2]! : this.eos;
      out.set(cur.feats, o);
      let k = o + TYPE_FEATS;
      out[k++] = T.Bias;
      out[k++] = mix(m2.low, T.LowM2);
      out[k++] = mix(m1.low, T.LowM1);
      out[k++] = mix(p1.low, T.LowP1);
      out[k++] = mix(p2.low, T.LowP2);
      out[k++] = mix(m1.shape, T.ShapeM1);
      out[k++] = mix(p1.shape, T.ShapeP1);
      out[k++] = mix(mix(mix(m1.shape, cur.shape), p1.shape), T.Shape3);
      out[k++] = mix(mix(m1.low, cur.low), T.BiM1);
      out[k++] = mix(mix(cur.low, p1.low), T.BiP1);
      out[k++] = mix(m1.cl2, T.ClM1);
      out[k++] = mix(p1.cl2, T.ClP1);
      const first = i === 0 ? 1 : 0;
      out[k++] = mix(first * 4096 + (cur.shape & 4095), T.First);
      out[k++] = mix(mix(cur.low, first), T.FirstLow);
      const g = gaz[i]!;
      out[k++] = mix(g * 2 + cur.upper, T.Gaz);
      out[k++] = mix(i > 0 ? gaz[i - 1]! * 2 + m1.upper : 999, T.GazM1);
      out[k++] = mix(i + 1 < n ? gaz[i + 1]! * 2 + p1.upper : 999, T.GazP1);
      out[k++] = mix(i > 0 ? heads[i - 1]! * 2 + cur.upper : 99, T.HeadM1);
      out[k++] = mix(i > 1 ? heads[i - 2]! * 2 + cur.upper : 99, T.HeadM2);
      out[k++] = mix(cur.capRate * 2 + first, T.CapRateFirst);
      out[k++] = mix(mix(cur.low, g), T.GazLow);
      out[k++] = mix(mix(m1.cl2, cur.shape), T.ClM1Shape);
      out[k++] = mix(mix(m1.low, cur.shape), T.LowM1Shape);
      const rs = runStart[i]!;
      if (rs >= 0) {
        const re = runEnd[i]!;
        const first = infos[rs]!.low;
        out[k++] = mix(rs === i ? 1 : first, T.RunFirst);
        out[k++] = mix(re === i + 1 ? 1 : infos[re - 1]!.low, T.RunLast);
        out[k++] = mix((Math.min(re - rs, 5) << 4) | ((rs === i ? 1 : 0) + (re === i + 1 ? 2 : 0)), T.RunPos);
        out[k++] = mix(rs > 0 ? infos[rs - 1]!.low : 0, T.RunBefore);
        out[k++] = mix(re < n ? infos[re]!.low : 0, T.RunAfter);
      } else {
        out[k++] = T.RunFirst;
        out[k++] = T.RunLast;
        out[k++] = T.RunPos;
        out[k++] = T.RunBefore;
        out[k++] = T.RunAfter;
      }
      out[k++] = mix(m2.cl2, T.ClM2);
      out[k++] = mix(p2.cl2, T.ClP2);
      out[k++] = mix(mix(m1.cl2, cur.cl2), T.ClBiM1);
      out[k++] = mix(mix(cur.cl2, p1.cl2), T.ClBiP1);
      out[k++] = mix(mix(m1.low, p1.low), T.SkipLow);
      out[k++] = mix(quote[i]! * 4 + cur.upper * 2 + first, T.Quote);
      for (let j = o; j < k; j++) out[j] = out[j]! & mask;
      if (domain >= 0) for (let j = o; j < k; j++) out[j + FEATS_PER_TOKEN] = domainBucket(out[j]!, domain as Domain, mask);
    }
  }
}
