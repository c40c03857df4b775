/**
 * The Indonesian word-frequency lexicon (models/lexicon.txt.gz, built by
 * scripts/build-lexicon.ts from IndoSum, detik-5cat and UD Indonesian; see its header for
 * sources and licences), a small morphological analyser over it, and the closed word lists
 * the glue repairer needs. The word lists were written by hand for this project from
 * Indonesian grammar (PUEBI on affixes and bound forms) and from names common in Indonesian
 * news; no third-party list was copied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { gunzipSync } from 'node:zlib';
import { modelsDir } from '../../util/paths.js';
export { modelsDir };

export interface Lexicon {
  /** Tokens counted when the lexicon was built. */
  readonly total: number;
  /** How often a lower-case word occurred (0 when unknown). */
  count(word: string): number;
  /** How often it was written all in lower case: low for names, high for common words. */
  lowerCount(word: string): number;
  /** A spelling with an inner capital seen in the sources as written ("iPhone", "YouTube"). */
  isMixedCaseForm(form: string): boolean;
  /** The longest camel-case form that starts at `s[i]` ("sebuahWhatsAppmisalnya", 6 → 14), or -1. */
  mixedCaseFormEnd(s: string, i: number): number;
  /**
   * The slot of a word given its two hashes (HASH1/HASH2 over its lower-cased letters), or
   * -1: lets a scanner look words up without making strings.
   */
  slot(h1: number, h2: number): number;
  countAt(slot: number): number;
  lowerCountAt(slot: number): number;
}

/** Hashes for the lexicon table: FNV-1a and a multiply-xorshift, over UTF-16 code units. */
export const HASH1_SEED = 0x811c9dc5 | 0;
export const HASH2_SEED = 0x2545f491 | 0;
export function hash1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
export function hash2(h: number, c: number): number {
  const x = Math.imul(h ^ c, 0x5bd1e995);
  return x ^ (x >>> 13);
}
/** Lower-case code unit (ASCII fast path). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Open-addressing table over typed arrays (wink-nlp style): a lookup is two hashes and a
 * probe or two, with no string hashing; the glue scanner hashes tokens as it reads them.
 */
class HashLexicon implements Lexicon {
  total = 0;
  private readonly mask: number;
  private readonly keys1: Int32Array;
  private readonly keys2: Int32Array;
  private readonly counts: Uint32Array;
  private readonly lowers: Uint32Array;
  readonly mixed = new Set<string>();
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size <<= 1;
    this.mask = size - 1;
    this.keys1 = new Int32Array(size);
    this.keys2 = new Int32Array(size);
    this.counts = new Uint32Array(size);
    this.lowers = new Uint32Array(size);
  }
  /** Adds a word by its hashes, or raises its counts to at least these. */
  put(h1: number, h2: number, count: number, lower: number): void {
    let i = h1 & this.mask;
    while (this.counts[i]! > 0 && !(this.keys1[i] === h1 && this.keys2[i] === h2)) i = (i + 1) & this.mask;
    this.keys1[i] = h1;
    this.keys2[i] = h2;
    this.counts[i] = Math.max(this.counts[i]!, count, 1);
    this.lowers[i] = Math.max(this.lowers[i]!, lower);
  }
  slot(h1: number, h2: number): number {
    let i = h1 & this.mask;
    while (this.counts[i]! > 0) {
      if (this.keys1[i] === h1 && this.keys2[i] === h2) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }
  countAt(slot: number): number {
    return slot < 0 ? 0 : this.counts[slot]!;
  }
  lowerCountAt(slot: number): number {
    return slot < 0 ? 0 : this.lowers[slot]!;
  }
  count(word: string): number {
    return this.countAt(this.slotOf(word));
  }
  lowerCount(word: string): number {
    return this.lowerCountAt(this.slotOf(word));
  }
  private slotOf(w: string): number {
    let h1 = HASH1_SEED;
    let h2 = HASH2_SEED;
    for (let i = 0; i < w.length; i++) {
      const c = lowerCode(w.charCodeAt(i));
      h1 = hash1(h1, c);
      h2 = hash2(h2, c);
    }
    return this.slot(h1, h2);
  }
  isMixedCaseForm(form: string): boolean {
    return this.mixed.has(form) || CAMEL_CASE_NAMES.has(form);
  }
  private byStart: Map<string, string[]> | null = null;
  mixedCaseFormEnd(s: string, i: number): number {
    if (!this.byStart) {
      // Forms indexed by their first two letters, longest first.
      this.byStart = new Map();
      for (const f of [...this.mixed, ...CAMEL_CASE_NAMES].sort((a, b) => b.length - a.length)) {
        const k = f.slice(0, 2);
        const list = this.byStart.get(k);
        if (list) list.push(f);
        else this.byStart.set(k, [f]);
      }
    }
    for (const f of this.byStart.get(s.slice(i, i + 2)) ?? []) if (s.startsWith(f, i)) return i + f.length;
    return -1;
  }
}


/**
 * Names the lexicon sources lack but scraped news is full of (outlets and their channels):
 * known words, so "Okezonepada" is "Okezone pada", not "Oke zone pada".
 */
export const EXTRA_NAMES: readonly string[] = [
  'okezone', 'liputan', 'kumparan', 'tribunnews', 'antaranews', 'sindonews', 'republika',
  'katadata', 'kontan', 'jawapos', 'tirto', 'medcom', 'beritasatu', 'vidio', 'detikcom',
  'kompascom', 'cnbc', 'idntimes', 'suaracom', 'viva', 'inews', 'rcti', 'sctv', 'indosiar',
];

/**
 * Parses the lexicon file format (see scripts/build-lexicon.ts) straight into the hash
 * table, adding EXTRA_NAMES. One pass over the characters: no string per line or word.
 */
export function parseLexicon(text: string): Lexicon {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const lex = new HashLexicon(lines + 1 + EXTRA_NAMES.length);
  const n = text.length;
  for (let i = 0; i < n; ) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = n;
    const first = text.charCodeAt(i);
    if (first === 35 || eol === i) {
      // "#": a header line
    } else if (first === 61) {
      // "=Form<TAB>count": a mixed-case spelling
      const tab = text.indexOf('\t', i);
      if (tab > i && tab < eol) lex.mixed.add(text.slice(i + 1, tab));
    } else {
      let h1 = HASH1_SEED;
      let h2 = HASH2_SEED;
      let j = i;
      for (; j < eol; j++) {
        const c = text.charCodeAt(j);
        if (c === 9) break;
        const lc = lowerCode(c);
        h1 = hash1(h1, lc);
        h2 = hash2(h2, lc);
      }
      let count = 0;
      for (j++; j < eol && text.charCodeAt(j) !== 9; j++) count = count * 10 + text.charCodeAt(j) - 48;
      let lower = 0;
      for (j++; j < eol; j++) lower = lower * 10 + text.charCodeAt(j) - 48;
      lex.put(h1, h2, count, lower);
      lex.total += count;
    }
    i = eol + 1;
  }
  for (const w of EXTRA_NAMES) {
    let h1 = HASH1_SEED;
    let h2 = HASH2_SEED;
    for (let k = 0; k < w.length; k++) {
      h1 = hash1(h1, w.charCodeAt(k));
      h2 = hash2(h2, w.charCodeAt(k));
    }
    lex.put(h1, h2, 50, 0);
  }
  return lex;
}


let cached: Lexicon | null = null;

/** The shipped lexicon, loaded synchronously on first use. */
export function lexicon(): Lexicon {
  if (!cached) cached = parseLexicon(gunzipSync(readFileSync(join(modelsDir(), 'lexicon.txt.gz'))).toString('utf8'));
  return cached;
}

/**
 * Camel-case names not (or too rarely) in the lexicon sources, kept whole: Indonesian apps
 * and companies built from ordinary words ("PeduliLindungi" is not "Peduli Lindungi").
 */
export const CAMEL_CASE_NAMES: ReadonlySet<string> = new Set([
  'PeduliLindungi', 'SatuSehat', 'RuangGuru', 'KitaBisa', 'BukaLapak', 'TokoPedia', 'KapanLagi',
  'TransJakarta', 'TransJabodetabek', 'TransTV', 'TransMart', 'TransMedia', 'JakLingko', 'JakPro',
  'JakASA', 'BliBli', 'GoPay', 'GoFood', 'GoRide', 'GoCar', 'GoSend', 'GoTo', 'GrabFood', 'GrabPay',
  'ShopeePay', 'ShopeeFood', 'LinkAja', 'AirAsia', 'LionAir', 'MotorLand', 'BlackRock', 'BlackBerry',
  'AstraZeneca', 'MediaTek', 'PlayStation', 'PlayStore', 'YouTube', 'LinkedIn', 'WhatsApp', 'TikTok',
  'McDonald', 'McLaren', 'MasterCard', 'PowerPoint', 'JPMorgan', 'XLSmart', 'QJMotor', 'JIExpo',
  'SmackDown', 'FaceTime', 'MacBook', 'AirPods', 'iPhone', 'iPad', 'MetroTV', 'KompasTV', 'KompasTekno',
  'InJourney', 'IndiHome', 'MyPertamina', 'PertaLife', 'FiberStar', 'CryptoQuant', 'MicroStrategy',
  'FlightRadar', 'NasDem', 'SiCepat', 'AkuLaku', 'KreditPintar', 'HaloDoc', 'AloDokter', 'BeAT',
  'LaLiga', 'MotoGP', 'ChatGPT', 'OpenAI', 'DeepSeek', 'SpaceX', 'VinFast', 'BRImo', 'PRUAnugerah',
  'InsyaAllah', 'DetikSore', 'DetikPagi', 'BigHit', 'IdeaPad', 'MagicPad', 'FreeBuds', 'HyperOS',
  'ColorOS', 'MetLife', 'AirNav', 'FreeGo', 'MotionTrade', 'AirCab', 'SharpLink', 'TomTom', 'KontraS',
]);

/**
 * Lower-case prefixes of outlet sub-brands written with an inner capital ("detikOto",
 * "detikJatim"): never a glued "detik" + name.
 */
export const CAMEL_CASE_PREFIXES: readonly string[] = ['detik', 'kompas', 'liputan', 'okezone', 'tempo', 'cnn'];

/**
 * Function words that may stand after a glued name or word ("Trumppada", "Jepangdan",
 * "Infinixini"): prepositions, conjunctions, demonstratives, auxiliaries. "di" and "ke" are
 * listed for lower-case and case-cued glue ("diJepang"), but never split off the end of a
 * capitalised word: many names end in -di ("Suryadi", "Setiadi"), so "Rakyatdi" stays.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'di', 'ke', 'dari', 'dan', 'yang', 'ini', 'itu', 'pada', 'untuk', 'dengan', 'dalam', 'oleh',
  'kepada', 'terhadap', 'tentang', 'akan', 'telah', 'sudah', 'belum', 'juga', 'atau', 'serta',
  'bahwa', 'sebagai', 'karena', 'namun', 'tetapi', 'tapi', 'saat', 'ketika', 'setelah', 'sebelum',
  'sejak', 'hingga', 'sampai', 'antara', 'bagi', 'melalui', 'lewat', 'para', 'sang', 'pun', 'masih',
  'tidak', 'tak', 'bukan', 'adalah', 'merupakan', 'yakni', 'yaitu', 'jika', 'bila', 'agar',
  'supaya', 'selain', 'seperti', 'menurut', 'atas', 'bawah', 'usai', 'jadi', 'kata', 'ujar',
  'sebuah', 'seorang', 'mereka', 'kami', 'kita', 'dia', 'ia', 'saya', 'tersebut', 'pula', 'lagi',
  'sendiri', 'secara', 'demi', 'tanpa', 'selama', 'sedang', 'bisa', 'dapat', 'harus', 'masing',
]);

/**
 * Function words that may follow a glued name whose first part is unknown to the lexicon:
 * none that names end in ("Lempuyang", "Ramdan", "Suparmini", "Sriwedari" stay whole).
 */
export const STRONG_TAIL_WORDS: ReadonlySet<string> = new Set([
  'pada', 'untuk', 'dengan', 'telah', 'sudah', 'juga', 'bahwa', 'kepada', 'melalui',
  'terhadap', 'dalam', 'sebagai', 'tersebut', 'merupakan', 'adalah', 'bersama', 'selama',
]);

/**
 * Pieces a word may not be split into on their own: clitics, suffixes and prefixes
 * ("bekerjanya" is not "bekerja nya", "pertanggungjawaban" not "per tanggung jawaban").
 */
export const BOUND_PIECES: ReadonlySet<string> = new Set([
  'nya', 'kan', 'lah', 'kah', 'tah', 'pun', 'ku', 'mu', 'an', 'ber', 'ter', 'per', 'pe', 'me',
  'mem', 'men', 'meng', 'meny', 'pem', 'pen', 'peng', 'peny', 'se', 'wan', 'wati', 'isme', 'is',
  'ria', 'man', 'nan', 'atik', 'istik', 'ing', 'ed', 'er', 'es', 'al', 'el', 'nas', 'si', 'sa', 'ny', 'anya', 'inya',
]);

/**
 * Three-letter words that may be split off without a case cue: Indonesian function and
 * everyday words, and "one" of "one way". English fragments ("off", "end", "leg": "offtaker",
 * "legend") and bound forms ("pra", "non", "nan") are not among them.
 */
export const THREE_LETTER_PIECES: ReadonlySet<string> = new Set([
  'dan', 'ini', 'itu', 'ada', 'dia', 'tak', 'dua', 'hal', 'tim', 'apa', 'air', 'jam', 'mau', 'ibu',
  'hak', 'aku', 'api', 'isu', 'uji', 'tua', 'tol', 'gas', 'era', 'tes', 'sel', 'sih', 'bus', 'aja',
  'ban', 'zat', 'pas', 'bom', 'via', 'ide', 'isi', 'doa', 'sah', 'teh', 'cek', 'bau', 'tas', 'adu',
  'kue', 'gak', 'oke', 'nol', 'nih', 'kok', 'one', 'kau', 'pak', 'ayo', 'bin', 'kos', 'rem',
]);

/** Two-letter words that may be split off without a case cue ("wayke" → "way ke"). */
export const SHORT_PIECES: ReadonlySet<string> = new Set(['di', 'ke']);

/**
 * Abbreviations written with a period before a capitalised word that are not sentence
 * ends, beyond src/lang/id/abbreviations.ts: photo credits ("dok.Istimewa") and Jakarta's
 * districts ("Jkt.Pst").
 */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dok', 'Dok', 'DOK', 'Jkt', 'JKT', 'Pst', 'Sel', 'Utr', 'Bar', 'Tim', 'Kot', 'Kab', 'Kec',
  'Kel', 'Ket', 'ket', 'Ref', 'Fig', 'Vol', 'Cit',
]);

/** Unit symbols written glued to a number ("10km", "5000mAh"): never split there. */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'km', 'kg', 'cm', 'mm', 'ml', 'mg', 'gb', 'tb', 'mb', 'kb', 'mah', 'mhz', 'ghz', 'khz', 'hz',
  'kwh', 'mwh', 'gwh', 'twh', 'kw', 'mw', 'gw', 'kv', 'mbps', 'gbps', 'kbps', 'rpm', 'fps', 'cc',
  'hp', 'ps', 'nm', 'mp', 'inci', 'meter', 'ton', 'liter', 'gram', 'watt', 'volt', 'an', 'th', 'st',
  'nd', 'rd', 'x', 'k', 'g', 'm', 'jt', 'rb', 'ha', 'wib', 'wita', 'wit', 'pm', 'am', 'mdpl',
]);

/** Names written as a number glued to a word ("20detik", detik's video channel). */
export const GLUED_NUMBER_NAMES: ReadonlySet<string> = new Set(['20detik', '7Eleven', '3Second']);

// ---------------------------------------------------------------------------------------
// Morphology: is an unknown word an affixed form of a known one ("keberlanjutannya")?

/** Bound forms written solid before a word (PUEBI: "antarnegara", "pascapandemi"). */
const BOUND_FORMS = [
  'antar', 'pasca', 'pra', 'non', 'multi', 'sub', 'super', 'semi', 'anti', 'pro', 'ultra', 'swa',
  'tuna', 'purna', 'maha', 'dwi', 'tri', 'eka', 'panca', 'lintas', 'serba', 'inter', 'trans',
  'mega', 'mini', 'mikro', 'makro', 'infra', 'ekstra', 'neo', 'kontra', 'awa', 'tan', 'nir',
  'adi', 'oto', 'auto', 'over', 'bio', 'geo', 'tele', 'poli', 'pan', 'hiper', 'intra', 'pseudo', 're',
];
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const DERIVATIONAL = ['kan', 'an', 'i', 'isasi', 'is', 'isme', 'wan', 'wati', 'ik', 'if', 'al'];
/** Prefixes with the root's first letter they may have swallowed (meN-: "menulis" ← "tulis"). */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['menge', ''], ['penge', ''], ['meny', 's'], ['peny', 's'], ['meng', 'k'], ['peng', 'k'],
  ['meng', ''], ['peng', ''], ['mem', 'p'], ['pem', 'p'], ['mem', ''], ['pem', ''], ['men', 't'],
  ['pen', 't'], ['men', ''], ['pen', ''], ['me', ''], ['pe', ''], ['ber', ''], ['be', ''],
  ['bel', ''], ['ter', ''], ['te', ''], ['per', ''], ['di', ''], ['ke', ''], ['se', ''], ['ku', ''],
  ['kau', ''],
];

const MIN_ROOT = 3;

/** Stems left after removing suffixes: [stem, had a suffix]. "keberlanjutannya" → …, "keberlanjut". */
function suffixStems(w: string): Array<readonly [string, boolean]> {
  const out: Array<readonly [string, boolean]> = [[w, false]];
  for (const group of [PARTICLES, POSSESSIVES, DERIVATIONAL]) {
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const stem = out[i]![0];
      for (const s of group) {
        if (stem.length >= s.length + MIN_ROOT && stem.endsWith(s)) out.push([stem.slice(0, -s.length), true]);
      }
    }
  }
  return out;
}

/** Forms left after removing one prefix (with meN-/peN- sound changes undone). */
function unprefix(w: string, hadSuffix: boolean, out: string[]): void {
  for (const [p, restore] of PREFIXES) {
    if (w.length < p.length + MIN_ROOT || !w.startsWith(p)) continue;
    // ke- stands alone only in a ke-…-an noun or before a numeral ("kedua", in the lexicon).
    if (p === 'ke' && !hadSuffix) continue;
    const rest = w.slice(p.length);
    if (restore) {
      if (/^[aiueo]/.test(rest)) out.push(restore + rest);
    } else out.push(rest);
  }
}

/** A compound root inside a circumfix: "tidakadil" (ke-tidakadil-an), "tanggungjawab". */
function knownCompound(lex: Lexicon, w: string, minCount: number): boolean {
  for (let i = 4; i <= w.length - 4; i++) {
    if (lex.count(w.slice(0, i)) >= minCount * 5 && lex.count(w.slice(i)) >= minCount * 5) return true;
  }
  return false;
}

/**
 * Whether `w` (lower case) is a known word with affixes: up to two prefixes (with meN-/peN-
 * sound changes), derivational suffixes, possessive clitics and particles, or a bound form
 * before a word ("antarnegara"). The root must be in the lexicon at least `minCount` times.
 */
export function isAffixed(lex: Lexicon, w: string, minCount = 3): boolean {
  const known = (x: string) => x.length >= MIN_ROOT && lex.count(x) >= minCount;
  const compounds: string[] = [];
  for (const [stem, hadSuffix] of suffixStems(w)) {
    if (stem !== w && known(stem)) return true;
    const first: string[] = [];
    unprefix(stem, hadSuffix, first);
    for (const r1 of first) {
      if (known(r1)) return true;
      const second: string[] = [];
      unprefix(r1, hadSuffix, second);
      for (const r2 of second) if (known(r2)) return true;
      if (hadSuffix && r1.length >= 6) compounds.push(r1);
    }
  }
  for (const c of compounds) if (knownCompound(lex, c, minCount)) return true;
  for (const b of BOUND_FORMS) {
    if (w.length > b.length + 3 && w.startsWith(b) && lex.count(w.slice(b.length)) >= Math.max(minCount, 5)) return true;
  }
  return false;
}
