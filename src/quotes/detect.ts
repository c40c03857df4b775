/**
 * Finding quotes: where each direct quote's cue is, and which clauses report speech.
 * Nothing here decides who the speaker is; each site carries a speaker expression that
 * `speaker.ts` resolves in text order.
 */
import type { Span, Stance } from '../types.js';
import { PHRASE_CUES, POST_CUE_STANCE } from '../lang/id/reporting.js';
import { gapBefore, wordAt, type Doc } from './doc.js';
import type { QuotedSpan } from './marks.js';
import {
  accordingFillers, adverbs, clauseMarkers, complementisers, connectors, controlStarts,
  demikianNouns, hedges, inlineCues, irrealis, negators, passiveCues, passiveSourceCues,
  postCueRoot, pronounsPl, pronounsSg, reportingVerbs, topicWords, dayNames, adjunctOpeners, sourceOpeners,
  leadingAdjuncts, sourceLead, pluralMarkers, orgClassifiers, accordingTo,
} from './lexicon.js';
import { verbAt, type Speaker, type SpeakerExpr, type SpeakerResolver } from './speaker.js';
import { SETTINGS } from './settings.js';

export interface Site {
  kind: 'direct' | 'indirect';
  /** Where the report starts: orders resolution and anchors pronouns. */
  anchor: number;
  cue: Span | null;
  stance: Stance | null;
  hedge: string | null;
  content: Span;
  expr: SpeakerExpr;
  /** Resolved already while detecting (the subject finder saw a named entity). */
  speaker?: Speaker;
  /** A report inside another report's content: kept only with a named or pronoun speaker. */
  embedded: boolean;
  /** A weak verb: needs a named or pronoun speaker. */
  weak: boolean;
  para: number;
}

const OPEN_GAP = /^[\s,:\u2013\u2014-]*$/;
const CLOSE_GAP = /^[ \t\u00A0,;:\u2013\u2014-]*$/;
const QUOTE_CHARS = /["“”„«»]|''/;

function span(doc: Doc, w0: number, w1: number): Span {
  return { start: doc.ws[w0]!, end: doc.we[w1]! };
}

/** Trim spaces, and for reported clauses the final stop and stray marks. */
function trimContent(text: string, start: number, end: number, clause: boolean): Span {
  const strip = clause ? /[\s.!?…,;:"“”„'’‘]/ : /\s/;
  while (end > start && strip.test(text[end - 1]!)) end--;
  while (start < end && /[\s,:;]/.test(text[start]!)) start++;
  return { start, end };
}

function wordCount(doc: Doc, sp: Span): number {
  return wordAt(doc, sp.end) - wordAt(doc, sp.start);
}

export class Detector {
  readonly used: Uint8Array;
  readonly sites: Site[] = [];
  /** Quoted spans that became direct quotes, and the indirect sites so far, for quick look-ups. */
  private readonly directQuotes = new Set<number>();
  private readonly indirect: Site[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly quotes: QuotedSpan[],
    private readonly res: SpeakerResolver,
  ) {
    this.used = new Uint8Array(doc.n);
  }

  /** Direct quotes: a cue after the closing mark, a verb before the opening mark, or none. */
  detectDirect(): void {
    const { doc } = this;
    for (let qi = 0; qi < this.quotes.length; qi++) {
      const q = this.quotes[qi]!;
      const content = trimContent(doc.text, q.openEnd, q.close, false);
      if (content.end <= content.start) continue;
      const words = wordCount(doc, content);
      const para = doc.paraOf[Math.min(doc.n - 1, wordAt(doc, q.open))]!;
      const base = { kind: 'direct' as const, anchor: q.open, hedge: null, content, embedded: false, weak: false, para };
      const post = this.postCue(q);
      if (post) {
        this.sites.push({ ...base, ...post });
        this.directQuotes.add(qi);
        continue;
      }
      const pre = this.preCue(q);
      if (pre) {
        this.sites.push({ ...base, ...pre });
        this.directQuotes.add(qi);
        continue;
      }
      // No cue of its own: a full statement opening a sentence ("“A,” kata X. “B.”") takes the
      // previous speaker; a phrase in marks inside a sentence is a title or a scare quote
      // ("penulis “Mental Health Journal for Men.”"), not a quotation.
      const lastChar = doc.text[q.close - 1] ?? '';
      const before = doc.text.slice(Math.max(0, q.open - 4), q.open);
      const statement =
        words >= SETTINGS.minInheritWords &&
        /[.,!?…]/.test(lastChar) &&
        /(^|[.!?…]["”']?\s+|\n\s*)$/.test(before);
      if (statement) {
        this.sites.push({ ...base, cue: null, stance: null, expr: { kind: 'inherit' } });
        this.directQuotes.add(qi);
      }
    }
  }

  /** "…,” kata X", "…,” ujarnya", "…,” kata dia", "…,” demikian keterangan X", "…,” X menambahkan". */
  private postCue(q: QuotedSpan): Pick<Site, 'cue' | 'stance' | 'expr'> | null {
    const { doc } = this;
    const j = wordAt(doc, q.closeEnd);
    if (j >= doc.n) return null;
    if (!CLOSE_GAP.test(doc.text.slice(q.closeEnd, doc.ws[j]!))) return null;
    if (doc.quoteOf[j] !== -1) return null;
    const w = doc.lw[j]!;
    const sentEnd = doc.sentW1[doc.sentOf[j]!]!;
    const cr = postCueRoot(w);
    if (cr) {
      const stance = POST_CUE_STANCE[cr.root] ?? null;
      this.used[j] = 1;
      if (cr.clitic) return { cue: span(doc, j, j), stance, expr: { kind: 'pronoun', number: 'clitic' } };
      const k = j + 1;
      if (k < doc.n && /^[ \u00A0]+$/.test(gapBefore(doc, k))) {
        const wk = doc.lw[k]!;
        if (pronounsSg.has(wk) || pronounsPl.has(wk)) {
          // "…,” kata dia menambahkan.": the trailing verb belongs to the cue.
          const tail = this.trailingVerb(k + 1);
          return {
            cue: span(doc, j, tail > 0 ? tail : k),
            stance,
            expr: { kind: 'pronoun', number: pronounsPl.has(wk) ? 'pl' : 'sg' },
          };
        }
        const end = this.res.phraseEnd(k, Math.max(k, sentEnd));
        if (end >= k) {
          this.trailingVerb(end + 1);
          return { cue: span(doc, j, j), stance, expr: { kind: 'phrase', w0: k, w1: end } };
        }
      }
      this.used[j] = 0;
      return null;
    }
    if (w === 'demikian') {
      let k = j + 1;
      let cueEnd = j;
      if (k < doc.n && demikianNouns.has(doc.lw[k]!)) {
        cueEnd = k;
        k++;
      }
      const end = k < doc.n ? this.res.phraseEnd(k, Math.max(k, sentEnd)) : k - 1;
      if (end < k) return null;
      for (let i = j; i <= cueEnd; i++) this.used[i] = 1;
      return { cue: span(doc, j, cueEnd), stance: null, expr: { kind: 'phrase', w0: k, w1: end } };
    }
    // Inverted: "…,” Rutte menambahkan." / "…,” ia menjelaskan."
    const mi = doc.mentionOf[j]!;
    let after = mi >= 0 ? doc.mentions[mi]!.w1 + 1 : pronounsSg.has(w) ? j + 1 : -1;
    if (after > 0) {
      while (after < doc.n && adverbs.has(doc.lw[after]!)) after++;
      // Only a closing attribution: "…,” Rutte menambahkan." — not "…”, Trump mengatakan kepada AFP, bahwa …".
      let ends = after === sentEnd || (after < sentEnd && /[.;]/.test(gapBefore(doc, after + 1)));
      if (!ends && after < sentEnd && adjunctOpeners.has(doc.lw[after + 1]!)) {
        ends = true;
        for (let t = after + 1; t <= sentEnd; t++) if (doc.lw[t] === 'bahwa' || gapBefore(doc, t).includes(',')) ends = false;
      }
      if (after < doc.n && after <= sentEnd && reportingVerbs.has(doc.lw[after]!) && ends) {
        this.used[after] = 1;
        const stance = reportingVerbs.get(doc.lw[after]!)!.stance;
        const expr: SpeakerExpr = mi >= 0 ? { kind: 'phrase', w0: j, w1: doc.mentions[mi]!.w1 } : { kind: 'pronoun', number: 'sg' };
        return { cue: span(doc, after, after), stance, expr };
      }
    }
    return null;
  }

  /** A reporting verb right after a post-quote speaker ("kata Bupati X menegaskan saat …"): part of the cue. */
  private trailingVerb(k: number): number {
    const { doc } = this;
    if (k >= doc.n || !/^[ \u00A0]+$/.test(gapBefore(doc, k))) return -1;
    if (!reportingVerbs.has(doc.lw[k]!)) return -1;
    this.used[k] = 1;
    return k;
  }

  /** "X mengatakan, “…”", "Ia menambahkan bahwa “…”", "mengecam tindakan tersebut “tidak dapat diterima”". */
  private preCue(q: QuotedSpan): Pick<Site, 'cue' | 'stance' | 'expr' | 'speaker' | 'hedge'> | null {
    const { doc } = this;
    const i = wordAt(doc, q.open) - 1;
    if (i < 0) return null;
    const gap = doc.text.slice(doc.we[i]!, q.open);
    if (!OPEN_GAP.test(gap)) return null;
    // Across a paragraph break only "Ia mengatakan:" introduces the quote below it.
    if (gap.includes('\n') && !gap.includes(':')) return null;
    const sent = doc.sentOf[i]!;
    const s0 = doc.sentW0[sent]!;
    let v = -1;
    for (let t = i; t >= Math.max(s0, i - SETTINGS.preCueWindow); t--) {
      if (doc.quoteOf[t] !== -1) break;
      if (reportingVerbs.has(doc.lw[t]!) && !this.used[t]) {
        v = t;
        break;
      }
    }
    if (v >= 0) {
      if (v > 0 && negators.has(doc.lw[v - 1]!)) return null;
      const between: number[] = [];
      for (let t = v + 1; t <= i; t++) if (!complementisers.has(doc.lw[t]!)) between.push(t);
      if (between.some((t) => clauseMarkers.has(doc.lw[t]!) || reportingVerbs.has(doc.lw[t]!))) return null;
      const words = wordCount(doc, { start: q.openEnd, end: q.close });
      const introduced = /[,:]/.test(gap) && words >= SETTINGS.minInheritWords;
      if (between.length > SETTINGS.preCueMaxBetween && !introduced) return null;
      const subj = this.res.subject(v);
      if (!subj.expr) return null;
      this.used[v] = 1;
      const info = reportingVerbs.get(doc.lw[v]!)!;
      return {
        cue: span(doc, v, v),
        stance: info.stance,
        expr: subj.expr,
        ...(subj.speaker ? { speaker: subj.speaker } : {}),
        hedge: subj.hedge,
      };
    }
    // "Kata X: “…”" with the stem first.
    if (/[,:]/.test(gap)) {
      let t = s0;
      while (t < i && connectors.has(doc.lw[t]!)) t++;
      const cr = postCueRoot(doc.lw[t]!);
      if (cr && !cr.clitic && t < i && doc.quoteOf[t] === -1) {
        this.used[t] = 1;
        return { cue: span(doc, t, t), stance: POST_CUE_STANCE[cr.root] ?? null, expr: { kind: 'phrase', w0: t + 1, w1: i }, hedge: null };
      }
    }
    return null;
  }

  /** Reported speech without quotation marks. */
  detectIndirect(): void {
    const { doc } = this;
    for (let i = 0; i < doc.n; i++) {
      if (doc.quoteOf[i] !== -1 || this.used[i]) continue;
      const w = doc.lw[i]!;
      if (this.phraseCue(i)) continue;
      const rv = reportingVerbs.get(w);
      if (rv) {
        this.verbCue(i, i, rv.stance, rv.weak === true, false, rv.clause === true);
        continue;
      }
      if (sourceOpeners.has(w)) {
        this.accordingCue(i);
        continue;
      }
      if (accordingTo.has(w) || (w.endsWith('nya') && accordingTo.has(w.slice(0, -3)))) {
        this.accordingCue(i);
        continue;
      }
      if (postCueRoot(w)) {
        this.inlineCue(i);
        continue;
      }
      if (passiveCues.has(w)) this.passiveCue(i);
    }
  }

  private phraseCue(i: number): boolean {
    const { doc } = this;
    const candidates = PHRASES_BY_FIRST.get(doc.lw[i]!);
    if (!candidates) return false;
    for (const pc of candidates) {
      const n = pc.words.length;
      if (i + n > doc.n) continue;
      let ok = true;
      for (let k = 0; k < n; k++) if (doc.lw[i + k] !== pc.words[k] || doc.quoteOf[i + k] !== -1) ok = false;
      if (!ok) continue;
      this.verbCue(i, i + n - 1, pc.stance, false, pc.object === true);
      return true;
    }
    return false;
  }

  private sentenceBounds(i: number): [number, number] {
    const s = this.doc.sentOf[i]!;
    return [this.doc.sentW0[s]!, this.doc.sentW1[s]!];
  }

  /** Last word of a reported clause that starts at word c: the sentence end, cut before a direct quote or a new report. */
  private clauseEnd(c: number, sEnd: number): number {
    const { doc } = this;
    let end = sEnd;
    for (let k = c; k <= sEnd; k++) {
      if (k > c && doc.quoteOf[k] !== -1 && this.quotedWithCue(doc.quoteOf[k]!)) {
        end = k - 1;
        break;
      }
      // ", Trump mengatakan kepada AFP …": a new report starts; ours ended at the comma.
      if (k > c + 1 && gapBefore(doc, k).includes(',') && !QUOTE_CHARS.test(gapBefore(doc, k))) {
        let t = k;
        const mi = doc.mentionOf[t]!;
        if (mi >= 0) t = doc.mentions[mi]!.w1 + 1;
        else if (pronounsSg.has(doc.lw[t]!)) t++;
        else continue;
        while (t <= sEnd && adverbs.has(doc.lw[t]!)) t++;
        if (t <= sEnd && reportingVerbs.has(doc.lw[t]!) && (mi < 0 || doc.mentions[mi]!.entity.type !== 'LOC')) {
          end = k - 1;
          break;
        }
      }
    }
    return end;
  }

  private addIndirect(site: Site): void {
    this.sites.push(site);
    this.indirect.push(site);
  }

  private quotedWithCue(qi: number): boolean {
    return this.directQuotes.has(qi);
  }

  /** Inside the content of an earlier report in the same sentence. */
  private embeddedIn(i: number): boolean {
    const pos = this.doc.ws[i]!;
    const sentStart = this.doc.ws[this.doc.sentW0[this.doc.sentOf[i]!]!]!;
    for (let k = this.indirect.length - 1; k >= 0; k--) {
      const s = this.indirect[k]!;
      if (s.content.end < sentStart) break;
      if (s.content.start < pos && pos < s.content.end) return true;
    }
    return false;
  }

  /** "X mengatakan (kepada BBC) (bahwa) …", "Putin menolak untuk menyangkal bahwa …". */
  private verbCue(v0: number, v1: number, stance: Stance | null, weak: boolean, object: boolean, clause = false): void {
    const { doc } = this;
    const [s0, sEnd] = this.sentenceBounds(v0);
    if (v0 > s0) {
      const prev = doc.lw[v0 - 1]!;
      if (stance !== 'refuse-to-deny' && (negators.has(prev) || irrealis.has(prev))) return;
    }
    if (v1 >= sEnd) return;
    let cueEnd = v1;
    let c = v1 + 1;
    // Find "bahwa" past an adjunct or addressee: "mengatakan awal bulan ini bahwa", "memberi tahu para penasihatnya … bahwa".
    let bahwa = -1;
    for (let k = c; k <= Math.min(sEnd, c + SETTINGS.bahwaWindow); k++) {
      if (doc.lw[k] === 'bahwa') {
        bahwa = k;
        break;
      }
      if (doc.quoteOf[k] !== -1) break;
      const w = doc.lw[k]!;
      if (!object && (verbAt(doc, k) || clauseMarkers.has(w) || reportingVerbs.has(w))) break;
    }
    if (object && bahwa < 0) return;
    if (bahwa >= 0) {
      if (bahwa > c && (object || doc.lw[c] === 'kepada' || doc.lw[c] === 'pada')) cueEnd = bahwa - 1;
      c = bahwa + 1;
    } else if (doc.lw[c] === 'kepada') {
      let k = c + 1;
      while (k <= sEnd && k - c < SETTINGS.bahwaWindow && !/[,:]/.test(gapBefore(doc, k))) k++;
      if (k > sEnd || k - c >= SETTINGS.bahwaWindow) return;
      cueEnd = k - 1;
      c = k;
    }
    // "Woo Yeul Lee menyebut, kredit lancar …": a comma after the verb introduces the claim too.
    // "mengatakan pada akhir Mei 2025, pengiriman akan …": a time or place adjunct before a comma is no content.
    if (bahwa < 0 && leadingAdjuncts.has(doc.lw[c]!)) {
      for (let k = c + 1; k <= Math.min(sEnd, c + SETTINGS.leadingAdjunctWords); k++) {
        if (verbAt(doc, k) || doc.quoteOf[k] !== -1) break;
        if (gapBefore(doc, k).includes(',')) {
          c = k;
          break;
        }
      }
    }
    let complementiser = bahwa >= 0 || /[,:]/.test(gapBefore(doc, c));
    while (c <= sEnd && complementisers.has(doc.lw[c]!) && !this.conditional(c, sEnd)) {
      complementiser = true;
      c++;
    }
    if (c > sEnd) return;
    if (doc.quoteOf[c] !== -1) return; // a direct quote follows: its own site
    if (topicWords.has(doc.lw[c]!)) return;
    if (weak && controlStarts.has(doc.lw[c]!)) return;
    if (clause && !complementiser && !this.looksLikeClause(c, sEnd)) return;

    const subj = this.res.subject(v0);
    if (!subj.expr) return;
    let end = this.clauseEnd(c, sEnd);
    if (subj.expr.kind === 'forward') {
      // "Sehari setelah mengatakan A, Trump …": A ends at the comma before the main clause.
      for (let k = c + 1; k <= end; k++) {
        if (gapBefore(doc, k).includes(',') && doc.quoteOf[k] === -1) {
          subj.expr = { kind: 'forward', w0: k, w1: sEnd };
          end = k - 1;
          break;
        }
      }
      if (subj.expr.w0 === v0 + 1) return;
    }
    if (end - c + 1 < SETTINGS.minIndirectWords) return;
    const content = trimContent(doc.text, doc.ws[c]!, doc.we[end]!, true);
    for (let k = v0; k <= v1; k++) this.used[k] = 1;
    this.addIndirect({
      kind: 'indirect',
      anchor: Math.min(doc.ws[v0]!, content.start),
      cue: span(doc, v0, cueEnd),
      stance,
      hedge: subj.hedge,
      content,
      expr: subj.expr,
      ...(subj.speaker ? { speaker: subj.speaker } : {}),
      embedded: this.embeddedIn(v0),
      weak: weak && !complementiser,
      para: doc.paraOf[v0]!,
    });
  }

  /**
   * "jika"/"bila"/"kalau" opening a condition ("memastikan, jika masyarakat masih membutuhkan
   * bantuan, PDIP akan siap …") stays in the content; as a plain "that" it goes.
   */
  private conditional(c: number, sEnd: number): boolean {
    const { doc } = this;
    if (doc.lw[c] === 'bahwa') return false;
    for (let k = c + 2; k <= sEnd; k++) if (gapBefore(doc, k).includes(',')) return true;
    return false;
  }

  /** Skip a date between commas after a source: "Seperti dilansir AP, Sabtu (21/6/2008), …". */
  private skipDate(c: number, sEnd: number): number {
    const { doc } = this;
    if (c > sEnd) return c;
    let k = c + 1;
    while (k <= sEnd && !gapBefore(doc, k).includes(',')) k++;
    if (k > sEnd || k - c > SETTINGS.dateSegmentWords) return c;
    // A short segment with a day name or a number: "Sabtu (21/6/2008)", "ditulis Kamis (19/6/2025)".
    for (let t = c; t < k; t++) if (dayNames.has(doc.lw[t]!) || /^\d/.test(doc.lw[t]!)) return k;
    return c;
  }

  /** A long stretch with a verb: a whole claim, not the short adjunct of ", kata Robby, …". */
  private fullClause(w0: number, w1: number): boolean {
    const { doc } = this;
    if (w1 - w0 + 1 < SETTINGS.inlineClauseWords) return false;
    for (let k = w0; k <= w1; k++) if (verbAt(doc, k) || clauseMarkers.has(doc.lw[k]!)) return true;
    return false;
  }

  /** A verb or auxiliary among the first words: "PNM juga memaknai …", not "pesan dukungan dan harapan …". */
  private looksLikeClause(c: number, sEnd: number): boolean {
    const { doc } = this;
    for (let k = c; k <= Math.min(sEnd, c + SETTINGS.clauseWindow - 1); k++) {
      if (verbAt(doc, k) || clauseMarkers.has(doc.lw[k]!) || adverbs.has(doc.lw[k]!)) return true;
    }
    return false;
  }

  /** "Menurut X, …", "… menurut Yuliot …", "Menurutnya, …", "Baginya, …", "Merujuk pada data X, …". */
  private accordingCue(i: number): void {
    const { doc } = this;
    const [s0, sEnd] = this.sentenceBounds(i);
    const w = doc.lw[i]!;
    let expr: SpeakerExpr;
    let after: number;
    const clitic = !accordingTo.has(w) && !sourceOpeners.has(w);
    // "bagi" ("for X") reports only with a named person: "Bagi Rizky, …", "Baginya, …".
    const forSomeone = w.startsWith('bagi');
    if (clitic) {
      expr = { kind: 'pronoun', number: 'clitic' };
      after = i + 1;
    } else {
      let k = i + 1;
      // "menurut keterangan dari X": skip the fillers, but not past the comma ("Menurut laporan, …").
      while (k < sEnd && accordingFillers.has(doc.lw[k]!) && !gapBefore(doc, k + 1).includes(',')) k++;
      if (k > sEnd) return;
      if (pronounsSg.has(doc.lw[k]!)) {
        expr = { kind: 'pronoun', number: 'sg' };
        after = k + 1;
      } else {
        const end = this.res.phraseEnd(k, sEnd);
        if (end < k) return;
        if (forSomeone) {
          const mi = doc.mentionOf[k]!;
          if (mi < 0 || doc.mentions[mi]!.entity.type !== 'PER') return;
        }
        expr = { kind: 'phrase', w0: k, w1: end };
        after = end + 1;
      }
    }
    let lead = s0;
    while (lead < i && (connectors.has(doc.lw[lead]!) || adverbs.has(doc.lw[lead]!))) lead++;
    if (sourceOpeners.has(w) && lead !== i) return;
    let c: number;
    let e: number;
    if (lead === i) {
      // Sentence-initial: the claim follows the next comma.
      let k = after;
      while (k <= sEnd && !gapBefore(doc, k).includes(',')) k++;
      if (k > sEnd) return;
      if (k - after > SETTINGS.bahwaWindow) return;
      c = this.skipDate(k, sEnd);
      e = this.clauseEnd(c, sEnd);
    } else if (after > sEnd && gapBefore(doc, i).includes(',')) {
      c = lead;
      e = i - 1;
    } else {
      if (forSomeone) return;
      if (expr.kind === 'phrase' && doc.mentionOf[expr.w0]! < 0) return;
      c = s0;
      e = sEnd;
    }
    while (c <= e && complementisers.has(doc.lw[c]!) && !this.conditional(c, e)) c++;
    if (e - c + 1 < SETTINGS.minIndirectWords) return;
    if (doc.quoteOf[c] !== -1) return;
    const content = trimContent(doc.text, doc.ws[c]!, doc.we[e]!, true);
    this.used[i] = 1;
    this.addIndirect({
      kind: 'indirect',
      anchor: Math.min(doc.ws[i]!, content.start),
      cue: span(doc, i, i),
      stance: null,
      hedge: null,
      content,
      expr,
      embedded: false,
      weak: false,
      para: doc.paraOf[i]!,
    });
  }

  /** ", kata Robby, …" inside a sentence and "…, kata mereka." closing one, with no marks. */
  private inlineCue(i: number): void {
    const { doc } = this;
    const [s0, sEnd] = this.sentenceBounds(i);
    if (i === s0) {
      this.openingClitic(i, sEnd);
      return;
    }
    const gap = gapBefore(doc, i);
    if (!gap.includes(',') || QUOTE_CHARS.test(gap) || doc.quoteOf[i - 1] !== -1) return;
    const cr = postCueRoot(doc.lw[i]!)!;
    if (!inlineCues.has(cr.root)) return;
    let expr: SpeakerExpr;
    let after: number;
    let cueEnd = i;
    if (cr.clitic) {
      expr = { kind: 'pronoun', number: 'clitic' };
      after = i + 1;
    } else {
      const k = i + 1;
      if (k > sEnd) return;
      const wk = doc.lw[k]!;
      if (pronounsSg.has(wk) || pronounsPl.has(wk)) {
        expr = { kind: 'pronoun', number: pronounsPl.has(wk) ? 'pl' : 'sg' };
        after = k + 1;
        cueEnd = k;
      } else {
        const first = doc.text[doc.ws[k]!]!;
        if (first === first.toLowerCase() && doc.mentionOf[k]! < 0) return;
        const end = this.res.phraseEnd(k, sEnd);
        if (end < k) return;
        expr = { kind: 'phrase', w0: k, w1: end };
        after = end + 1;
      }
    }
    let c: number;
    let e: number;
    if (after > sEnd || (gapBefore(doc, after).includes(',') && this.fullClause(s0, i - 1))) {
      // "…, kata mereka." or "…, kata Ryan Howes, psikolog di Pasadena.": the claim precedes.
      c = s0;
      e = i - 1;
    } else if (gapBefore(doc, after).includes(',')) {
      c = s0;
      e = sEnd;
    } else return;
    if (e - c + 1 < SETTINGS.minIndirectWords) return;
    for (let k = c; k <= e; k++) if (doc.quoteOf[k] !== -1) return;
    const content = trimContent(doc.text, doc.ws[c]!, doc.we[e]!, true);
    this.used[i] = 1;
    this.addIndirect({
      kind: 'indirect',
      anchor: content.start,
      cue: span(doc, i, cueEnd),
      stance: POST_CUE_STANCE[cr.root] ?? null,
      hedge: null,
      content,
      expr,
      embedded: false,
      weak: false,
      para: doc.paraOf[i]!,
    });
  }

  /** "Tegasnya, sistem hukum …": a cue with "-nya" opening the sentence, the claim after the comma. */
  private openingClitic(i: number, sEnd: number): void {
    const { doc } = this;
    const cr = postCueRoot(doc.lw[i]!);
    if (!cr || !cr.clitic || !inlineCues.has(cr.root) || i + 1 > sEnd) return;
    if (!gapBefore(doc, i + 1).includes(',') || doc.quoteOf[i + 1] !== -1) return;
    if (sEnd - i < SETTINGS.minIndirectWords) return;
    for (let k = i + 1; k <= sEnd; k++) if (doc.quoteOf[k] !== -1) return;
    const content = trimContent(doc.text, doc.ws[i + 1]!, doc.we[sEnd]!, true);
    this.used[i] = 1;
    this.addIndirect({
      kind: 'indirect', anchor: doc.ws[i]!, cue: span(doc, i, i), stance: POST_CUE_STANCE[cr.root] ?? null, hedge: null,
      content, expr: { kind: 'pronoun', number: 'clitic' }, embedded: false, weak: false, para: doc.paraOf[i]!,
    });
  }

  /** "Seperti dilansir AP, …", "dikabarkan sejumlah media nasional, …", "yang diklaim Microsoft dapat …". */
  private passiveCue(i: number): void {
    const { doc } = this;
    const [s0, sEnd] = this.sentenceBounds(i);
    const w = doc.lw[i]!;
    const stance = passiveCues.get(w) ?? null;
    const hedge = hedges.has(w) ? doc.text.slice(doc.ws[i]!, doc.we[i]!) : null;
    let lead = s0;
    while (lead < i && sourceLead.has(doc.lw[lead]!)) lead++;
    if (lead === i && passiveSourceCues.has(w)) {
      let k = i + 1;
      while (k <= sEnd && (doc.lw[k] === 'dari' || doc.lw[k] === 'oleh')) k++;
      if (k > sEnd) return;
      let end = k;
      while (end < sEnd && !gapBefore(doc, end + 1).includes(',')) end++;
      if (end >= sEnd || end - k >= SETTINGS.bahwaWindow) return;
      // The agent is a name or a noun phrase, not "Diberitakan sebelumnya, …".
      let named = false;
      for (let t = k; t <= end; t++) if (doc.mentionOf[t]! >= 0) named = true;
      const first = doc.text[doc.ws[k]!]!;
      if (!named && first === first.toLowerCase() && !pluralMarkers.has(doc.lw[k]!) && !orgClassifiers.has(doc.lw[k]!)) return;
      if (adverbs.has(doc.lw[k]!) || leadingAdjuncts.has(doc.lw[k]!)) return;
      const c = this.skipDate(end + 1, sEnd);
      if (sEnd - c + 1 < SETTINGS.minIndirectWords) return;
      if (doc.quoteOf[c] !== -1) return;
      const content = trimContent(doc.text, doc.ws[c]!, doc.we[this.clauseEnd(c, sEnd)]!, true);
      this.used[i] = 1;
      this.addIndirect({
        kind: 'indirect', anchor: doc.ws[i]!, cue: span(doc, i, i), stance, hedge, content,
        expr: { kind: 'phrase', w0: k, w1: end }, embedded: false, weak: false, para: doc.paraOf[i]!,
      });
      return;
    }
    if (passiveSourceCues.has(w)) return;
    // Inline with a named agent: "… dianggap UEFA agak riskan", "yang diklaim Microsoft dapat …".
    let k = i + 1;
    if (doc.lw[k] === 'oleh') k++;
    const mi = k <= sEnd ? doc.mentionOf[k]! : -1;
    if (mi < 0) return;
    const m = doc.mentions[mi]!;
    if (m.w0 !== k || m.entity.type === 'LOC') return;
    for (let t = s0; t <= sEnd; t++) if (doc.quoteOf[t] !== -1 && doc.lw[i - 1] !== 'yang') return;
    let c: number;
    if (doc.lw[i - 1] === 'yang') c = m.w1 + 1;
    else {
      c = s0;
      while (c < i && connectors.has(doc.lw[c]!)) c++;
    }
    if (sEnd - c + 1 < SETTINGS.minIndirectWords) return;
    const content = trimContent(doc.text, doc.ws[c]!, doc.we[sEnd]!, true);
    this.used[i] = 1;
    this.addIndirect({
      kind: 'indirect', anchor: Math.min(content.start, doc.ws[i]!), cue: span(doc, i, i), stance, hedge, content,
      expr: { kind: 'phrase', w0: k, w1: m.w1 }, embedded: false, weak: false, para: doc.paraOf[i]!,
    });
  }
}

const PHRASES_BY_FIRST = new Map<string, typeof PHRASE_CUES[number][]>();
for (const pc of PHRASE_CUES) {
  const list = PHRASES_BY_FIRST.get(pc.words[0]!) ?? [];
  list.push(pc);
  PHRASES_BY_FIRST.set(pc.words[0]!, list);
}

