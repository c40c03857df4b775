/**
 * Indonesian number words and digit conventions, as data plus two small readers.
 * Keys are lower-case.
 */
import type { Vague } from '../../types.js';
import { isDigits } from '../../text/ascii.js';

/** Words that stand for a number on their own. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  selusin: 12,
  seratus: 100,
  seribu: 1000,
  sejuta: 1e6,
  semiliar: 1e9,
  semilyar: 1e9,
  setriliun: 1e12,
};

/** Fractions: "setengah" (½), "seperempat" (¼), "sepertiga" (⅓). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  setengah: 0.5,
  separuh: 0.5,
  seperempat: 0.25,
  sepertiga: 1 / 3,
};

/** "belas" (+10), "puluh" (×10), "ratus" (×100): multiply the small number before them. */
export const SMALL_MULTIPLIERS: Readonly<Record<string, number>> = {
  puluh: 10,
  ratus: 100,
};

/** Scale words after a number, digits or words: "2,5 juta", "sepuluh ribu". */
export const SCALES: Readonly<Record<string, number>> = {
  ribu: 1e3,
  rb: 1e3,
  juta: 1e6,
  jt: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
  trilyun: 1e12,
  // English, as found in quoted figures.
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Scale abbreviations only trusted right after a currency amount ("Rp 5 M", "Rp 1,2 T"). */
export const MONEY_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  m: 1e9,
  t: 1e12,
  k: 1e3,
};

/** Vague amounts ("ribuan pasukan"): value null, with the order of magnitude. */
export const VAGUE_WORDS: Readonly<Record<string, Vague>> = {
  belasan: 'tens',
  puluhan: 'tens',
  lusinan: 'dozens',
  ratusan: 'hundreds',
  ribuan: 'thousands',
  jutaan: 'millions',
  miliaran: 'millions', // no bucket above millions in the data model
  milyaran: 'millions',
  triliunan: 'millions',
};

// The same tables as Maps, for looking up words read from the text: a Map hashes the word,
// where an object would first look it up among all of the engine's interned strings.
const NUMBER_WORD_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));
const FRACTION_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(FRACTION_WORDS));
const SMALL_MULTIPLIER_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(SMALL_MULTIPLIERS));
/** SCALES as a Map. */
export const SCALE_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(SCALES));
/** MONEY_SCALE_ABBREVIATIONS as a Map. */
export const MONEY_SCALE_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(MONEY_SCALE_ABBREVIATIONS));
/** VAGUE_WORDS as a Map. */
export const VAGUE_VALUE: ReadonlyMap<string, Vague> = new Map(Object.entries(VAGUE_WORDS));

/** Every word that can be part of a spelled-out number. */
export const NUMBER_WORD_LIST: readonly string[] = [
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(FRACTION_WORDS),
  'belas', 'puluh', 'ratus', 'ribu', 'juta', 'miliar', 'milyar', 'triliun', 'trilyun',
];

/**
 * Value of a run of number words ("dua ratus lima puluh ribu", "dua setengah", "sebelas",
 * "tujuh belas"), or null when the words do not form a number.
 */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastBig = Infinity;
  for (const raw of words) {
    const w = raw.toLowerCase();
    let v: number | undefined;
    if ((v = NUMBER_WORD_VALUE.get(w)) !== undefined) {
      if (v >= 1000) {
        // "seribu", "sejuta": a scale on its own
        total += v;
        current = 0;
      } else current += v;
      seen = true;
    } else if ((v = FRACTION_VALUE.get(w)) !== undefined) {
      current += v;
      seen = true;
    } else if (w === 'belas') {
      if (!seen || current === 0 || current >= 10) return null;
      current += 10;
    } else if ((v = SMALL_MULTIPLIER_VALUE.get(w)) !== undefined) {
      if (!seen || current === 0) return null;
      // "dua ratus lima puluh": multiply only the part below the last hundred.
      const m = v;
      const high = m === 10 ? Math.floor(current / 100) * 100 : 0;
      const low = current - high;
      current = high + low * m;
    } else if ((v = SCALE_VALUE.get(w)) !== undefined) {
      const s = v;
      if (!seen) return null;
      if (s >= lastBig) {
        // "dua ratus ribu juta": the larger scale multiplies what came before.
        total = (total + (current || 0)) * s;
      } else total += (current || 1) * s;
      current = 0;
      lastBig = s;
    } else return null;
  }
  if (!seen) return null;
  return total + current;
}

export type DigitStyle = 'id' | 'en';

/**
 * Value of a digit string. Indonesian style by default: "." groups thousands, "," is the
 * decimal mark ("1.250,5" → 1250.5). English style ("1,500.25") is read where the string
 * itself shows it ("5.9", "1,500,000") or the document does (`style` 'en').
 */
export function parseDigits(s: string, style: DigitStyle = 'id'): number | null {
  if (isDigits(s)) return +s;
  // Indonesian grouping with optional decimal: 1.500 / 1.250,5 / 600.000
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) {
    if (style === 'en' && !s.includes(',') && /^\d{1,3}\.\d{3}$/.test(s)) return +s;
    return +s.replace(/\./g, '').replace(',', '.');
  }
  // English grouping with optional decimal: 1,500,000 / 1,500.25
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) {
    const single = /^\d{1,3},\d{3}$/.test(s);
    if (single && style === 'id') return +s.replace(',', '.');
    return +s.replace(/,/g, '');
  }
  // Plain decimal comma: 77,6
  if (/^\d+,\d+$/.test(s)) return +s.replace(',', '.');
  // Plain decimal point that cannot be grouping: 5.9, 0.75, 12.5
  if (/^\d+\.\d+$/.test(s)) return +s;
  return null;
}
