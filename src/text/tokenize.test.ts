import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, tokenizeKinds, TokenKind } from './index.js';

/** Surface strings of the tokens of text (or of text[from, to)). */
function toks(text: string, from?: number, to?: number): string[] {
  const t = tokenize(text, from, to);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(text.slice(t.start[i]!, t.end[i]!));
  return out;
}

function includesAll(actual: string[], expected: string[]): void {
  for (const e of expected) assert.ok(actual.includes(e), `expected token ${JSON.stringify(e)} in ${JSON.stringify(actual)}`);
}

test('plain words and punctuation are separate tokens', () => {
  assert.deepEqual(toks('Pemerintah kota itu menambah anggaran, bukan menguranginya.'), [
    'Pemerintah', 'kota', 'itu', 'menambah', 'anggaran', ',', 'bukan', 'menguranginya', '.',
  ]);
});

test('offsets are UTF-16 indices into the original, unnormalised text', () => {
  const text = '  Harga\u00a0cabai naik\u200b lagi — kata “pedagang”. ';
  const t = tokenize(text);
  assert.equal(t.start.length, t.count);
  for (let i = 0; i < t.count; i++) {
    assert.ok(t.start[i]! < t.end[i]!);
    if (i > 0) assert.ok(t.start[i]! >= t.end[i - 1]!);
  }
  assert.deepEqual(toks(text), ['Harga', 'cabai', 'naik', 'lagi', '—', 'kata', '“', 'pedagang', '”', '.']);
});

test('from/to restrict tokenisation to a window, offsets stay absolute', () => {
  const text = 'Satu dua. Tiga empat lima.';
  const t = tokenize(text, 10, 20);
  assert.deepEqual(toks(text, 10, 20), ['Tiga', 'empat']);
  assert.equal(t.start[0], 10);
  assert.equal(t.end[1], 20);
  assert.equal(tokenize(text, 5, 5).count, 0);
});

test('clitics stay attached to their host', () => {
  assert.deepEqual(toks('Menurutnya, rumahnya dijual kemarin, katanya.'), ['Menurutnya', ',', 'rumahnya', 'dijual', 'kemarin', ',', 'katanya', '.']);
  assert.deepEqual(toks('Bukankah itu milikmu?'), ['Bukankah', 'itu', 'milikmu', '?']);
});

test('a hyphenated clitic after an acronym is split off, as in UD', () => {
  assert.deepEqual(toks('Realisasi APBD-nya rendah.'), ['Realisasi', 'APBD', '-', 'nya', 'rendah', '.']);
});

test('reduplication and hyphenated forms are one token', () => {
  includesAll(toks('Negara-negara itu berminggu-minggu membahas e-KTP dan COVID-19 di putaran ke-4 sejak 1990-an.'), [
    'Negara-negara', 'berminggu-minggu', 'e-KTP', 'COVID-19', 'ke-4', '1990-an',
  ]);
  includesAll(toks('Undang-undang itu berlaku se-Indonesia untuk warga non-Muslim.'), ['Undang-undang', 'se-Indonesia', 'non-Muslim']);
  includesAll(toks('Obligasi APBN-P dan Covid-19.'), ['APBN-P', 'Covid-19']);
});

test('two capitalised names joined by a hyphen are separate tokens, as in UD', () => {
  assert.deepEqual(toks('Periode Januari-Maret'), ['Periode', 'Januari', '-', 'Maret']);
  assert.deepEqual(toks('rute Bogor-Sukabumi'), ['rute', 'Bogor', '-', 'Sukabumi']);
});

test('Indonesian-style numbers are one token', () => {
  includesAll(toks('Sebanyak 1.500 warga, naik 77,6 persen menjadi 1.250,5 ton pada 28/10 pukul 14.00 WIB.'), [
    '1.500', '77,6', '1.250,5', '28/10', '14.00', 'WIB',
  ]);
  includesAll(toks('Pertandingan berakhir 3-1 untuk tuan rumah, pekan lalu 2-2.'), ['3-1', '2-2']);
  includesAll(toks('Suhu turun -4,5 derajat, tanggal 2025-07-03.'), ['-4,5', '2025-07-03']);
  includesAll(toks('Nomor 12/PMK.010/2024 berlaku.'), ['12/PMK.010/2024']);
});

test('number ranges and bid/ask quotes split around the hyphen or slash, as in UD', () => {
  assert.deepEqual(toks('naik 30-35 persen'), ['naik', '30', '-', '35', 'persen']);
  assert.deepEqual(toks('tahun 2020-2024'), ['tahun', '2020', '-', '2024']);
  assert.deepEqual(toks('kurs 16.250/16.270'), ['kurs', '16.250', '/', '16.270']);
});

test('currency codes glued to an amount are split off; Rp. is an abbreviation', () => {
  assert.deepEqual(toks('Rp1,5 juta'), ['Rp', '1,5', 'juta']);
  assert.deepEqual(toks('Rp 1,5 juta'), ['Rp', '1,5', 'juta']);
  assert.deepEqual(toks('Rp. 15.000'), ['Rp.', '15.000']);
  assert.deepEqual(toks('US$20 juta'), ['US', '$', '20', 'juta']);
});

test('abbreviations keep their period', () => {
  includesAll(toks('Dr. Ratna dan Prof. Hadi tinggal di Jl. Kenanga No. 7, Kec. Ciawi, Kab. Bogor.'), [
    'Dr.', 'Prof.', 'Jl.', 'No.', 'Kec.', 'Kab.',
  ]);
  includesAll(toks('Bpk. Ir. Sutrisno bertemu H. Ahmad di kantor.'), ['Bpk.', 'Ir.', 'H.']);
  includesAll(toks('Budi Santoso, S.H., M.Si. memimpin rapat.'), ['S.H.', 'M.Si.']);
  includesAll(toks('Surat a.n. Kepala Dinas u.p. bagian umum.'), ['a.n.', 'u.p.']);
  includesAll(toks('Ada beras, gula, minyak, dll. yang dibagikan oleh Wati dkk. dan relawan, dsb. pada pagi hari.'), [
    'dll.', 'dkk.', 'dsb.',
  ]);
  includesAll(toks('PT Sinar Laut Tbk. (SNLT) dan Hanjaya Co. Ltd. menandatangani kontrak.'), ['Tbk.', 'Co.', 'Ltd.']);
});

test('a sentence-final suffix abbreviation gives its period to the sentence', () => {
  assert.deepEqual(toks('Sahamnya milik PT Sinar Laut Tbk. Perseroan itu untung.').slice(4, 9), ['Laut', 'Tbk', '.', 'Perseroan', 'itu']);
  assert.deepEqual(toks('dan lain-lain dll.'), ['dan', 'lain-lain', 'dll', '.']);
});

test('a word that only looks like an abbreviation before a number keeps its period otherwise', () => {
  assert.deepEqual(toks('lihat hal. 12'), ['lihat', 'hal.', '12']);
  assert.deepEqual(toks('dalam banyak hal. Dia'), ['dalam', 'banyak', 'hal', '.', 'Dia']);
});

test('initials are one token with their period', () => {
  includesAll(toks('Mark A. Smith bertemu M. Yusuf dan J.K. Rowling.'), ['A.', 'M.', 'J.K.']);
  // not an initial: a letter after a common noun ends the sentence
  includesAll(toks('Ia butuh vitamin C. Setelah itu'), ['C', '.']);
  includesAll(toks('Suhunya 30°C. Besok'), ['C', '.']);
  includesAll(toks('Indonesia di Grup C. Laga pertama'), ['C', '.']);
  includesAll(toks('kata kepala dinas M. Yusuf'), ['M.']);
});

test('URLs, e-mail addresses, host names, mentions and hashtags are one token', () => {
  assert.deepEqual(toks('Baca https://www.contoh.co.id/berita/2024/01/abc?id=5.'), ['Baca', 'https://www.contoh.co.id/berita/2024/01/abc?id=5', '.']);
  assert.deepEqual(toks('(lihat www.contoh.com/a_b)'), ['(', 'lihat', 'www.contoh.com/a_b', ')']);
  assert.deepEqual(toks('Dikutip dari Liputan6.com dan detik.com, Senin.'), ['Dikutip', 'dari', 'Liputan6.com', 'dan', 'detik.com', ',', 'Senin', '.']);
  assert.deepEqual(toks('Kirim ke redaksi.warta@contoh.co.id.'), ['Kirim', 'ke', 'redaksi.warta@contoh.co.id', '.']);
  assert.deepEqual(toks('kata @budi_s soal #PemiluDamai.'), ['kata', '@budi_s', 'soal', '#PemiluDamai', '.']);
  const k = tokenizeKinds('situs detik.com dan a@b.id');
  assert.equal(k.kind[1], TokenKind.Url);
  assert.equal(k.kind[3], TokenKind.Email);
});

test('glued sentences split at the period when a capital follows', () => {
  assert.deepEqual(toks('investor asing.Informasi itu'), ['investor', 'asing', '.', 'Informasi', 'itu']);
});

test('quotes, brackets and apostrophes', () => {
  assert.deepEqual(toks('"Kami siap," katanya (Senin).'), ['"', 'Kami', 'siap', ',', '"', 'katanya', '(', 'Senin', ')', '.']);
  assert.deepEqual(toks("Hari Jum'at, 'kata' Moody's."), ['Hari', "Jum'at", ',', "'", 'kata', "'", 'Moody', "'s", '.']);
  assert.deepEqual(toks('...kami."'), ['...', 'kami', '.', '"']);
  assert.deepEqual(toks('Benarkah?! Tunggu…'), ['Benarkah', '?!', 'Tunggu', '…']);
});

test('non-BMP characters and marks are kept whole', () => {
  assert.deepEqual(toks('Mantap 👍🏽 sekali'), ['Mantap', '👍', '🏽', 'sekali']);
  assert.deepEqual(toks('café\u0301 enak'), ['café\u0301', 'enak']);
});

test('kind column marks terminals, abbreviations and initials', () => {
  const text = 'Dr. Ani dan M. Yusuf, dll. datang.';
  const k = tokenizeKinds(text);
  const kinds = Array.from(k.kind.subarray(0, k.count));
  assert.equal(kinds[0], TokenKind.AbbrevPrefix);
  assert.equal(kinds[3], TokenKind.Initial);
  assert.equal(kinds[6], TokenKind.AbbrevSuffix);
  assert.equal(kinds[kinds.length - 1], TokenKind.Terminal);
});

test('tokenize is fast (prints tokens/s)', (t) => {
  const para =
    'Menurut Dr. H. Ahmad Yusuf, S.H., M.Si., harga beras naik 1,5 persen menjadi Rp12.500 per kg pada 28/10 pukul 14.00 WIB. ' +
    '"Kami sudah berminggu-minggu menunggu," kata warga Kec. Ciawi, Kab. Bogor. Informasi lengkap ada di https://contoh.co.id/harga. ' +
    'Negara-negara tetangga (Malaysia dan Singapura) juga mencatat kenaikan, dll. ';
  const text = para.repeat(2000);
  let count = 0;
  for (let i = 0; i < 3; i++) count = tokenize(text).count; // warm up
  const runs = 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) tokenize(text);
  const ms = performance.now() - t0;
  const rate = (count * runs) / (ms / 1000);
  t.diagnostic(`tokenize: ${count} tokens x ${runs} in ${ms.toFixed(0)} ms = ${(rate / 1e6).toFixed(2)} M tokens/s`);
  // lenient bound so a loaded machine does not fail the suite; the target is >= 1-2 M/s
  assert.ok(rate > 2e5, `too slow: ${rate.toFixed(0)} tokens/s`);
});
