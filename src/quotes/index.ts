/**
 * Who said what: direct quotes (in quotation marks) and indirect ones (reported clauses), each
 * with its speaker, cue, stance and hedge.
 *
 * Stages:
 *  1. pair quotation marks into quoted spans (`marks.ts`);
 *  2. find each direct quote's cue (after the closing mark, before the opening mark, or none)
 *     and every reporting clause outside the marks (`detect.ts`);
 *  3. resolve speakers in text order, so that "ia", "katanya" and "juru bicara itu" can point
 *     back at people already quoted or mentioned (`speaker.ts`).
 */
import type { Entity, Quote, Span } from '../types.js';
import { buildDoc, wordAt, type Doc } from './doc.js';
import { pairQuotes } from './marks.js';
import { Detector, type Site } from './detect.js';
import { SpeakerResolver, type Speaker } from './speaker.js';
import { isCueWord } from './lexicon.js';

export { formatQuotes } from './format.js';

export function extractQuotes(text: string, sentences: Span[], entities: Entity[]): Quote[] {
  const doc = buildDoc(text, sentences, entities);
  if (doc.n === 0) return [];
  const spans = pairQuotes(text, doc.paras, isCueWord);
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi]!;
    for (let i = wordAt(doc, q.openEnd); i < doc.n && doc.we[i]! <= q.close; i++) doc.quoteOf[i] = qi;
  }
  const res = new SpeakerResolver(doc);
  const det = new Detector(doc, spans, res);
  det.detectDirect();
  det.detectIndirect();

  const sites = det.sites.slice().sort((a, b) => a.anchor - b.anchor || a.content.start - b.content.start);
  const done: Array<{ site: Site; speaker: Speaker; cue: Span }> = [];
  const out: Quote[] = [];
  const seen = new Set<string>();
  for (const site of sites) {
    let speaker: Speaker | null = site.speaker ?? null;
    let cue = site.cue;
    if (site.expr.kind === 'inherit') {
      const prev = inheritFrom(done, site);
      if (!prev) continue;
      speaker = prev.speaker;
      cue = prev.cue;
    } else if (!speaker) {
      speaker = resolve(doc, res, site, done);
    }
    if (!speaker || !cue) continue;
    if ((site.embedded || site.weak) && !speaker.entity && site.expr.kind !== 'pronoun') continue;
    // "… harus ikut mengawasi dan memastikan …" inside a report is not a second report.
    if (site.embedded && site.expr.kind === 'coord') continue;
    const key = `${site.content.start}:${site.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    res.record(site.anchor, speaker);
    done.push({ site, speaker, cue });
    const quote: Quote = {
      speaker: { name: speaker.name, entity: speaker.entity?.id ?? null },
      cue: { text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end },
      kind: site.kind,
      stance: site.stance,
      content: { start: site.content.start, end: site.content.end, text: text.slice(site.content.start, site.content.end) },
    };
    if (site.hedge) quote.hedge = site.hedge;
    out.push(quote);
  }
  out.sort((a, b) => a.content.start - b.content.start);
  return out;
}

/** A cue-less direct quote continues the last report in its paragraph or the one before. */
function inheritFrom(done: Array<{ site: Site; speaker: Speaker; cue: Span }>, site: Site) {
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k]!;
    if (d.site.para < site.para - 1) break;
    return d;
  }
  return null;
}

function resolve(doc: Doc, res: SpeakerResolver, site: Site, done: Array<{ site: Site; speaker: Speaker }>): Speaker | null {
  const e = site.expr;
  switch (e.kind) {
    case 'pronoun':
      return res.pronoun(e.number, site.anchor);
    case 'phrase':
      return res.phrase(e.w0, e.w1, site.anchor);
    case 'coord': {
      const sent = doc.sentOf[e.verb]!;
      for (let k = done.length - 1; k >= 0; k--) {
        const d = done[k]!;
        const w = wordAt(doc, d.site.anchor);
        if (w < doc.n && doc.sentOf[w] === sent) return d.speaker;
        if (w < doc.n && doc.sentOf[w]! < sent) break;
      }
      for (let i = doc.sentW0[sent]!; i < e.verb; i++) {
        const mi = doc.mentionOf[i]!;
        if (mi >= 0 && doc.quoteOf[i] === -1 && doc.mentions[mi]!.entity.type === 'PER') return res.fromEntity(doc.mentions[mi]!.entity);
      }
      return null;
    }
    case 'forward': {
      for (let i = e.w0; i <= e.w1; i++) {
        if (doc.quoteOf[i] !== -1) continue;
        const mi = doc.mentionOf[i]!;
        if (mi >= 0 && doc.mentions[mi]!.entity.type !== 'LOC') return res.fromEntity(doc.mentions[mi]!.entity);
      }
      return null;
    }
    default:
      return null;
  }
}
