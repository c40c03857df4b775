import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FoldedWords, foldSpaces, isDigits, splitSpaces, startsUpper } from './ascii.js';

test('foldSpaces, splitSpaces and isDigits answer as the regexes they stand for', () => {
  const samples = [
    '', ' ', 'dua', 'dua puluh', 'dua  puluh', ' dua', 'dua ', 'dua\tpuluh', 'dua\npuluh', 'dua\u00a0puluh',
    'dua\u2009puluh', 'lebih  dari', 'US dolar', 'é è', 'a\u0000b', '12', '1.500', '', '0', '１２', '12a', 'tiga\r\nribu',
  ];
  for (const s of samples) {
    assert.equal(foldSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
    assert.deepEqual(splitSpaces(s), s.split(/\s+/), JSON.stringify(s));
    assert.equal(isDigits(s), /^\d+$/.test(s), JSON.stringify(s));
  }
});

test('FoldedWords.hasAt answers as a Set of the lower-cased slice, and takes only words it can fold', () => {
  const words = ['pasal', 'nomor', 'kira-kira', 'no', 'q1', 'sekitar'];
  const set = new Set(words);
  const folded = new FoldedWords(words);
  const parts = ['PASAL', 'Pasal', 'pasa', 'pasall', 'Kira-Kira', 'kira-kiRA', 'NO', 'No', 'nO', 'q1', 'Q1', 'q2', 'sekitar', 'SEKITAR', 'x', '-', '1'];
  for (const a of parts) {
    for (const b of ['', ' ', '-']) {
      const text = `${b}${a}${b}`;
      const start = b.length;
      const end = start + a.length;
      assert.equal(folded.hasAt(text, start, end), set.has(text.slice(start, end).toLowerCase()), JSON.stringify(text));
    }
  }
  assert.throws(() => new FoldedWords(['Pasal']), /lower-case/);
  assert.throws(() => new FoldedWords(['dolar as']), /lower-case/);
});

test('startsUpper answers as /^\\p{Lu}/u', () => {
  for (const s of ['', 'A', 'a', 'Bandung', 'bandung', '1A', ' A', 'É', 'é', 'Ω', 'ω', '\u212A', 'ǅ', '-A']) {
    assert.equal(startsUpper(s), /^\p{Lu}/u.test(s), JSON.stringify(s));
  }
});
