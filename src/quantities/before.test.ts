import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CURRENCY_PREFIX_RE, approxBefore, currencyBefore, identifierBefore, prevWord } from './before.js';
import { APPROX_PREFIX_RE } from './approx.js';
import { IDENTIFIER_BEFORE_RE } from './lexicon.js';

// Windows ending where a number would start, including what the ASCII reading does not
// classify: a no-break space, "ſ" (folds to "s" under the u and i flags), "’", "é".
const WINDOWS = [
  'sebanyak ', 'Rp ', 'Rp.', 'rp', 'RP ', 'US$ ', 'US\u00a0$', 'US  dolar ', 'dolar AS ', 'harga €', 'xRp ',
  'Pasal ', 'pasal. (', 'Nomor: ', 'nomor urut ', 'paſal ', 'é pasal ', 'kata nomor # ', 'tahun\u00a0', 'lantai-',
  'sekitar ', 'kurang lebih ', 'kira-kira ', 'kira kira ', 'lebih dari sekira ', 'xsekitar ', 'ſekitar ', 'Sedikitnya\u00a0',
  'XPAD ', 'iOS ', "O'Neil ", 'O’Neil ', 'café ', 'kata 3.5 ', '.. ', '', ' ', '—', 'Formula ',
  'xpasal ', 'no. ', 'Jl.  ', 'KM ', 'urut ', 'TAHUN ', 'pasal:  ', 'pasal ( ', 'bab.:',
];

test('each helper returns what its regex returns on the window', () => {
  for (const w of WINDOWS) {
    const text = `awal ${w}`;
    const to = text.length;
    for (const back of [8, 16, 40]) {
      const from = Math.max(0, to - back);
      assert.deepEqual(currencyBefore(text, from, to), CURRENCY_PREFIX_RE.exec(text.slice(from, to)), `currency ${JSON.stringify(w)}`);
      assert.deepEqual(approxBefore(text, from, to), APPROX_PREFIX_RE.exec(text.slice(from, to)), `approx ${JSON.stringify(w)}`);
    }
    assert.equal(identifierBefore(text, to), IDENTIFIER_BEFORE_RE.test(text.slice(Math.max(0, to - 30), to)), `identifier ${JSON.stringify(w)}`);
    const m = /([\p{L}][\p{L}\p{N}'’.-]*)(\s+)$/u.exec(text.slice(Math.max(0, to - 32), to));
    assert.deepEqual(prevWord(text, to), m ? { word: m[1], start: to - m[0].length } : null, `prevWord ${JSON.stringify(w)}`);
  }
});

test('the regex still decides around characters the ASCII reading does not know', () => {
  assert.equal(identifierBefore('paſal ', 6), true);
  assert.deepEqual(prevWord('café ', 5), { word: 'café', start: 0 });
  assert.equal(currencyBefore('US\u00a0$ ', 0, 5)?.[1], '$');
});

test('identifierBefore where the 30-character window begins inside a word', () => {
  for (const pad of [0, 1, 2, 5]) {
    const text = `xpasal${' '.repeat(25 + pad)}`;
    assert.equal(identifierBefore(text, text.length), IDENTIFIER_BEFORE_RE.test(text.slice(Math.max(0, text.length - 30))), `pad ${pad}`);
  }
});
