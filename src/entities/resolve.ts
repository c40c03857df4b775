/**
 * From tagged mentions to the entities of one article (gold/README.md, "entities"):
 *  1. mentions are cleaned: titles, ranks and roles leave person names ("Iptu Ardian" → "Ardian");
 *  2. acronyms the text defines are linked to their expansion ("Otoritas Jasa Keuangan (OJK)",
 *     "Pakta Pertahanan Atlantik Utara atau NATO"), as are pairs the gazetteer knows (KPK);
 *  3. mentions are grouped: same text; a person's shorter form inside a longer one ("Rutte" in
 *     "Mark Rutte"); a place with and without its head ("Kabupaten Sidoarjo", "Sidoarjo");
 *     country aliases ("Cina", "Tiongkok"); capitals used for their state ("Moskow" → Rusia);
 *  4. each group gets the majority type, the fullest form as its name, and a stable id.
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityType, Mention, Dateline } from '../types.js';
import { countryName, metonymCountry, institutionId, normKey, phraseKind, GAZ } from '../lang/id/gazetteer/index.js';
import { PLACE_HEADS, GEO_CONTEXT, ADMIN_WORDS, ORG_SUFFIX_HEADS } from '../lang/id/gazetteer/cues.js';
import { ORG_HEADS, ORG_TAILS, KNOWN_BY_ACRONYM } from '../lang/id/gazetteer/institutions.js';
import { INFORMAL_COUNTRY_NAMES } from '../lang/id/gazetteer/places.js';

/** A tagged span in the article text. */
export interface RawMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** The mention is a capital standing for its state. */
  metonymOf?: string;
  /** The mention defines or is defined by an acronym: index of the partner mention. */
  partner?: number;
}

const LOC_HEADS = new Set(PLACE_HEADS);

const ADMIN_WORD = new Set(ADMIN_WORDS);
const ORG_SUFFIX_HEAD = new Set(ORG_SUFFIX_HEADS);

/**
 * "Indodax Oscar Darmawan" (from "CEO Indodax Oscar Darmawan"), "KPU Wahyu Setiawan": a mention of
 * three or more words whose head is an organisation or place named elsewhere in the article (or in
 * the gazetteer), or whose tail starts with a person's name used alone elsewhere, is two mentions.
 */
function splitNamePrefixes(mentions: RawMention[]): void {
  const keys = new Map<string, EntityType>();
  for (const m of mentions) if (!keys.has(normKey(m.text))) keys.set(normKey(m.text), m.type);
  const added: RawMention[] = [];
  for (const m of mentions) {
    if (m.partner !== undefined) continue;
    const parts = [...m.text.matchAll(/\S+/g)];
    if (parts.length < 3) continue;
    for (let k = 1; k < parts.length - 1; k++) {
      const head = normKey(parts.slice(0, k).map((p) => p[0]).join(' '));
      const tail = normKey(parts.slice(k).map((p) => p[0]).join(' '));
      const headType = keys.get(head);
      const gk = phraseKind(head);
      const knownHead =
        (headType && headType !== 'PER' && head !== normKey(m.text)) || gk === GAZ.org || gk === GAZ.country || gk === GAZ.province || gk === GAZ.regency;
      const tailIsPerson = keys.get(normKey(parts[k]![0])) === 'PER' && keys.get(normKey(parts[0]![0])) !== 'PER';
      if (!knownHead && !tailIsPerson) continue;
      if (knownHead && !tailIsPerson && m.type !== 'PER' && keys.get(tail) !== 'PER') continue;
      const cut = m.start + parts[k]!.index!;
      const headText = m.text.slice(0, parts[k - 1]!.index! + parts[k - 1]![0].length);
      added.push({
        type: headType && headType !== 'PER' ? headType : gk === GAZ.org || gk === 0 ? 'ORG' : 'LOC',
        start: m.start,
        end: m.start + headText.length,
        text: headText,
      });
      m.text = m.text.slice(cut - m.start);
      m.start = cut;
      m.type = 'PER';
      break;
    }
  }
  if (added.length) {
    // Partners index into `mentions`; the new heads go at the end so those indices stay valid.
    mentions.push(...added);
  }
}

const ORG_HEAD = new Set(ORG_HEADS);
const ORG_TAIL = new Set(ORG_TAILS);

/**
 * "Infinix XPAD", "Microsoft Rewards": an organisation's name followed by a product's is a
 * product, not an organisation; the mention is cut back to the maker ("Infinix"). Evidence that
 * the first word is a maker: the article names it alone as an organisation, or it starts two or
 * more different longer organisation mentions. Not for a head word ("Bank", "Universitas"), a
 * place after it ("Infinix Indonesia" is the local arm), an organisation tail ("… Group") or an
 * acronym's expansion. Returns the product names cut off ("xpad"): mentions of them alone are
 * products too, and are dropped.
 */
function cutProducts(mentions: RawMention[]): Set<string> {
  const products = new Set<string>();
  const alone = new Set<string>();
  const starts = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const ws = words(normKey(m.text));
    if (ws.length === 1) alone.add(ws[0]!);
    else {
      const set = starts.get(ws[0]!) ?? new Set<string>();
      set.add(ws.slice(1).join(' '));
      starts.set(ws[0]!, set);
    }
  }
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.partner !== undefined) continue;
    const first = /^\S+/.exec(m.text)![0];
    const ws = words(normKey(m.text));
    if (ws.length < 2 || ws.length > 4) continue;
    const w1 = ws[0]!;
    if (!/^\p{Lu}/u.test(first) || ORG_HEAD.has(w1) || ORG_SUFFIX_HEAD.has(w1) || ADMIN_WORD.has(w1) || LOC_HEADS.has(w1)) continue;
    if (phraseKind(w1) !== 0 && phraseKind(w1) !== GAZ.org) continue;
    const rest = ws.slice(1).join(' ');
    if (phraseKind(rest) !== 0 || countryName(rest) || ORG_TAIL.has(ws[ws.length - 1]!)) continue;
    if (!alone.has(w1) && (starts.get(w1)?.size ?? 0) < 2) continue;
    products.add(rest);
    m.end = m.start + first.length;
    m.text = first;
  }
  return products;
}

export function entityId(type: EntityType, name: string): string {
  return createHash('sha1').update(`${type}:${normKey(name)}`).digest('hex').slice(0, 16);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isAcronym = (s: string) => /^[\p{Lu}\d&.-]{2,8}$/u.test(s) || /^[\p{Lu}][\p{Ll}]*[\p{Lu}]+[\p{L}]*$/u.test(s);

/** Schwartz & Hearst (2003): the acronym's letters appear in order in the long form, the first one first. */
export function matchesAcronym(acr: string, long: string): boolean {
  const a = acr.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const l = long.toLowerCase();
  if (a.length < 2 || l.length <= a.length || a[0] !== l[0]) return false;
  let j = l.length - 1;
  for (let i = a.length - 1; i >= 0; i--) {
    while (j >= 0 && l[j] !== a[i]) j--;
    if (j < 0) return false;
    if (i === 0 && j !== 0 && /[\p{L}\p{N}]/u.test(l[j - 1]!)) {
      // The first letter must start a word.
      return l.startsWith(a[0]!);
    }
    j--;
  }
  return true;
}

class UnionFind {
  private p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.p[x] !== x) x = this.p[x] = this.p[this.p[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Groups mentions into entities. `text` is the article; mentions are in text order. */
export function resolveEntities(text: string, mentions: RawMention[], dateline: Dateline | null): Entity[] {
  splitNamePrefixes(mentions);
  const products = cutProducts(mentions);
  const n = mentions.length;
  const uf = new UnionFind(n);
  // Grouping key: case, spacing, periods and the administrative level do not matter
  // ("Stadion St. Jakob Park" = "Stadion St Jakob Park", "DPRD Kabupaten Sidoarjo" = "DPRD Sidoarjo").
  const keyOf = mentions.map((m) =>
    normKey(m.text.replace(/\./g, ' '))
      .split(' ')
      .filter((w, i, a) => !(m.type === 'ORG' && i > 0 && i < a.length - 1 && ADMIN_WORD.has(w)))
      .join(' '),
  );
  const datelineKey = dateline?.place ? normKey(dateline.place) : null;

  // Same surface text.
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = keyOf[i]!;
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else uf.union(first, i);
  }
  // Nicknames the article defines: "Gus Ipul, sapaan akrab Saifullah", "Ahok alias Basuki".
  const nickname = linkNicknames(text, mentions, uf);
  // Acronym partners and gazetteer institutions / country aliases.
  const byInst = new Map<number, number>();
  const byCountry = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.partner !== undefined) uf.union(i, m.partner);
    if (m.type === 'ORG') {
      const id = institutionId(m.text);
      if (id >= 0) {
        const f = byInst.get(id);
        if (f === undefined) byInst.set(id, i);
        else uf.union(f, i);
      }
    }
    if (m.type === 'LOC') {
      const c = countryName(m.text);
      if (c) {
        const f = byCountry.get(c);
        if (f === undefined) byCountry.set(c, i);
        else uf.union(f, i);
      }
    }
  }
  // Places with and without their head word; persons' short forms.
  const longByKey = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    const ws = words(keyOf[i]!);
    if (m.type === 'LOC' && ws.length > 1 && LOC_HEADS.has(ws[0]!)) {
      const rest = ws.slice(1).join(' ');
      const j = byKey.get(rest);
      if (j !== undefined && mentions[j]!.type === 'LOC') uf.union(i, j);
    }
    if (ws.length > 1 && (m.type === 'PER' || phraseKind(m.text) === 0)) {
      for (let a = 0; a < ws.length; a++) {
        for (let b = a + 1; b <= ws.length; b++) {
          if (b - a === ws.length) continue;
          const k = ws.slice(a, b).join(' ');
          const list = longByKey.get(k) ?? [];
          list.push(i);
          longByKey.set(k, list);
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.type !== 'PER' && (words(keyOf[i]!).length > 1 || phraseKind(m.text) !== 0)) continue;
    const cands = longByKey.get(keyOf[i]!);
    if (!cands) continue;
    // Several longer names contain it ("Budi"): the nearest one before it, else the first after.
    const roots = new Set(cands.map((c) => uf.find(c)));
    if (roots.size === 1) {
      uf.union(i, cands[0]!);
      continue;
    }
    const before = cands.filter((c) => c < i);
    uf.union(i, before.length ? before[before.length - 1]! : cands[0]!);
  }
  // "SMA CT Arsa" and "CT Arsa"; "KBRI Tokyo" and "KBRI" (an acronym and its local office).
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.type !== 'ORG') continue;
    const ws = words(keyOf[i]!);
    if (ws.length < 2) continue;
    if (ORG_SUFFIX_HEAD.has(ws[0]!)) {
      for (let a = 1; a < ws.length; a++) {
        const j = byKey.get(ws.slice(a).join(' '));
        if (j !== undefined && mentions[j]!.type === 'ORG') {
          uf.union(i, j);
          break;
        }
      }
    }
    const j = byKey.get(ws[0]!);
    if (j !== undefined && mentions[j]!.type === 'ORG' && isAcronym(mentions[j]!.text)) {
      const rest = ws.slice(1).join(' ');
      if (phraseKind(rest) !== 0 || mentions.some((x, xi) => x.type === 'LOC' && keyOf[xi] === rest)) uf.union(i, j);
    }
  }
  // "Infinix Indonesia" is Infinix's local arm: the same organisation for the reader.
  for (let i = 0; i < n; i++) {
    const ws = words(keyOf[i]!);
    if (mentions[i]!.type !== 'ORG' || ws.length < 2 || !countryName(ws[ws.length - 1]!)) continue;
    const j = byKey.get(ws.slice(0, -1).join(' '));
    if (j !== undefined && mentions[j]!.type === 'ORG') uf.union(i, j);
  }
  // Capitals standing for their state: only when the state itself is named in the article.
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.type !== 'LOC' && m.type !== 'ORG') continue;
    const c = metonymCountry(m.text);
    if (!c || keyOf[i] === datelineKey) continue;
    const target = byCountry.get(c);
    if (target === undefined) continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (GEO_CONTEXT.test(before)) continue;
    m.metonymOf = c;
  }

  // Gather groups; metonymic mentions join their country's group.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.type !== 'LOC' && products.has(normKey(m.text))) continue;
    const root = m.metonymOf ? uf.find(byCountry.get(m.metonymOf)!) : uf.find(i);
    const g = groups.get(root) ?? [];
    g.push(i);
    groups.set(root, g);
  }

  const out: Array<Entity & { first: number }> = [];
  for (const members of groups.values()) {
    const votes: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0 };
    for (const i of members) votes[mentions[i]!.type] += mentions[i]!.metonymOf ? 0.5 : words(mentions[i]!.text).length;
    const type = (['LOC', 'ORG', 'PER'] as EntityType[]).reduce((a, b) => (votes[b] > votes[a] ? b : a));
    let name = '';
    let nameScore = -1;
    for (const i of members) {
      const m = mentions[i]!;
      if (m.metonymOf || (nickname.has(i) && members.some((j) => !nickname.has(j)))) continue;
      const ws = words(m.text);
      // Fullest form: most words, an expansion over its acronym, a proper-case form over "JAKARTA".
      const score =
        ws.length * 100 + (isAcronym(m.text) && ws.length === 1 ? 0 : 50) + (m.text === m.text.toUpperCase() ? 0 : 10) +
        Math.min(m.text.length, 9);
      if (score > nameScore) {
        nameScore = score;
        name = m.text;
      }
    }
    if (!name) name = mentions[members[0]!]!.metonymOf ?? mentions[members[0]!]!.text;
    name = preferredName(name, type, members.map((i) => mentions[i]!.text));
    if (type === 'LOC' && name === name.toUpperCase() && name.length > 3) name = titleCase(name);
    const seen = new Set<string>();
    const ms: Mention[] = [];
    for (const i of members) {
      const m = mentions[i]!;
      ms.push({ start: m.start, end: m.end, text: m.text });
      seen.add(normKey(m.text));
    }
    out.push({ id: entityId(type, name), name, type, mentions: ms, first: Math.min(...members.map((i) => mentions[i]!.start)) });
  }

  if (dateline?.place) {
    const place = dateline.place.trim();
    const key = normKey(place);
    const hit =
      out.find((e) => e.type === 'LOC' && (normKey(e.name) === key || e.mentions.some((m) => normKey(m.text) === key))) ??
      out.find(
        (e) =>
          e.type === 'LOC' &&
          e.mentions.some((m) => {
            const ws = words(normKey(m.text));
            return ws.length === 2 && LOC_HEADS.has(ws[0]!) && ws[1] === key;
          }),
      );
    const mention: Mention = { in: 'dateline', text: place };
    if (hit) hit.mentions.unshift(mention);
    else {
      const name = countryName(place) ?? titleCase(place);
      out.push({ id: entityId('LOC', name), name, type: 'LOC', mentions: [mention], first: -1 });
    }
  }

  out.sort((a, b) => a.first - b.first);
  return out.map(({ first: _first, ...e }) => e);
}

/** Whether a phrase is a gazetteer role or honorific only ("Presiden", "Bapak"). */
export function isTitleOnly(s: string): boolean {
  const k = phraseKind(s);
  return k === GAZ.role || k === GAZ.honorific;
}

export { isAcronym };

const INFORMAL_COUNTRY = new Set(INFORMAL_COUNTRY_NAMES.map(normKey));
const BY_ACRONYM = new Set(KNOWN_BY_ACRONYM);

/**
 * Naming conventions beyond "the fullest form": an international body known by its acronym
 * is named by it ("NATO"), and a country named only informally ("Amerika", "AS") gets its
 * canonical name.
 */
function preferredName(name: string, type: EntityType, forms: readonly string[]): string {
  if (type === 'ORG') {
    const acronym = forms.find((f) => BY_ACRONYM.has(f));
    if (acronym) return acronym;
  }
  if (type === 'LOC' && INFORMAL_COUNTRY.has(normKey(name))) return countryName(name) ?? name;
  return name;
}

/**
 * "X, sapaan akrab Y", "X, panggilan karib Y", "Y yang akrab disapa X", "Y alias X": X is a
 * nickname of the person Y. Their groups are joined, and X is not chosen as the name.
 */
const NICKNAME_PATTERNS: readonly RegExp[] = [
  /(?<nick>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}),? (?:sapaan|panggilan) (?:akrab|karib|populer)? ?(?<name>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3})/dgu,
  /(?<name>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}),? (?:yang )?(?:akrab |biasa |karib )?(?:disapa|dipanggil|dikenal dengan sapaan) (?<nick>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3})/dgu,
  /(?<name>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}) alias (?<nick>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3})/dgu,
];

function linkNicknames(text: string, mentions: readonly RawMention[], uf: UnionFind): Set<number> {
  const nick = new Set<number>();
  if (!/sapaan|panggilan|disapa|dipanggil| alias /.test(text)) return nick;
  const personAt = ([start, end]: [number, number]) =>
    mentions.findIndex((m) => m.type === 'PER' && m.start < end && start < m.end);
  for (const re of NICKNAME_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const spans = m.indices!.groups!;
      const i = personAt(spans['nick']!);
      // The tagger may miss the name in this position: any person written so will do.
      const name = normKey(m.groups!['name']!);
      let j = personAt(spans['name']!);
      if (j < 0) j = mentions.findIndex((x) => x.type === 'PER' && normKey(x.text).split(' ').includes(name));
      if (i < 0 || j < 0 || i === j) continue;
      uf.union(i, j);
      // Every mention written like the nickname is the nickname.
      const key = normKey(mentions[i]!.text);
      mentions.forEach((x, k) => {
        if (normKey(x.text) === key) nick.add(k);
      });
    }
  }
  return nick;
}
