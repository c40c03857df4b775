/**
 * Entities stage: tags each sentence with the trained NER model (tagger.ts), cleans the mentions
 * (titles out of person names, stray punctuation off the edges), links acronyms the text defines
 * to their expansions, and groups mentions into entities per article (resolve.ts).
 */
import type { Entity, EntityType, Dateline, Span } from '../types.js';
import { tokenize } from '../text/index.js';
import { startsUpper } from '../text/ascii.js';
import { titleLength, markGazetteer, phraseKind, GAZ, HEAD } from '../lang/id/gazetteer/index.js';
import { ORG_HEADS, LOC_HEADS, ORG_TAILS } from '../lang/id/gazetteer/institutions.js';
import { NOT_NAMES } from '../lang/id/titles.js';
import { ORG_BEFORE_PLACE, EVENT_HEADS, LIST_JOINERS, LOCATIVES, EXPANSION_JOINERS } from '../lang/id/gazetteer/cues.js';
import { defaultTagger } from './tagger.js';
import { chunks } from './conll.js';
import { resolveEntities, matchesAcronym, isAcronym, isTitleOnly, type RawMention } from './resolve.js';

export { resolveEntities, entityId } from './resolve.js';
export { tagConll } from './conll.js';

/** BIO tags (B-PER … I-LOC, O) for one sentence of tokens. */
export function tagTokens(tokens: string[]): string[] {
  return defaultTagger().tag(tokens);
}

const NOT_NAME = new Set(NOT_NAMES);
const EDGE_PUNCT = /^[^\p{L}\p{N}]+$/u;
const lowerKey = (t: string) => t.toLowerCase().replace(/\.$/, '');

const EXPANSION_JOINER = new Set(EXPANSION_JOINERS);

interface Tok {
  text: string;
  start: number;
  end: number;
}

/** Expansion of `acr` ending just before token `end` (exclusive): the shortest capitalised run that fits. */
function findExpansion(toks: Tok[], end: number, acr: string): number {
  let k = end - 1;
  const limit = Math.max(0, end - 10);
  for (; k >= limit; k--) {
    const w = toks[k]!.text;
    const cap = /^\p{Lu}/u.test(w);
    if (!cap && !EXPANSION_JOINER.has(w.toLowerCase())) return -1;
    if (cap) {
      const long = toks
        .slice(k, end)
        .map((t) => t.text)
        .join(' ');
      if (matchesAcronym(acr, long) && words(long) >= 2) return k;
    }
  }
  return -1;
}
const words = (s: string) => s.split(/\s+/).length;

interface TokSpan {
  type: EntityType;
  s: number;
  e: number;
}

const ORG_HEAD_WORDS = new Set(ORG_HEADS);
const ORG_TAIL_WORDS = new Set(ORG_TAILS);
const LOC_HEAD_WORDS = new Set(LOC_HEADS);
const ORG_BEFORE = new Set(ORG_BEFORE_PLACE);
const EVENT_HEAD = new Set(EVENT_HEADS);
const GAZ_LOC = new Set<number>([GAZ.country, GAZ.capital, GAZ.province, GAZ.regency, GAZ.place]);
const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const isCapWord = startsUpper;
/** Derived nouns ("Kewilayahan", "Perhubungan", "Pembangunan") are not name parts. */
const DERIVED_NOUN = /^(?:ke|pe|per|pen|pem|peng|peny)\p{Ll}{3,}an$/u;
const LIST_JOINER = new Set(LIST_JOINERS);
const LOCATIVE = new Set(LOCATIVES);
/** Whether a role phrase ("Gubernur", "Wali Kota", "Kapolres") ends just before token i. */
function isRoleEnd(lower: readonly string[], i: number): boolean {
  for (let len = 1; len <= 3 && len <= i; len++) if (titleLength(lower, i - len) === len) return true;
  return false;
}

/** The type the gazetteer or the head word gives a whole mention, or null. */
function knownType(lowerToks: readonly string[]): EntityType | null {
  const k = phraseKind(lowerToks.join(' '));
  if (GAZ_LOC.has(k)) return 'LOC';
  if (k === GAZ.org) return 'ORG';
  const head = lowerToks[0]!;
  if (lowerToks.length > 1 && ORG_HEAD_WORDS.has(head)) return 'ORG';
  if (lowerToks.length > 1 && LOC_HEAD_WORDS.has(head)) return 'LOC';
  if (/^kemen[a-z]/.test(head)) return 'ORG';
  if (lowerToks.length > 1 && ORG_TAIL_WORDS.has(lowerToks[lowerToks.length - 1]!)) return 'ORG';
  return null;
}

/** Corrections on one sentence's spans: gazetteer types and extents, titles, adjacent parts of one name. */
function fixSpans(toks: Tok[], lower: string[], spans: TokSpan[]): TokSpan[] {
  const featurizer = defaultTagger().featurizer;
  /** A capitalised word that is mostly written capitalised: a name part ("Saifullah"), not "Sosial". */
  const nameLike = (i: number) =>
    isCapWord(toks[i]!.text) && featurizer.capitalRate(toks[i]!.text) >= 6 && featurizer.capitalRate(toks[i]!.text) <= 10 &&
    titleLength(lower, i) === 0 && !DERIVED_NOUN.test(lower[i]!);
  const gaz = new Int32Array(toks.length);
  const heads = new Int32Array(toks.length);
  markGazetteer(lower, gaz, heads);
  const out: TokSpan[] = [];
  for (const sp of spans) {
    // Edges: no punctuation, and no lower-case word at the start ("jalan Ciawi").
    while (sp.s < sp.e && (EDGE_PUNCT.test(toks[sp.s]!.text) || /^\p{Ll}/u.test(toks[sp.s]!.text))) sp.s++;
    while (sp.e > sp.s && EDGE_PUNCT.test(toks[sp.e - 1]!.text)) sp.e--;
    if (sp.type === 'PER') {
      for (let len = titleLength(lower, sp.s); len > 0 && sp.s + len < sp.e; len = titleLength(lower, sp.s)) sp.s += len;
    } else {
      // "Walkot Bandung", "Humas Koalisi …": a role before an organisation or place is not part of it.
      const len = titleLength(lower, sp.s);
      if (len > 0 && sp.s + len < sp.e && isCap(toks[sp.s + len]!.text) && phraseKind(lower.slice(sp.s, sp.e).join(' ')) === 0) sp.s += len;
    }
    if (sp.s >= sp.e) continue;
    // "Menteri Sosial Saifullah Yusuf" tagged from "Yusuf": take in the name's other capitalised parts.
    if (sp.type === 'PER') {
      const floor = out.length ? out[out.length - 1]!.e : 0;
      while (sp.s > floor + 1 && nameLike(sp.s - 1) && gaz[sp.s - 1] === 0) sp.s--;
    }
    // "Lusinan orang …": a sentence-opening word that is usually written in lower case.
    if (sp.s === 0 && sp.e === 1 && featurizer.capitalRate(toks[0]!.text) <= 1) continue;
    if (sp.s > 0 && EVENT_HEAD.has(lower[sp.s - 1]!) && isCap(toks[sp.s - 1]!.text)) continue;
    // An office named for its region: "Dinas Perhubungan" + "Jawa Timur", "Polres" + "Bogor".
    if (sp.type === 'ORG' && sp.e < toks.length && (gaz[sp.e] === GAZ.province * 2 || gaz[sp.e] === GAZ.regency * 2)) {
      let e = sp.e + 1;
      while (e < toks.length && gaz[e]! % 2 === 1 && gaz[e]! > 0) e++;
      if (toks.slice(sp.e, e).every((t) => isCap(t.text))) sp.e = e;
    }
    // A gazetteer phrase that the mention's last word opens or continues and that runs past it:
    // "Dinas Perhubungan Jawa" + "Timur" (the province "Jawa Timur"), "Polda Sumatera" + "Utara".
    if (sp.e - sp.s > 1 && sp.e < toks.length && gaz[sp.e - 1]! > 0 && gaz[sp.e]! % 2 === 1) {
      let e = sp.e;
      while (e < toks.length && gaz[e]! % 2 === 1 && gaz[e]! > 0) e++;
      if (toks.slice(sp.e, e).every((t) => isCap(t.text))) sp.e = e;
    }
    // A gazetteer phrase that starts with the mention and runs past it ("Korea" + "Selatan").
    if (gaz[sp.s]! % 2 === 0 && gaz[sp.s]! > 0) {
      let e = sp.s + 1;
      while (e < toks.length && gaz[e]! % 2 === 1 && gaz[e]! > 0) e++;
      if (e > sp.e && toks.slice(sp.e, e).every((t) => isCap(t.text))) sp.e = e;
    }
    out.push(sp);
  }
  // "Pengadilan Negeri (PN) Jakarta Pusat": the bracketed acronym inside a name is not a mention of its own.
  for (let j = 1; j + 1 < out.length; j++) {
    const [a, b, c] = [out[j - 1]!, out[j]!, out[j + 1]!];
    if (a.type === 'ORG' && c.type === 'LOC' && b.e - b.s === 1 && b.s === a.e + 1 && c.s === b.e + 1 &&
        toks[a.e]!.text === '(' && toks[b.e]!.text === ')') {
      out.splice(j, 1);
    }
  }
  // Merge neighbours that make one name.
  const merged: TokSpan[] = [];
  for (const sp of out) {
    const prev = merged[merged.length - 1];
    // "Agence France" + "-" + "Presse" with no spaces: one name.
    if (prev && sp.s === prev.e + 1 && toks[prev.e]!.text === '-' && toks[prev.e]!.start === toks[prev.e - 1]!.end && toks[sp.s]!.start === toks[prev.e]!.end) {
      prev.e = sp.e;
      continue;
    }
    // "Pengadilan Negeri (PN) Jakarta Pusat".
    if (
      prev && prev.type === 'ORG' && sp.type === 'LOC' && sp.s === prev.e + 3 && toks[prev.e]!.text === '(' &&
      toks[prev.e + 2]!.text === ')' && isAcronym(toks[prev.e + 1]!.text) && ORG_HEAD_WORDS.has(lower[prev.s]!)
    ) {
      prev.e = sp.e;
      continue;
    }
    if (prev && prev.e === sp.s && toks[sp.s]!.start - toks[prev.e - 1]!.end <= 1) {
      const head = lower[prev.s]!;
      if (
        (prev.type === 'ORG' && sp.type === 'LOC' && (ORG_BEFORE.has(head) || ORG_HEAD_WORDS.has(head))) ||
        (prev.type === 'ORG' && (head === 'pt' || head === 'cv') && sp.type !== 'ORG')
      ) {
        prev.e = sp.e;
        continue;
      }
    }
    // "Pemerintah" tagged O before "Kota Surabaya": the organisation is the whole.
    if (
      sp.type === 'LOC' &&
      sp.s > 0 &&
      ORG_BEFORE.has(lower[sp.s - 1]!) &&
      isCap(toks[sp.s - 1]!.text) &&
      !(prev && prev.e > sp.s - 1) &&
      phraseKind(lower.slice(sp.s, sp.e).join(' ')) !== GAZ.country
    ) {
      merged.push({ type: 'ORG', s: sp.s - 1, e: sp.e });
      continue;
    }
    merged.push(sp);
  }
  // "di Wawonii, Obi, Kabaena, hingga Sangihe": the items of a list share their type.
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < merged.length; j++) {
      const sp = merged[j]!;
      const linked = (a: TokSpan | undefined, b: TokSpan | undefined) =>
        !!a && !!b && b.s - a.e >= 1 && b.s - a.e <= 2 && toks.slice(a.e, b.s).every((t) => LIST_JOINER.has(t.text.toLowerCase()));
      const prev = linked(merged[j - 1], sp) ? merged[j - 1] : undefined;
      const next = linked(sp, merged[j + 1]) ? merged[j + 1] : undefined;
      const types = [prev?.type, next?.type].filter((t): t is EntityType => !!t);
      if (types.length === 0 || types.some((t) => t !== types[0]) || types[0] === sp.type) continue;
      const chain = types.length === 2 || (prev && linked(merged[j - 2], prev) && merged[j - 2]!.type === prev.type) ||
        (next && linked(next, merged[j + 2]) && merged[j + 2]!.type === next.type);
      if (chain && sp.e - sp.s === 1 && !knownType(lower.slice(sp.s, sp.e))) sp.type = types[0]!;
    }
  }
  for (const sp of merged) {
    // "Pemerintah China" is the state: the country.
    if (sp.e - sp.s > 1 && lower[sp.s] === 'pemerintah' && phraseKind(lower.slice(sp.s + 1, sp.e).join(' ')) === GAZ.country) {
      sp.s++;
      sp.type = 'LOC';
    }
    const kt = knownType(lower.slice(sp.s, sp.e));
    if (kt) sp.type = kt;
    // "KPU Wahyu Setiawan", "Bupati Sidrap Syaharuddin Alrif": an organisation or place before a name.
    if (sp.type === 'PER' && sp.e - sp.s >= 3) {
      for (let k = sp.s + 1; k < sp.e - 1; k++) {
        const prefix = lower.slice(sp.s, k);
        const t = knownType(prefix) ?? (k === sp.s + 1 && /^\p{Lu}{3,}$/u.test(toks[sp.s]!.text) ? 'ORG' : null);
        if (t) {
          merged.push({ type: t, s: sp.s, e: k });
          sp.s = k;
          break;
        }
      }
    }
  }
  // A place the tagger left out: a country or province named on its own ("pria Meksiko",
  // "dibantai Korea Utara"), or a known place after a role or a locative ("Gubernur Jawa Barat
  // Dedi Mulyadi", "Wali Kota Surabaya", "di Sangihe").
  const covered = new Uint8Array(toks.length);
  for (const sp of merged) covered.fill(1, sp.s, sp.e);
  for (let i = 0; i < toks.length; i++) {
    const g = gaz[i]!;
    const kind = g >> 1;
    if (g % 2 !== 0 || !GAZ_LOC.has(kind) || covered[i] || !isCap(toks[i]!.text)) continue;
    let e = i + 1;
    while (e < toks.length && gaz[e] === kind * 2 + 1) e++;
    if (covered.subarray(i, e).some((x) => x)) continue;
    if (i > 0 && EVENT_HEAD.has(lower[i - 1]!)) continue;
    // "Provinsi Sulawesi Selatan", "Kabupaten Pati": the head word belongs to the name.
    if (i > 0 && heads[i - 1] === HEAD.loc && isCapWord(toks[i - 1]!.text) && !covered[i - 1]) {
      merged.push({ type: 'LOC', s: i - 1, e });
      i = e - 1;
      continue;
    }
    const capBefore = i > 1 && isCapWord(toks[i - 1]!.text);
    const capAfter = e < toks.length && isCapWord(toks[e]!.text);
    const afterRole = i > 0 && isRoleEnd(lower, i);
    const afterLocative = i > 0 && LOCATIVE.has(lower[i - 1]!);
    const strong = kind === GAZ.country || kind === GAZ.province || kind === GAZ.capital;
    const ok = afterRole || (strong ? !capBefore && !capAfter : afterLocative && !capAfter);
    if (!ok) continue;
    merged.push({ type: 'LOC', s: i, e });
    i = e - 1;
  }
  return merged.sort((a, b) => a.s - b.s);
}

/** Mentions of one sentence, cleaned, with acronym definitions linked (indices into `all`). */
function sentenceMentions(text: string, toks: Tok[], tags: string[], all: RawMention[]): void {
  const base = all.length;
  const spanOf = new Map<number, number>(); // token index of a mention's first token → index in all
  const endOf = new Map<number, number>(); // token index after a mention's last token → index in all
  const lower = toks.map((t) => lowerKey(t.text));
  const spans = fixSpans(
    toks,
    lower,
    chunks(tags).map((c) => ({ type: c.type as EntityType, s: c.start, e: c.end })),
  );
  for (const { type, s, e } of spans) {
    const start = toks[s]!.start;
    const end = toks[e - 1]!.end;
    const surface = text.slice(start, end);
    if (!/[\p{Lu}\p{N}]/u.test(surface) || NOT_NAME.has(surface.toLowerCase()) || isTitleOnly(surface)) continue;
    if (/^(?:grup|group|pool)\s+\p{Lu}$/iu.test(surface)) continue; // "Grup A" of a tournament
    spanOf.set(s, all.length);
    endOf.set(e, all.length);
    all.push({ type, start, end, text: surface });
  }
  // "X (ACR)", "X atau ACR", "ACR (X)": link, and add the side the tagger missed.
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isAcronym(t.text)) continue;
    const prev = toks[i - 1]!.text;
    const inParens = prev === '(' && toks[i + 1]?.text === ')';
    const afterAtau = prev.toLowerCase() === 'atau' && i >= 2;
    if (!inParens && !afterAtau) continue;
    const defEnd = i - 1;
    let acrIdx = spanOf.get(i);
    if (acrIdx !== undefined && all[acrIdx]!.end !== t.end) acrIdx = undefined;
    const longIdx = endOf.get(defEnd);
    // A mention right before that the acronym does not spell may be the last part of a longer
    // name: "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" tagged as three pieces. Then
    // the expansion is looked for as when nothing was tagged there, but kept only when it opens
    // with an organisation's head word or is capitalised words alone ("Susilo Bambang Yudhoyono
    // (SBY)"): "Andi Pratama di Jakarta (AP)" is no expansion.
    if (longIdx !== undefined && matchesAcronym(t.text, all[longIdx]!.text)) {
      const long = all[longIdx]!;
      if (acrIdx === undefined) {
        acrIdx = all.length;
        all.push({ type: long.type, start: t.start, end: t.end, text: t.text });
      }
      all[acrIdx]!.partner = longIdx;
      continue;
    }
    if (acrIdx === undefined) continue;
    const k = findExpansion(toks, defEnd, t.text);
    if (k < 0) continue;
    if (longIdx !== undefined && !ORG_HEAD_WORDS.has(lower[k]!) && !toks.slice(k, defEnd).every((x) => isCapWord(x.text))) continue;
    const start = toks[k]!.start;
    const end = toks[defEnd - 1]!.end;
    // Drop tagged fragments inside the expansion: the expansion replaces them.
    for (let m = base; m < all.length; m++) {
      const x = all[m]!;
      if (x.start >= start && x.end <= end) x.text = '';
    }
    all.push({ type: all[acrIdx]!.type, start, end, text: text.slice(start, end), partner: acrIdx });
  }
  // "ACR (Expansion)" where the tagger found the acronym: the parenthesised run is its long form.
  for (let i = 0; i + 3 < toks.length; i++) {
    const acrIdx = spanOf.get(i);
    if (acrIdx === undefined || all[acrIdx]!.end !== toks[i]!.end || toks[i + 1]!.text !== '(') continue;
    let j = i + 2;
    while (j < toks.length && toks[j]!.text !== ')' && j - i < 12) j++;
    if (toks[j]?.text !== ')' || j - (i + 2) < 2) continue;
    const start = toks[i + 2]!.start;
    const end = toks[j - 1]!.end;
    const long = text.slice(start, end);
    if (!/^\p{Lu}/u.test(long) || !matchesAcronym(toks[i]!.text, long)) continue;
    for (let m = base; m < all.length; m++) {
      const x = all[m]!;
      if (x.start >= start && x.end <= end) x.text = '';
    }
    all.push({ type: all[acrIdx]!.type, start, end, text: long, partner: acrIdx });
  }
}

const INNER_CAPITAL = /\p{Lu}/u;

/** The entities of an article: tagged mentions grouped per real-world entity (gold/README.md). */
export function extractEntities(text: string, sentences: Span[], dateline: Dateline | null): Entity[] {
  const tagger = defaultTagger();
  let all: RawMention[] = [];
  const featurizer = tagger.featurizer;
  for (const s of sentences) {
    const tt = tokenize(text, s.start, s.end);
    // A sentence whose only capital opens it, on a word usually written in lower case
    // ("Lusinan orang dibawa ke rumah sakit."), holds no name: fixSpans would drop the only
    // span the tagger could find there, so the tagging is skipped (a fifth of news tokens).
    if (tt.count > 1 && !INNER_CAPITAL.test(text.slice(tt.end[0]!, s.end))) {
      const first = text.slice(tt.start[0]!, tt.end[0]!);
      if (featurizer.capitalRate(first) <= 1) continue;
    }
    const toks: Tok[] = new Array(tt.count);
    const strs: string[] = new Array(tt.count);
    for (let i = 0; i < tt.count; i++) {
      const start = tt.start[i]!;
      const end = tt.end[i]!;
      strs[i] = text.slice(start, end);
      toks[i] = { text: strs[i]!, start, end };
    }
    if (tt.count === 0) continue;
    sentenceMentions(text, toks, tagger.tag(strs), all);
  }
  // Remove mentions blanked out above, remapping acronym partners.
  const keep = all.map((m) => m.text !== '');
  const newIndex: number[] = [];
  let k = 0;
  for (let i = 0; i < all.length; i++) newIndex.push(keep[i] ? k++ : -1);
  all = all
    .map((m) => ({ ...m, partner: m.partner !== undefined && keep[m.partner] ? newIndex[m.partner] : undefined }))
    .filter((_, i) => keep[i]);
  const order = all.map((_, i) => i).sort((a, b) => all[a]!.start - all[b]!.start);
  const pos = new Array<number>(all.length);
  order.forEach((o, i) => (pos[o] = i));
  const sorted = order.map((o) => {
    const m = all[o]!;
    return { ...m, partner: m.partner !== undefined ? pos[m.partner] : undefined };
  });
  return resolveEntities(text, sorted, dateline);
}
