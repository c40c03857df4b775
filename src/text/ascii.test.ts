import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldSpaces, isDigits, splitSpaces } from './ascii.js';

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
