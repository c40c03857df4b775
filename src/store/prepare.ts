/**
 * From an analysed article to the rows a store writes, and back: identity (key and content
 * hash), stemmed text for the full-text index, the layers as rows, and the whole document
 * compressed so `show` and `export` give back exactly what `analyze` produced.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { stemText } from '../lang/id/stem.js';
import type { Article, ArticleInput } from '../types.js';
import type { PreparedArticle, PreparedEntity, PreparedQuote } from './types.js';

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/**
 * The identity of an input record: its id, else its URL, else a hash of its raw text. Two
 * records with the same key are the same article (the later one replaces the earlier when
 * its content differs).
 */
export function articleKey(input: ArticleInput): string {
  if (input.id !== undefined && input.id.trim() !== '') return `id:${input.id.trim()}`;
  if (input.url !== undefined && input.url.trim() !== '') return `url:${input.url.trim()}`;
  return `sha:${sha1(input.text).slice(0, 24)}`;
}

/** A hash of everything the record says: a change anywhere makes it a new version. */
export function contentHash(input: ArticleInput): string {
  return sha1(JSON.stringify([input.id ?? null, input.title ?? null, input.published ?? null, input.url ?? null, input.author ?? null, input.outlet ?? null, input.text])).slice(0, 24);
}

/** A name folded for matching: lower case, no diacritics, no dots, single spaces. */
export function normName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.’'`"]/g, '')
    .replace(/[\s\-_,;:()/]+/g, ' ')
    .trim();
}

export interface Provenance {
  key: string;
  hash: string;
  source: string | null;
  line: number | null;
}

/** The rows of one analysed article. */
export function prepareArticle(article: Article, prov: Provenance): PreparedArticle {
  const entities: PreparedEntity[] = article.entities.map((e) => ({
    local: e.id,
    type: e.type,
    name: e.name,
    norm: normName(e.name),
    mentions: e.mentions.map((m) => ({
      start: m.start ?? null,
      end: m.end ?? null,
      text: m.text,
      inDateline: m.in === 'dateline',
    })),
  }));
  const quotes: PreparedQuote[] = article.quotes.map((q) => ({
    speakerName: q.speaker.name,
    speakerNorm: normName(q.speaker.name),
    speakerLocal: q.speaker.entity,
    cue: q.cue.text,
    kind: q.kind,
    stance: q.stance,
    start: q.content.start,
    end: q.content.end,
    content: q.content.text,
  }));
  const value = article.published.value;
  const doc = deflateRawSync(Buffer.from(JSON.stringify({ ...article, text: '' })));
  return {
    key: prov.key,
    hash: prov.hash,
    id: article.id,
    title: article.title,
    lead: article.lead,
    category: article.category,
    datelinePlace: article.dateline?.place ?? null,
    datelineAgency: article.dateline?.agency ?? null,
    published: value,
    pubDate: value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null,
    publishedRaw: article.published.raw,
    author: article.author,
    url: article.url ?? null,
    outlet: article.outlet ?? null,
    text: article.text,
    titleStem: stemText(article.title),
    bodyStem: stemText(article.lead ? `${article.lead}\n${article.text}` : article.text),
    doc: new Uint8Array(doc.buffer, doc.byteOffset, doc.byteLength),
    entities,
    quotes,
    quantities: article.quantities,
    times: article.times,
    source: prov.source,
    line: prov.line,
  };
}

/** The stored document back as `warta/article@1`. */
export function restoreArticle(doc: Uint8Array, text: string): Article {
  const a = JSON.parse(inflateRawSync(doc).toString('utf8')) as Article;
  a.text = text;
  return a;
}

/** YYYY, YYYY-MM or YYYY-MM-DD (or a full ISO date) as the first day of that span. */
export function dateFloor(s: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s.trim());
  if (!m) throw new Error(`not a date: ${JSON.stringify(s)} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the last day of that span (for string comparison). */
export function dateCeil(s: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s.trim());
  if (!m) throw new Error(`not a date: ${JSON.stringify(s)} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
}
