/**
 * Quotation marks: find them and pair them into quoted spans.
 *
 * Every double-mark style counts as one family, so mixed pairs close each other
 * ("“Khusus di Raja Ampat, bukan cuma pulau kecil,\" ujar Aris" opens curly, closes straight).
 * Entity-encoded marks left in the text (&ldquo; &quot; …) are marks too.
 */
import type { Span } from '../types.js';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Just after the opening mark: where the content starts. */
  openEnd: number;
  /** Offset of the closing mark: where the content ends. */
  close: number;
  /** Just after the closing mark. */
  closeEnd: number;
}

const MARK_RE =
  /&(?:quot|ldquo|rdquo|bdquo|laquo|raquo|#34|#171|#187|#8220|#8221|#8222|#x201[cdeCDE]|#x22);|''|``|[\u0022\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

type Glyph = 'open' | 'close' | 'either';
type Side = 'open' | 'close' | 'ambiguous';

function glyphOf(m: string): Glyph {
  switch (m) {
    case '\u201C': case '\u201E': case '\u201F': case '\u00AB': case '``':
    case '&ldquo;': case '&bdquo;': case '&laquo;': case '&#8220;': case '&#8222;': case '&#171;':
    case '&#x201c;': case '&#x201C;': case '&#x201e;': case '&#x201E;':
      return 'open';
    case '\u201D': case '\u00BB': case '&rdquo;': case '&raquo;': case '&#8221;': case '&#187;':
    case '&#x201d;': case '&#x201D;':
      return 'close';
    default:
      return 'either';
  }
}

const LEFT_FLANK = /[\s([{\u2014\u2013\-\/]/;
const RIGHT_FLANK = /[\s.,;:!?)\]}\u2014\u2013\-\/\u2026]/;

/** Which way a mark faces from the characters around it. */
function sideOf(text: string, start: number, end: number): Side {
  const before = start === 0 ? ' ' : text[start - 1]!;
  const after = end >= text.length ? ' ' : text[end]!;
  const left = LEFT_FLANK.test(before);
  const right = RIGHT_FLANK.test(after);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'ambiguous';
}

interface Mark {
  start: number;
  end: number;
  glyph: Glyph;
  side: Side;
  para: number;
}

const WORD_AFTER = /^\s*([\p{L}]+)/u;

/**
 * A mark typed as an opener where a closer was meant: "… sanksi internasional, “kata Rutte."
 * It follows clause-final punctuation and runs into a lower-case word (usually the cue).
 */
function misTypedClose(text: string, m: Mark, isCue: (word: string) => boolean): boolean {
  let i = m.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  if (i < 0 || !/[,.!?\u2026]/.test(text[i]!)) return false;
  const w = WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!w) return true;
  const word = w[1]!;
  return isCue(word.toLowerCase()) || word[0] === word[0]!.toLowerCase();
}

function paragraphIndex(paras: Span[], pos: number, from: number): number {
  let p = from;
  while (p + 1 < paras.length && paras[p + 1]!.start <= pos) p++;
  return p;
}

/** First non-space offset of a paragraph. */
function paraContentStart(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * Pair the double quotation marks of `text` into quoted spans.
 * A quote left open at the end of a paragraph goes on when the next paragraph opens with a mark
 * (the convention for a quote over several paragraphs); otherwise the opener was stray.
 */
export function pairQuotes(text: string, paras: Span[], isCue: (word: string) => boolean): QuotedSpan[] {
  const marks: Mark[] = [];
  MARK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let p = 0;
  while ((m = MARK_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    p = paragraphIndex(paras, start, p);
    marks.push({ start, end, glyph: glyphOf(m[0]), side: sideOf(text, start, end), para: p });
  }

  const out: QuotedSpan[] = [];
  let open: Mark | null = null;
  for (let k = 0; k < marks.length; k++) {
    const mk = marks[k]!;
    if (open && mk.para !== open.para) {
      const continues =
        mk.para === open.para + 1 &&
        mk.start === paraContentStart(text, paras[mk.para]!) &&
        mk.glyph !== 'close' &&
        mk.side !== 'close';
      if (continues) {
        // Keep the quote open; the paragraph's opening mark is part of the running quote.
        open.para = mk.para;
        continue;
      }
      open = null;
    }
    if (!open) {
      const canOpen = mk.glyph === 'open' || (mk.glyph === 'either' && mk.side !== 'close');
      if (canOpen) open = mk;
      continue;
    }
    const closes =
      mk.glyph === 'close' ||
      (mk.glyph === 'either' && mk.side !== 'open') ||
      misTypedClose(text, mk, isCue);
    if (closes) {
      if (mk.start > open.end) out.push({ open: open.start, openEnd: open.end, close: mk.start, closeEnd: mk.end });
      open = null;
    } else {
      // A second opener with no closer in between: the first one was stray.
      open = mk;
    }
  }
  return out;
}
