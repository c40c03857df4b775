/**
 * Time expressions in Indonesian news text: absolute dates, months, years, quarters and
 * seasons; and relative ones ("kemarin", "pekan lalu", "Senin", "tiga tahun lalu") resolved
 * against the document date. Values are ISO: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn,
 * YYYY/YYYY (a season), or YYYY-MM-DDTHH:MM.
 *
 * Each pattern below proposes candidates; the longest win where they overlap; then the
 * winners are resolved in text order, so "tahun berikutnya" or "periode yang sama tahun
 * lalu" can refer to the year or quarter mentioned just before. Durations ("selama empat
 * tahun") are not times. All regexes are compiled once, at module load; each runs only at the
 * anchors one pass over the text finds for it (src/text/anchors.ts).
 */
import type { Diagnostic, TimeExpr } from '../types.js';
import { MONTHS_FULL, dayNumber, isValidDate, monthNumber } from '../lang/id/calendar.js';
import { NUMBER_WORD_LIST, parseNumberWords } from '../lang/id/numbers.js';
import { alternation } from '../lang/id/units.js';
import { WordFamilies, hasAnchor, matchesAt, mergeSorted } from '../text/anchors.js';
import { FoldedWords, foldSpaces, isDigits, skipAsciiSpaces, splitSpaces } from '../text/ascii.js';
import {
  type Ymd, addDays, daysBetween, addMonths, isoDate, isoMonth, isoTime, isoWeek, isoYear, parseIsoDate, weekday,
} from './dates.js';

// ---------------------------------------------------------------------------------------
// Patterns

const DAY = "senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad";
const MONTH = MONTHS_FULL.join('|');
const MONTH_ABBR = 'jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|nop|des';
const NUMW = alternation(NUMBER_WORD_LIST);
const B = '\\b'; // word boundary (Indonesian news is written in ASCII letters)
const E = '(?![A-Za-z0-9])';

const DIR_AFTER = 'lalu|kemarin|mendatang|nanti|depan|ini|yang\\s+lalu|silam';
const PART_OF_DAY = 'pagi|siang|sore|malam|dini\\s*hari|dinihari|tengah\\s+malam|petang';

/** Dates: "Senin, 28 Oktober 2024", "Rabu (18/6)", "3/7/2025", "14 Juli", with clock time. */
const DATE_RE = new RegExp(
  `(?:(\\d{1,2})\\s+(${MONTH})(?:\\s+(\\d{4}))?` +
    `|(\\d{1,2})\\s+(${MONTH_ABBR})\\.?\\s+(\\d{4})` +
    `|\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)` +
    `|(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/]))` +
    `(?![\\d])` +
    `(?:\\s*,?\\s*(?:(?:sekitar|sekira|kurang\\s+lebih|pada)\\s+)?(?:pukul|pkl\\.?|jam)\\s*(\\d{1,2})[.:](\\d{2})(?:\\s*(?:WIB|WITA|WIT))?)?` +
    `(?:\\s+(${DIR_AFTER}))?` +
    `(?:\\s+(${PART_OF_DAY}))?${E}`,
  'iy',
);
/** The day name before a date: "Senin, 28 Oktober", "hari Kamis (19/6)". */
const DATE_DAY_BEFORE_RE = new RegExp(`(?:\\b(hari)\\s+)?\\b(${DAY})(?:\\s+(?:${PART_OF_DAY}))?\\s*,?\\s*$`, 'i');

/** Months: "Juni 2025", "akhir Juli", "Januari lalu", "September tahun lalu", "bulan Juni ini". */
const MONTH_RE = new RegExp(
  `${B}(${MONTH})` +
    `(?:\\s+(\\d{4})(?![\\d])` +
    `|\\s+tahun\\s+(lalu|ini|depan|mendatang|kemarin)` +
    `|\\s+(lalu|ini|mendatang|nanti|depan|kemarin|silam|yang\\s+lalu))?${E}`,
  'iy',
);
const MONTH_PREFIX_RE = /\b(?:(?:awal|akhir|pertengahan|medio|penghujung|permulaan)\s+(?:bulan\s+)?|bulan\s+)$/i;
/** A bare month name counts only after one of these. */
const MONTH_LEAD_RE = /(?:^|[^\p{L}])(?:pada|sejak|hingga|sampai|mulai|selama|per|jelang|menjelang|memasuki|sepanjang|dan|atau|di|bulan|awal|akhir|pertengahan|medio|antara)\s+$/iu;

/** Years: "2022", "tahun 2022", "musim 2007", "edisi 1990", "2024/2025", "Pada 2006 lalu". */
const YEAR_RE = new RegExp(
  `${B}(\\d{4})(?:\\s*([/-])\\s*(\\d{4}))?(?![\\d]|[.,]\\d|\\s*/\\s*\\d|-an${E}|-\\d)` +
    `(?:\\s+(lalu|silam|yang\\s+lalu))?${E}`,
  'iy',
);
const YEAR_PREFIX_RE = /\b(tahun|musim|edisi|era|awal|akhir|pertengahan|medio|sepanjang|penghujung)\s+$/i;
const YEAR_ID_BEFORE_RE = /(?:nomor|nomer|no|nr)\.?\s*\d+[a-z]?\s*(?:tahun\s*)?$/iu;
const YEAR_BLOCK_BEFORE_RE = /(?:(?:rp\.?|us\$|\$|usd|idr)\s*|[/.,:\d-])$/iu;

/** Quarters: "kuartal I 2025", "triwulan kedua tahun lalu", "Q1 2025". */
const QUARTER_RE = new RegExp(
  `${B}(?:(?:kuartal|triwulan|kuarter)\\s+(IV|I{1,3}|[1-4]|pertama|kedua|ketiga|keempat|ke-?[1-4])` +
    `(?:\\s*(?:tahun\\s+)?(\\d{4})(?![\\d])|\\s+tahun\\s+(lalu|ini|depan|sebelumnya))?` +
    `|Q([1-4])\\s*[-/]?\\s*(\\d{4})(?![\\d]))${E}`,
  'iy',
);

/** Calendar units with a direction: "pekan lalu", "bulan depan", "awal tahun ini", "musim lalu". */
const REL_RE = new RegExp(
  `${B}(hari|pekan|minggu|bulan|tahun|musim|kuartal|triwulan)` +
    `\\s+(ini|lalu|kemarin|depan|mendatang|sebelumnya|berikutnya|silam|yang\\s+lalu|yang\\s+akan\\s+datang)${E}`,
  'iy',
);
const REL_PREFIX_RE = /\b(?:awal|akhir|pertengahan|penghujung|medio|permulaan)\s+$/i;
const VAGUE_BEFORE_RE = /(?:beberapa|sejumlah|berapa|banyak|tiap|setiap|per|\d)\s+$/iu;

/** N units ago or ahead: "dua hari lalu", "lima tahun lalu", "tiga hari lagi". */
const AGO_UNITS = ['hari', 'pekan', 'minggu', 'bulan', 'tahun', 'dekade', 'windu'];
const AGO_RE = new RegExp(
  `${B}(?:(\\d{1,4}|(?:${NUMW})(?:\\s+(?:${NUMW}))*)\\s+|se)(${AGO_UNITS.join('|')})` +
    `\\s+(lalu|silam|yang\\s+lalu|lagi|mendatang|yang\\s+akan\\s+datang)${E}`,
  'iy',
);

/** Day words: "kemarin", "hari ini", "besok", "lusa", "tadi malam", "malam ini". */
const DAYWORD_RE = new RegExp(
  `${B}(kemarin\\s+lusa|kemarin|hari\\s+ini|besok|esok\\s+hari|lusa` +
    `|tadi\\s+(?:pagi|siang|sore|malam)|(?:pagi|siang|sore|malam)\\s+ini)${E}`,
  'iy',
);

/** Bare day names: "Senin", "pada hari Selasa", "Jumat lalu". */
const DAYNAME_RE = new RegExp(
  `${B}(${DAY})(?:\\s+((?:pekan|minggu)\\s+(?:lalu|depan|ini|mendatang)|lalu|kemarin|depan|mendatang|ini|nanti))?${E}`,
  'iy',
);
const DAYNAME_PREFIX_RE = /\b(?:pada\s+)?hari\s+$/i;
const DAYNAME_BLOCK_BEFORE_RE = /(?:setiap|tiap|saban|salat|sholat|shalat|solat|malam|per|hingga|sampai|dari|ke|dan)\s+(?:hari\s+)?$/iu;
const DAYNAME_BLOCK_AFTER_RE = /^\s+(?:Agung|Kliwon|Legi|Pon|Wage|Pahing|Berkah|Manis|Keliwon|hingga|sampai|s\.?d|-|–)/u;

/** A clock time on its own: "pukul 14.00 WIB", "pukul 09:30". */
const CLOCK_RE = /\b(?:pukul|pkl\.?)\s*(\d{1,2})[.:](\d{2})(?!\d)(?:\s*(?:WIB|WITA|WIT)\b)?/iy;
/** A clock time that is one end of a range or recurs is not a point in time. */
const CLOCK_RANGE_AFTER_RE = /^\s*(?:-|–|—|hingga|sampai|s\.?d\.?|s\/d)\s*(?:pukul\s*)?\d/i;
const CLOCK_RANGE_BEFORE_RE = /(?:\b(?:hingga|sampai|s\.?d\.?|s\/d|dari|setiap|tiap|mulai|lewat|sebelum|setelah|sesudah|di\s+atas|jam\s+malam)\s+|[-–—]\s*)$/i;
const SENTENCE_BREAK_RE = /[.!?\n](?:\s|$)/;

/** "tanggal 14" (a day of the month in context). */
const TANGGAL_RE = new RegExp(`${B}tanggal\\s+(\\d{1,2})(?![\\d/.:])(?!\\s+(?:${MONTH}|\\d))`, 'iy');

/** "periode yang sama tahun lalu", "periode yang sama 2024 lalu". */
const SAME_PERIOD_RE = new RegExp(
  `${B}periode\\s+yang\\s+sama\\s+(?:(?:pada\\s+)?tahun\\s+(lalu|sebelumnya|kemarin)|(?:tahun\\s+)?(\\d{4})(?:\\s+lalu)?)${E}`,
  'iy',
);

/**
 * The words the patterns above can start with, for the anchor scan (src/text/anchors.ts):
 * each alternative that begins with \b and a word begins with one of its family's prefixes,
 * so the pattern can never match at a word start the scan does not report for it. Digits
 * are anchored by their runs (see collect).
 */
const enum Family { Month, Quarter, Rel, Ago, DayWord, DayName, Clock, Tanggal, SamePeriod, DateMonth, AgoUnit }
const FAMILIES = new WordFamilies([
  /* Month */ MONTHS_FULL,
  /* Quarter */ ['kuartal', 'triwulan', 'kuarter', 'q'],
  /* Rel */ ['hari', 'pekan', 'minggu', 'bulan', 'tahun', 'musim', 'kuartal', 'triwulan'],
  /* Ago: "dua hari lalu", "sepekan lalu" */
  [...NUMBER_WORD_LIST, ...AGO_UNITS.map((u) => 'se' + u)],
  /* DayWord */ ['kemarin', 'hari', 'besok', 'esok', 'lusa', 'tadi', 'pagi', 'siang', 'sore', 'malam'],
  /* DayName ("jum'at": "jum") */ ['senin', 'selasa', 'rabu', 'kamis', 'jum', 'sabtu', 'minggu', 'ahad'],
  /* Clock */ ['pukul', 'pkl'],
  /* Tanggal */ ['tanggal'],
  /* SamePeriod */ ['periode'],
  // Words after digits and spaces: the month of DATE_RE ("28 Oktober", "3 Jan 2025") and the
  // unit of AGO_RE ("3 hari lalu").
  /* DateMonth */ [...MONTHS_FULL, ...MONTH_ABBR.split('|')],
  /* AgoUnit */ AGO_UNITS,
]);

/** Cue in the clause before a day name that it lies ahead. */
const FUTURE_CUES = ['akan', 'bakal', 'hendak', 'dijadwalkan', 'direncanakan', 'rencananya', 'berencana', 'mendatang', 'nanti'];
const FUTURE_CUE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${FUTURE_CUES.join('|')})(?![\\p{L}])`, 'iu');
const FUTURE_CUE_WORDS = new FoldedWords(FUTURE_CUES);

/**
 * FUTURE_CUE_RE.test(clause). In ASCII text a match is a whole run of letters that is a cue
 * word, in any case: so each run is looked up. Any other character may be a letter or fold
 * to one ("K", the Kelvin sign, is "k" under /iu): there the regex decides.
 */
export function hasFutureCue(clause: string): boolean {
  let start = -1;
  for (let i = 0; i <= clause.length; i++) {
    const c = i < clause.length ? clause.charCodeAt(i) : 32;
    if (c >= 128) return FUTURE_CUE_RE.test(clause);
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (FUTURE_CUE_WORDS.hasAt(clause, start, i)) return true;
      start = -1;
    }
  }
  return false;
}

/** Characters that end a clause, as a table by code unit (1: a break). */
const CLAUSE_BREAKS = '.!?;\n"“”';
const CLAUSE_BREAK = new Uint8Array(Math.max(...[...CLAUSE_BREAKS].map((c) => c.charCodeAt(0))) + 1);
for (const c of CLAUSE_BREAKS) CLAUSE_BREAK[c.charCodeAt(0)] = 1;

// ---------------------------------------------------------------------------------------

interface Ctx {
  anchor: Ymd | null;
  /** The last full date resolved, and where its expression ended. */
  lastDate: { ymd: Ymd; end: number } | null;
  lastYear: number | null;
  lastMonth: { y: number; m: number } | null;
  lastQuarter: number | null;
  diagnostics: Diagnostic[];
  text: string;
}

interface Cand {
  start: number;
  end: number;
  resolve: (ctx: Ctx) => string | null;
}

const ROMAN: ReadonlyMap<string, number> = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4]]);
const ORD: ReadonlyMap<string, number> = new Map([['pertama', 1], ['kedua', 2], ['ketiga', 3], ['keempat', 4]]);

function dirOf(w: string | undefined): -1 | 0 | 1 | null {
  if (!w) return null;
  const k = foldSpaces(w.toLowerCase());
  if (k === 'lalu' || k === 'kemarin' || k === 'silam' || k === 'yang lalu' || k === 'sebelumnya') return -1;
  if (k === 'ini') return 0;
  if (k === 'depan' || k === 'mendatang' || k === 'nanti' || k === 'berikutnya' || k === 'yang akan datang' || k === 'lagi') return 1;
  return null;
}

/** The year of a day-month without one: nearest to the anchor, honouring direction and day name. */
function inferYear(m: number, d: number, anchor: Ymd, dir: -1 | 0 | 1 | null, dayNo: number | undefined): number | null {
  let best: { y: number; score: number } | null = null;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const diff = daysBetween(anchor, { y, m, d });
    if (dir === -1 && diff > 0) continue;
    if (dir === 1 && diff < 0) continue;
    let score = Math.abs(diff);
    if (diff > 0) score += 0.5; // ties go to the past
    if (dayNo !== undefined && weekday(y, m, d) !== dayNo) score += 1000;
    if (!best || score < best.score) best = { y, score };
  }
  return best ? best.y : null;
}

function inferMonthYear(m: number, anchor: Ymd, dir: -1 | 0 | 1 | null): number {
  if (dir === 0) return anchor.y;
  if (dir === -1) return m < anchor.m ? anchor.y : anchor.y - 1;
  if (dir === 1) return m > anchor.m ? anchor.y : anchor.y + 1;
  const diff = m - anchor.m;
  if (diff > 6) return anchor.y - 1;
  if (diff < -6) return anchor.y + 1;
  return anchor.y;
}

function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

function clauseBefore(text: string, i: number): string {
  const from = Math.max(0, i - 120);
  for (let k = i - 1; k >= from; k--) if (CLAUSE_BREAK[text.charCodeAt(k)] === 1) return text.slice(k + 1, i);
  return text.slice(from, i);
}

/** Match `re` (anchored with $) against the `max` characters before `at`; index made absolute. */
function lookBack(text: string, at: number, re: RegExp, max: number): RegExpExecArray | null {
  const from = Math.max(0, at - max);
  const m = re.exec(text.slice(from, at));
  if (m) m.index += from;
  return m;
}

/**
 * Can `\s+` and then a word of a family (its ascending anchors `starts`) follow position
 * `e`? After the ASCII spaces, the word must start where the next character is; a non-ASCII
 * character may itself be a space (U+00A0…), so there the answer is yes.
 */
function spacesThenWord(text: string, e: number, starts: readonly number[]): boolean {
  const q = skipAsciiSpaces(text, e);
  if (q === text.length) return false;
  if (text.charCodeAt(q) >= 128) return true;
  return q !== e && hasAnchor(starts, q);
}

function pushDiag(ctx: Ctx, start: number, end: number, message: string): void {
  ctx.diagnostics.push({ severity: 'warning', code: 'day-name-mismatch', message, span: { start, end } });
}

function collect(text: string): Cand[] {
  const cands: Cand[] = [];
  const { words, runs } = FAMILIES.anchors(text);
  // Digit anchors, from the runs of digits (start s, end e):
  // - DATE_RE: every alternative starts at "(", spaces and a digit ("(18/6)"), or at one or
  //   two digits followed by "/" ("3/7/2025") or by spaces and a month ("28 Oktober"), so
  //   at the last or last but one digit of such a run;
  // - YEAR_RE: \b and four digits that no digit follows: a run of exactly four;
  // - AGO_RE: \b, one to four digits, spaces and a unit: a run of at most four so followed.
  const dateStarts: number[] = [];
  const yearStarts: number[] = [];
  const countStarts: number[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const s = runs[k]!;
    const e = runs[k + 1]!;
    if (text.charCodeAt(e) === 47 || spacesThenWord(text, e, words[Family.DateMonth]!)) { // "/"
      const tail = Math.max(s, e - 2);
      dateStarts.push(tail);
      if (e - 1 > tail) dateStarts.push(e - 1);
    }
    if (e - s === 4) yearStarts.push(s);
    if (e - s <= 4 && spacesThenWord(text, e, words[Family.AgoUnit]!)) countStarts.push(s);
  }
  const openParens: number[] = [];
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const q = skipAsciiSpaces(text, i + 1);
    const c = text.charCodeAt(q); // NaN at the end
    if ((c >= 48 && c <= 57) || c >= 128) openParens.push(i); // a non-ASCII character may be a space
  }

  // --- full and partial dates
  for (const g of matchesAt(DATE_RE, text, mergeSorted(dateStarts, openParens))) {
    let start = g.index;
    const end = start + g[0].length;
    if (start > 0 && text[start] !== '(' && /[A-Za-z0-9/.,]/.test(text[start - 1]!)) continue;
    let dayWord: string | undefined;
    const pre = lookBack(text, start, DATE_DAY_BEFORE_RE, 32);
    // A lower-case "minggu" without "hari" is the noun "week", not Sunday.
    if (pre && (pre[1] || /^[A-Z]/.test(pre[2]!))) {
      dayWord = pre[2]!;
      start = pre.index;
    }
    let d: number, mo: number, y: number | null = null;
    let parens = false;
    if (g[1] !== undefined) {
      d = +g[1]; mo = monthNumber(g[2]!)!; y = g[3] ? +g[3] : null;
    } else if (g[4] !== undefined) {
      d = +g[4]; mo = monthNumber(g[5]!)!; y = +g[6]!;
    } else if (g[7] !== undefined) {
      d = +g[7]; mo = +g[8]!; parens = true;
      if (g[9]) y = g[9].length === 2 ? 2000 + +g[9] : +g[9];
    } else {
      d = +g[10]!; mo = +g[11]!; y = +g[12]!;
    }
    if (parens && !dayWord && y === null) continue; // "(1/2)" is not a date
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const hh = g[13] !== undefined ? +g[13] : null;
    const mm = g[14] !== undefined ? +g[14] : null;
    const dir = dirOf(g[15]);
    const dayNo = dayWord ? dayNumber(dayWord) : undefined;
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        let yy = y;
        if (yy === null) {
          if (!ctx.anchor) return null;
          yy = inferYear(mo, d, ctx.anchor, dir === 0 ? null : dir, dayNo);
          if (yy === null) return null;
        }
        if (!isValidDate(yy, mo, d)) return null;
        if (dayNo !== undefined && weekday(yy, mo, d) !== dayNo) {
          pushDiag(ctx, start, end, `"${dayWord}" does not fall on ${isoDate(yy, mo, d)}`);
        }
        ctx.lastYear = yy;
        ctx.lastMonth = { y: yy, m: mo };
        ctx.lastQuarter = quarterOf(mo);
        ctx.lastDate = { ymd: { y: yy, m: mo, d }, end };
        const date = isoDate(yy, mo, d);
        if (hh !== null && mm !== null && hh < 24 && mm < 60) return `${date}T${isoTime(hh, mm)}`;
        return date;
      },
    });
  }

  // --- months
  for (const g of matchesAt(MONTH_RE, text, words[Family.Month]!)) {
    let start = g.index;
    const end = start + g[0].length;
    const mo = monthNumber(g[1]!)!;
    const pre = lookBack(text, start, MONTH_PREFIX_RE, 32);
    if (pre) start = pre.index;
    const qualified = pre || g[2] || g[3] || g[4];
    if (!qualified) {
      if (!/^[A-Z]/.test(g[1]!)) continue;
      if (!MONTH_LEAD_RE.test(text.slice(Math.max(0, start - 16), start))) continue;
    }
    const year = g[2] ? +g[2] : null;
    const yearDir = dirOf(g[3]);
    const dir = dirOf(g[4]);
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        let y = year;
        if (y === null) {
          if (!ctx.anchor) return null;
          if (yearDir !== null) y = ctx.anchor.y + yearDir;
          else y = inferMonthYear(mo, ctx.anchor, dir);
        }
        ctx.lastYear = y;
        ctx.lastMonth = { y, m: mo };
        ctx.lastQuarter = quarterOf(mo);
        return isoMonth(y, mo);
      },
    });
  }

  // --- years and seasons
  for (const g of matchesAt(YEAR_RE, text, yearStarts)) {
    const yearStart = g.index;
    let start = yearStart;
    const end = start + g[0].length;
    const y = +g[1]!;
    if (y < 1900 || y > 2100) continue;
    if (YEAR_ID_BEFORE_RE.test(text.slice(Math.max(0, yearStart - 30), yearStart))) continue;
    if (YEAR_BLOCK_BEFORE_RE.test(text.slice(Math.max(0, start - 5), start))) continue;
    const pre = lookBack(text, start, YEAR_PREFIX_RE, 16);
    if (pre) start = pre.index;
    let value: string;
    const y2 = g[3] !== undefined ? +g[3] : null;
    if (y2 !== null) {
      if (y2 !== y + 1) continue;
      if (g[2] === '-' && !/musim/i.test(pre?.[1] ?? '')) continue;
      value = `${isoYear(y)}/${isoYear(y2)}`;
    } else value = isoYear(y);
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        ctx.lastYear = y2 ?? y;
        return value;
      },
    });
  }

  // --- quarters
  for (const g of matchesAt(QUARTER_RE, text, words[Family.Quarter]!)) {
    const start = g.index;
    const end = start + g[0].length;
    let q: number;
    let year: number | null = null;
    let ydir: -1 | 0 | 1 | null = null;
    if (g[4] !== undefined) {
      q = +g[4];
      year = +g[5]!;
    } else {
      const w = g[1]!.toLowerCase().replace(/^ke-?/, '');
      q = ROMAN.get(w) ?? ORD.get(w) ?? +w;
      if (g[2]) year = +g[2];
      ydir = dirOf(g[3]);
    }
    if (!(q >= 1 && q <= 4)) continue;
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        let y = year;
        if (y === null) {
          if (ydir !== null && ctx.anchor) y = ctx.anchor.y + ydir;
          else y = ctx.lastYear ?? ctx.anchor?.y ?? null;
        }
        if (y === null) return null;
        ctx.lastYear = y;
        ctx.lastQuarter = q;
        return `${isoYear(y)}-Q${q}`;
      },
    });
  }

  // --- units with a direction
  for (const g of matchesAt(REL_RE, text, words[Family.Rel]!)) {
    let start = g.index;
    const end = start + g[0].length;
    const unit = g[1]!.toLowerCase();
    const dirWord = foldSpaces(g[2]!.toLowerCase());
    const pre = lookBack(text, start, REL_PREFIX_RE, 16);
    if (pre) start = pre.index;
    if (VAGUE_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (unit === 'hari' && dirWord !== 'ini') continue; // "hari berikutnya": relative to an event
    const dir = dirOf(dirWord)!;
    const chained = dirWord === 'sebelumnya' || dirWord === 'berikutnya';
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        const a = ctx.anchor;
        if (!a) return null;
        switch (unit) {
          case 'hari':
            return isoDate(a.y, a.m, a.d);
          case 'pekan':
          case 'minggu':
            return isoWeek(addDays(a, 7 * dir));
          case 'bulan': {
            const r = addMonths(a.y, a.m, dir);
            ctx.lastMonth = r;
            return isoMonth(r.y, r.m);
          }
          case 'kuartal':
          case 'triwulan': {
            let q = quarterOf(a.m) + dir;
            let y = a.y;
            if (q < 1) { q = 4; y--; }
            if (q > 4) { q = 1; y++; }
            ctx.lastQuarter = q;
            ctx.lastYear = y;
            return `${isoYear(y)}-Q${q}`;
          }
          default: {
            // tahun, musim: "sebelumnya"/"berikutnya" count from the year just mentioned
            const base = chained && ctx.lastYear !== null ? ctx.lastYear : a.y;
            const y = base + dir;
            ctx.lastYear = y;
            return isoYear(y);
          }
        }
      },
    });
  }

  // --- N units ago / ahead
  for (const g of matchesAt(AGO_RE, text, mergeSorted(countStarts, words[Family.Ago]!))) {
    const n = g[1] === undefined ? 1 : isDigits(g[1]) ? +g[1] : parseNumberWords(splitSpaces(g[1]));
    if (n === null || !Number.isInteger(n) && g[2]!.toLowerCase() !== 'tahun') continue;
    const unit = g[2]!.toLowerCase();
    const sign = dirOf(g[3]) === 1 ? 1 : -1;
    const start = g.index;
    const end = start + g[0].length;
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        const a = ctx.anchor;
        if (!a) return null;
        const k = sign * n;
        switch (unit) {
          case 'hari':
            return isoDate(addDays(a, k).y, addDays(a, k).m, addDays(a, k).d);
          case 'pekan':
          case 'minggu':
            return isoWeek(addDays(a, 7 * k));
          case 'bulan': {
            if (!Number.isInteger(k)) return null;
            const r = addMonths(a.y, a.m, k);
            return isoMonth(r.y, r.m);
          }
          case 'windu':
            return Number.isInteger(k) ? isoYear(a.y + 8 * k) : null;
          case 'dekade':
            return Number.isInteger(k) ? isoYear(a.y + 10 * k) : null;
          default:
            return Number.isInteger(k) ? isoYear(a.y + k) : null;
        }
      },
    });
  }

  // --- day words
  for (const m of matchesAt(DAYWORD_RE, text, words[Family.DayWord]!)) {
    const w = foldSpaces(m[1]!.toLowerCase());
    const off = w === 'kemarin lusa' ? -2 : w === 'kemarin' ? -1 : w === 'besok' || w === 'esok hari' ? 1 : w === 'lusa' ? 2 : 0;
    const start = m.index;
    if (/^malam/.test(w) && /(?:^|[^\p{L}])jam\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) continue; // "jam malam ini": the curfew
    cands.push({
      start,
      end: start + m[0].length,
      resolve: (ctx) => {
        if (!ctx.anchor) return null;
        const r = addDays(ctx.anchor, off);
        return isoDate(r.y, r.m, r.d);
      },
    });
  }

  // --- bare day names
  for (const g of matchesAt(DAYNAME_RE, text, words[Family.DayName]!)) {
    const wordStart = g.index;
    let start = wordStart;
    const pre = lookBack(text, start, DAYNAME_PREFIX_RE, 16);
    if (pre) start = pre.index;
    const hasHari = !!pre;
    const dayWord = g[1]!;
    const dirWord = g[2]?.toLowerCase();
    if (!hasHari && !/^[A-Z]/.test(dayWord)) continue;
    const isMinggu = /^minggu$/i.test(dayWord);
    if (isMinggu && !hasHari && dirWord && dirWord !== 'kemarin' && dirWord !== 'nanti') continue; // week
    if (DAYNAME_BLOCK_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) continue;
    if (DAYNAME_BLOCK_AFTER_RE.test(text.slice(start + g[0].length, start + g[0].length + 12))) continue;
    // "Minggu" at the head of a clause followed by a comma and no date is ambiguous; keep it.
    const dayNo = dayNumber(dayWord)!;
    // "Jumat pekan lalu": that day in the week named.
    const weekDir = dirWord && /^(?:pekan|minggu)/.test(dirWord) ? dirOf(dirWord.split(/\s+/).pop()) : null;
    const dir = weekDir !== null ? null : dirOf(dirWord);
    const end = wordStart + g[0].length;
    const future = hasFutureCue(clauseBefore(text, wordStart));
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        const a = ctx.anchor;
        if (!a) return null;
        const aw = weekday(a.y, a.m, a.d);
        const fwd = (dayNo - aw + 7) % 7; // days ahead to the next such day (0 = today)
        let off: number;
        if (weekDir !== null) off = 7 * weekDir + dayNo - aw;
        else if (dir === -1) off = fwd === 0 ? -7 : fwd - 7;
        else if (dir === 1) off = fwd === 0 ? 7 : fwd;
        else if (fwd === 0) off = 0;
        else if (future) off = fwd;
        else off = fwd - 7; // news reports the past: the latest such day
        const r = addDays(a, off);
        return isoDate(r.y, r.m, r.d);
      },
    });
  }

  // --- clock times on their own: dated by a full date earlier in the same sentence
  for (const g of matchesAt(CLOCK_RE, text, words[Family.Clock]!)) {
    const start = g.index;
    const end = start + g[0].length;
    const hh = +g[1]!;
    const mm = +g[2]!;
    if (hh > 23 || mm > 59) continue;
    if (CLOCK_RANGE_AFTER_RE.test(text.slice(end, end + 16))) continue;
    if (CLOCK_RANGE_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start))) continue;
    cands.push({
      start,
      end,
      resolve: (ctx) => {
        const last = ctx.lastDate;
        if (!last || SENTENCE_BREAK_RE.test(ctx.text.slice(last.end, start))) return null;
        return `${isoDate(last.ymd.y, last.ymd.m, last.ymd.d)}T${isoTime(hh, mm)}`;
      },
    });
  }

  // --- "tanggal 14"
  for (const m of matchesAt(TANGGAL_RE, text, words[Family.Tanggal]!)) {
    const d = +m[1]!;
    if (d < 1 || d > 31) continue;
    const start = m.index;
    cands.push({
      start,
      end: start + m[0].length,
      resolve: (ctx) => {
        const base = ctx.lastMonth ?? (ctx.anchor ? { y: ctx.anchor.y, m: ctx.anchor.m } : null);
        if (!base || !isValidDate(base.y, base.m, d)) return null;
        return isoDate(base.y, base.m, d);
      },
    });
  }

  // --- "periode yang sama tahun lalu"
  for (const g of matchesAt(SAME_PERIOD_RE, text, words[Family.SamePeriod]!)) {
    const start = g.index;
    const explicit = g[2] ? +g[2] : null;
    cands.push({
      start,
      end: start + g[0].length,
      resolve: (ctx) => {
        const ref = ctx.lastYear ?? ctx.anchor?.y ?? null;
        const y = explicit ?? (ref !== null ? ref - 1 : null);
        if (y === null) return null;
        if (ctx.lastQuarter !== null) return `${isoYear(y)}-Q${ctx.lastQuarter}`;
        return isoYear(y);
      },
    });
  }

  return cands;
}

/** Indexes of `cands`, longest first and, among equal lengths, in order. */
export function longestFirst(cands: readonly Cand[]): number[] {
  return cands.map((c, i) => i).sort((i, j) => {
    const a = cands[i]!, b = cands[j]!;
    return (b.end - b.start) - (a.end - a.start) || i - j;
  });
}

/**
 * Time expressions in `text`, resolved against `anchor` (the document date, YYYY-MM-DD, or
 * null: then only expressions that carry their own year are returned). Spans are sorted and
 * non-overlapping; a day name that contradicts its date adds a "day-name-mismatch" warning.
 */
export function extractTimes(text: string, anchor: string | null): { times: TimeExpr[]; diagnostics: Diagnostic[] } {
  const cands = collect(text);
  // Longest first; ties keep the earlier pattern (dates before day names).
  const taken: Cand[] = [];
  next: for (const i of longestFirst(cands)) {
    const c = cands[i]!;
    for (const t of taken) if (c.start < t.end && t.start < c.end) continue next;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  const ctx: Ctx = {
    anchor: parseIsoDate(anchor),
    lastDate: null,
    lastYear: null,
    lastMonth: null,
    lastQuarter: null,
    diagnostics: [],
    text,
  };
  const times: TimeExpr[] = [];
  for (const c of taken) {
    const value = c.resolve(ctx);
    if (value === null) continue;
    times.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value });
  }
  return { times, diagnostics: ctx.diagnostics };
}
