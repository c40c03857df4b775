/**
 * Quantities: money, percentages, measures, counts and durations in Indonesian news text.
 *
 * A candidate is a number core (digits, number words or a vague word such as "ribuan"); the
 * text around it supplies an approximation word, a currency, a range top, a scale word and a
 * unit. Dates, years, clock times, ordinals, identifiers, phone numbers and scores are left
 * out. All regexes are compiled once, at module load.
 */
import type { Approx, Quantity, Vague } from '../types.js';
import { MONTHS_FULL } from '../lang/id/calendar.js';
import {
  MONEY_SCALE_ABBREVIATIONS, NUMBER_WORD_LIST, SCALES, VAGUE_WORDS, parseDigits, parseNumberWords,
  type DigitStyle,
} from '../lang/id/numbers.js';
import {
  CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DURATION_UNITS, UNIT_SYMBOLS, UNIT_WORDS, alternation,
} from '../lang/id/units.js';
import { APPROX_PREFIX_RE, APPROX_WORDS } from './approx.js';
import { COUNT_STOPWORDS, IDENTIFIER_BEFORE_RE } from './lexicon.js';

// ---------------------------------------------------------------------------------------
// Compiled patterns

const NUM_WORD_ALT = alternation(NUMBER_WORD_LIST);
const VAGUE_ALT = alternation(Object.keys(VAGUE_WORDS));

/** Number cores: digits (group 1), a run of number words (group 2), a vague word (group 3). */
const CORE_RE = new RegExp(
  `(\\d+(?:[.,]\\d+)*)` +
    `|\\b((?:${NUM_WORD_ALT})(?:\\s+(?:${NUM_WORD_ALT}))*)\\b` +
    `|\\b(${VAGUE_ALT})\\b`,
  'gi',
);

const CURRENCY_PREFIX_MAP = new Map<string, string>();
for (const [s, u] of CURRENCY_PREFIXES) CURRENCY_PREFIX_MAP.set(s.toLowerCase().replace(/\s+/g, ' '), u);
const CURRENCY_PREFIX_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(CURRENCY_PREFIXES.map(([s]) => s))})\\s*$`,
  'iu',
);

const CURRENCY_SUFFIX_MAP = new Map<string, string>(CURRENCY_SUFFIXES.map(([s, u]) => [s, u]));
const CURRENCY_SUFFIX_RE = new RegExp(
  `^\\s*(${alternation(CURRENCY_SUFFIXES.map(([s]) => s))})(?![\\p{L}\\p{N}])`,
  'iu',
);

const UNIT_WORD_MAP = new Map<string, string>(UNIT_WORDS.map(([s, u]) => [s, u]));
const UNIT_WORD_RE = new RegExp(`^\\s*(${alternation(UNIT_WORDS.map(([s]) => s))})(?![\\p{L}\\p{N}])`, 'iu');
const UNIT_SYMBOL_MAP = new Map<string, string>(UNIT_SYMBOLS.map(([s, u]) => [s, u]));
const UNIT_SYMBOL_RE = new RegExp(
  `^\\s*(${alternation(UNIT_SYMBOLS.map(([s]) => s))})(?![\\p{L}\\p{N}²³])`,
  'u',
);
/** The same symbols glued to the digits ("10km", "5%"). */
const UNIT_SYMBOL_GLUED_RE = new RegExp(
  `^(${alternation(UNIT_SYMBOLS.map(([s]) => s))})(?![\\p{L}\\p{N}²³])`,
  'u',
);
const DURATION_RE = new RegExp(`^\\s*(${alternation(DURATION_UNITS)})(?![\\p{L}\\p{N}-])`, 'iu');
/** A duration followed by these is a relative time ("dua hari lalu"), not a quantity. */
const RELATIVE_AFTER_RE = /^\s*(?:lalu|silam|yang\s+lalu|lagi|mendatang|yang\s+akan\s+datang)(?![\p{L}])/iu;

const SCALE_RE = new RegExp(`^\\s*(${alternation(Object.keys(SCALES))}|rb\\.|jt\\.)(?![\\p{L}\\p{N}])`, 'iu');
const MONEY_ABBREV_RE = /^\s?([MTK])(?![\p{L}\p{N}])/u;
const VAGUE_SCALE_RE = /^\s+(ribu|juta|miliar|milyar|triliun)(?![\p{L}])/iu;

/** Range joiners: a dash makes one quantity with valueMax; words make two quantities. */
const RANGE_DASH_RE = /^\s*[-–—]\s*/u;
const RANGE_WORD_RE = /^\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s\/d|ke)\s+/iu;
const CORE_AT_START_RE = new RegExp(
  `^(?:(\\d+(?:[.,]\\d+)*)|((?:${NUM_WORD_ALT})(?:\\s+(?:${NUM_WORD_ALT}))*))(?![\\p{L}\\p{N}])`,
  'iu',
);

const COUNT_NOUN_RE = /^\s+([\p{Ll}][\p{Ll}-]*[\p{Ll}]|[\p{Ll}]{1,2}|\p{Lu}{2,6}s?)(?![\p{L}\p{N}])/u;
/** Verb forms that follow a number without being what it counts ("1 dikuasai", "dua diberikan"). */
const VERB_LIKE_RE = /^(?:di\p{L}{3,}(?:kan|i)|(?:me|mem|men|meng|meny|ber|ter|memper)\p{L}{3,}kan|(?:meng|meny)\p{L}{3,})$/u;
const POSTFIX_AT_LEAST_RE = /^\s+atau\s+lebih(?![\p{L}])/iu;
const POSTFIX_MORE_RE = /^\s+lebih(?!\s+(?:dari|daripada|banyak|besar|tinggi|rendah|kecil|sedikit|murah|mahal|cepat|lama|baik|awal)\b)(?![\p{L}])/iu;

/** Words around "satu" that make it not a count ("salah satu", "satu sama lain"). */
const SATU_BEFORE_RE = /(?:salah|nomor|peringkat)\s+$/iu;
const SATU_AFTER_RE = /^(?:-|\s+(?:sama\s+lain|per\s*satu|demi\s+satu|pun|-satunya|persatu))/iu;

// Dates, clock times and years in the text: numbers inside them are not quantities.
const MONTH_ALT =
  MONTHS_FULL.join('|') + '|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|nop|des';
const MASK_RE = new RegExp(
  '\\b(?:' +
    [
      `\\d{1,2}(?:\\s*(?:[-–—,&]|dan|hingga|sampai|s\\.?d\\.?)\\s*\\d{1,2})*\\s*(?:${MONTH_ALT})\\.?\\b(?:\\s+\\d{4})?`,
      `\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?![\\d/])`,
      `\\d{1,2}[.:]\\d{2}(?:[.:]\\d{2})?\\s*(?:WIB|WITA|WIT|GMT|UTC)\\b`,
      `\\d{1,2}[.:]\\d{2}\\s*(?:-|–|hingga|sampai|s\\.?d\\.?)\\s*\\d{1,2}[.:]\\d{2}(?!\\d)`,
      `\\d{4}\\s*[/–-]\\s*\\d{2,4}(?!\\d)`,
      `(?:${MONTH_ALT})\\.?\\s+\\d{1,2}(?:,\\s*|\\s+)\\d{4}(?!\\d)`,
      `(?:${MONTH_ALT})\\.?\\s+\\d{4}(?!\\d)`,
      `(?:pukul|pkl\\.?|jam|pk\\.?)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*(?:-|–|hingga|sampai|s\\.?d\\.?)\\s*\\d{1,2}(?:[.:]\\d{2})?)?`,
      `tanggal\\s+\\d{1,2}(?!\\d)`,
    ].join('|') +
    ')',
  'gi',
);

/** Evidence of the document's digit style. */
const EN_STYLE_RE = /\d{1,3},\d{3},\d{3}|\d,\d{3}\.\d|(?<![\d.,])(?:US\$|\$|USD)\s?\d+\.\d{1,2}(?![\d.,])/g;
const ID_STYLE_RE = /(?<![\d.,])\d+,\d{1,2}(?![\d.,])|\d\.\d{3}\.\d{3}|\d\.\d{3},\d/g;

const LETTER_RE = /\p{L}/u;
const STAGE_AFTER_RE = new RegExp(`^\\s+(?:besar(?![\\p{L}])|(?:${MONTH_ALT})(?![\\p{L}]))`, 'iu');
const UPPER_START_RE = /^\p{Lu}/u;
const PREV_WORD_RE = /([\p{L}][\p{L}\p{N}'’.-]*)(\s+)$/u;

// ---------------------------------------------------------------------------------------

interface Built {
  start: number;
  end: number;
  value: number | null;
  valueMax?: number;
  unit: string | null;
  approx: Approx | null;
  vague: Vague | null;
}

function maskSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  MASK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MASK_RE.exec(text))) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) MASK_RE.lastIndex++;
  }
  return out;
}

function docStyle(text: string): DigitStyle {
  const en = text.match(EN_STYLE_RE)?.length ?? 0;
  if (en === 0) return 'id';
  const id = text.match(ID_STYLE_RE)?.length ?? 0;
  return en > id ? 'en' : 'id';
}

function parseCoreValue(digits: string | undefined, words: string | undefined, style: DigitStyle): number | null {
  if (digits !== undefined) return parseDigits(digits, style);
  if (words !== undefined) return parseNumberWords(words.split(/\s+/));
  return null;
}

function isYearLike(digits: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const y = +digits;
  return y >= 1900 && y <= 2100;
}

/** Is position i at the start of a sentence (only spaces/quotes/brackets back to a break)? */
function atSentenceStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '\'' || c === '‘') continue;
    return c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '”' || c === '-' || c === '–';
  }
  return true;
}

interface UnitHit {
  unit: string;
  end: number;
  kind: 'currency' | 'measure' | 'duration' | 'count';
}

/** The unit right after position p, if any. */
function unitAfter(text: string, p: number, glued: boolean): UnitHit | null {
  const rest = text.slice(p, p + 48);
  let m: RegExpExecArray | null;
  if (glued) {
    m = UNIT_SYMBOL_GLUED_RE.exec(rest);
    if (m) return { unit: UNIT_SYMBOL_MAP.get(m[1]!)!, end: p + m[0].length, kind: 'measure' };
    return null;
  }
  if ((m = CURRENCY_SUFFIX_RE.exec(rest))) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    return { unit: CURRENCY_SUFFIX_MAP.get(key) ?? 'USD', end: p + m[0].length, kind: 'currency' };
  }
  if ((m = UNIT_WORD_RE.exec(rest))) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    return { unit: UNIT_WORD_MAP.get(key) ?? key, end: p + m[0].length, kind: 'measure' };
  }
  if ((m = UNIT_SYMBOL_RE.exec(rest))) {
    return { unit: UNIT_SYMBOL_MAP.get(m[1]!)!, end: p + m[0].length, kind: 'measure' };
  }
  if ((m = DURATION_RE.exec(rest))) {
    return { unit: m[1]!.toLowerCase(), end: p + m[0].length, kind: 'duration' };
  }
  if ((m = COUNT_NOUN_RE.exec(rest))) {
    const w = m[1]!;
    const lw = w.toLowerCase();
    if (!COUNT_STOPWORDS.has(lw) && !(lw in SCALES) && !VERB_LIKE_RE.test(lw)) {
      return { unit: w === w.toUpperCase() ? w : w.toLowerCase(), end: p + m[0].length, kind: 'count' };
    }
  }
  return null;
}

/**
 * Quantities in `text`, sorted by start, non-overlapping; `text.slice(q.start, q.end) === q.text`.
 */
export function extractQuantities(text: string): Quantity[] {
  const out: Built[] = [];
  const masks = maskSpans(text);
  let mi = 0;
  const style = docStyle(text);
  let lastEnd = 0;
  let lastSkippedEnd = -1;

  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(text))) {
    const coreStart = m.index;
    let coreEnd = coreStart + m[0].length;
    if (coreStart < lastEnd) continue;
    const digits = m[1];
    const words = m[2];
    const vagueWord = m[3];

    // --- exclusions on the core itself
    if (digits !== undefined) {
      if (coreStart > 0 && /\d/.test(text[coreStart - 1]!)) continue;
      while (mi < masks.length && masks[mi]![1] <= coreStart) mi++;
      if (mi < masks.length && masks[mi]![0] < coreEnd) {
        lastSkippedEnd = coreEnd;
        continue;
      }
    }
    const prevChar = coreStart > 0 ? text[coreStart - 1]! : '';
    const nextChar = text[coreEnd] ?? '';
    if (digits !== undefined) {
      // Ordinals "ke-3", codes "U-17", "COVID-19", phone "+62".
      if (prevChar === '-' && coreStart >= 2 && /[\p{L}\p{N}]/u.test(text[coreStart - 2]!)) { lastSkippedEnd = coreEnd; continue; }
      if (prevChar === '+' || prevChar === '#' || prevChar === '/' || prevChar === ':') { lastSkippedEnd = coreEnd; continue; }
      if (nextChar === '/' && /\d/.test(text[coreEnd + 1] ?? '')) { lastSkippedEnd = coreEnd; continue; }
      if (nextChar === ':' && /\d/.test(text[coreEnd + 1] ?? '')) { lastSkippedEnd = coreEnd; continue; }
      if (nextChar === '-' && /^-an(?![\p{L}])/u.test(text.slice(coreEnd, coreEnd + 4))) { lastSkippedEnd = coreEnd; continue; } // "1990-an"
      // Reference numbers in brackets: "Ayat (1)", "(2)".
      if (prevChar === '(' && nextChar === ')') { lastSkippedEnd = coreEnd; continue; }
      // List markers: "1. Pink kombinasi…", "2) Atasan…" at the head of a sentence or line.
      if ((nextChar === '.' || nextChar === ')') && /^\s/.test(text[coreEnd + 1] ?? ' ') && digits.length <= 2 && atSentenceStart(text, coreStart)) {
        lastSkippedEnd = coreEnd;
        continue;
      }
      // Phone numbers and long codes.
      if (/^0\d{2,}/.test(digits) || (/^\d{7,}$/.test(digits) && !CURRENCY_PREFIX_RE.test(text.slice(Math.max(0, coreStart - 8), coreStart)))) {
        lastSkippedEnd = coreEnd;
        continue;
      }
    } else {
      // Number words glued into reduplications ("dua-duanya") are not counts.
      if (nextChar === '-' || prevChar === '-') continue;
      // Capitalised mid-sentence ("Institut Teknologi Sepuluh Nopember"): part of a name.
      if (UPPER_START_RE.test(m[0]) && !atSentenceStart(text, coreStart)) continue;
    }
    // "delapan besar", "16 besar": a tournament stage; "Sepuluh November": a date name.
    if (STAGE_AFTER_RE.test(text.slice(coreEnd, coreEnd + 24))) { lastSkippedEnd = coreEnd; continue; }

    // --- currency before the number ("Rp", "US$", "US dolar")
    let start = coreStart;
    let unit: string | null = null;
    let unitKind: UnitHit['kind'] | null = null;
    const before = text.slice(Math.max(lastEnd, coreStart - 16), coreStart);
    const cur = CURRENCY_PREFIX_RE.exec(before);
    if (cur) {
      const key = cur[1]!.toLowerCase().replace(/\s+/g, ' ');
      unit = CURRENCY_PREFIX_MAP.get(key) ?? null;
      // "RM"/"$" etc. need to be the exact case for short symbols; words are fine in any case.
      if (unit && (cur[1] === cur[1]!.toUpperCase() || /[a-z]{3}/i.test(cur[1]!) || cur[1] === 'Rp' || cur[1] === 'Rp.' || cur[1] === 'rp')) {
        start = coreStart - (before.length - cur.index);
        unitKind = 'currency';
      } else unit = null;
    }
    if (digits !== undefined && unitKind === null && prevChar !== '' && LETTER_RE.test(prevChar)) {
      lastSkippedEnd = coreEnd;
      continue; // glued to a word: "F1", "RE3", "PS5"
    }

    // --- identifiers ("Pasal 186", "Nomor 28", "posisi 16"), incl. "posisi 16 dan 10"
    if (unitKind === null && vagueWord === undefined) {
      const win = text.slice(Math.max(0, start - 30), start);
      if (IDENTIFIER_BEFORE_RE.test(win)) { lastSkippedEnd = coreEnd; continue; }
      if (lastSkippedEnd >= 0 && /^\s*(?:,|dan|atau|&)\s*$/iu.test(text.slice(lastSkippedEnd, start)) && start - lastSkippedEnd < 8) {
        lastSkippedEnd = coreEnd;
        continue;
      }
    }

    // --- value of the core
    let value: number | null = null;
    let vague: Vague | null = null;
    if (vagueWord !== undefined) {
      vague = VAGUE_WORDS[vagueWord.toLowerCase()] ?? null;
      const vs = VAGUE_SCALE_RE.exec(text.slice(coreEnd, coreEnd + 16));
      if (vs) {
        const s = SCALES[vs[1]!.toLowerCase()]!;
        vague = s >= 1e6 ? 'millions' : 'thousands';
        coreEnd += vs[0].length;
      }
    } else {
      if (words !== undefined) {
        const wl = words.toLowerCase();
        if (/^satu\b/.test(wl)) {
          if (SATU_BEFORE_RE.test(text.slice(Math.max(0, coreStart - 12), coreStart))) continue;
          if (SATU_AFTER_RE.test(text.slice(coreEnd, coreEnd + 16))) continue;
        }
      }
      value = parseCoreValue(digits, words, style);
      if (value === null) continue;
    }

    // --- scale after digits ("2,5 juta", "Rp 5 M")
    let p = coreEnd;
    let scale = 1;
    if (digits !== undefined) {
      const sc = SCALE_RE.exec(text.slice(p, p + 16));
      if (sc) {
        scale = SCALES[sc[1]!.toLowerCase().replace('.', '')]!;
        p += sc[0].length;
      } else if (unitKind === 'currency') {
        const ab = MONEY_ABBREV_RE.exec(text.slice(p, p + 4));
        if (ab) {
          scale = MONEY_SCALE_ABBREVIATIONS[ab[1]!.toLowerCase()]!;
          p += ab[0].length;
        }
      }
    }

    // --- range: "5,9–6 miliar", "13 hingga 14 jam"
    let valueMax: number | undefined;
    let split: Built | null = null;
    if (value !== null) {
      const rest = text.slice(p, p + 64);
      const dash = RANGE_DASH_RE.exec(rest);
      const wordJoin = dash ? null : RANGE_WORD_RE.exec(rest);
      const join = dash ?? wordJoin;
      if (join) {
        const c2 = CORE_AT_START_RE.exec(rest.slice(join[0].length));
        if (c2) {
          const v2 = parseCoreValue(c2[1], c2[2], style);
          let q = p + join[0].length + c2[0].length;
          let scale2 = 1;
          if (c2[1] !== undefined) {
            const sc2 = SCALE_RE.exec(text.slice(q, q + 16));
            if (sc2) {
              scale2 = SCALES[sc2[1]!.toLowerCase().replace('.', '')]!;
              q += sc2[0].length;
            }
          }
          if (v2 !== null) {
            const s1 = scale !== 1 ? scale : scale2;
            const lo = value * s1;
            const hi = v2 * scale2;
            const u2 = unitKind === 'currency' ? null : unitAfter(text, q, false);
            const strong = unitKind === 'currency' || scale2 !== 1 || (u2 !== null && u2.kind !== 'count') || (u2 !== null && u2.kind === 'count' && !!dash);
            if (dash && hi <= lo) {
              // A score ("takluk 1-0") or code: skip both numbers.
              lastEnd = p + join[0].length + c2[0].length;
              CORE_RE.lastIndex = lastEnd;
              continue;
            }
            if (hi > lo && (strong || !dash)) {
              if (dash) {
                valueMax = hi;
                scale = s1;
                p = q;
              } else if (wordJoin && u2 && u2.kind !== 'count' && /hingga|sampai|s\.?d|s\/d/i.test(wordJoin[0])) {
                // Two quantities sharing the unit of the second.
                split = {
                  start: p + join[0].length,
                  end: u2.end,
                  value: hi,
                  unit: u2.unit,
                  approx: null,
                  vague: null,
                };
                unit = u2.unit;
                unitKind = u2.kind;
              }
            } else if (dash && !strong) {
              // A score ("kalah 0-2") or code: skip both numbers.
              lastEnd = q;
              CORE_RE.lastIndex = q;
              continue;
            }
          }
        }
      }
    }

    // --- unit after
    let end = p;
    if (unitKind !== 'currency' && !split) {
      const glued = p === coreEnd && /\p{L}|%/u.test(text[p] ?? '') ;
      const u = unitAfter(text, p, glued);
      if (glued && !u && digits !== undefined) { lastSkippedEnd = coreEnd; continue; } // "4G", "3D"
      if (u) {
        unit = u.unit;
        unitKind = u.kind;
        end = u.end;
      }
    } else if (split) {
      end = p;
    }
    if (unitKind === 'duration' && RELATIVE_AFTER_RE.test(text.slice(end, end + 24))) {
      lastEnd = end;
      CORE_RE.lastIndex = end;
      continue; // "dua hari lalu" belongs to the time layer
    }

    // --- exclusions needing the unit
    if (digits !== undefined && unitKind !== 'currency' && unitKind !== 'measure' && scale === 1) {
      if (isYearLike(digits)) { lastSkippedEnd = coreEnd; continue; }
      // After a mid-sentence capitalised word it is a name or model ("XPAD 20", "Formula 3").
      const pw = PREV_WORD_RE.exec(text.slice(Math.max(0, start - 32), start));
      if (pw && /^\p{Ll}+\p{Lu}/u.test(pw[1]!)) { lastSkippedEnd = coreEnd; continue; } // "iOS 13", "eBay 2"
      if (pw && UPPER_START_RE.test(pw[1]!) && !APPROX_WORDS.has(pw[1]!.toLowerCase())) {
        const wStart = start - pw[0].length;
        // Mid-sentence capitalised word, or a code-like word anywhere ("XPAD 20").
        const codeLike = /^[\p{Lu}\p{N}]{2,}$/u.test(pw[1]!) || /\p{N}/u.test(pw[1]!);
        if (codeLike || !atSentenceStart(text, wStart)) { lastSkippedEnd = coreEnd; continue; }
      }
    }
    if (words !== undefined && unitKind === null && /^setengah$|^separuh$/i.test(words)) continue;

    // --- approximation before ("sekitar", "lebih dari", "kurang lebih sekitar")
    let approx: Approx | null = null;
    const apFrom = Math.max(lastEnd, start - 40);
    const ap = APPROX_PREFIX_RE.exec(text.slice(apFrom, start));
    if (ap) {
      approx = APPROX_WORDS.get(ap[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null;
      if (approx) start = apFrom + ap.index;
    }
    // --- approximation after ("dua pembicara atau lebih", "100 orang lebih")
    if (!split) {
      const rest = text.slice(end, end + 16);
      const al = POSTFIX_AT_LEAST_RE.exec(rest);
      if (al) {
        if (!approx) approx = 'at-least';
        end += al[0].length;
      } else if (!approx && unitKind === 'count') {
        const mo = POSTFIX_MORE_RE.exec(rest);
        if (mo) {
          approx = 'more-than';
          end += mo[0].length;
        }
      }
    }

    const q: Built = {
      start,
      end: split ? p : end,
      value: value === null ? null : value * scale,
      unit,
      approx,
      vague,
    };
    if (valueMax !== undefined) q.valueMax = valueMax;
    if (split) {
      q.end = p;
      split.approx = approx;
      out.push(q, split);
      lastEnd = split.end;
    } else {
      out.push(q);
      lastEnd = q.end;
    }
    CORE_RE.lastIndex = lastEnd;
  }

  return out.map((b) => {
    const q: Quantity = {
      start: b.start,
      end: b.end,
      text: text.slice(b.start, b.end),
      value: b.value === null ? null : round(b.value),
      unit: b.unit,
      approx: b.approx,
      vague: b.vague,
    };
    if (b.valueMax !== undefined) q.valueMax = round(b.valueMax);
    return q;
  });
}

/** Remove float noise from decimal × scale ("17,76 triliun"). */
function round(v: number): number {
  return Math.abs(v) >= 1 ? +v.toPrecision(12) : +v.toPrecision(10);
}
