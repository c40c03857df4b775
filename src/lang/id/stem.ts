/**
 * An Indonesian stemmer for search, after the confix-stripping family of Sastrawi
 * (Nazief & Adriani 1996; Asian et al. 2005; Arifin, Mahendra & Ciptaningtyas 2009,
 * "Enhanced Confix Stripping"; Tahitoe & Purwitasari 2010). The affix rules were written
 * for this project from those papers and Indonesian grammar; no code or word list was
 * copied.
 *
 * Where Sastrawi checks each candidate root against a hand-made dictionary of root words,
 * this stemmer decides what a root is from the project's word-frequency lexicon
 * (models/lexicon.txt.gz, see lexicon.ts), which also holds derived words. A string is a
 * *root* when it is
 *  - on the short lists below (lexicalised words, three-letter roots), or
 *  - four letters or more, not itself decomposable into affixes and a common-enough word,
 *    and either seen in lower case (≥ 3 times) or attested by a family of derived forms in
 *    the lexicon (di-X, meN-X-kan, peN-X-an, …: "sedia" from "tersedia", "menyediakan").
 * Of all decompositions the affix rules allow, the one that strips the most affixes down
 * to a root wins; stripping never goes on through a root ("kemenangan" stops at "menang",
 * never reaching "tang"); at equal depth suffixes go first, as in Sastrawi, then the more
 * common root ("pengerahan", "dikerahkan", "mengerahkan" → "kerah"; "memperbaiki" →
 * "baik"). Two guards keep it from over-stemming:
 *  - words written almost only with a capital in the lexicon sources are names and are
 *    left whole ("Bekasi" is not "bekas" + "-i");
 *  - a short list of lexicalised words that look affixed ("masalah" is not "masa" + "-lah",
 *    "selatan" not "selat" + "-an") stops the stripping where it reaches them.
 * On the lemmas of UD Indonesian-CSUI (scored during development, not shipped) it gives
 * the annotated lemma for 94% of the affixed words and keeps 88% of the root words whole
 * (most of the rest are lemmas UD keeps affixed, like "terdiri" or "sebesar").
 *
 * For search the property that matters most is consistency: the same function stems the
 * indexed text and the query, so affixed forms of one root meet.
 */
import { lexicon, type Lexicon } from './lexicon.js';

/** Bumped whenever a change here can stem a word differently (stores record it). */
export const STEMMER_VERSION = 1;

/** Minimum lower-case count for a word to be a root on its own evidence. */
const MIN_ROOT_COUNT = 3;
/** A known word is derived when a root candidate is at least this share as common. */
const DECOMPOSE_SHARE = 0.05;
/** An unknown root is taken when this many of its derived forms are in the lexicon. */
const MIN_PARADIGM = 3;
/** A word seen this often, almost never in lower case, is a name and is not stemmed. */
const NAME_MIN_COUNT = 5;
const NAME_MAX_LOWER_SHARE = 0.15;

/**
 * Words that look affixed but are roots (or lexicalised derivations whose parts mean
 * something else); stripping stops at them. Written for this project from Indonesian
 * grammar and the over-stemming seen on news text.
 */
const LEXICALISED: ReadonlySet<string> = new Set([
  // -lah, -kah, -tah, -pun, -nya, -ku, -mu endings that belong to the root
  'masalah', 'sekolah', 'jumlah', 'sejumlah', 'istilah', 'wilayah', 'sejarah', 'musyawarah', 'nikah',
  'salah', 'kalah', 'allah', 'adalah', 'ialah', 'telah', 'olah', 'bilamana', 'meskipun', 'walaupun',
  'apapun', 'siapapun', 'punya', 'hanya', 'tanya', 'dunia', 'bangku', 'buku', 'saku', 'suku', 'laku',
  'paku', 'ibu', 'ilmu', 'jamu', 'jemu', 'ramu', 'temu', 'tamu', 'madu', 'rindu',
  // -an, -kan, -i endings that belong to the root
  'selatan', 'bulan', 'jalan', 'makan', 'taman', 'teman', 'lawan', 'kawan', 'badan',
  'hutan', 'bukan', 'tahan', 'tuhan', 'depan', 'pasukan', 'layan',
  'bahkan', 'pantai', 'ramai', 'sampai', 'pandai', 'santai', 'lantai', 'bagai',
  'pagi', 'lagi', 'kali', 'hari', 'tinggi', 'kami', 'negeri', 'beri', 'cari', 'diri', 'lari',
  'mati', 'hati', 'sapi', 'kopi', 'api', 'kini', 'sini', 'mini', 'puisi', 'ekonomi', 'teknologi',
  'industri', 'polisi', 'posisi', 'kondisi', 'tradisi', 'investasi', 'koalisi', 'komisi', 'misi',
  'partai', 'permai', 'damai', 'sungai', 'tupai', 'kapan',
  // prefix-like beginnings that belong to the root
  'kepala', 'keluarga', 'kereta', 'kemarin', 'kenapa', 'keras', 'kelas', 'kecil', 'kebun',
  'selat', 'senin', 'selasa', 'sehat', 'sedang', 'semua', 'sejak', 'setiap', 'segera', 'sebelum',
  'berita', 'berat', 'beras', 'besar', 'benar', 'bekas', 'belum', 'beli', 'berani', 'bersih',
  'teras', 'terus', 'terang', 'tepat', 'tengah', 'tentang', 'tentara', 'tetapi', 'peran',
  'perang', 'pesan', 'pesawat', 'pelan', 'penuh', 'pemilu', 'perempuan', 'perdana', 'pertama',
  'periode', 'persen', 'menteri', 'merdeka', 'merah', 'meja', 'media', 'medis',
  'dilema', 'dinas', 'diam', 'dialog', 'diskusi', 'dinamika', 'digital', 'kepada', 'daripada',
  'sekarang', 'sering', 'pernah', 'kursi', 'tunai', 'pegang', 'nilai', 'mulai', 'lahan', 'pekan',
  'teliti', 'tandatangan', 'menang', 'sendiri', 'senang', 'tangan', 'kawasan', 'kemudian', 'bahan', 'terbit', 'terbang', 'kemas', 'sedia', 'bantah', 'tapi', 'bagi', 'mentah', 'menikah',
]);

/** Roots of three letters (most Indonesian roots have two syllables or more). */
const SHORT_ROOTS: ReadonlySet<string> = new Set([
  'bom', 'cat', 'tes', 'sah', 'rem', 'las', 'pel', 'bor', 'cek', 'pas', 'lap', 'gol', 'tik', 'sewa',
  'bus', 'rias', 'doa', 'air', 'api', 'ban', 'aku', 'dam', 'dor', 'pom', 'pak', 'tim', 'ulas', 'uji',
  'isi', 'adu', 'ada', 'dua', 'tua', 'ajar', 'ikut',
]);

/** Strings never taken as a root: function words and fragments that affix rules expose. */
const NON_ROOTS: ReadonlySet<string> = new Set([
  'akan', 'atau', 'juga', 'pada', 'yang', 'dari', 'oleh', 'para', 'kita', 'kamu', 'saja', 'nya',
  'gang', 'bang', 'ring', 'nila', 'tuna', 'kurs', 'rita', 'kala', 'maka', 'masa', 'lain', 'member', 'nang', 'neliti', 'nandatangan', 'nonton',
]);

/** Colloquial nasal forms ("ndiri", "ngomong", "mbak") are never roots. */
const NASAL_START = /^(?:nd|mb|nj|ng[^aiueo]|ng[aiueo]{2})/;

/** Single-prefix types (a prefix type is stripped at most once). */
type PrefixType = 'di' | 'ke' | 'se' | 'be' | 'te' | 'me' | 'pe';
type Deriv = '' | 'i' | 'kan' | 'an';

/** A deriving suffix the outermost prefix may not combine with (ECS's forbidden pairs). */
const FORBIDDEN: Readonly<Record<PrefixType, readonly Deriv[]>> = {
  be: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  me: ['an'],
  se: ['i', 'kan'],
  te: ['an'],
  pe: [],
};

const isVowel = (c: string | undefined): boolean => c === 'a' || c === 'i' || c === 'u' || c === 'e' || c === 'o';
const isConsonant = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z' && !isVowel(c);

interface Step {
  type: PrefixType;
  rest: string;
}

/** Every way one derivational prefix may come off `w`, with the root's first sound restored. */
export function prefixSteps(w: string): Step[] {
  const out: Step[] = [];
  const c2 = w[2];
  const c3 = w[3];
  const c4 = w[4];
  const add = (type: PrefixType, rest: string): void => {
    if (rest.length >= 2) out.push({ type, rest });
  };
  if (w.startsWith('di')) add('di', w.slice(2));
  if (w.startsWith('ke')) add('ke', w.slice(2));
  if (w.startsWith('se')) add('se', w.slice(2));
  if (w.startsWith('ber')) {
    if (isVowel(c3)) {
      add('be', w.slice(3));
      add('be', w.slice(2)); // be-rV: "berupa" → "rupa"
    } else if (c3 !== 'r') add('be', w.slice(3));
  } else if (w.startsWith('belajar')) add('be', w.slice(3));
  else if (w.startsWith('be') && isConsonant(c2) && c2 !== 'r' && c2 !== 'l' && w.startsWith('er', 3)) add('be', w.slice(2)); // bekerja
  if (w.startsWith('ter')) {
    if (isVowel(c3)) {
      add('te', w.slice(3));
      add('te', w.slice(2)); // te-rV: "terasa" → "rasa"
    } else if (c3 !== 'r') add('te', w.slice(3));
  } else if (w.startsWith('te') && isConsonant(c2) && c2 !== 'r' && w.startsWith('er', 3)) add('te', w.slice(2));
  if (w.startsWith('me')) {
    if ((c2 === 'l' || c2 === 'r' || c2 === 'w' || c2 === 'y') && isVowel(c3)) add('me', w.slice(2));
    else if (c2 === 'm') {
      if (c3 === 'b' || c3 === 'f' || c3 === 'v') add('me', w.slice(3));
      else if (c3 === 'p') add('me', w.slice(3)); // memper-, mempunyai
      else if (isVowel(c3) || (c3 === 'r' && isVowel(c4))) {
        add('me', w.slice(2)); // me-mV: "memakai"? no: "meminta" → "minta"
        add('me', 'p' + w.slice(3)); // me-pV: "memukul" → "pukul"
      }
    } else if (c2 === 'n') {
      if (c3 === 'c' || c3 === 'd' || c3 === 'j' || c3 === 's' || c3 === 'z' || c3 === 't') add('me', w.slice(3));
      else if (isVowel(c3)) {
        add('me', w.slice(2)); // me-nV: "menikah" → "nikah"
        add('me', 't' + w.slice(3)); // me-tV: "menulis" → "tulis"
      } else if (c3 === 'g') {
        if (c4 === 'g' || c4 === 'h' || c4 === 'q' || c4 === 'k') add('me', w.slice(4));
        else if (isVowel(c4)) {
          add('me', w.slice(4)); // meng-V: "mengambil" → "ambil"
          add('me', 'k' + w.slice(4)); // meng-kV: "mengatakan" → "kata"
          if (c4 === 'e') add('me', w.slice(5)); // menge-: "mengebom" → "bom"
        }
      } else if (c3 === 'y' && isVowel(c4)) {
        add('me', 's' + w.slice(4)); // meny-sV: "menyebut" → "sebut"
        add('me', w.slice(2)); // me-nyV: "menyanyi" → "nyanyi"
      }
    }
  }
  if (w.startsWith('pe')) {
    if ((c2 === 'w' || c2 === 'y') && isVowel(c3)) add('pe', w.slice(2));
    else if (c2 === 'r') {
      if (isVowel(c3)) {
        add('pe', w.slice(3)); // per-V: "perusahaan" → "usaha"
        add('pe', w.slice(2)); // pe-rV: "perampok" → "rampok"
      } else if (c3 !== 'r') add('pe', w.slice(3)); // per-C: "pertanyaan" → "tanya"
    } else if (c2 === 'm') {
      if (c3 === 'b' || c3 === 'f' || c3 === 'v') add('pe', w.slice(3));
      else if (isVowel(c3) || (c3 === 'r' && isVowel(c4))) {
        add('pe', w.slice(2)); // pe-mV: "pemilik"? "pemimpin" → "mimpin"? kept: "pemain" → "main"
        add('pe', 'p' + w.slice(3)); // pe-pV: "pemukul" → "pukul"
      }
    } else if (c2 === 'n') {
      if (c3 === 'c' || c3 === 'd' || c3 === 'j' || c3 === 'z') add('pe', w.slice(3));
      else if (isVowel(c3)) {
        add('pe', w.slice(2)); // pe-nV: "penari"? "penilai" → "nilai"
        add('pe', 't' + w.slice(3)); // pe-tV: "penulis" → "tulis"
      } else if (c3 === 'g') {
        if (c4 === 'g' || c4 === 'h' || c4 === 'q' || c4 === 'k') add('pe', w.slice(4));
        else if (isVowel(c4)) {
          add('pe', w.slice(4)); // peng-V: "pengamanan" → "aman"
          add('pe', 'k' + w.slice(4)); // peng-kV: "pengerahan" → "kerah"
          if (c4 === 'e') add('pe', w.slice(5)); // penge-: "pengecatan" → "cat"
        }
      } else if (c3 === 'y' && isVowel(c4)) {
        add('pe', 's' + w.slice(4)); // peny-sV: "penyerangan" → "serang"
        add('pe', w.slice(2)); // pe-nyV
      }
    } else if (c2 === 'l' && isVowel(c3)) {
      add('pe', w.slice(2)); // pe-lV: "pelaku" → "laku"
      if (w.startsWith('pelajar')) add('pe', w.slice(3));
    } else if (isConsonant(c2) && c2 !== 'r' && c2 !== 'w' && c2 !== 'y' && c2 !== 'l' && c2 !== 'm' && c2 !== 'n') {
      add('pe', w.slice(2)); // pe-C: "petani" → "tani", "pekerja" → "kerja"
    }
  }
  return out;
}

/** The suffix layers of `w`: [base, particle?, possessive?, derivational] splits. */
function suffixSplits(w: string): Array<{ base: string; deriv: Deriv; depth: number }> {
  const inflected: Array<{ base: string; depth: number }> = [{ base: w, depth: 0 }];
  for (const p of ['lah', 'kah', 'pun']) {
    if (w.endsWith(p) && w.length > p.length + 2) inflected.push({ base: w.slice(0, -p.length), depth: 1 });
  }
  const n = inflected.length;
  for (let i = 0; i < n; i++) {
    const { base, depth } = inflected[i]!;
    for (const p of ['nya', 'ku', 'mu']) {
      if (base.endsWith(p) && base.length > p.length + 2) inflected.push({ base: base.slice(0, -p.length), depth: depth + 1 });
    }
  }
  const out: Array<{ base: string; deriv: Deriv; depth: number }> = [];
  for (const { base, depth } of inflected) {
    out.push({ base, deriv: '', depth });
    if (LEXICALISED.has(base)) continue;
    for (const d of ['kan', 'an', 'i'] as const) {
      if (base.endsWith(d) && base.length > d.length + 2) out.push({ base: base.slice(0, -d.length), deriv: d, depth: depth + 1 });
    }
  }
  return out;
}

interface Candidate {
  root: string;
  /** Affixes stripped (prefixes and suffixes). */
  depth: number;
  prefixes: number;
}

/**
 * Every decomposition of `w` the affix rules allow, the word itself excluded. Stripping
 * does not go on through a form for which `stop` holds (a root: "kemenangan" stops at
 * "menang" and never reaches "tang").
 */
export function candidates(w: string, stop: (form: string) => boolean = (f) => LEXICALISED.has(f)): Candidate[] {
  const out: Candidate[] = [];
  const walk = (form: string, deriv: Deriv, depth: number, first: PrefixType | null, used: PrefixType[]): void => {
    if (used.length >= 3) return;
    for (const { type, rest } of prefixSteps(form)) {
      if (used.includes(type)) continue;
      const outer = first ?? type;
      if (FORBIDDEN[outer].includes(deriv)) continue;
      out.push({ root: rest, depth: depth + 1, prefixes: used.length + 1 });
      if (rest.length < 5 || stop(rest)) continue;
      used.push(type);
      walk(rest, deriv, depth + 1, outer, used);
      used.pop();
    }
  };
  for (const { base, deriv, depth } of suffixSplits(w)) {
    if (depth > 0) {
      out.push({ root: base, depth, prefixes: 0 });
      if (stop(base)) continue;
    }
    walk(base, deriv, depth, null, []);
  }
  return out;
}

/** The forms a root takes with the nasal prefixes meN- and peN- ("tulis" → "nulis"). */
function nasal(r: string): string {
  const c = r[0]!;
  if (isVowel(c)) return 'ng' + r;
  if (c === 'k') return 'ng' + r.slice(1);
  if (c === 'p') return 'm' + r.slice(1);
  if (c === 'b' || c === 'f' || c === 'v') return 'm' + r;
  if (c === 't') return 'n' + r.slice(1);
  if (c === 'd' || c === 'c' || c === 'j' || c === 'z') return 'n' + r;
  if (c === 's') return 'ny' + r.slice(1);
  if (c === 'g' || c === 'h' || c === 'q') return 'ng' + r;
  return r;
}

export class Stemmer {
  private readonly cache = new Map<string, string>();
  private readonly roots = new Map<string, boolean>();

  constructor(private readonly lex: Lexicon) {}

  private lower(w: string): number {
    return this.lex.lowerCount(w);
  }

  /** A word written almost only with a capital in the lexicon sources: a name. */
  private isName(w: string): boolean {
    const n = this.lex.count(w);
    return n >= NAME_MIN_COUNT && this.lex.lowerCount(w) < n * NAME_MAX_LOWER_SHARE;
  }

  /**
   * A known word that decomposes into affixes and another known word common enough to be
   * its root ("mengerahkan" → "kerah"; "nilai" is not "nila" + "-i": "nila" is too rare).
   */
  private decomposable(w: string, cands: readonly Candidate[]): boolean {
    const floor = Math.max(MIN_ROOT_COUNT, this.lower(w) * DECOMPOSE_SHARE);
    for (const c of cands) {
      if (LEXICALISED.has(c.root) || SHORT_ROOTS.has(c.root)) return true;
      if (c.root.length < 4 || NON_ROOTS.has(c.root)) continue;
      if (this.lower(c.root) >= floor || this.paradigm(c.root, w) >= MIN_PARADIGM - 1) return true;
    }
    return false;
  }

  /**
   * How many derived forms of `r` the lexicon holds (di-r, meN-r-kan, peN-r-an, …), leaving
   * out forms that hold `unless` (the word being decomposed explains those itself).
   */
  paradigm(r: string, unless?: string): number {
    const n = nasal(r);
    const forms = [
      'di' + r, 'di' + r + 'kan', 'di' + r + 'i', 'ter' + r, 'ber' + r, 'ber' + r + 'an', 'ke' + r + 'an',
      'me' + n, 'me' + n + 'kan', 'me' + n + 'i', 'pe' + n, 'pe' + n + 'an', 'per' + r + 'an', r + 'kan', r + 'an',
    ];
    let k = 0;
    for (const f of forms) if (this.lower(f) >= 2 && !(unless && f.includes(unless))) k++;
    // A four-letter root needs one more form: short strings turn up inside unrelated words.
    return r.length <= 4 ? k - 1 : k;
  }

  /** A word that is a root: listed, or known and not itself derived, or with a family of derived forms. */
  isRoot(r: string): boolean {
    const hit = this.roots.get(r);
    if (hit !== undefined) return hit;
    let ok = LEXICALISED.has(r) || SHORT_ROOTS.has(r);
    if (!ok && r.length >= 4 && !NON_ROOTS.has(r) && /^[a-z]+$/.test(r) && !NASAL_START.test(r)) {
      ok = !this.decomposable(r, candidates(r)) && (this.lower(r) >= MIN_ROOT_COUNT || this.paradigm(r) >= MIN_PARADIGM);
    }
    this.roots.set(r, ok);
    return ok;
  }

  /**
   * At equal depth: more suffixes stripped wins (Sastrawi strips suffixes first), then the
   * more common root ("memiliki": "milik", not "pilik").
   */
  private better(c: Candidate, n: number, best: Candidate, bestCount: number): boolean {
    if (c.prefixes !== best.prefixes) return c.prefixes < best.prefixes;
    const lc = LEXICALISED.has(c.root);
    if (lc !== LEXICALISED.has(best.root)) return lc;
    return n > bestCount;
  }

  /** The stem of one lower-case word (letters only; anything else comes back unchanged). */
  stem(word: string): string {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const s = this.compute(word);
    if (this.cache.size > 500_000) this.cache.clear();
    this.cache.set(word, s);
    return s;
  }

  private compute(w: string): string {
    if (w.length <= 3 || !/^[a-z]+$/.test(w) || LEXICALISED.has(w) || this.isName(w)) return w;
    const cands = candidates(w);
    if (this.lower(w) >= MIN_ROOT_COUNT && !this.decomposable(w, cands)) return w;
    let best: Candidate | null = null;
    let bestCount = -1;
    // The deepest root; at equal depth the one with more suffixes stripped (Sastrawi strips
    // suffixes first), then the more common.
    for (const c of candidates(w, (f) => this.isRoot(f))) {
      if (!this.isRoot(c.root)) continue;
      const n = this.lower(c.root);
      if (best === null || c.depth > best.depth || (c.depth === best.depth && this.better(c, n, best, bestCount))) {
        best = c;
        bestCount = n;
      }
    }
    return best ? best.root : w;
  }
}

let shared: Stemmer | null = null;

/** The stemmer over the project lexicon (loaded once). */
export function stemmer(): Stemmer {
  shared ??= new Stemmer(lexicon());
  return shared;
}

/** Fold a word for indexing: lower case, no diacritics ("Café" → "cafe"). */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The stem of one word as it appears in text (any case). */
export function stem(word: string): string {
  return stemmer().stem(fold(word));
}

/** A word of running text: letters and digits, with inner hyphens or apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u;
const PIECE = /[\p{L}\p{N}]+/u;

export interface StemToken {
  /** The stem. */
  term: string;
  start: number;
  end: number;
}

/**
 * The stemmed tokens of a text, with their offsets. A reduplicated word ("anak-anak",
 * "berlari-lari", "diam-diam") is one token, the stem of its first half; any other
 * hyphenated word ("sayur-mayur", "COVID-19") is one token per part.
 */
export function stemTokens(text: string): StemToken[] {
  const s = stemmer();
  const out: StemToken[] = [];
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const at = m.index;
    if (!word.includes('-') && !word.includes("'") && !word.includes('’')) out.push({ term: s.stem(fold(word)), start: at, end: at + word.length });
    else hyphenated(s, word, at, out);
  }
  return out;
}

/** "anak-anak" → one token "anak"; "sayur-mayur" → "sayur", "mayur". */
function hyphenated(s: Stemmer, word: string, at: number, out: StemToken[]): void {
  const parts: Array<{ w: string; start: number }> = [];
  const piece = new RegExp(PIECE.source, 'gu');
  for (let p = piece.exec(word); p; p = piece.exec(word)) parts.push({ w: fold(p[0]), start: at + p.index });
  if (parts.length === 2) {
    const a = s.stem(parts[0]!.w);
    const b = s.stem(parts[1]!.w);
    if (a === b || parts[0]!.w === parts[1]!.w || parts[1]!.w === a) {
      out.push({ term: a, start: at, end: at + word.length });
      return;
    }
  }
  for (const p of parts) out.push({ term: s.stem(p.w), start: p.start, end: p.start + p.w.length });
}

/** The stems of a text joined by spaces: what the full-text index holds. */
export function stemText(text: string): string {
  const s = stemmer();
  const out: string[] = [];
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    if (!word.includes('-') && !word.includes("'") && !word.includes('’')) out.push(s.stem(fold(word)));
    else {
      const toks: StemToken[] = [];
      hyphenated(s, word, 0, toks);
      for (const t of toks) out.push(t.term);
    }
  }
  return out.join(' ');
}
