import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities, isLowerThenUpper, isVerbLike, round } from './index.js';
import { parseDigits, parseNumberWords } from '../lang/id/numbers.js';
import { CURRENCY_SUFFIXES, DURATION_UNITS, UNIT_SYMBOLS, UNIT_WORDS } from '../lang/id/units.js';
import type { Quantity } from '../types.js';

/** The single quantity whose text is `text`, checked for offsets. */
function find(all: Quantity[], text: string): Quantity {
  const q = all.find((x) => x.text === text);
  assert.ok(q, `no quantity "${text}" in ${JSON.stringify(all.map((x) => x.text))}`);
  return q;
}

function check(src: string): Quantity[] {
  const qs = extractQuantities(src);
  let last = -1;
  for (const q of qs) {
    assert.equal(src.slice(q.start, q.end), q.text);
    assert.ok(q.start >= last, 'sorted and non-overlapping');
    last = q.end;
  }
  return qs;
}

test('digits: Indonesian grouping and decimal comma', () => {
  assert.equal(parseDigits('1.500'), 1500);
  assert.equal(parseDigits('77,6'), 77.6);
  assert.equal(parseDigits('1.250,5'), 1250.5);
  assert.equal(parseDigits('600.000'), 600000);
  assert.equal(parseDigits('5.9'), 5.9); // cannot be grouping: English decimal
  assert.equal(parseDigits('1,500,000'), 1500000);
  assert.equal(parseDigits('1,500', 'en'), 1500);
  assert.equal(parseDigits('1,500', 'id'), 1.5);
  assert.equal(parseDigits('1.500', 'en'), 1.5);
});

test('number words', () => {
  assert.equal(parseNumberWords(['dua']), 2);
  assert.equal(parseNumberWords(['sebelas']), 11);
  assert.equal(parseNumberWords(['tujuh', 'belas']), 17);
  assert.equal(parseNumberWords(['dua', 'puluh', 'lima']), 25);
  assert.equal(parseNumberWords(['dua', 'ratus', 'lima', 'puluh', 'ribu']), 250000);
  assert.equal(parseNumberWords(['seratus', 'dua', 'puluh']), 120);
  assert.equal(parseNumberWords(['seribu', 'lima', 'ratus']), 1500);
  assert.equal(parseNumberWords(['dua', 'juta', 'tiga', 'ratus', 'ribu']), 2300000);
  assert.equal(parseNumberWords(['dua', 'setengah']), 2.5);
  assert.equal(parseNumberWords(['seperempat']), 0.25);
  assert.equal(parseNumberWords(['setengah', 'juta']), 500000);
  assert.equal(parseNumberWords(['ribu']), null);
  assert.equal(parseNumberWords(['belas']), null);
});

test('counts take the counted noun as unit', () => {
  const qs = check('Pemerintah mengirim 1.500 relawan dan tiga kapal ke pulau itu. Lima di antaranya kembali.');
  assert.deepEqual(
    { ...find(qs, '1.500 relawan') },
    { start: 20, end: 33, text: '1.500 relawan', value: 1500, unit: 'relawan', approx: null, vague: null },
  );
  assert.equal(find(qs, 'tiga kapal').value, 3);
  assert.equal(find(qs, 'tiga kapal').unit, 'kapal');
  assert.equal(find(qs, 'Lima').value, 5);
  // Words that are also names of Object.prototype members are plain nouns.
  assert.equal(find(check('Ada 5 constructor di lokasi.'), '5 constructor').unit, 'constructor');
});

test('money with currency, scale words and ranges', () => {
  const qs = check(
    'Anggarannya Rp 17,76 triliun, sebagian dari pinjaman US$ 5,9 miliar dan USD 1 juta. ' +
      'Saham dijual Rp620 per lembar, hadiahnya USD306.720, dan investasi kurang lebih sekitar 5,9–6 miliar dolar.',
  );
  assert.equal(find(qs, 'Rp 17,76 triliun').value, 17760000000000);
  assert.equal(find(qs, 'Rp 17,76 triliun').unit, 'IDR');
  assert.equal(find(qs, 'US$ 5,9 miliar').value, 5900000000);
  assert.equal(find(qs, 'US$ 5,9 miliar').unit, 'USD');
  assert.equal(find(qs, 'USD 1 juta').value, 1000000);
  assert.equal(find(qs, 'Rp620').value, 620);
  assert.equal(find(qs, 'USD306.720').value, 306720);
  const range = find(qs, 'kurang lebih sekitar 5,9–6 miliar dolar');
  assert.equal(range.value, 5900000000);
  assert.equal(range.valueMax, 6000000000);
  assert.equal(range.unit, 'USD');
  assert.equal(range.approx, 'about');
});

test('percentages and measures with normalised units', () => {
  const qs = check(
    'Tingkat kepuasan 77,6 persen, inflasi 11,9%, luas 250 km persegi atau 10 ribu hektare, ' +
      'produksi 2 juta barel, listrik 306,22 terawatt hour dan 500 MW, beras 1.250,5 ton, berat 60 kg, ' +
      'suhu 35 derajat Celsius, jarak 24 mil laut dan 1.900 kilometer.',
  );
  const want: Array<[string, number, string]> = [
    ['77,6 persen', 77.6, '%'],
    ['11,9%', 11.9, '%'],
    ['250 km persegi', 250, 'km2'],
    ['10 ribu hektare', 10000, 'ha'],
    ['2 juta barel', 2000000, 'bbl'],
    ['306,22 terawatt hour', 306.22, 'TWh'],
    ['500 MW', 500, 'MW'],
    ['1.250,5 ton', 1250.5, 'ton'],
    ['60 kg', 60, 'kg'],
    ['35 derajat Celsius', 35, '°C'],
    ['24 mil laut', 24, 'mil laut'],
    ['1.900 kilometer', 1900, 'km'],
  ];
  for (const [text, value, unit] of want) {
    const q = find(qs, text);
    assert.equal(q.value, value, text);
    assert.equal(q.unit, unit, text);
  }
});

test('approximations before and after', () => {
  const qs = check(
    'Sedikitnya 1.500 tentara tiba, sekitar 5.000 pasukan elite menyusul, lebih dari 600.000 korban, ' +
      'hampir dua bulan, paling banyak 30 peserta, maksimal 10 orang, setidaknya 4 kapal, minimal 15 hari, ' +
      'kira-kira 20 menit, dua pembicara atau lebih, dan 100 orang lebih.',
  );
  const want: Array<[string, number, string]> = [
    ['Sedikitnya 1.500 tentara', 1500, 'at-least'],
    ['sekitar 5.000 pasukan', 5000, 'about'],
    ['lebih dari 600.000 korban', 600000, 'more-than'],
    ['hampir dua bulan', 2, 'almost'],
    ['paling banyak 30 peserta', 30, 'at-most'],
    ['maksimal 10 orang', 10, 'at-most'],
    ['setidaknya 4 kapal', 4, 'at-least'],
    ['minimal 15 hari', 15, 'at-least'],
    ['kira-kira 20 menit', 20, 'about'],
    ['dua pembicara atau lebih', 2, 'at-least'],
    ['100 orang lebih', 100, 'more-than'],
  ];
  for (const [text, value, approx] of want) {
    const q = find(qs, text);
    assert.equal(q.value, value, text);
    assert.equal(q.approx, approx, text);
  }
});

test('durations with a number, and a word range split in two', () => {
  const qs = check('Perang sudah berlangsung lebih dari dua setengah tahun. Perjalanan makan waktu sekitar 13 hingga 14 jam.');
  const d = find(qs, 'lebih dari dua setengah tahun');
  assert.equal(d.value, 2.5);
  assert.equal(d.unit, 'tahun');
  assert.equal(find(qs, 'sekitar 13').value, 13);
  assert.equal(find(qs, 'sekitar 13').unit, 'jam');
  assert.equal(find(qs, '14 jam').approx, 'about');
});

test('vague amounts have a null value', () => {
  const qs = check('Ribuan warga dan puluhan relawan datang; jutaan amunisi dikirim, ratusan ribu orang mengungsi.');
  assert.deepEqual(
    qs.map((q) => [q.text, q.value, q.vague, q.unit]),
    [
      ['Ribuan warga', null, 'thousands', 'warga'],
      ['puluhan relawan', null, 'tens', 'relawan'],
      ['jutaan amunisi', null, 'millions', 'amunisi'],
      ['ratusan ribu orang', null, 'thousands', 'orang'],
    ],
  );
});

test('beberapa and sejumlah are not quantities', () => {
  assert.deepEqual(check('Beberapa pejabat dan sejumlah warga hadir.'), []);
});

test('not quantities: dates, years, clock times, ordinals, identifiers, phones, scores', () => {
  const src =
    'Rapat pada 28 Oktober 2024 pukul 14.00 WIB membahas Pasal 186 dan PP Nomor 28 Tahun 2025, ' +
    'juga surat IX/2025. Ini kali ke-3 tim itu kalah 0-2, setelah menang 3-1 (1-1) pekan lalu. ' +
    'Hubungi 0812-3456-7890 atau (021) 5551234. Tim berada di posisi 16 dan 10 klasemen. ' +
    'Rabu (18/6) ia tiba. Pada 2022 ia lulus. Rasio layar 9:16. Piala Asia U-17 digelar. Ayat (1) berlaku.';
  assert.deepEqual(check(src).map((q) => q.text), []);
});

test('relative times are left to the time layer; other number words are kept apart', () => {
  const qs = check('Dua hari lalu salah satu warga melapor. Tiga tahun kemudian, tiga warga lain menyusul.');
  assert.deepEqual(qs.map((q) => q.text), ['Tiga tahun', 'tiga warga']);
});

test('model names and list markers are not counts', () => {
  const src = 'Infinix XPAD 20 dirilis. Pilihannya:\n1. Merah muda\n2. Biru\nFormula 3 Masters dimulai.';
  assert.deepEqual(check(src).map((q) => q.text), []);
});

test('English-style digits where the document shows them', () => {
  const qs = check('The deal is worth US$ 1,500,000 and another $2.5 million, about 1,250 units.');
  assert.equal(find(qs, 'US$ 1,500,000').value, 1500000);
  assert.equal(find(qs, '$2.5 million').value, 2500000);
  assert.equal(find(qs, '1,250 units').value, 1250);
});

test('isVerbLike and isLowerThenUpper answer as their regexes, on ASCII and around other letters', () => {
  const verbLike = /^(?:di\p{L}{3,}(?:kan|i)|(?:me|mem|men|meng|meny|ber|ter|memper)\p{L}{3,}kan|(?:meng|meny)\p{L}{3,})$/u;
  const lowerUpper = /^\p{Ll}+\p{Lu}/u;
  const parts = ['di', 'me', 'meng', 'meny', 'ber', 'ter', 'memper', 'kan', 'i', 'a', 'bua', 'buat', 'x', 'B', 'OS', 'é', 'É', '-', '1', 'ſ', ''];
  const words: string[] = [];
  for (const a of parts) for (const b of parts) for (const c of parts) words.push(a + b + c);
  for (const w of words) {
    assert.equal(isVerbLike(w), verbLike.test(w), `isVerbLike(${JSON.stringify(w)})`);
    assert.equal(isLowerThenUpper(w), lowerUpper.test(w), `isLowerThenUpper(${JSON.stringify(w)})`);
  }
  assert.equal(isVerbLike('dikuasai'), true);
  assert.equal(isVerbLike('orang'), false);
  assert.equal(isLowerThenUpper('iOS'), true);
  assert.equal(isLowerThenUpper('ios'), false);
});

test('every unit, currency, duration and scale surface is read after a number, in any case it allows', () => {
  const cases: Array<[string, string | null]> = [];
  for (const [s, u] of UNIT_WORDS) for (const v of [s, s.toUpperCase(), s[0]!.toUpperCase() + s.slice(1)]) cases.push([v, u]);
  for (const [s, u] of CURRENCY_SUFFIXES) for (const v of [s, s.toUpperCase()]) cases.push([v, u]);
  for (const s of DURATION_UNITS) for (const v of [s, s.toUpperCase()]) cases.push([v, s]);
  for (const [s, u] of UNIT_SYMBOLS) cases.push([s, u]);
  for (const [v, unit] of cases) {
    const text = `Tercatat 7 ${v} dalam laporan.`;
    const q = extractQuantities(text)[0];
    assert.ok(q, `no quantity in ${JSON.stringify(text)}`);
    assert.equal(q.text, `7 ${v}`, JSON.stringify(text));
    assert.equal(q.unit, unit, JSON.stringify(text));
  }
  for (const [s, value] of [['juta', 7e6], ['JUTA', 7e6], ['rb.', 7e3], ['Miliar', 7e9]] as const) {
    assert.equal(extractQuantities(`Dana Rp 7 ${s} cair.`)[0]?.value, value, s);
  }
});

test('numbers inside dates and clock times are not quantities, however the date goes on after them', () => {
  const dates = [
    'Acara itu pada 28 Oktober 2024.', 'Sejak 28  OKT 2024 lalu.', 'Libur 3-5 Juni nanti.', 'Libur 3 – 5 Juni nanti.',
    'Pada 3, 4 dan 5 Mei mereka datang.', 'Pada 7 s.d 9 Juli mereka datang.', 'Rabu (28/10) ia tiba.', 'Tiba 14.00 WIB.',
    'Buka 14:00-15:00 setiap hari.', 'Pada 9\u00a0Juni ia tiba.', 'Pada 5Juni ia tiba.', 'Dari 12 hingga 14 Agustus.',
    'Dari 12 sampai 14 agustus.', 'Pada 1 & 2 Maret.', 'Pada 30 Des. 2024.', 'Pada 2 sept 2025.',
  ];
  for (const text of dates) assert.deepEqual(extractQuantities(text), [], text);
  // The same numbers without a date after them are counts.
  assert.equal(extractQuantities('Sebanyak 28 orang dan 3 mobil.').length, 2);
});

test('round gives what toPrecision gives, on decimals, scaled values and float noise', () => {
  const slow = (v: number): number => (Math.abs(v) >= 1 ? +v.toPrecision(12) : +v.toPrecision(10));
  const values: number[] = [0.5, 0.001, 0.125, 77.6, 2.5, 1.25, 99.999, 123456789.5, 999999999.999, 1e9 + 0.5, 17.76 * 1e12, 0.1 + 0.2, 5.9 * 1e9, 1 / 3, 2 / 3, 1e-7, 3.14159265358979];
  for (let i = 1; i < 20000; i++) values.push(i / 1000, i / 100 + 0.001 * (i % 7), (i * 7919) / 997, i * 0.1 * 3);
  for (const v of values) assert.equal(round(v), slow(v), String(v));
});
