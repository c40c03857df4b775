/**
 * Gazetteer lookups for the NER tagger (features) and the entity resolver (aliases, metonyms).
 * Data: generated.ts (provinces, regencies, countries, capitals; see scripts/build-gazetteer.ts),
 * places.ts, institutions.ts and ../titles.ts. Built once, on first use.
 */
import { PROVINCES, REGENCIES, COUNTRIES, CAPITALS } from './generated.js';
import {
  COUNTRY_ALIASES,
  CAPITAL_ALIASES,
  STATE_METONYM_CAPITALS,
  REGIONS,
  ISLANDS,
  CITIES,
} from './places.js';
import { INSTITUTIONS, ORG_HEADS, LOC_HEADS } from './institutions.js';
import { HONORIFICS, ROLES } from '../titles.js';

/** Kinds of gazetteer phrase; a token's feature code is kind * 2 + (0 = begins, 1 = inside). */
export const GAZ = {
  none: 0,
  country: 1,
  capital: 2,
  province: 3,
  regency: 4,
  place: 5,
  org: 6,
  role: 7,
  honorific: 8,
} as const;
export const GAZ_KINDS = 9;

/** Kinds of single head word ("Kementerian", "Kabupaten"). */
export const HEAD = { none: 0, org: 1, loc: 2 } as const;

export const normKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

interface Tables {
  phrases: Map<string, number>;
  /** Every proper token prefix of a phrase ("kabupaten", "kabupaten bandung" of "kabupaten bandung barat"). */
  prefixes: Set<string>;
  firstTokens: Set<string>;
  maxLen: number;
  heads: Map<string, number>;
  countryOf: Map<string, string>;
  capitalOf: Map<string, string>;
  metonyms: Set<string>;
  institutionOf: Map<string, number>;
  titles: Map<string, number>;
  titleMaxLen: number;
}

let tables: Tables | null = null;

const splitWords = (s: string) => s.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];

function build(): Tables {
  const phrases = new Map<string, number>();
  const firstTokens = new Set<string>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  const add = (name: string, kind: number, override = false) => {
    const toks = splitWords(name.toLowerCase());
    if (toks.length === 0) return;
    const key = toks.join(' ');
    if (!override && phrases.has(key)) return;
    phrases.set(key, kind);
    for (let j = 1; j < toks.length; j++) prefixes.add(toks.slice(0, j).join(' '));
    firstTokens.add(toks[0]!);
    maxLen = Math.max(maxLen, toks.length);
  };
  // Later kinds do not overwrite earlier ones: countries first, then the more specific lists.
  const countryOf = new Map<string, string>();
  const canonicalCountry = new Map<string, string>();
  for (const [code, names] of COUNTRIES) canonicalCountry.set(code, COUNTRY_ALIASES[code]?.[0] ?? names[0]!);
  for (const [code, names] of COUNTRIES) {
    for (const n of [...(COUNTRY_ALIASES[code] ?? []), ...names]) {
      add(n, GAZ.country);
      if (!countryOf.has(normKey(n))) countryOf.set(normKey(n), canonicalCountry.get(code)!);
    }
  }
  const capitalOf = new Map<string, string>();
  for (const [code, cap] of CAPITALS) {
    for (const n of [...(CAPITAL_ALIASES[code] ?? []), cap]) {
      if (countryOf.has(normKey(n))) continue; // "Singapura", "Kuwait": the country wins
      add(n, GAZ.capital);
      const c = canonicalCountry.get(code);
      if (c && !capitalOf.has(normKey(n))) capitalOf.set(normKey(n), c);
    }
  }
  for (const p of PROVINCES) add(p, GAZ.province);
  for (const p of ['DKI Jakarta', 'DI Yogyakarta', 'DIY', 'Jabar', 'Jateng', 'Jatim', 'Sumut', 'Sumbar', 'Sumsel', 'Sulsel', 'Sulut', 'Sulteng', 'Sultra', 'Kalbar', 'Kalteng', 'Kalsel', 'Kaltim', 'Kaltara', 'NTB', 'NTT', 'Babel', 'Kepri'])
    add(p, GAZ.province);
  for (const [r] of REGENCIES) add(r, GAZ.regency);
  for (const [r, kind] of REGENCIES) add(`${kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r}`, GAZ.regency);
  for (const p of [...CITIES, ...ISLANDS, ...REGIONS]) add(p, GAZ.place);
  const institutionOf = new Map<string, number>();
  INSTITUTIONS.forEach((row, i) => {
    for (const n of row) {
      add(n, GAZ.org);
      if (!institutionOf.has(normKey(n))) institutionOf.set(normKey(n), i);
    }
  });
  const titles = new Map<string, number>();
  let titleMaxLen = 1;
  for (const r of ROLES) {
    add(r, GAZ.role);
    const toks = splitWords(r);
    titles.set(toks.join(' '), GAZ.role);
    titleMaxLen = Math.max(titleMaxLen, toks.length);
  }
  for (const h of HONORIFICS) {
    add(h, GAZ.honorific);
    const toks = splitWords(h);
    titles.set(toks.join(' '), GAZ.honorific);
    titleMaxLen = Math.max(titleMaxLen, toks.length);
  }
  const heads = new Map<string, number>();
  for (const h of ORG_HEADS) heads.set(h, HEAD.org);
  for (const h of LOC_HEADS) heads.set(h, HEAD.loc);
  const metonyms = new Set(STATE_METONYM_CAPITALS.map(normKey));
  return { phrases, prefixes, firstTokens, maxLen, heads, countryOf, capitalOf, metonyms, institutionOf, titles, titleMaxLen };
}

function get(): Tables {
  return (tables ??= build());
}

/**
 * Greedy longest-match of gazetteer phrases over one sentence of lower-cased tokens.
 * Writes a code per token into `out` (0 = none, else kind * 2 + 0 for the first token of a match,
 * kind * 2 + 1 for the others) and each token's head-word kind into `heads`.
 */
export function markGazetteer(lower: readonly string[], out: Int32Array, heads: Int32Array): void {
  const t = get();
  const n = lower.length;
  for (let i = 0; i < n; i++) heads[i] = t.heads.get(lower[i]!) ?? 0;
  let i = 0;
  while (i < n) {
    out[i] = 0;
    if (!t.firstTokens.has(lower[i]!)) {
      i++;
      continue;
    }
    let matched = 0;
    let kind = 0;
    let key = '';
    const limit = Math.min(t.maxLen, n - i);
    for (let len = 1; len <= limit; len++) {
      key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
      const k = t.phrases.get(key);
      if (k !== undefined) {
        matched = len;
        kind = k;
      }
      // No phrase goes on from here: stop extending.
      if (!t.prefixes.has(key)) break;
    }
    if (matched === 0) {
      i++;
      continue;
    }
    out[i] = kind * 2;
    for (let j = 1; j < matched; j++) out[i + j] = kind * 2 + 1;
    i += matched;
  }
}

/** The canonical (Indonesian) name of a country named `name` ("Tiongkok" → "China"), or null. */
export function countryName(name: string): string | null {
  return get().countryOf.get(normKey(name)) ?? null;
}

/** The country whose capital is `name`, if that capital is used for the state ("Moskow" → "Rusia"). */
export function metonymCountry(name: string): string | null {
  const t = get();
  const k = normKey(name);
  return t.metonyms.has(k) ? (t.capitalOf.get(k) ?? null) : null;
}

/** Index of the institution a name or acronym belongs to ("OJK", "Otoritas Jasa Keuangan" → same), or -1. */
export function institutionId(name: string): number {
  return get().institutionOf.get(normKey(name)) ?? -1;
}

/** The gazetteer kind of a whole phrase, or 0. */
export function phraseKind(name: string): number {
  return get().phrases.get(splitWords(name.toLowerCase()).join(' ')) ?? 0;
}

/**
 * Length in tokens of the title, rank or role phrase that starts at `lower[i]`, or 0
 * ("wali kota" → 2, "iptu" → 1). Used to keep titles out of person names.
 */
export function titleLength(lower: readonly string[], i: number): number {
  const t = get();
  let best = 0;
  let key = '';
  for (let len = 1; len <= t.titleMaxLen && i + len <= lower.length; len++) {
    key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]}`;
    if (t.titles.has(key)) best = len;
  }
  return best;
}
