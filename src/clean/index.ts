/**
 * The clean stage: raw scraped text in, article structure and clean body out.
 *
 * The cascade, in order (each step works on a MappedText, so every clean character keeps
 * its raw offset):
 *   1. normalise   line ends, no-break and zero-width spaces, HTML entities
 *   2. header      seed-style title / "- " standfirst / rubric lines (when no title is given)
 *   3. dateline    "JAKARTA, KOMPAS.com -" and kin, cut from the body
 *   4. glue        words and sentences glued where tags were stripped
 *   5. noise       whole noise lines, the trailer after the closing credit, bare related
 *                  headlines, noise glued inside running text
 *   6. duplicates  paragraphs repeated, and a glued copy of the body before its line-broken copy
 *   7. layout      line fragments joined (links broken onto their own lines), headings
 */
import { decodeHTML } from 'entities';
import type { ArticleInput, Block, Dateline, Diagnostic, NoiseKind, Removed, Repair, Span } from '../types.js';
import type { Edit } from './edit.js';
import { MappedText } from './mapped.js';
import { findDateline } from './dateline.js';
import { findGlueRepairs } from './glue.js';
import { headlineEnd } from './headline.js';
import { CLEAN } from './settings.js';
import {
  CAPTION,
  HEADLINE_FUNCTION_WORDS,
  INLINE_NOISE,
  NOISE_LINES,
  RELATED_MARKER,
  TAIL_LINE_MAX_CHARS,
  TAIL_MARKERS,
  TRAILING_CREDIT,
} from '../lang/id/noise.js';

export interface CleanResult {
  title: string;
  lead: string | null;
  category: string | null;
  dateline: Dateline | null;
  text: string;
  blocks: Block[];
  removed: Removed[];
  repairs: Repair[];
  /** Per block, the span of the raw input it came from. */
  rawBlocks: Span[];
  diagnostics: Diagnostic[];
}

/** A paragraph under construction: segments of the working text, joined by `joins`. */
interface Para {
  segs: Array<[number, number]>;
  joins: string[];
  kind: 'paragraph' | 'heading';
}

const NORMALISE = /\r\n?|[\u00a0\u2007\u202f\t]|[\u200b-\u200d\u2060\ufeff\u00ad]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
const SPACE_RUN = / {2,}/g;

export function cleanArticle(input: ArticleInput): CleanResult {
  const diagnostics: Diagnostic[] = [];
  const removed: Array<Removed & { at: number }> = [];
  const repairs: Repair[] = [];

  // 1. normalise
  let m = MappedText.from(input.text);
  m = m.apply(normaliseEdits(m.text, repairs, diagnostics));

  // 2. header
  let title = input.title?.trim() ?? '';
  let lead: string | null = null;
  let category: string | null = null;
  let bodyStart = 0;
  if (!title) {
    const header = readHeader(m.text);
    title = header.title;
    lead = header.lead;
    category = header.category;
    bodyStart = header.bodyStart;
  }

  // 3. dateline
  const cut: Edit[] = [];
  if (bodyStart > 0) cut.push({ start: 0, end: bodyStart, fixed: '', kind: 'header' });
  const found = findDateline(m.text.slice(bodyStart));
  const dateline = found?.dateline ?? null;
  if (found) {
    cut.push({ start: bodyStart, end: bodyStart + found.length, fixed: '', kind: 'dateline' });
    // A scraper that stored the body twice repeats the dateline at the second copy.
    const again = found.raw.trim();
    let at = m.text.indexOf('\n' + again, bodyStart + found.length);
    while (at >= 0) {
      let end = at + 1 + again.length;
      while (end < m.text.length && (m.text[end] === ' ' || m.text[end] === '\n')) end++;
      cut.push({ start: at + 1, end, fixed: '', kind: 'dateline' });
      at = m.text.indexOf('\n' + again, end);
    }
  }
  m = m.apply(cut);

  // 4. glue
  const glue = findGlueRepairs(m.text);
  for (const e of glue) repairs.push({ raw: m.text.slice(e.start, e.end), fixed: e.fixed, kind: e.kind });
  m = m.apply(glue);
  const text = m.text;

  // 5. noise
  let lines = splitLines(text);
  const noteRemoved = (start: number, end: number, kind: NoiseKind) => {
    const raw = m.rawSpan(start, end);
    const verbatim = input.text.slice(raw.start, raw.end).trim();
    if (verbatim) removed.push({ text: verbatim, kind, at: raw.start });
  };
  lines = dropNoiseLines(text, lines, noteRemoved);
  // Does the article use a phrase twice (title included, case aside)? A subject that
  // recurs tells where a sentence began after a glued headline.
  // Lower-cased once, and only for an article that has a glued headline to place.
  let haystack: string | null = null;
  const elsewhere = (phrase: string) => {
    haystack ??= `${title}\n${text}`.toLowerCase();
    const p = phrase.toLowerCase();
    const first = haystack.indexOf(p);
    return first >= 0 && haystack.indexOf(p, first + p.length) >= 0;
  };
  // Each line becomes the pieces left after removing the noise glued inside it.
  const units: Span[][] = [];
  for (const line of lines) {
    const pieces = removeInlineNoise(text, line, noteRemoved, elsewhere);
    if (pieces.length) units.push(pieces);
  }
  stripTrailingCredit(text, units, noteRemoved);

  // 6. duplicates
  let paras = dropDuplicates(text, units, diagnostics);

  // 7. layout
  paras = joinFragments(text, paras);
  if (lines.length > 2) paras = dropStandaloneHeadlines(text, paras, noteRemoved);
  markHeadings(text, paras);

  // Output: paragraphs joined by a blank line; blocks and their raw spans.
  const parts: string[] = [];
  const blocks: Block[] = [];
  const rawBlocks: Span[] = [];
  let pos = 0;
  for (const p of paras) {
    const s = paraText(text, p).replace(SPACE_RUN, ' ');
    if (!s) continue;
    if (parts.length > 0) {
      parts.push('\n\n');
      pos += 2;
    }
    parts.push(s);
    blocks.push({ kind: p.kind, start: pos, end: pos + s.length });
    const first = p.segs[0]!;
    const last = p.segs[p.segs.length - 1]!;
    rawBlocks.push({ start: m.rawSpan(first[0], first[1]).start, end: m.rawSpan(last[0], last[1]).end });
    pos += s.length;
  }
  if (blocks.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'empty-body', message: 'no body text left after cleaning' });
  }
  removed.sort((a, b) => a.at - b.at);
  return {
    title,
    lead,
    category,
    dateline,
    text: parts.join(''),
    blocks,
    removed: removed.map(({ text: t, kind }) => ({ text: t, kind })),
    repairs,
    rawBlocks,
    diagnostics,
  };
}

function normaliseEdits(text: string, repairs: Repair[], diagnostics: Diagnostic[]): Edit[] {
  const edits: Edit[] = [];
  const entities = new Map<string, { fixed: string; count: number }>();
  let controls = 0;
  NORMALISE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NORMALISE.exec(text))) {
    const s = m[0];
    let fixed: string;
    if (s[0] === '&') {
      fixed = decodeHTML(s);
      if (fixed === s) continue;
      if (fixed === '\u00a0') fixed = ' ';
      const seen = entities.get(s);
      if (seen) seen.count++;
      else entities.set(s, { fixed, count: 1 });
    } else if (s[0] === '\r') fixed = '\n';
    else if (/[\u00a0\u2007\u202f\t]/.test(s)) fixed = ' ';
    else {
      if (s.charCodeAt(0) < 0x20 || s === '\x7f') controls++;
      fixed = '';
    }
    edits.push({ start: m.index, end: m.index + s.length, fixed, kind: 'normalise' });
  }
  for (const [raw, { fixed, count }] of entities) {
    repairs.push(count > 1 ? { raw, fixed, kind: 'html-entity', count } : { raw, fixed, kind: 'html-entity' });
  }
  if (controls > 0) {
    diagnostics.push({ severity: 'warning', code: 'control-characters', message: `${controls} control character(s) removed` });
  }
  return edits;
}

interface Header {
  title: string;
  lead: string | null;
  category: string | null;
  bodyStart: number;
}

/**
 * Seed-style header: the title on the first line, an optional "- " standfirst, an optional
 * rubric (a short line with no sentence punctuation, "Dunia"), then the dateline and body.
 */
function readHeader(text: string): Header {
  const lines = splitLines(text);
  const header: Header = { title: '', lead: null, category: null, bodyStart: 0 };
  if (lines.length < 2) return header;
  const lineText = (i: number) => text.slice(lines[i]!.start, lines[i]!.end);
  header.title = lineText(0);
  let i = 1;
  const standfirst = /^[-–—•]\s+(.+)$/.exec(lineText(i));
  if (standfirst && lines.length > i + 1) {
    header.lead = standfirst[1]!.trim();
    i++;
  }
  const rubric = lineText(i);
  if (
    lines.length > i + 1 &&
    rubric.split(/\s+/).length <= CLEAN.rubricMaxWords &&
    /^\p{Lu}[\p{L}\p{N} &/-]*$/u.test(rubric)
  ) {
    // A rubric is not itself the dateline ("JAKARTA" alone on its line before "-").
    const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.start + 3);
    if (!/^[-–—]/.test(next)) {
      header.category = rubric;
      i++;
    }
  }
  header.bodyStart = lines[i]!.start;
  return header;
}

/** Trimmed, non-empty lines. */
function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

type Note = (start: number, end: number, kind: NoiseKind) => void;

function lineNoiseKind(line: string): NoiseKind | null {
  // Noise lines are short; a long line is body text (or holds noise inline).
  if (line.length > CLEAN.noiseLineMaxChars) return null;
  for (const [re, kind] of NOISE_LINES) if (re.test(line)) return kind;
  return null;
}

const CREDIT_LINE = /^\((?:[a-z]{2,5}\/){1,3}[a-z]{2,5}\)$|^\([a-z]{2,5}\)$/i;
const NAME_CREDIT_LINE = /^\((?:\p{Lu}[\p{L}'.-]*)(?: \p{Lu}[\p{L}'.-]*){0,4}\)$/u;
const BARE_HEADLINE = /^[-–—•]\s+(\S.*)$/;

/**
 * Whole-line noise. Lines after the closing credit code ("(aud/fjp)") are the page's
 * trailer: topic tags ("shumo ag", "eminem") and promos; consecutive tag lines are one
 * removed piece. A "- Headline" line in Title Case between paragraphs is a bare related
 * headline.
 */
function dropNoiseLines(text: string, lines: Span[], note: Note): Span[] {
  const t = (l: Span) => text.slice(l.start, l.end);
  // The trailer: from the last credit line, if it is near the end.
  let trailerFrom = lines.length;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - CLEAN.trailerMaxLines); i--) {
    const s = t(lines[i]!);
    if (CREDIT_LINE.test(s) || (NAME_CREDIT_LINE.test(s) && i >= lines.length - 3 && i > 0)) {
      trailerFrom = i;
      break;
    }
  }
  const kept: Span[] = [];
  let tagRun: Span | null = null;
  const flushTags = () => {
    if (tagRun) note(tagRun.start, tagRun.end, 'related');
    tagRun = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const s = t(line);
    if (i === trailerFrom) {
      note(line.start, line.end, 'credit');
      continue;
    }
    const kind = lineNoiseKind(s);
    if (i > trailerFrom) {
      if (kind) {
        flushTags();
        note(line.start, line.end, kind);
      } else if (tagRun) tagRun.end = line.end;
      else tagRun = { start: line.start, end: line.end };
      continue;
    }
    if (kind) {
      note(line.start, line.end, kind);
      continue;
    }
    const bullet = BARE_HEADLINE.exec(s);
    if (bullet && kept.length > 0 && looksLikeHeadline(bullet[1]!)) {
      const at = line.start + s.indexOf(bullet[1]!);
      note(at, line.end, 'related');
      continue;
    }
    kept.push(line);
  }
  flushTags();
  return kept;
}

/** Title Case, headline length, no closing full stop. */
export function looksLikeHeadline(s: string): boolean {
  if (/[.;]$/.test(s)) return false;
  const words = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < CLEAN.headlineMinWords + 1 || words.length > CLEAN.headlineMaxWords) return false;
  let content = 0;
  let caps = 0;
  for (const w of words) {
    const core = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (HEADLINE_FUNCTION_WORDS.has(core.toLowerCase()) && /^\p{Ll}/u.test(core)) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(core)) caps++;
  }
  return content > 0 && caps / content >= CLEAN.headlineCapsShare;
}

/**
 * Noise glued inside a line: ad banners, embeds, photo credits with captions, "Baca
 * juga:Headline" links and footers. Returns the pieces of the line that remain, split where
 * noise stood (a removed piece ends a paragraph).
 */
function removeInlineNoise(text: string, line: Span, note: Note, elsewhere: (p: string) => boolean): Span[] {
  const cuts: Array<{ start: number; end: number; kind: NoiseKind }> = [];
  const s = text.slice(line.start, line.end);
  const add = (start: number, end: number, kind: NoiseKind) => {
    if (end > start) cuts.push({ start: line.start + start, end: line.start + end, kind });
  };
  for (const [re, kind, capitalsOnly] of INLINE_NOISE) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (capitalsOnly && m[0] !== m[0].toUpperCase()) continue;
      add(m.index, m.index + m[0].length, kind);
    }
  }
  CAPTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPTION.exec(s))) add(m.index, m.index + m[0].length, 'media');
  const headlineFrom = (re: RegExp, kind: NoiseKind) => {
    re.lastIndex = 0;
    let h: RegExpExecArray | null;
    while ((h = re.exec(s))) {
      const from = line.start + h.index + h[0].length;
      let to = line.end;
      // Stop at other noise already found further on.
      for (const c of cuts) if (c.start >= from && c.start < to) to = c.start;
      const end = headlineEnd(text, from, to, elsewhere);
      if (end > from) add(h.index, end - line.start, kind);
      else if (from >= to) add(h.index, h.index + h[0].length, kind); // a bare marker
    }
  };
  headlineFrom(RELATED_MARKER, 'related');
  for (const [needle, re, kind, reach] of TAIL_MARKERS) {
    if (!s.includes(needle)) continue;
    if (reach === 'headline') {
      headlineFrom(re, kind);
      continue;
    }
    re.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = re.exec(s))) {
      if (reach === 'match') add(t.index, t.index + t[0].length, kind);
      else if (s.length - t.index <= TAIL_LINE_MAX_CHARS) {
        add(t.index, s.length, kind);
        break;
      }
    }
  }
  if (cuts.length === 0) return [line];
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Span[] = [];
  let pos = line.start;
  for (const c of cuts) {
    if (c.end <= pos) continue;
    const start = Math.max(c.start, pos);
    pushTrimmed(text, pos, start, pieces);
    note(start, c.end, c.kind);
    pos = c.end;
  }
  pushTrimmed(text, pos, line.end, pieces);
  return pieces;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // A lone punctuation mark left between two removed pieces is not a paragraph.
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

/** "(dem/dem)" or "(Fetra Hariandja)" closing the last paragraph. */
function stripTrailingCredit(text: string, units: Span[][], note: Note): void {
  const unit = units[units.length - 1];
  const seg = unit?.[unit.length - 1];
  if (!unit || !seg) return;
  const s = text.slice(seg.start, seg.end);
  const m = TRAILING_CREDIT.exec(s);
  if (!m) return;
  const before = s.slice(0, m.index).trimEnd();
  // A name in brackets is a credit only after a finished sentence.
  if (before && !/[.!?"”]$/.test(before) && !/\//.test(m[0])) return;
  note(seg.start + m.index, seg.end, 'credit');
  if (before) seg.end = seg.start + before.length;
  else {
    unit.pop();
    if (unit.length === 0) units.pop();
  }
}

function paraText(text: string, p: Para): string {
  let s = text.slice(p.segs[0]![0], p.segs[0]![1]);
  for (let i = 1; i < p.segs.length; i++) s += p.joins[i - 1]! + text.slice(p.segs[i]![0], p.segs[i]![1]);
  return s;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits only, lower-cased, with the working offset of each kept character. */
function normalised(text: string, pieces: readonly Span[]): { s: string; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  for (const { start, end } of pieces) {
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // ASCII fast path; other characters (é, ü) by their Unicode class.
      const keep =
        c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : c > 191 && LETTER_OR_DIGIT.test(text[i]!);
      if (keep) {
        chars.push(text[i]!);
        at.push(i);
      }
    }
  }
  return { s: chars.join('').toLowerCase(), at };
}

/**
 * Text the scraper stored twice. A line equal to an earlier one is dropped. A long line that
 * holds later lines glued together (the body once without line breaks, then again with
 * them) is dropped, except the stretches found only there, which are kept. Lines are
 * compared without the noise removed from them, so a copy still matches when a "Baca juga"
 * link stood inside one of them.
 */
function dropDuplicates(text: string, units: Span[][], diagnostics: Diagnostic[]): Para[] {
  const para = (sp: Span): Para => ({ segs: [[sp.start, sp.end]], joins: [], kind: 'paragraph' });
  // One line cannot repeat another (most one-line scrapes).
  if (units.length < 2) return units.flatMap((u) => u.map(para));
  const norms = units.map((u) => normalised(text, u));
  const seen = new Set<string>();
  const keep: boolean[] = units.map(() => true);
  let dropped = 0;
  for (let i = 0; i < units.length; i++) {
    const n = norms[i]!.s;
    if (n.length < CLEAN.duplicateMinChars) continue;
    if (seen.has(n)) {
      keep[i] = false;
      dropped += n.length;
    } else seen.add(n);
  }
  const out: Para[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!keep[i]) continue;
    const { s, at } = norms[i]!;
    if (s.length >= 200) {
      const covered = new Uint8Array(s.length);
      let coveredCount = 0;
      for (let j = 0; j < units.length; j++) {
        if (j === i || !keep[j]) continue;
        const q = norms[j]!.s;
        if (q.length < CLEAN.duplicateMinChars || q.length >= s.length) continue;
        const k = s.indexOf(q);
        if (k < 0) continue;
        for (let x = k; x < k + q.length; x++) {
          if (!covered[x]) {
            covered[x] = 1;
            coveredCount++;
          }
        }
      }
      if (coveredCount >= s.length * CLEAN.gluedCopyCoverage) {
        dropped += coveredCount;
        // Keep what only this copy has, as paragraphs of their own.
        let x = 0;
        while (x < s.length) {
          if (covered[x]) {
            x++;
            continue;
          }
          let y = x;
          while (y < s.length && !covered[y]) y++;
          if (y - x >= CLEAN.gluedCopyKeepMinChars) {
            const from = snapStart(text, at[x]!);
            const to = snapEnd(text, at[y - 1]! + 1);
            // Only what is inside the line's remaining pieces (not the noise cut from it).
            for (const p of units[i]!) {
              const piece: Span[] = [];
              pushTrimmed(text, Math.max(from, p.start), Math.min(to, p.end), piece);
              for (const sp of piece) out.push(para(sp));
            }
          }
          x = y;
        }
        continue;
      }
    }
    for (const p of units[i]!) out.push(para(p));
  }
  if (dropped > 0) {
    diagnostics.push({
      severity: 'info',
      code: 'duplicate-text',
      message: `text stored twice by the scraper was kept once (${dropped} letters dropped)`,
    });
  }
  return out;
}

/** Widen a kept stretch to the start of its sentence or word. */
function snapStart(text: string, i: number): number {
  while (i > 0 && /[\p{L}\p{N}"“'‘(]/u.test(text[i - 1]!)) i--;
  return i;
}
function snapEnd(text: string, i: number): number {
  while (i < text.length && /[^\s]/.test(text[i]!) && !/[\p{Lu}]/u.test(text[i]!)) i++;
  return i;
}

const TERMINAL = /[.!?:"”’)\]]$/;

/**
 * Scrapers break lines around links ("Satu lagi\nmusisi\nmuda berbakat", "(\nInkopasindo\n)."):
 * a line that does not end a sentence, followed by one that starts in lower case or with
 * closing punctuation, continues the same paragraph.
 */
function joinFragments(text: string, paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev) {
      const lastSeg = prev.segs[prev.segs.length - 1]!;
      const prevText = text.slice(lastSeg[0], lastSeg[1]);
      const first = text.slice(p.segs[0]![0], p.segs[0]![0] + 2);
      const opens = /(?:[(\[“‘]|(?:^|\s)["'])$/.test(prevText);
      const continues = /^[\p{Ll}),.;:!?%\]”’]/u.test(first);
      if ((!TERMINAL.test(prevText) && (continues || brokenSentence(prevText))) || opens) {
        const tight = opens || /^[),.;:!?%\]”’]/.test(first);
        prev.segs.push(p.segs[0]!, ...p.segs.slice(1));
        prev.joins.push(tight ? '' : ' ', ...p.joins);
        continue;
      }
    }
    out.push({ segs: p.segs.slice(), joins: p.joins.slice(), kind: p.kind });
  }
  return out;
}

/**
 * A line that stops mid-sentence: it ends on a comma or a preposition, or on a lower-case
 * word after at least two others in a mostly lower-case line ("Setelah resmi bercerai dari presenter" + "Ruben Onsu" + ", Sarwendah …",
 * where a link was put on its own line). Not a heading, and not a list item ("Rp 550 ribu").
 */
function brokenSentence(s: string): boolean {
  if (s.endsWith(',')) return true;
  const words = s.split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Ll}+$/u.test(last)) return false;
  // "Dilansir dari", "Dikutip dari": a preposition cannot end a sentence or a heading.
  if (words.length >= 2 && HEADLINE_FUNCTION_WORDS.has(last)) return true;
  return words.length >= 3 && !/\d/.test(words[words.length - 2]!) && lowerShare(words) >= 0.5;
}

function lowerShare(words: readonly string[]): number {
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w)) lower++;
  return lower / words.length;
}

/**
 * Related headlines standing on their own line between paragraphs, with no marker left
 * (liputan6 and detik scrapes): Title Case, a headline's length, and about another topic
 * than the paragraphs around them — few of its content words occur there. Two or more such
 * lines in a row are a block of related links. A section heading is shorter or shares the
 * topic of what follows, and stays.
 */
function dropStandaloneHeadlines(text: string, paras: Para[], note: Note): Para[] {
  const isCandidate = (p: Para | undefined) => {
    if (!p || p.segs.length !== 1) return false;
    const s = paraText(text, p);
    if (/^\d+[.)]\s/.test(s) || /[:.]$/.test(s)) return false;
    return s.split(/\s+/).length >= CLEAN.standaloneHeadlineMinWords && looksLikeHeadline(s);
  };
  const drop = new Set<number>();
  for (let i = 1; i < paras.length - 1; i++) {
    if (!isCandidate(paras[i])) continue;
    const inRun = isCandidate(paras[i - 1]) || isCandidate(paras[i + 1]);
    const words = contentWords(paraText(text, paras[i]!));
    const around = new Set([...contentWords(paraText(text, paras[i - 1]!)), ...contentWords(paraText(text, paras[i + 1]!))]);
    const shared = words.length ? words.filter((w) => around.has(w)).length / words.length : 1;
    if (inRun || shared < CLEAN.standaloneHeadlineMaxOverlap) drop.add(i);
  }
  if (drop.size === 0) return paras;
  return paras.filter((p, i) => {
    if (!drop.has(i)) return true;
    note(p.segs[0]![0], p.segs[0]![1], 'related');
    return false;
  });
}

const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;

function contentWords(s: string): string[] {
  return (s.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !HEADLINE_FUNCTION_WORDS.has(w));
}

/** A short line without sentence punctuation between paragraphs is a heading. */
function markHeadings(text: string, paras: Para[]): void {
  for (let i = 0; i < paras.length - 1; i++) {
    const p = paras[i]!;
    if (p.segs.length !== 1) continue;
    const s = paraText(text, p);
    const words = s.split(/\s+/);
    if (words.length > CLEAN.headingMaxWords || /[.!?,;:"”]$/.test(s) || !/^[\p{Lu}\p{N}]/u.test(s)) continue;
    const next = paraText(text, paras[i + 1]!);
    if (!/^[\p{Lu}\p{N}"“]/u.test(next)) continue;
    if (i > 0) {
      const prev = paraText(text, paras[i - 1]!);
      if (!/[.!?"”:)]$/.test(prev)) continue;
    }
    p.kind = 'heading';
  }
}
