import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidates, fold, prefixSteps, stem, stemText, stemTokens } from './stem.js';

test('stem: affixed forms of one root meet', () => {
  const families: Record<string, string[]> = {
    kerah: ['pengerahan', 'dikerahkan', 'mengerahkan', 'kerahkan'],
    serang: ['penyerangan', 'menyerang', 'serangan', 'diserang'],
    tani: ['petani', 'pertanian', 'bertani'],
    milik: ['memiliki', 'pemilik', 'kepemilikan', 'dimiliki'],
    pakai: ['memakai', 'pakaian', 'dipakai'],
    beri: ['memberi', 'memberikan', 'diberikan'],
    tangkap: ['penangkapan', 'ditangkap', 'menangkap', 'tertangkap'],
    lapor: ['laporan', 'melaporkan', 'dilaporkan', 'pelaporan'],
    baik: ['memperbaiki', 'perbaikan'],
    tanya: ['pertanyaan', 'mempertanyakan'],
    menang: ['kemenangan', 'pemenang'],
  };
  for (const [root, forms] of Object.entries(families)) {
    for (const f of forms) assert.equal(stem(f), root, f);
  }
});

test('stem: roots and lexicalised words stay whole', () => {
  for (const w of ['masalah', 'selatan', 'makan', 'kepala', 'berita', 'nilai', 'menteri', 'pasukan', 'jalan', 'tangan']) {
    assert.equal(stem(w), w, w);
  }
  // but their own affixed forms reach them
  assert.equal(stem('permasalahan'), 'masalah');
  assert.equal(stem('makanan'), 'makan');
  assert.equal(stem('pemberitaan'), 'berita');
  assert.equal(stem('penilaian'), 'nilai');
});

test('stem: names, short words, numbers and case', () => {
  assert.equal(stem('Bekasi'), 'bekasi', 'a name is not bekas + -i');
  assert.equal(stem('Jakarta'), 'jakarta');
  assert.equal(stem('DIKERAHKAN'), 'kerah');
  assert.equal(stem('di'), 'di');
  assert.equal(stem('2025'), '2025');
  assert.equal(fold('Café'), 'cafe');
});

test('stem: the prefix rules restore the root sound (ECS recoding)', () => {
  const rests = (w: string): string[] => prefixSteps(w).map((s) => s.rest);
  assert.ok(rests('menulis').includes('tulis'));
  assert.ok(rests('memukul').includes('pukul'));
  assert.ok(rests('menyebut').includes('sebut'));
  assert.ok(rests('mengatakan').includes('katakan'));
  assert.ok(rests('pengerahan').includes('kerahan'));
  assert.ok(rests('berupa').includes('rupa'));
  assert.ok(candidates('mempertanyakan').some((c) => c.root === 'tanya'));
  // forbidden confixes: ke-…-i, di-…-an
  assert.ok(!candidates('diajakan').some((c) => c.root === 'ajak'));
});

test('stemTokens: offsets into the text; reduplication is one token', () => {
  const text = 'Anak-anak berlari-lari, sayur-mayur dikerahkan.';
  const toks = stemTokens(text);
  assert.deepEqual(
    toks.map((t) => [t.term, text.slice(t.start, t.end)]),
    [
      ['anak', 'Anak-anak'],
      ['lari', 'berlari-lari'],
      ['sayur', 'sayur'],
      ['mayur', 'mayur'],
      ['kerah', 'dikerahkan'],
    ],
  );
  assert.equal(stemText(text), 'anak lari sayur mayur kerah');
});
