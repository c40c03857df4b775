import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublished, inferDocDate } from './index.js';

test('parsePublished: outlet formats with a clock time', () => {
  const cases: Array<[string, string]> = [
    ['Rabu, 18 Jun 2025 18:04 WIB', '2025-06-18T18:04+07:00'],
    ['Kompas.com- 03/07/2025, 19:43 WIB', '2025-07-03T19:43+07:00'],
    ['Kompas.com - 10/06/2025, 20:28 WIB', '2025-06-10T20:28+07:00'],
    ['Kompas.com- Diperbarui 19/06/2025, 10:25 WIB', '2025-06-19T10:25+07:00'],
    ['Diperbarui 26 Mei 2025, 15:48 WIB', '2025-05-26T15:48+07:00'],
    ['17 Februari 2015 |17:17 WIB', '2015-02-17T17:17+07:00'],
    ['18 Juni 2025 | 20.04 WIB', '2025-06-18T20:04+07:00'],
    ['5 Juni 2025 | 13.00 WIB', '2025-06-05T13:00+07:00'],
    ['2025/07/03 10:40:04', '2025-07-03T10:40+07:00'],
    ['2025-07-02 01:00:55', '2025-07-02T01:00+07:00'],
    ['Tayang: Senin, 9 Juni 2025 11:31 WIT', '2025-06-09T11:31+09:00'],
    ['Selasa, 10 Juni 2025 06:59 WITA', '2025-06-10T06:59+08:00'],
    ['Sabtu, 31 Mei  2025 12:03 WIB', '2025-05-31T12:03+07:00'],
    [",\u00a0Jurnalis-Jum'at, 20 Juni 2025 |11:58 WIB", '2025-06-20T11:58+07:00'],
    ['2025-07-03T19:43:00+07:00', '2025-07-03T19:43+07:00'],
    ['2025-07-03T12:43:00Z', '2025-07-03T12:43+00:00'],
    ['2025-07-03T12:43:00.000+0800', '2025-07-03T12:43+08:00'],
  ];
  for (const [raw, want] of cases) {
    const p = parsePublished(raw);
    assert.equal(p.value, want, raw);
    assert.equal(p.raw, raw.trim());
  }
});

test('parsePublished: date only', () => {
  assert.equal(parsePublished('10 Jun 2025').value, '2025-06-10');
  assert.equal(parsePublished('2025-07-03').value, '2025-07-03');
  assert.equal(parsePublished('3 Agustus 2024').value, '2024-08-03');
  assert.equal(parsePublished('Des 1, 2023').value, '2023-12-01');
});

test('parsePublished: placeholders and garbage', () => {
  assert.deepEqual(parsePublished('Tanggal tidak ditemukan'), { value: null, raw: null });
  assert.deepEqual(parsePublished('Scroll ke bawah untuk membaca berita'), { value: null, raw: null });
  assert.deepEqual(parsePublished(''), { value: null, raw: null });
  assert.deepEqual(parsePublished(null), { value: null, raw: null });
  assert.deepEqual(parsePublished(undefined), { value: null, raw: null });
  // Digits but no valid date: kept raw, value null.
  assert.deepEqual(parsePublished('Edisi 45/99'), { value: null, raw: 'Edisi 45/99' });
  assert.equal(parsePublished('31 Februari 2025').value, null);
});

test('inferDocDate: latest reported date', () => {
  assert.equal(
    inferDocDate('Menteri itu berbicara pada Jumat, 20 Juni 2025. Ia kembali ditanya wartawan, dikutip Sabtu, 21 Juni 2025.'),
    '2025-06-21',
  );
  assert.equal(inferDocDate('"Kami siap," kata Budi kepada wartawan, Senin (26/5/2025).'), '2025-05-26');
  assert.equal(inferDocDate('Gubernur pada Senin 28 Oktober 2024 mengatakan hal itu.'), '2024-10-28');
  assert.equal(inferDocDate('Peresmian berlangsung Minggu, 29 Juni 2025 di Bekasi.'), '2025-06-29');
});

test('inferDocDate: passes over future, ranges and mismatched day names', () => {
  const text =
    'Wali kota meresmikan pasar itu pada Kamis, 12 Juni 2025. Pasar akan dibuka untuk umum pada 12 Agustus 2025. ' +
    'Festival digelar 20-22 Juli 2025. Aturan berlaku mulai Senin, 3 Juni 2026. Laga berikutnya Sabtu (14/6/2025) mendatang.';
  assert.equal(inferDocDate(text), '2025-06-12');
  // Day name contradicts the date (3 June 2026 is a Wednesday): ignored even without a cue.
  assert.equal(inferDocDate('Rapat digelar Senin, 3 Juni 2026 lalu.'), null);
  assert.equal(inferDocDate('Tidak ada tanggal di sini, hanya tahun 2025.'), null);
  assert.equal(inferDocDate(''), null);
});

test('inferDocDate: birth dates are not report dates', () => {
  assert.equal(inferDocDate('Tokoh itu lahir pada 21 Februari 1924 di desa kecil.'), null);
  assert.equal(
    inferDocDate('Pemain kelahiran Bandung, 15 Juli 2003 itu dipanggil, kata pelatih, Rabu (2/7/2025).'),
    '2025-07-02',
  );
});
