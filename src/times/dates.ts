/** Small calendar arithmetic on plain (year, month, day) triples, all in UTC. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoDate(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function isoYear(y: number): string {
  return pad4(y);
}

export function isoTime(h: number, min: number): string {
  return `${pad2(h)}:${pad2(min)}`;
}

export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

/** Days from 1970-01-01 to (y, m, d), proleptic Gregorian (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(y: number, m: number, d: number): number {
  // Outside these ranges Date's own reading applies (it takes years 0–99 as 1900–1999 and
  // carries months over).
  if (!inRange(y, m, d)) {
    const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return w === 0 ? 7 : w;
  }
  const w = (((daysFromCivil(y, m, d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return w === 0 ? 7 : w;
}

/** Days from a to b, as (Date.UTC(b) - Date.UTC(a)) / 86400000 reads them. */
export function daysBetween(a: Ymd, b: Ymd): number {
  if (!(inRange(a.y, a.m, a.d) && inRange(b.y, b.m, b.d))) {
    return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000;
  }
  return daysFromCivil(b.y, b.m, b.d) - daysFromCivil(a.y, a.m, a.d);
}

/** Where the arithmetic and Date read a triple alike (see weekday). */
function inRange(y: number, m: number, d: number): boolean {
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && Number.isInteger(y + m + d);
}

export function addDays(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO 8601 week of a date, as "YYYY-Www". */
export function isoWeek(a: Ymd): string {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d));
  const wd = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - wd); // Thursday of this week decides the year
  const year = t.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.ceil(((t.getTime() - jan1) / 86400000 + 1) / 7);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function ymdToIso(a: Ymd): string {
  return isoDate(a.y, a.m, a.d);
}

export function cmpYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
