/**
 * Who is speaking: a speaker expression found next to a cue (a subject before a verb, a noun
 * phrase after "kata", a pronoun or clitic, "menurut X") becomes an entity or a noun phrase.
 *
 * Resolution runs in text order and keeps a salience record: every attributed quote adds its
 * speaker, every person or organisation mention outside quotation marks is a candidate.
 */
import type { Entity, EntityType } from '../types.js';
import { gapBefore, wordAt, type Doc, type MentionRef } from './doc.js';
import {
  adjunctOpeners, adverbs, connectors, demonstratives, hedges, intermediaries, isVerbLike,
  npCuts, orgAnaphorHeads, orgClassifiers, personRoleHeads, pluralMarkers, pronounsPl, pronounsSg,
  reportingVerbs, speakerStops, dayNames, indefinites, verbalAdjuncts, questionWords,
  placePrepositions, coordinators, subordinators, pronounsSide, titleAbbreviations,
} from './lexicon.js';

export interface Speaker {
  name: string;
  entity: Entity | null;
  plural: boolean;
}

export type SpeakerExpr =
  | { kind: 'pronoun'; number: 'sg' | 'pl' | 'clitic' }
  /** A noun phrase or entity in words [w0, w1] (after a cue, after "menurut", a passive agent). */
  | { kind: 'phrase'; w0: number; w1: number }
  /** The subject of the verb starting at word `verb`. */
  | { kind: 'subject'; verb: number }
  /** A direct quote without a cue: the speaker of the quote before it. */
  | { kind: 'inherit' }
  /** Subject of a subordinate clause: the main clause's subject, in words [w0, w1]. */
  | { kind: 'forward'; w0: number; w1: number }
  /** A coordinated verb: the subject of the previous report in the sentence. */
  | { kind: 'coord'; verb: number };

export interface SalienceEvent {
  pos: number;
  sent: number;
  para: number;
  speaker: Speaker;
  type: EntityType | null;
}

const PRONOUN_SENTENCE_WINDOW = 12;
/** How far back (in characters) an anaphor looks for an earlier source. */
const EVENT_WINDOW_CHARS = 20_000;
const PRONOUN_PARAGRAPH_WINDOW = 3;
const MAX_NP_WORDS = 8;

export class SpeakerResolver {
  readonly events: SalienceEvent[] = [];
  /** Person/organisation mentions outside quotation marks, in text order. */
  private readonly mentionIdx: number[] = [];

  /** A short person entity and the one full name it abbreviates ("Judha" → "Judha Nugraha"). */
  private readonly fullName = new Map<Entity, Entity>();
  private readonly people: Entity[];
  private readonly roleCache = new Map<string, Speaker | null>();
  private wordBefore: Map<string, MentionRef[]> | null = null;
  private wordAfter: Map<string, MentionRef[]> | null = null;

  /** Person mentions by the word written just before them ("… PLN Darmawan Prasodjo"). */
  private byWordBefore(): Map<string, MentionRef[]> {
    if (!this.wordBefore) {
      this.wordBefore = new Map();
      for (const m of this.doc.mentions) {
        if (m.entity.type !== 'PER' || m.w0 === 0) continue;
        const w = this.doc.lw[m.w0 - 1]!;
        const list = this.wordBefore.get(w) ?? [];
        list.push(m);
        this.wordBefore.set(w, list);
      }
    }
    return this.wordBefore;
  }

  /** Person mentions by the word written just after them ("Darmawan Prasodjo, Direktur …"). */
  private byWordAfter(): Map<string, MentionRef[]> {
    if (!this.wordAfter) {
      this.wordAfter = new Map();
      for (const m of this.doc.mentions) {
        if (m.entity.type !== 'PER' || m.w1 + 1 >= this.doc.n) continue;
        const w = this.doc.lw[m.w1 + 1]!;
        const list = this.wordAfter.get(w) ?? [];
        list.push(m);
        this.wordAfter.set(w, list);
      }
    }
    return this.wordAfter;
  }
  private readonly partCache = new Map<string, Speaker | null>();

  constructor(private readonly doc: Doc) {
    for (let i = 0; i < doc.mentions.length; i++) {
      const m = doc.mentions[i]!;
      if (doc.quoteOf[m.w0] === -1) this.mentionIdx.push(i);
    }
    // The entity layer may leave "Oscar" and "Oscar Darmawan" apart; a speaker is the full name
    // when exactly one person in the article starts or ends with the short one.
    const people = [...new Set(doc.mentions.map((m) => m.entity))].filter((e) => e.type === 'PER');
    this.people = people;
    for (const short of people) {
      const sw = short.name.toLowerCase().split(/\s+/);
      const longer = people.filter((e) => {
        if (e === short) return false;
        const ew = e.name.toLowerCase().split(/\s+/);
        if (ew.length <= sw.length) return false;
        const head = sw.every((w, i) => ew[i] === w);
        const tail = sw.every((w, i) => ew[ew.length - sw.length + i] === w);
        return head || tail;
      });
      if (longer.length === 1) this.fullName.set(short, longer[0]!);
    }
  }

  record(pos: number, speaker: Speaker): void {
    const { doc } = this;
    const w = Math.min(doc.n - 1, Math.max(0, wordIndexAt(doc, pos)));
    this.events.push({
      pos,
      sent: doc.sentOf[w]!,
      para: doc.paraOf[w]!,
      speaker,
      type: speaker.entity?.type ?? null,
    });
  }

  fromEntity(entity: Entity): Speaker {
    const full = this.fullName.get(entity) ?? entity;
    return { name: full.name, entity: full, plural: false };
  }

  /** The person (or, for a clitic, any source) a pronoun at `anchor` stands for. */
  pronoun(number: 'sg' | 'pl' | 'clitic', anchor: number): Speaker | null {
    const { doc } = this;
    const aw = Math.min(doc.n - 1, wordIndexAt(doc, anchor));
    if (aw < 0) return null;
    const sentA = doc.sentOf[aw]!;
    const paraA = doc.paraOf[aw]!;
    let ev = this.lastEventBefore(anchor);
    let mi = this.lastMentionBefore(anchor);

    for (let s = sentA; s >= 0 && s >= sentA - PRONOUN_SENTENCE_WINDOW; s--) {
      const w0 = doc.sentW0[s]!;
      if (w0 >= 0 && paraA - doc.paraOf[w0]! > PRONOUN_PARAGRAPH_WINDOW) break;
      // Speakers of quotes in this sentence: the last one wins.
      let found: Speaker | null = null;
      while (ev >= 0 && this.events[ev]!.sent >= s) {
        const e = this.events[ev]!;
        if (e.sent === s && !found && this.fits(number, e.speaker)) found = e.speaker;
        ev--;
      }
      if (found) return found;
      // "Nurul tidak mempermasalahkan, dia menyatakan …": a person opening the same sentence.
      if (s === sentA && number !== 'pl') {
        const opener = this.sentenceOpener(s, aw);
        if (opener) return this.fromEntity(opener.entity);
      }
      // Mentions in earlier sentences: the first person (the likely subject).
      let first: MentionRef | null = null;
      while (mi >= 0 && doc.sentOf[doc.mentions[this.mentionIdx[mi]!]!.w0]! >= s) {
        const m = doc.mentions[this.mentionIdx[mi]!]!;
        if (s < sentA && doc.sentOf[m.w0] === s && m.entity.type === 'PER') first = m;
        mi--;
      }
      // "Namun, ia … terinspirasi oleh Eminem.": a pronoun subject carries the topic on, so
      // the person after it is not the antecedent; look further back.
      if (number !== 'pl' && first && !this.pronounBefore(s, first.w0)) return this.fromEntity(first.entity);
      if (number === 'pl' && s < sentA) {
        const np = this.pluralSubject(s);
        if (np) return np;
      }
    }
    return null;
  }

  /** A person named at the very start of sentence s (after connectors and capitalised titles), before word w. */
  private sentenceOpener(s: number, w: number): MentionRef | null {
    const { doc } = this;
    for (let i = doc.sentW0[s]!; i < w; i++) {
      if (doc.quoteOf[i] !== -1) return null;
      const mi = doc.mentionOf[i]!;
      if (mi >= 0) {
        const m = doc.mentions[mi]!;
        return m.entity.type === 'PER' && m.w1 < w && /,/.test(doc.text.slice(doc.we[m.w1]!, doc.ws[w]!)) ? m : null;
      }
      const c = doc.text[doc.ws[i]!]!;
      if (!connectors.has(doc.lw[i]!) && c === c.toLowerCase()) return null;
    }
    return null;
  }

  private pronounBefore(s: number, w: number): boolean {
    const { doc } = this;
    for (let i = doc.sentW0[s]!; i < w; i++) if (doc.quoteOf[i] === -1 && pronounsSg.has(doc.lw[i]!)) return true;
    return false;
  }

  private fits(number: 'sg' | 'pl' | 'clitic', sp: Speaker): boolean {
    if (number === 'pl') return sp.plural || (sp.entity !== null && sp.entity.type !== 'PER');
    if (sp.plural) return false;
    if (number === 'sg') return sp.entity === null || sp.entity.type === 'PER';
    return true;
  }

  /** "Namun, beberapa pakar mempertanyakan …": a plural noun phrase opening a clause. */
  private pluralSubject(s: number): Speaker | null {
    const { doc } = this;
    const w0 = doc.sentW0[s]!;
    const w1 = doc.sentW1[s]!;
    if (w0 < 0) return null;
    for (let i = w0; i <= w1; i++) {
      if (doc.quoteOf[i] !== -1) continue;
      if (!pluralMarkers.has(doc.lw[i]!)) continue;
      const atClauseStart = i === w0 || /,/.test(gapBefore(doc, i)) || connectors.has(doc.lw[i - 1]!);
      if (!atClauseStart) continue;
      let j = i + 1;
      while (j <= w1 && j - i < 6 && !verbAt(doc, j) && !adverbs.has(doc.lw[j]!) && !/[,.;:]/.test(gapBefore(doc, j))) j++;
      if (j === i + 1) continue;
      return { name: doc.text.slice(doc.ws[i]!, doc.we[j - 1]!), entity: null, plural: true };
    }
    return null;
  }

  /** The most recent organisation: a quoted one first, then a mention. */
  private recentOrg(anchor: number): Speaker | null {
    const floor = anchor - EVENT_WINDOW_CHARS;
    for (let e = this.lastEventBefore(anchor); e >= 0 && this.events[e]!.pos >= floor; e--) {
      const ev = this.events[e]!;
      if (ev.type === 'ORG') return ev.speaker;
    }
    for (let k = this.lastMentionBefore(anchor); k >= 0; k--) {
      const m = this.doc.mentions[this.mentionIdx[k]!]!;
      if (m.start < floor) break;
      if (m.entity.type === 'ORG') return this.fromEntity(m.entity);
    }
    return null;
  }

  /** Index of the last salience event before `pos` (-1 if none); events are in text order. */
  private lastEventBefore(pos: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Index into mentionIdx of the last mention starting before `pos` (-1 if none). */
  private lastMentionBefore(pos: number): number {
    let lo = 0;
    let hi = this.mentionIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doc.mentions[this.mentionIdx[mid]!]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Speakers quoted before `anchor` without an entity, most recent first, within the window. */
  private *earlierPhraseSpeakers(anchor: number): Generator<Speaker> {
    const floor = anchor - EVENT_WINDOW_CHARS;
    for (let e = this.lastEventBefore(anchor); e >= 0 && this.events[e]!.pos >= floor; e--) {
      const ev = this.events[e]!;
      if (!ev.speaker.entity) yield ev.speaker;
    }
  }

  /**
   * A noun phrase that is not itself a named entity: an anaphor ("juru bicara itu", "Perusahaan
   * itu", "Kepala NATO yang baru dilantik tersebut"), a role the article ties to a name
   * ("Direktur Utama PLN"), a bare head of an earlier source ("Jaksa" → "jaksa KPK"), or itself.
   */
  nounPhrase(np: string, anchor: number): Speaker {
    const lower = np.toLowerCase().replace(/\s+/g, ' ').trim();
    const words = lower.split(' ');
    const head = words[0]!;
    const last = words[words.length - 1]!;
    const plural = pluralMarkers.has(head);
    if (demonstratives.has(last) && words.length >= 2) {
      let core = words.slice(0, -1);
      const yang = core.indexOf('yang');
      if (yang > 0) core = core.slice(0, yang);
      const coreText = core.join(' ');
      // A title written with a capital ("Waketum Gerindra itu") names a person too.
      const titled = /^\p{Lu}\S*\s+\p{Lu}/u.test(np) && !orgAnaphorHeads.has(head);
      if (personRoleHeads.has(head) || titled) {
        for (const sp of this.earlierPhraseSpeakers(anchor)) {
          const name = sp.name.toLowerCase();
          if (name.startsWith(coreText + ' ') || name === coreText) return sp;
        }
        const linked = this.roleLink(coreText);
        if (linked) return linked;
        const p = this.pronoun('sg', anchor);
        if (p) return p;
      } else if (orgAnaphorHeads.has(head)) {
        const o = this.recentOrg(anchor);
        if (o) return o;
      }
    }
    if (personRoleHeads.has(head) || words.length > 1) {
      const linked = this.roleLink(lower);
      if (linked) return linked;
    }
    // A bare name the entity layer missed here ("Judha berujar …"): the one person it starts or ends.
    if (words.length <= 2 && /^\p{Lu}/u.test(np) && np.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) {
      const person = this.personByPart(words);
      if (person) return person;
    }
    if (words.length <= 2 && !indefinites.has(head)) {
      for (const sp of this.earlierPhraseSpeakers(anchor)) {
        if (sp.name.toLowerCase().startsWith(lower + ' ')) return sp;
      }
    }
    return { name: np, entity: null, plural };
  }

  private personByPart(words: string[]): Speaker | null {
    const key = words.join(' ');
    if (this.partCache.has(key)) return this.partCache.get(key)!;
    const result = this.findPersonByPart(words);
    this.partCache.set(key, result);
    return result;
  }

  private findPersonByPart(words: string[]): Speaker | null {
    let found: Entity | null = null;
    for (const e of this.people) {
      if (e === found) continue;
      const ew = e.name.toLowerCase().split(/\s+/);
      if (ew.length <= words.length) continue;
      const head = words.every((w, i) => ew[i] === w);
      const tail = words.every((w, i) => ew[ew.length - words.length + i] === w);
      // A short form of the first name ("Tata" for "Tatacipta Dirgantara").
      const nick = words.length === 1 && words[0]!.length >= 4 && ew[0]!.startsWith(words[0]!);
      if (!head && !tail && !nick) continue;
      if (found && this.fromEntity(found).entity !== this.fromEntity(e).entity) return null;
      found = e;
    }
    return found ? this.fromEntity(found) : null;
  }

  /** A person whose name the article writes right after (or before) this role phrase. */
  private roleLink(role: string): Speaker | null {
    if (role.split(' ').length < 2) return null;
    if (this.roleCache.has(role)) return this.roleCache.get(role)!;
    const result = this.findRoleLink(role);
    this.roleCache.set(role, result);
    return result;
  }

  private findRoleLink(role: string): Speaker | null {
    const { doc } = this;
    const words = role.split(' ');
    const candidates = [
      ...(this.byWordBefore().get(words[words.length - 1]!) ?? []),
      ...(this.byWordAfter().get(words[0]!) ?? []),
    ].sort((a, b) => a.start - b.start);
    for (const m of candidates) {
      const before = doc.text.slice(Math.max(0, m.start - role.length - 3), m.start).toLowerCase().replace(/\s+/g, ' ');
      if (before.trimEnd().replace(/,$/, '').trimEnd().endsWith(role)) return this.fromEntity(m.entity);
      const after = doc.text.slice(m.end, m.end + role.length + 3).toLowerCase().replace(/\s+/g, ' ');
      if (after.replace(/^,?\s*/, '').startsWith(role)) return this.fromEntity(m.entity);
    }
    return null;
  }

  /**
   * The source named in words [w0, w1] after a cue or "menurut": the last person in it
   * ("manajer Hülkenberg, Willi Weber"), else an organisation or place that heads it, else the
   * phrase itself.
   */
  phrase(w0: number, w1: number, anchor: number): Speaker | null {
    const { doc } = this;
    if (w1 < w0) return null;
    const first = doc.lw[w0]!;
    if (pronounsSg.has(first)) return this.pronoun('sg', anchor);
    if (pronounsSide.has(first)) return this.pronoun('clitic', anchor);
    if (pronounsPl.has(first)) return this.pronoun('pl', anchor);
    const pers: MentionRef[] = [];
    let firstOther: MentionRef | null = null;
    for (let i = w0; i <= w1; i++) {
      const mi = doc.mentionOf[i]!;
      if (mi < 0) continue;
      const m = doc.mentions[mi]!;
      if (m.entity.type === 'PER') pers.push(m);
      else if (!firstOther) firstOther = m;
      i = Math.max(i, m.w1);
    }
    if (pers.length) {
      // The first person, unless a role names them as someone's ("manajer Hülkenberg, Willi Weber").
      let k = 0;
      while (k + 1 < pers.length && this.possessedBy(pers[k]!, pers[k + 1]!, w0)) k++;
      return this.fromEntity(pers[k]!.entity);
    }
    if (firstOther) {
      let ok = true;
      for (let i = w0; i < firstOther.w0; i++) {
        const w = doc.lw[i]!;
        if (!(firstOther.entity.type === 'ORG' && orgClassifiers.has(w)) && !connectors.has(w)) ok = false;
      }
      if (ok) return this.fromEntity(firstOther.entity);
    }
    const np = doc.text.slice(doc.ws[w0]!, doc.we[Math.min(w1, w0 + MAX_NP_WORDS - 1)]!);
    return this.nounPhrase(np, anchor);
  }

  /** "manajer Hülkenberg, Willi Weber": a person after a role word, followed by the name in apposition. */
  private possessedBy(m: MentionRef, next: MentionRef, w0: number): boolean {
    const { doc } = this;
    if (m.w0 <= w0 || !personRoleHeads.has(doc.lw[m.w0 - 1]!)) return false;
    return next.w0 === m.w1 + 1 && gapBefore(doc, next.w0).includes(',');
  }

  /** End of the speaker phrase that starts at word k after a cue (inclusive), or k-1 if none. */
  phraseEnd(k: number, limit: number): number {
    const { doc } = this;
    let j = k;
    let words = 0;
    let afterParenthesis = false;
    while (j <= limit && j < doc.n) {
      if (j > k && !afterParenthesis) {
        let gap = gapBefore(doc, j);
        // "dr. Reza": a title's period does not end the speaker.
        if (gap.startsWith('. ') && titleAbbreviations.has(doc.lw[j - 1]!)) gap = gap.slice(1);
        // "Ketua Umum KSPSI (Konfederasi …) Jumhur Hidayat": step over a parenthesis.
        if (/^\s*\($/.test(gap)) {
          let close = j;
          while (close <= limit && close - j < 8 && !gapBefore(doc, close + 1).includes(')')) close++;
          if (close > limit || close - j >= 8 || !/^\)\s+$/.test(gapBefore(doc, close + 1))) break;
          j = close + 1;
          afterParenthesis = true;
          continue;
        }
        if (/[.;:!?()\[\]"“”„«»\n]/.test(gap)) break;
        if (gap.includes(',')) {
          const w = doc.text[doc.ws[j]!]!;
          const capital = w !== w.toLowerCase();
          if (!capital || dayNames.has(doc.lw[j]!)) break;
        }
      }
      afterParenthesis = false;
      const w = doc.lw[j]!;
      if (doc.mentionOf[j] === -1 && (speakerStops.has(w) || dayNames.has(w) || (j > k && verbAt(doc, j)) || reportingVerbs.has(w) || /^\d/.test(w))) break;
      if (++words > 10) break;
      j = doc.mentionOf[j]! >= 0 ? Math.max(j, doc.mentions[doc.mentionOf[j]!]!.w1) + 1 : j + 1;
    }
    return j - 1;
  }

  /**
   * The subject of a reporting verb: a pronoun, the antecedent of "yang", a named entity whose
   * phrase ends right before the verb (adjuncts allowed: "Trump pada Rabu (18/6) waktu setempat
   * bersikeras"), or the noun phrase that opens the clause.
   */
  subject(verb: number): { expr: SpeakerExpr | null; speaker?: Speaker; hedge: string | null; w0?: number; w1?: number } {
    const { doc } = this;
    const s = doc.sentOf[verb]!;
    const s0 = doc.sentW0[s]!;
    let a = s0;
    for (let j = s0; j < verb; j++) {
      if (doc.quoteOf[j] !== -1) a = j + 1;
      else if (doc.lw[j] === 'bahwa') a = j + 1;
      else if (j > s0 && /[;:]/.test(gapBefore(doc, j))) a = j;
    }
    let b = verb - 1;
    let hedge: string | null = null;
    while (b >= a && (adverbs.has(doc.lw[b]!) || hedges.has(doc.lw[b]!))) {
      if (hedges.has(doc.lw[b]!)) hedge = doc.text.slice(doc.ws[b]!, doc.we[b]!);
      b--;
    }
    if (b < a) return { expr: null, hedge };
    // "Kabarnya, menteri itu mengatakan …", "X tampaknya telah membantah …": a hedge anywhere before the verb.
    for (let j = s0; j < verb && !hedge; j++) {
      if (doc.quoteOf[j] === -1 && hedges.has(doc.lw[j]!)) hedge = doc.text.slice(doc.ws[j]!, doc.we[j]!);
    }
    const w = doc.lw[b]!;
    if (pronounsSg.has(w)) return { expr: { kind: 'pronoun', number: 'sg' }, hedge };
    if (pronounsSide.has(w) && (b === a || connectors.has(doc.lw[b - 1]!))) return { expr: { kind: 'pronoun', number: 'clitic' }, hedge };
    if (pronounsPl.has(w)) return { expr: { kind: 'pronoun', number: 'pl' }, hedge };
    if (w === 'yang') {
      const sp = this.entityIn(a, b - 1, b, true);
      return sp ? { expr: { kind: 'phrase', w0: a, w1: b - 1 }, speaker: sp, hedge } : { expr: null, hedge };
    }
    if (coordinators.has(w) || (w === 'lalu' && b > a)) {
      return { expr: { kind: 'coord', verb }, hedge };
    }
    if (subordinators.has(w) && b <= a + 2) {
      return { expr: { kind: 'forward', w0: verb + 1, w1: doc.sentW1[s]! }, hedge };
    }
    // "bagaimana Bahlil kerap menyampaikan kritik": an embedded question reports nothing.
    for (let j = b; j >= a && j >= b - 6; j--) if (questionWords.has(doc.lw[j]!)) return { expr: null, hedge };
    const sp = this.entityIn(a, b, verb, false);
    if (sp) return { expr: { kind: 'phrase', w0: a, w1: b }, speaker: sp, hedge };
    // Demonstratives stay with the phrase ("Perusahaan itu"), so cut from the verb itself.
    const np = this.subjectPhrase(a, verb - 1);
    if (!np) return { expr: null, hedge };
    if (np[0] === np[1] && pronounsSg.has(doc.lw[np[0]]!)) return { expr: { kind: 'pronoun', number: 'sg' }, hedge };
    if (np[0] === np[1] && pronounsPl.has(doc.lw[np[0]]!)) return { expr: { kind: 'pronoun', number: 'pl' }, hedge };
    return { expr: { kind: 'phrase', w0: np[0], w1: np[1] }, hedge, w0: np[0], w1: np[1] };
  }

  /** A named entity that can be the subject of the verb at `verb`, searched in words [a, b]. */
  private entityIn(a: number, b: number, verb: number, relative: boolean): Speaker | null {
    const { doc } = this;
    const inRegion: MentionRef[] = [];
    for (let i = a; i <= b; i++) {
      const mi = doc.mentionOf[i]!;
      if (mi >= 0 && doc.quoteOf[i] === -1) {
        const m = doc.mentions[mi]!;
        if (inRegion[inRegion.length - 1] !== m) inRegion.push(m);
      }
    }
    if (inRegion.length === 0) return null;
    if (relative) {
      for (let k = inRegion.length - 1; k >= 0; k--) {
        const m = inRegion[k]!;
        if (m.entity.type === 'PER' && this.relativeAntecedent(m, b)) return this.fromEntity(m.entity);
      }
    }
    // People first, latest first; skip one reached through an intermediary ("melalui Sekretaris Y").
    for (let k = inRegion.length - 1; k >= 0; k--) {
      const m = inRegion[k]!;
      if (m.entity.type !== 'PER') continue;
      let from = a;
      for (let k2 = k - 1; k2 >= 0; k2--) {
        if (inRegion[k2]!.entity.type === 'PER') {
          from = inRegion[k2]!.w1 + 1;
          break;
        }
      }
      let viaIntermediary = false;
      for (let i = from; i < m.w0; i++) if (intermediaries.has(doc.lw[i]!)) viaIntermediary = true;
      if (viaIntermediary) continue;
      if (!relative && this.gapOk(m, m.w1 + 1, verb - 1)) return this.fromEntity(m.entity);
    }
    for (const type of ['ORG', 'LOC'] as const) {
      for (let k = inRegion.length - 1; k >= 0; k--) {
        const m = inRegion[k]!;
        if (m.entity.type !== type) continue;
        if (relative && !this.relativeAntecedent(m, b)) continue;
        if (!relative && !this.gapOk(m, m.w1 + 1, verb - 1)) continue;
        if (!relative && !this.prefixOk(m, a, type)) continue;
        return this.fromEntity(m.entity);
      }
    }
    return null;
  }

  /** Words between a subject and its verb: adverbs, hedges, or an adjunct ("pada Senin …"). */
  private gapOk(m: MentionRef | null, g0: number, g1: number): boolean {
    const { doc } = this;
    if (g1 - g0 > 16) return false;
    let depth = 0;
    let adjunct: string | null = null;
    for (let j = g0; j <= g1; j++) {
      const gap = gapBefore(doc, j);
      for (const c of gap) {
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
      }
      const w = doc.lw[j]!;
      if (reportingVerbs.has(w) || w === 'bahwa') return false;
      if (depth > 0) continue;
      if (adjunct !== null) {
        // "pada hari Senin menandai …" is a clause of its own, "saat menghadiri …" an adjunct.
        if (verbAt(doc, j) && !verbalAdjuncts.has(adjunct)) return false;
        continue;
      }
      if (adverbs.has(w) || hedges.has(w)) continue;
      // A capitalised word right after the name is the rest of it ("Frans Asisi Datang").
      if (m && j === g0 && gap === ' ' && /^\p{Lu}/u.test(doc.text.slice(doc.ws[j]!, doc.we[j]!))) continue;
      const mi = doc.mentionOf[j]!;
      if (m && mi >= 0 && doc.mentions[mi]!.entity === m.entity) {
        j = Math.max(j, doc.mentions[mi]!.w1);
        continue;
      }
      if (adjunctOpeners.has(w) || dayNames.has(w) || /^\d/.test(w)) {
        adjunct = w;
        continue;
      }
      if (j === g0 && gap.includes(',')) {
        adjunct = ',';
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * The entity a relative "yang" attaches to: right before it, allowing a parenthesis and a
   * place ("Kedutaan Besar Republik Indonesia (KBRI) di Tokyo, yang menyatakan"), and not itself
   * inside a place phrase ("regulasi pertama di Indonesia yang menyebutkan").
   */
  private relativeAntecedent(m: MentionRef, b: number): boolean {
    const { doc } = this;
    const before = m.w0 > 0 ? doc.lw[m.w0 - 1]! : '';
    if (placePrepositions.has(before) && !/[(,]/.test(gapBefore(doc, m.w0))) return false;
    let depth = 0;
    for (let j = m.w1 + 1; j <= b; j++) {
      for (const c of gapBefore(doc, j)) {
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
      }
      if (depth > 0) continue;
      const mi = doc.mentionOf[j]!;
      if (placePrepositions.has(doc.lw[j]!) && j + 1 <= b && doc.mentionOf[j + 1]! >= 0) {
        j = doc.mentions[doc.mentionOf[j + 1]!]!.w1;
        continue;
      }
      if (mi >= 0 && doc.mentions[mi]!.entity === m.entity) {
        j = doc.mentions[mi]!.w1;
        continue;
      }
      return false;
    }
    return true;
  }

  /** What may precede an organisation or place in its subject phrase ("Media The Wall Street Journal"). */
  private prefixOk(m: MentionRef, a: number, type: 'ORG' | 'LOC'): boolean {
    const { doc } = this;
    let start = a;
    for (let i = a + 1; i <= m.w0; i++) if (gapBefore(doc, i).includes(',')) start = i;
    for (let i = start; i < m.w0; i++) {
      const w = doc.lw[i]!;
      const mi = doc.mentionOf[i]!;
      if (mi >= 0 && doc.mentions[mi]!.entity === m.entity) {
        i = doc.mentions[mi]!.w1;
        continue;
      }
      if (connectors.has(w) || w === 'atau') continue;
      if (type === 'ORG' && orgClassifiers.has(w)) continue;
      return false;
    }
    return true;
  }

  /** The noun phrase opening the clause before a verb, or null if there is none. */
  private subjectPhrase(a: number, b: number): [number, number] | null {
    const { doc } = this;
    // The last comma-separated segment that is not a relative clause.
    let segStart = a;
    const starts: number[] = [a];
    for (let i = a + 1; i <= b; i++) if (gapBefore(doc, i).includes(',')) starts.push(i);
    for (let k = starts.length - 1; k >= 0; k--) {
      if (doc.lw[starts[k]!] !== 'yang') {
        segStart = starts[k]!;
        break;
      }
    }
    let i = segStart;
    while (i <= b && connectors.has(doc.lw[i]!) && !pluralMarkers.has(doc.lw[i]!)) i++;
    if (i > b) return null;
    let j = i;
    let sawYang = false;
    while (j <= b) {
      const w = doc.lw[j]!;
      if (j > i && gapBefore(doc, j).includes(',') && !sawYang) break;
      if (w === 'yang') sawYang = true;
      if (!sawYang && j > i && (npCuts.has(w) || hedges.has(w))) break;
      j++;
    }
    const end = j - 1;
    if (end < i || end - i + 1 > MAX_NP_WORDS) return null;
    if (!sawYang && !this.gapOk(null, end + 1, b)) return null;
    if (adjunctOpeners.has(doc.lw[i]!) || dayNames.has(doc.lw[i]!)) return null;
    const lastWord = doc.lw[end]!;
    for (let k = i; k <= end; k++) {
      const w = doc.lw[k]!;
      if (w === 'yang') {
        if (!demonstratives.has(lastWord)) return null;
        break;
      }
      if (verbAt(doc, k) || reportingVerbs.has(w)) return null;
    }
    return [i, end];
  }
}

/** A lower-case word of verb shape: capitalised "Dian" or "Bernard" is a name, not a verb. */
export function verbAt(doc: Doc, i: number): boolean {
  const c = doc.text[doc.ws[i]!]!;
  return c === c.toLowerCase() && isVerbLike(doc.lw[i]!);
}

function wordIndexAt(doc: Doc, pos: number): number {
  return Math.min(wordAt(doc, pos), doc.n - 1);
}
