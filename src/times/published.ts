/**
 * Publication dates: the outlet's `published` metadata string, and, failing that, the date
 * the article text itself reports.
 */
import {
  DEFAULT_ZONE, MONTHS, MONTHS_EN, MONTHS_FULL, ZONES, dayNumber, isValidDate,
} from '../lang/id/calendar.js';
import { isoDate, isoTime, weekday } from './dates.js';

export interface ParsedPublished {
  value: string | null;
  raw: string | null;
}

const ISO_RE =
  /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/i;
const YMD_RE = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const DMY_RE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const D_MON_Y_RE = /(?<!\d)(\d{1,2})(?:\s*-\s*|\s+)?([A-Za-z]{3,9})\.?(?:\s*-\s*|,?\s+)(\d{4})(?!\d)/;
const MON_D_Y_RE = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/;
const TIME_RE =
  /(?<![\d/.:-])(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?![\d/])\s*(?:(WITA|WIB|WIT|GMT|UTC|Z)\b\s*([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}:?\d{2}))?/i;

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w] ?? MONTHS_EN[w];
}

function offset(sign: string, h: number, m: number): string {
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "+7", "+0700", "+07:00", "Z" → "+07:00". */
function normaliseOffset(s: string): string | null {
  if (/^z$/i.test(s)) return '+00:00';
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!m) return null;
  const h = +m[2]!;
  const mm = m[3] ? +m[3] : 0;
  if (h > 14 || mm > 59) return null;
  return offset(m[1]!, h, mm);
}

interface FoundDate {
  y: number;
  m: number;
  d: number;
  end: number;
  start: number;
}

function findDate(s: string): FoundDate | null {
  let m = YMD_RE.exec(s);
  if (m && isValidDate(+m[1]!, +m[2]!, +m[3]!)) {
    return { y: +m[1]!, m: +m[2]!, d: +m[3]!, start: m.index, end: m.index + m[0].length };
  }
  m = DMY_RE.exec(s);
  if (m && isValidDate(+m[3]!, +m[2]!, +m[1]!)) {
    return { y: +m[3]!, m: +m[2]!, d: +m[1]!, start: m.index, end: m.index + m[0].length };
  }
  m = D_MON_Y_RE.exec(s);
  if (m) {
    const mo = monthOf(m[2]!);
    if (mo && isValidDate(+m[3]!, mo, +m[1]!)) {
      return { y: +m[3]!, m: mo, d: +m[1]!, start: m.index, end: m.index + m[0].length };
    }
  }
  m = MON_D_Y_RE.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    if (mo && isValidDate(+m[3]!, mo, +m[2]!)) {
      return { y: +m[3]!, m: mo, d: +m[2]!, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

function findTime(s: string): string | null {
  const m = TIME_RE.exec(s);
  if (!m) return null;
  const h = +m[1]!;
  const min = +m[2]!;
  if (h > 23 || min > 59) return null;
  let zone = DEFAULT_ZONE;
  const name = m[3]?.toLowerCase();
  if (name && ZONES[name]) zone = ZONES[name]!;
  else if (name === 'gmt' || name === 'utc' || name === 'z') {
    zone = (m[4] && normaliseOffset(m[4])) || '+00:00';
  } else if (m[5]) zone = normaliseOffset(m[5]) ?? DEFAULT_ZONE;
  return isoTime(h, min) + zone;
}

/**
 * The outlet's publication string → ISO ("2025-07-03T19:43+07:00", or "2025-07-03" when it
 * gives no clock time). Placeholders (no digit at all: "Tanggal tidak ditemukan", "") give
 * `{value: null, raw: null}`; an unreadable string keeps its `raw` with a null `value`.
 */
export function parsePublished(raw: string | null | undefined): ParsedPublished {
  if (raw == null) return { value: null, raw: null };
  const trimmed = raw.trim();
  if (!/\d/.test(trimmed)) return { value: null, raw: null };
  const s = trimmed.replace(/[\s\u00a0]+/g, ' ');

  const iso = ISO_RE.exec(s);
  if (iso && isValidDate(+iso[1]!, +iso[2]!, +iso[3]!)) {
    const date = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
    if (iso[4] === undefined) {
      const t = findTime(s.slice(iso.index + iso[0].length));
      return { value: t ? `${date}T${t}` : date, raw: trimmed };
    }
    const h = +iso[4];
    const min = +iso[5]!;
    if (h > 23 || min > 59) return { value: date, raw: trimmed };
    const zone = (iso[6] && normaliseOffset(iso[6])) || DEFAULT_ZONE;
    // An explicit zone word after the time ("2025-07-03 10:40 WITA") wins over the default.
    let z = zone;
    if (!iso[6]) {
      const after = /^\s*(WITA|WIB|WIT)\b/i.exec(s.slice(iso.index + iso[0].length));
      if (after) z = ZONES[after[1]!.toLowerCase()]!;
    }
    return { value: `${date}T${isoTime(h, min)}${z}`, raw: trimmed };
  }

  const found = findDate(s);
  if (!found) return { value: null, raw: trimmed };
  const date = isoDate(found.y, found.m, found.d);
  const t = findTime(s.slice(found.end)) ?? findTime(s.slice(0, found.start));
  return { value: t ? `${date}T${t}` : date, raw: trimmed };
}

// ---------------------------------------------------------------------------------------
// Document date from the text

const MONTH_ALT = MONTHS_FULL.join('|');
const DAY_ALT = "senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad";
/** Full dates in running text: "(Senin,) 28 Oktober 2024", "Senin (26/5/2025)", "26/5/2025". */
const TEXT_DATE_RE = new RegExp(
  `\\b(?:(\\d{1,2})\\s+(${MONTH_ALT})\\s+(\\d{4})(?!\\d)|(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/]))`,
  'gi',
);
/** The day name before a date, possibly with an opening bracket: "Senin, ", "Senin (". */
const TEXT_DAY_BEFORE_RE = new RegExp(`\\b(${DAY_ALT})\\b[,\\s]*(?:\\(\\s*)?$`, 'i');
/** Dates that are never the report's own: births, foundings. */
const NOT_REPORT_BEFORE_RE = /\b(?:lahir|kelahiran|dilahirkan|didirikan|berdiri)\b/i;
/** Cues before a date (in the same clause) that it lies ahead of the report. */
const FUTURE_BEFORE_RE =
  /\b(?:akan|bakal|mulai|sebelum|hingga|sampai|s\.?\s?d|berakhir|berlaku|dijadwalkan|jadwal(?:nya)?|direncanakan|rencana(?:nya)?|berencana|target(?:nya)?|ditargetkan|diprediksi|diperkirakan|paling lambat|batas waktu|tenggat|mendatang|nanti|setiap|periode|jatuh)\b/i;
/** Cues right after a date that it lies ahead. */
const FUTURE_AFTER_RE = /^[\s)]*(?:mendatang|nanti|depan|yang akan datang)\b/i;
/** A date that ends or starts a range ("18–20 Juni 2025", "24 Juli-3 Agustus 2025"). */
const RANGE_BEFORE_RE = /(?:\d\s*(?:\p{L}+\s*)?[-–—─]\s*|\bs\.?\s?d\.?\s*|\b(?:sampai|hingga)\s+(?:dengan\s+)?)$/u;
const RANGE_AFTER_RE = /^\s*(?:[-–—─]\s*\d|s\.?\s?d\b|sampai\b|hingga\b)/;
const CLAUSE_BREAK_RE = /[.;:!?"“”\n]/;

/**
 * The date an article implies it was written: the latest absolute date it reports as past.
 * Dates announced as ahead ("akan … pada 12 Agustus 2025", "Kamis (19/6) mendatang") and
 * dates whose day name contradicts them are passed over. Returns "YYYY-MM-DD" or null.
 */
export function inferDocDate(text: string): string | null {
  let best: string | null = null;
  TEXT_DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEXT_DATE_RE.exec(text))) {
    let y: number, mo: number, d: number;
    if (m[1] !== undefined) {
      d = +m[1];
      mo = MONTHS[m[2]!.toLowerCase()]!;
      y = +m[3]!;
    } else {
      if (m.index > 0 && text[m.index - 1] === '/') continue;
      d = +m[4]!;
      mo = +m[5]!;
      y = +m[6]!;
    }
    if (!isValidDate(y, mo, d) || y < 1900 || y > 2100) continue;
    const dayM = TEXT_DAY_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (dayM && dayNumber(dayM[1]!) !== weekday(y, mo, d)) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 30);
    if (FUTURE_AFTER_RE.test(after) || RANGE_AFTER_RE.test(after)) continue;
    if (RANGE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // The clause before the date: back to the last sentence/quote break or 80 characters.
    const from = Math.max(0, m.index - 80);
    let before = text.slice(from, m.index);
    for (let i = before.length - 1; i >= 0; i--) {
      if (CLAUSE_BREAK_RE.test(before[i]!)) {
        before = before.slice(i + 1);
        break;
      }
    }
    if (FUTURE_BEFORE_RE.test(before)) continue;
    if (NOT_REPORT_BEFORE_RE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    const iso = isoDate(y, mo, d);
    if (best === null || iso > best) best = iso;
  }
  return best;
}
