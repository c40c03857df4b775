/**
 * Indonesian calendar vocabulary as data: month names, day names, time zones, and the
 * words that make a time expression relative. Keys are lower-case.
 */

/** Month names and their common abbreviations → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12,
};

/** Full Indonesian month names only (what running text uses). */
export const MONTHS_FULL: readonly string[] = [
  'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus',
  'september', 'oktober', 'november', 'nopember', 'desember',
];

/** English month names, accepted only in metadata (`published`) strings. */
export const MONTHS_EN: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, aug: 8,
  october: 10, oct: 10, december: 12, dec: 12,
};

/** Day names → ISO weekday (Monday = 1 … Sunday = 7). "Minggu" is also the noun "week". */
export const DAYS: Readonly<Record<string, number>> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5, "jum'at": 5, 'jum’at': 5,
  sabtu: 6,
  minggu: 7, ahad: 7,
};

/** Indonesian time zones → UTC offset. */
export const ZONES: Readonly<Record<string, string>> = {
  wib: '+07:00',
  wita: '+08:00',
  wit: '+09:00',
};

/** Offset assumed for a clock time with no zone in an Indonesian outlet. */
export const DEFAULT_ZONE = '+07:00';

/** Words for the calendar unit in "pekan lalu", "bulan depan", "tahun ini". */
export const UNIT_WORDS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  hari: 'day',
  pekan: 'week',
  minggu: 'week',
  bulan: 'month',
  tahun: 'year',
};

/** Direction words after a unit or day name: -1 past, 0 current, +1 next. */
export const DIRECTION_WORDS: Readonly<Record<string, -1 | 0 | 1>> = {
  lalu: -1,
  kemarin: -1,
  sebelumnya: -1,
  silam: -1,
  ini: 0,
  depan: 1,
  mendatang: 1,
  berikutnya: 1,
  besok: 1,
};

/** Single-word relative days → offset in days from the document date. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  kemarin: -1,
  'hari ini': 0,
  besok: 1,
  lusa: 2,
  'kemarin lusa': -2,
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  // Outside these ranges Date's own reading applies (years 0–99 as 1900–1999, months carried over).
  if (!(year >= 100 && month >= 1 && month <= 12 && Number.isInteger(year + month))) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1]!;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// MONTHS and DAYS as Maps, for words read from the text: a Map hashes the word, where an
// object would first look it up among all of the engine's interned strings.
const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));
const DAY_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries(DAYS));

/** Lower-case and fold the apostrophe variants in day names ("Jum'at" → "jum'at"). */
export function dayNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return DAY_NUMBER.get(w.includes('’') || w.includes('`') ? w.replace(/[’`]/g, "'") : w);
}

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTH_NUMBER.get(w.endsWith('.') ? w.slice(0, -1) : w);
}
