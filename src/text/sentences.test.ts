import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceOf, splitSentences, splitSentencesWith, tokenize } from './index.js';
import type { Span } from '../types.js';

function sents(text: string, blocks?: Span[]): string[] {
  return splitSentences(text, blocks).map((s) => text.slice(s.start, s.end));
}

test('splits at . ! ? and keeps closing quotes with the sentence', () => {
  assert.deepEqual(sents('Harga cabai naik lagi, kata dia. Pedagang mengeluh! Mengapa begitu? Belum jelas.'), [
    'Harga cabai naik lagi, kata dia.',
    'Pedagang mengeluh!',
    'Mengapa begitu?',
    'Belum jelas.',
  ]);
  assert.deepEqual(sents('Ia berkata, "Itu keputusan kami." Rapat lalu ditutup.'), [
    'Ia berkata, "Itu keputusan kami."',
    'Rapat lalu ditutup.',
  ]);
  assert.deepEqual(sents('Menurut dia, hal itu “tidak benar.” Polisi masih menyelidiki (kasus lama.) Besok sidang.'), [
    'Menurut dia, hal itu “tidak benar.”',
    'Polisi masih menyelidiki (kasus lama.)',
    'Besok sidang.',
  ]);
});

test('sentences are trimmed and never cross a block', () => {
  const text = '  Judul Berita Hari Ini \n\nIsi pertama. Isi kedua  ';
  assert.deepEqual(sents(text), ['Judul Berita Hari Ini', 'Isi pertama.', 'Isi kedua']);
  const para = 'Kalimat satu tanpa titik dan lanjut';
  const text2 = para + ' Kalimat dua.';
  const blocks = [
    { start: 0, end: para.length },
    { start: para.length + 1, end: text2.length },
  ];
  assert.deepEqual(sents(text2, blocks), [para, 'Kalimat dua.']);
});

test('no split after abbreviations and titles', () => {
  for (const s of [
    'Dr. Ratna tinggal di Jl. Kenanga No. 7, Kec. Ciawi, Kab. Bogor.',
    'Prof. Dr. Ir. H. Ahmad Yusuf, S.H., M.Si. membuka acara.',
    'Surat itu ditujukan a.n. Kepala Dinas u.p. Bagian Umum.',
    'Bpk. Sutrisno membayar Rp. 50.000 kepada Sdr. Anton.',
    'Kontrak diteken Hanjaya Co. Ltd. pada Senin lalu.',
    'Buku, pena, dll. disiapkan panitia.',
    'Penelitian Wati dkk. menyebut hal serupa.',
  ]) {
    assert.deepEqual(sents(s), [s]);
  }
});

test('no split after initials', () => {
  assert.deepEqual(sents('Ia butuh vitamin C. Setelah itu ia tidur.'), ['Ia butuh vitamin C.', 'Setelah itu ia tidur.']);
  assert.deepEqual(sents('Dana cair pada tahap I. Tahap berikutnya Juli.'), ['Dana cair pada tahap I.', 'Tahap berikutnya Juli.']);
  for (const s of ['Mark A. Smith tiba di Jakarta.', 'Kepala dinas M. Yusuf Hasan meninjau lokasi.', 'Novel karya J.K. Rowling laris.', 'Laporan disampaikan oleh H. Syarifuddin.']) {
    assert.deepEqual(sents(s), [s]);
  }
});

test('no split inside numbers, times and amounts', () => {
  for (const s of [
    'Inflasi tercatat 2.5 persen pada kuartal ini.',
    'Rapat dimulai pukul 14.00 WIB di balai kota.',
    'Bantuan senilai Rp 1,5 juta dibagikan kepada 1.250 keluarga.',
    'Skor akhir 3-1 untuk tuan rumah.',
  ]) {
    assert.deepEqual(sents(s), [s]);
  }
});

test('a suffix abbreviation ends a sentence when a capitalised sentence follows', () => {
  assert.deepEqual(sents('Saham itu dimiliki PT Sinar Laut Tbk. Perseroan mencatat laba.'), [
    'Saham itu dimiliki PT Sinar Laut Tbk.',
    'Perseroan mencatat laba.',
  ]);
  const s = 'PT Sinar Laut Tbk. (SNLT) mencatat laba.';
  assert.deepEqual(sents(s), [s]);
});

test('a lowercase word after a period continues the sentence', () => {
  const s = 'Harga naik tajam. kemudian turun lagi.';
  assert.deepEqual(sents(s), [s]);
  const q = '"Ayo pergi!" teriak dia. "Apa?" tanya Budi.';
  assert.deepEqual(sents(q), ['"Ayo pergi!" teriak dia.', '"Apa?" tanya Budi.']);
  // but a bare question after a lowercase word is a clear end
  assert.deepEqual(sents('Uangnya ke mana? kok bisa hilang?'), ['Uangnya ke mana?', 'kok bisa hilang?']);
});

test('glued sentences are split, host names are not', () => {
  assert.deepEqual(sents('Dana itu berasal dari investor asing.Informasi ini disampaikan kemarin.'), [
    'Dana itu berasal dari investor asing.',
    'Informasi ini disampaikan kemarin.',
  ]);
  assert.deepEqual(sents('Acara digelar di Surabaya.Baca juga berita lain.'), ['Acara digelar di Surabaya.', 'Baca juga berita lain.']);
  for (const s of ['Berita itu dikutip dari Liputan6.com pada Senin.', 'Menurut detik.com, acara ditunda.', 'Dia datang dari PT.Maju Jaya.']) {
    assert.deepEqual(sents(s), [s]);
  }
});

test('a quotation is not split inside; an attributed quotation starts a sentence', () => {
  const s = '"Kami sudah siap. Semua dokumen lengkap," kata Ketua KPU, Senin.';
  assert.deepEqual(sents(s), [s]);
  assert.deepEqual(sents('Banjir melanda kota "Air naik cepat sekali," ujar warga.'), [
    'Banjir melanda kota',
    '"Air naik cepat sekali," ujar warga.',
  ]);
  assert.deepEqual(
    splitSentencesWith(s, undefined, { keepQuotations: false }).map((x) => s.slice(x.start, x.end)),
    ['"Kami sudah siap.', 'Semua dokumen lengkap," kata Ketua KPU, Senin.'],
  );
  // an unclosed quotation does not hold the sentence open
  assert.deepEqual(sents('Dia berkata "Kami siap. Besok kami berangkat.'), ['Dia berkata "Kami siap.', 'Besok kami berangkat.']);
});

test('ellipsis ends a sentence only before a capital', () => {
  assert.deepEqual(sents('Tunggu… Dia datang.'), ['Tunggu…', 'Dia datang.']);
  const s = 'Saya... tidak tahu.';
  assert.deepEqual(sents(s), [s]);
});

test('line breaks and numbered lists', () => {
  assert.deepEqual(sents('Syaratnya:\n1. Fotokopi KTP.\n2. Pas foto terbaru.'), ['Syaratnya:', '1. Fotokopi KTP.', '2. Pas foto terbaru.']);
  // a hard-wrapped line continues the sentence
  const s = 'Pemerintah akan menaikkan\nanggaran pendidikan.';
  assert.deepEqual(sents(s), [s]);
});

test('sentence spans index the original text, sentenceOf finds them', () => {
  const text = 'Satu dua. Tiga empat. Lima.';
  const ss = splitSentences(text);
  assert.deepEqual(ss, [
    { start: 0, end: 9 },
    { start: 10, end: 21 },
    { start: 22, end: 27 },
  ]);
  assert.equal(sentenceOf(ss, 12), 1);
  assert.equal(sentenceOf(ss, 9), 0);
  assert.equal(sentenceOf(ss, 0), 0);
  assert.equal(sentenceOf([], 3), -1);
  // tokens of a sentence stay inside it
  const t = tokenize(text, ss[1]!.start, ss[1]!.end);
  assert.equal(text.slice(t.start[0]!, t.end[t.count - 1]!), 'Tiga empat.');
});

test('empty and whitespace-only input', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('   \n  '), []);
  assert.deepEqual(splitSentences('abc', [{ start: 1, end: 1 }]), []);
});
