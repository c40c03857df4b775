/**
 * Search queries: words and "quoted phrases", stemmed by the same stemmer that built the
 * index, so "pengerahan" finds "dikerahkan". A query becomes a list of clauses, every one of
 * which must match (a word, or a phrase of consecutive words); the whole query, when it has
 * two words or more, is also tried as a title phrase, which ranks first.
 */
import { stemTokens } from '../lang/id/stem.js';

/** Very common words: dropped from a query of other words (kept inside phrases). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'untuk', 'dengan', 'pada', 'dalam', 'juga',
  'tidak', 'akan', 'ada', 'atau', 'oleh', 'sebagai', 'telah', 'sudah', 'bahwa', 'para', 'karena',
  'saat', 'ia', 'dia', 'tersebut', 'adalah', 'kata', 'bisa', 'lebih', 'masih', 'hingga', 'serta',
  'namun', 'agar', 'jika', 'kami', 'kita', 'mereka', 'saya', 'pun', 'lagi', 'se', 'nya', 'the', 'of',
]);

export interface ParsedQuery {
  /** Each clause is a list of stems: one for a word, several for a phrase. */
  clauses: string[][];
  /** All stems of the query in order (for the title-phrase boost and snippets). */
  stems: string[];
}

/** Words and "quoted phrases" to stemmed clauses. */
export function parseQuery(query: string): ParsedQuery {
  const clauses: string[][] = [];
  const all: string[] = [];
  const words: string[] = [];
  const re = /"([^"]*)"?|([^\s"]+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[1] !== undefined) {
      const stems = stemTokens(m[1]).map((t) => t.term);
      all.push(...stems);
      if (stems.length > 0) clauses.push(stems);
    } else {
      for (const t of stemTokens(m[2]!)) {
        all.push(t.term);
        words.push(t.term);
      }
    }
  }
  const content = words.filter((w) => !STOPWORDS.has(w));
  const kept = content.length > 0 || clauses.length > 0 ? content : words;
  for (const w of new Set(kept)) clauses.push([w]);
  return { clauses, stems: all };
}

/** An FTS5 string literal. */
function ftsString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The FTS5 MATCH expression of a parsed query (every clause required), or null when empty. */
export function toFts5(q: ParsedQuery): string | null {
  if (q.clauses.length === 0) return null;
  return q.clauses.map((c) => ftsString(c.join(' '))).join(' AND ');
}

/** FTS5: the whole query as a phrase in the title column, or null under two words. */
export function titlePhraseFts5(q: ParsedQuery): string | null {
  if (q.stems.length < 2) return null;
  return `title : ${ftsString(q.stems.join(' '))}`;
}

/** A tsquery lexeme: stems are letters and digits only, quoted for safety. */
function tsLexeme(s: string, weight = ''): string {
  return `'${s.replace(/'/g, "''").replace(/\\/g, '')}'${weight}`;
}

/** The PostgreSQL tsquery text of a parsed query, or null when empty. */
export function toTsquery(q: ParsedQuery): string | null {
  if (q.clauses.length === 0) return null;
  return q.clauses.map((c) => (c.length === 1 ? tsLexeme(c[0]!) : `(${c.map((s) => tsLexeme(s)).join(' <-> ')})`)).join(' & ');
}

/** tsquery: the whole query as a phrase in the title (weight A), or null under two words. */
export function titlePhraseTsquery(q: ParsedQuery): string | null {
  if (q.stems.length < 2) return null;
  return q.stems.map((s) => tsLexeme(s, ':A')).join(' <-> ');
}

/**
 * A short passage of `text` around the first place where the query's words occur (by
 * stem), cut at word boundaries; the start of the text when the words are not found.
 */
export function makeSnippet(text: string, stems: readonly string[], width = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const want = new Set(stems.filter((s) => !STOPWORDS.has(s)));
  let at = -1;
  if (want.size > 0) {
    // Where most query stems fall within one window; the first hit when tied. Only words
    // that contain a stem (less its first letter, which a prefix may change) are stemmed.
    const cores = [...want].map((w) => (w.length > 3 ? w.slice(1) : w));
    const toks: Array<{ term: string; start: number }> = [];
    const re = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
    for (let m = re.exec(flat); m; m = re.exec(flat)) {
      const lower = m[0].toLowerCase();
      if (!cores.some((c) => lower.includes(c))) continue;
      for (const t of stemTokens(m[0])) toks.push({ term: t.term, start: m.index + t.start });
    }
    let best = 0;
    for (let i = 0; i < toks.length; i++) {
      if (!want.has(toks[i]!.term)) continue;
      const seen = new Set<string>();
      for (let j = i; j < toks.length && toks[j]!.start < toks[i]!.start + width * 0.6; j++) {
        if (want.has(toks[j]!.term)) seen.add(toks[j]!.term);
      }
      if (seen.size > best) {
        best = seen.size;
        at = toks[i]!.start;
        if (best === want.size) break;
      }
    }
  }
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(width / 4));
  if (start > 0) {
    const sp = flat.indexOf(' ', start);
    start = sp < 0 || sp > at ? start : sp + 1;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const sp = flat.lastIndexOf(' ', end);
    if (sp > start + width / 2) end = sp;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
