import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from './index.js';
import { daysBetween, isoWeek, weekday } from './dates.js';
import { hasFutureCue, longestFirst } from './extract.js';
import { daysInMonth } from '../lang/id/calendar.js';

/** [text, value] pairs found in `src`, after checking offsets, order and non-overlap. */
function times(src: string, anchor: string | null): Array<[string, string]> {
  const { times: ts } = extractTimes(src, anchor);
  let last = -1;
  for (const t of ts) {
    assert.equal(src.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last, 'sorted and non-overlapping');
    last = t.end;
  }
  return ts.map((t) => [t.text, t.value]);
}

test('ISO weeks', () => {
  assert.equal(isoWeek({ y: 2024, m: 10, d: 28 }), '2024-W44');
  assert.equal(isoWeek({ y: 2024, m: 12, d: 30 }), '2025-W01');
  assert.equal(isoWeek({ y: 2021, m: 1, d: 3 }), '2020-W53');
});

test('absolute dates, with and without day names', () => {
  const src =
    'Menteri tiba Senin 28 Oktober 2024 dan kembali pada Minggu, 29 Juni 2025. ' +
    'Surat bertanggal 3/7/2025 dibacakan Kamis (3/7/2025) pukul 14.00 WIB.';
  assert.deepEqual(times(src, '2025-07-03'), [
    ['Senin 28 Oktober 2024', '2024-10-28'],
    ['Minggu, 29 Juni 2025', '2025-06-29'],
    ['3/7/2025', '2025-07-03'],
    ['Kamis (3/7/2025) pukul 14.00 WIB', '2025-07-03T14:00'],
  ]);
});

test('dates without a year take the one nearest the document date', () => {
  assert.deepEqual(times('Ia bicara pada Rabu (18/6) di Jakarta.', '2025-06-19'), [['Rabu (18/6)', '2025-06-18']]);
  // Late December seen from early January belongs to the year before.
  assert.deepEqual(times('Rapat digelar Senin (30/12).', '2025-01-02'), [['Senin (30/12)', '2024-12-30']]);
  assert.deepEqual(times('Sekolah dibuka 14 Juli dan ditutup 25 Juni nanti.', '2025-07-02'), [
    ['14 Juli', '2025-07-14'],
    ['25 Juni nanti', '2026-06-25'],
  ]);
  assert.deepEqual(times('Kontrak diteken Selasa, 10 Juni lalu.', '2025-06-12'), [['Selasa, 10 Juni lalu', '2025-06-10']]);
});

test('months and years', () => {
  const src =
    'Harga naik sejak Juni 2025, setelah invasi pada Februari 2022. Pada tahun 2021 dan 2010 juga naik. ' +
    'Target akhir Juli, pertengahan Juni, serta Januari lalu dan November mendatang, bulan Juni ini, September tahun lalu.';
  assert.deepEqual(times(src, '2025-07-01'), [
    ['Juni 2025', '2025-06'],
    ['Februari 2022', '2022-02'],
    ['tahun 2021', '2021'],
    ['2010', '2010'],
    ['akhir Juli', '2025-07'],
    ['pertengahan Juni', '2025-06'],
    ['Januari lalu', '2025-01'],
    ['November mendatang', '2025-11'],
    ['bulan Juni ini', '2025-06'],
    ['September tahun lalu', '2024-09'],
  ]);
});

test('relative days resolved against the document date', () => {
  const src = 'Kemarin hujan, hari ini cerah, besok mendung, lusa badai. Dua hari lalu banjir, tiga hari lagi kemarau.';
  assert.deepEqual(times(src, '2025-06-18'), [
    ['Kemarin', '2025-06-17'],
    ['hari ini', '2025-06-18'],
    ['besok', '2025-06-19'],
    ['lusa', '2025-06-20'],
    ['Dua hari lalu', '2025-06-16'],
    ['tiga hari lagi', '2025-06-21'],
  ]);
});

test('weeks, months and years with a direction', () => {
  const src =
    'Pekan lalu rapat, minggu depan pemilu, minggu ini libur. Bulan lalu naik, tahun depan turun, ' +
    'awal bulan ini stabil, akhir tahun ini membaik, tiga tahun lalu resesi, lima bulan lalu pulih.';
  assert.deepEqual(times(src, '2024-10-28'), [
    ['Pekan lalu', '2024-W43'],
    ['minggu depan', '2024-W45'],
    ['minggu ini', '2024-W44'],
    ['Bulan lalu', '2024-09'],
    ['tahun depan', '2025'],
    ['awal bulan ini', '2024-10'],
    ['akhir tahun ini', '2024'],
    ['tiga tahun lalu', '2021'],
    ['lima bulan lalu', '2024-05'],
  ]);
});

test('"Minggu" is Sunday before a date or alone, "week" with a direction', () => {
  const src = 'Minggu lalu, presiden berpidato. Acara digelar Minggu (27/10). Ia datang hari Minggu.';
  assert.deepEqual(times(src, '2024-10-28'), [
    ['Minggu lalu', '2024-W43'],
    ['Minggu (27/10)', '2024-10-27'],
    ['hari Minggu', '2024-10-27'],
  ]);
  // The noun "minggu" after a number is a duration, not a time.
  assert.deepEqual(times('Proyek selesai dalam tiga minggu.', '2024-10-28'), []);
});

test('bare day names: the latest such day, the next one when the clause looks ahead', () => {
  const anchor = '2025-06-19'; // a Thursday
  assert.deepEqual(times('Pernyataan itu disampaikan pada hari Selasa.', anchor), [['pada hari Selasa', '2025-06-17']]);
  assert.deepEqual(times('"Kami siap," ujar Budi, Kamis.', anchor), [['Kamis', '2025-06-19']]);
  assert.deepEqual(times('Pasukan akan tiba pada hari Sabtu.', anchor), [['pada hari Sabtu', '2025-06-21']]);
  assert.deepEqual(times('Senin lalu ia pergi, Jumat depan ia pulang.', anchor), [
    ['Senin lalu', '2025-06-16'],
    ['Jumat depan', '2025-06-20'],
  ]);
  assert.deepEqual(times('Warga salat Jumat di masjid setiap Senin.', anchor), []);
});

test('durations are not times; identifiers are not years', () => {
  const src =
    'Ia menjabat selama empat tahun dan dua bulan. PP Nomor 28 Tahun 2025 dan UU 1/2014 berlaku, ' +
    'begitu juga forum IX/2025. Skor 2-1.';
  assert.deepEqual(times(src, '2025-07-03'), []);
});

test('quarters, seasons and "the same period"', () => {
  const src =
    'Laba kuartal I 2025 naik dibandingkan periode yang sama tahun lalu. Di musim 2024/2025 ia bermain, ' +
    'pada musim lalu cedera. Ia debut pada 2002 dan musim berikutnya juara.';
  assert.deepEqual(times(src, '2025-06-28'), [
    ['kuartal I 2025', '2025-Q1'],
    ['periode yang sama tahun lalu', '2024-Q1'],
    ['musim 2024/2025', '2024/2025'],
    ['musim lalu', '2024'],
    ['2002', '2002'],
    ['musim berikutnya', '2003'],
  ]);
});

test('"tanggal 14" takes the month just mentioned', () => {
  assert.deepEqual(times('Sekolah mulai 14 Juli 2025. Pada tanggal 14 itu siswa datang.', '2025-07-02'), [
    ['14 Juli 2025', '2025-07-14'],
    ['tanggal 14', '2025-07-14'],
  ]);
});

test('day-name mismatch is reported and the written date kept', () => {
  const r = extractTimes('Aturan berlaku mulai Senin, 2 Juni 2026.', '2025-06-29');
  assert.deepEqual(r.times.map((t) => t.value), ['2026-06-02']);
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0]!.code, 'day-name-mismatch');
  assert.equal(r.diagnostics[0]!.severity, 'warning');
  assert.deepEqual(r.diagnostics[0]!.span, { start: r.times[0]!.start, end: r.times[0]!.end });
});

test('without a document date only self-contained expressions are kept', () => {
  assert.deepEqual(times('Kemarin, pada 12 Mei 2025, dan Juni 2024; pekan lalu dan Rabu (18/6).', null), [
    ['12 Mei 2025', '2025-05-12'],
    ['Juni 2024', '2024-06'],
  ]);
});

test('clock times join the date of their sentence; ranges and recurring times do not', () => {
  const src =
    'Gempa terjadi Senin (2/6/2025) sekitar pukul 10.15 WIB. Susulan datang pada 3 Juni 2025, kemudian pukul 11.30 WIB. ' +
    'Jam malam berlaku dari pukul 21.00 hingga 04.00 WIB. Rapat pukul 09.00 WIB.';
  assert.deepEqual(times(src, '2025-06-03'), [
    ['Senin (2/6/2025) sekitar pukul 10.15 WIB', '2025-06-02T10:15'],
    ['3 Juni 2025', '2025-06-03'],
    ['pukul 11.30 WIB', '2025-06-03T11:30'],
  ]);
});

test('a day in a named week, and "se-" amounts of time ago', () => {
  assert.deepEqual(times('Kesepakatan diteken Jumat pekan lalu; sepekan lalu harga naik, setahun lalu turun.', '2024-10-30'), [
    ['Jumat pekan lalu', '2024-10-25'],
    ['sepekan lalu', '2024-W43'],
    ['setahun lalu', '2023'],
  ]);
});

test('weekday agrees with Date over centuries, leap days and carried-over days', () => {
  for (let y = 1500; y <= 2500; y += 7) {
    for (let m = 1; m <= 12; m++) {
      for (const d of [1, 13, 28, 29, 30, 31]) {
        const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        assert.equal(weekday(y, m, d), w === 0 ? 7 : w, `${y}-${m}-${d}`);
      }
    }
  }
  assert.equal(weekday(2024, 10, 28), 1); // a Monday
  assert.equal(weekday(2000, 2, 29), 2); // a Tuesday
});

test('daysInMonth agrees with Date, leap years and out-of-range months included', () => {
  for (const y of [0, 24, 99, 100, 1900, 1996, 2000, 2023, 2024, 2100, 2400]) {
    for (let m = 0; m <= 13; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
});

test('daysBetween agrees with Date, across leap days, centuries and the years Date reads as 19xx', () => {
  const days = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;
  for (const a of [{ y: 2024, m: 2, d: 28 }, { y: 1999, m: 12, d: 31 }, { y: 2100, m: 3, d: 1 }, { y: 50, m: 6, d: 1 }]) {
    for (let y = a.y - 2; y <= a.y + 2; y++) {
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 28, 29, 31]) assert.equal(daysBetween(a, { y, m, d }), days(y, m, d) - days(a.y, a.m, a.d), `${y}-${m}-${d}`);
      }
    }
  }
  assert.equal(daysBetween({ y: 2024, m: 2, d: 28 }, { y: 2024, m: 3, d: 1 }), 2);
});

test('candidates are ranked longest first, ties in order', () => {
  const byComparator = (cs: Array<{ start: number; end: number }>): number[] =>
    cs.map((c, i) => i).sort((i, j) => cs[j]!.end - cs[j]!.start - (cs[i]!.end - cs[i]!.start) || i - j);
  const short = [{ start: 0, end: 4 }, { start: 10, end: 20 }, { start: 5, end: 9 }, { start: 30, end: 40 }, { start: 2, end: 3 }];
  // 40 candidates, lengths repeating so that ties abound.
  const many = Array.from({ length: 40 }, (_, i) => ({ start: i * 10, end: i * 10 + 1 + ((i * 7) % 5) }));
  for (const cs of [short, many, many.slice(0, 32), []]) {
    const cands = cs.map((c) => ({ ...c, resolve: () => null }));
    assert.deepEqual(longestFirst(cands), byComparator(cs));
  }
  assert.deepEqual(longestFirst(short.map((c) => ({ ...c, resolve: () => null }))), [1, 3, 0, 2, 4]);
});

test('hasFutureCue answers as its regex, on ASCII and around letters it does not know', () => {
  const cue = /(?:^|[^\p{L}])(?:akan|bakal|hendak|dijadwalkan|direncanakan|rencananya|berencana|mendatang|nanti)(?![\p{L}])/iu;
  const parts = ['akan', 'AKAN', 'Bakal', 'nanti', 'direncanakan', 'rencananya', 'x', ' ', '2', '_', '-', 'é', '\u212Aan', 'a\u212Aan', 'ſ', '.', ''];
  for (const a of parts) {
    for (const b of parts) {
      for (const c of parts) {
        const s = a + b + c;
        assert.equal(hasFutureCue(s), cue.test(s), JSON.stringify(s));
      }
    }
  }
  assert.equal(hasFutureCue('Presiden akan berkunjung pada'), true);
  assert.equal(hasFutureCue('Presiden berkunjung pada'), false);
});
