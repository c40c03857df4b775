import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordFamilies, hasAnchor, matchesAt, mergeSorted, runStarts } from './anchors.js';

/** Every match a global scan of `source` finds, as [index, text]. */
function globalScan(source: string, flags: string, text: string): Array<[number, string]> {
  const re = new RegExp(source, flags + 'g');
  return [...text.matchAll(re)].map((m) => [m.index!, m[0]]);
}

const TEXTS = [
  'Pada Senin (28/10) dan SENIN lalu, juga senin-senin; _Senin tidak; 5Senin tidak.',
  'Sepuluh ribu, sebelas, SEBAGAI, seratus lima puluh dua; Q1 2025, q2, QA, pk.14, pkl 9, pkx.',
  'Kamis\u00a0pekan lalu, Jum’at dan jum\'at; \u212Aamis (Kelvin K) dan ſenin (long s).',
  'Tanggal 14 Juli 2025 pukul 14.00 WIB; PERIODE yang sama; 2024/2025; F1 dan 3D.',
  '',
  'senin',
];

test('WordFamilies anchors cover every match of \\b-and-prefix patterns, any case', () => {
  const families = new WordFamilies([
    ['senin', 'selasa', 'rabu', 'kamis', 'jum', 'sabtu', 'minggu', 'ahad'],
    ['sepuluh', 'sebelas', 'seratus', 'ribu', 'lima', 'puluh', 'dua'],
    ['q', 'pk', 'pkl', 'tanggal', 'periode', 'juli'],
  ]);
  const patterns = [
    "\\b(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)",
    '\\b(?:sepuluh|sebelas|seratus|ribu|lima|puluh|dua)\\b',
    '\\b(?:Q[1-4]|pk\\.?\\s*\\d|pkl\\.?\\s*\\d|tanggal\\s+\\d|periode|juli)',
  ];
  for (const text of TEXTS) {
    const { words } = families.anchors(text);
    patterns.forEach((source, f) => {
      const sticky = new RegExp(source, 'iy');
      const expected = globalScan(source, 'i', text);
      assert.deepEqual(matchesAt(sticky, text, words[f]!).map((m) => [m.index, m[0]]), expected, `${source} in ${JSON.stringify(text)}`);
    });
  }
});

test('WordFamilies: word starts only, prefixes compared in full', () => {
  const families = new WordFamilies([['sebelas'], ['q']]);
  const text = 'sebagai Sebelas xsebelas _sebelas 1sebelas (SEBELAS) Q1 Qa q';
  const { words } = families.anchors(text);
  assert.deepEqual(words[0]!.map((i) => text.slice(i, i + 7)), ['Sebelas', 'SEBELAS']);
  assert.deepEqual(words[1]!.map((i) => text.slice(i, i + 2)), ['Q1', 'q']);
});

test('digit runs, also inside words; the scan of one text is not reused for another', () => {
  const families = new WordFamilies([]);
  assert.deepEqual(families.anchors('F1 dan 2024, 3.500').runs, [1, 2, 7, 11, 13, 14, 15, 18]);
  assert.deepEqual(families.anchors('12').runs, [0, 2]);
  assert.deepEqual(runStarts(families.anchors('a 7 b 88').runs), [2, 6]);
  assert.deepEqual(families.anchors('tanpa angka').runs, []);
});

test('matchesAt hides the starts inside a match, like a global scan', () => {
  const text = 'aaaa';
  assert.deepEqual(matchesAt(/aa/y, text, [0, 1, 2, 3]).map((m) => m.index), [0, 2]);
  assert.deepEqual(mergeSorted([1, 3, 5], [2, 3, 6]), [1, 2, 3, 5, 6]);
  assert.deepEqual([0, 1, 3, 5, 6, 7].map((p) => hasAnchor([1, 3, 5, 7], p)), [false, true, true, true, false, true]);
  assert.equal(hasAnchor([], 0), false);
});

test('families of several instances share one scan, and a new instance is seen on a text scanned before', () => {
  const text = 'Dua hari lalu, Senin, tiga orang datang.';
  const numbers = new WordFamilies([['dua', 'tiga']]);
  assert.deepEqual(numbers.anchors(text).words, [[0, 22]]);
  const days = new WordFamilies([['senin'], ['hari']]);
  assert.deepEqual(days.anchors(text).words, [[15], [4]]);
  assert.deepEqual(numbers.anchors(text).words, [[0, 22]]);
});

test('runs and word starts across the chunks of the pass (4096 characters) are found as in one piece', () => {
  const families = new WordFamilies([['senin', 'dua']]);
  for (const at of [4090, 4093, 4094, 4095, 4096, 4097, 8190, 8191, 8192]) {
    // A digit run and a word start placed around each chunk boundary.
    const text = 'x'.repeat(at - 3) + ' 12345 Senin dua' + '.'.repeat(at % 7) + '7dua senin' + ' '.repeat(4100) + '9';
    const { words, runs } = families.anchors(text);
    const expectedRuns = [...text.matchAll(/\d+/g)].flatMap((m) => [m.index!, m.index! + m[0].length]);
    const expectedWords = [...text.matchAll(/\b(?:senin|dua)/gi)].map((m) => m.index!);
    assert.deepEqual(runs, expectedRuns, `runs, boundary at ${at}`);
    assert.deepEqual(words[0], expectedWords, `words, boundary at ${at}`);
  }
});
