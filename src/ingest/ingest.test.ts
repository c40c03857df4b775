import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { decodeBytes, readCsv, readJsonl, toArticleInput, type BatchRecord } from './index.js';
import { WartaError } from '../errors.js';

async function collect(gen: AsyncGenerator<BatchRecord>): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

test('decodes UTF-8 with and without BOM, and UTF-16 with a BOM', () => {
  assert.equal(decodeBytes(Buffer.from('Berita “baru”', 'utf8')).text, 'Berita “baru”');
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Halo')])).text, 'Halo');
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Halo', 'utf16le')])).text, 'Halo');
});

test('bytes that are not UTF-8 are read as Windows-1252 with a warning', () => {
  const d = decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9])); // "Café" in Latin-1
  assert.equal(d.text, 'Café');
  assert.equal(d.diagnostics[0]?.code, 'encoding');
});

test('binary input is refused with a clear error', () => {
  assert.throws(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])), (e: unknown) => e instanceof WartaError && e.code === 'binary-input');
});

test('article objects: English or Indonesian keys, text required', () => {
  assert.deepEqual(toArticleInput({ judul: 'J', isi: 'Isi berita.', tanggal: '2025-01-02', penulis: 'A', sumber: 'x', id: 7 }), {
    id: '7',
    title: 'J',
    text: 'Isi berita.',
    published: '2025-01-02',
    author: 'A',
    outlet: 'x',
  });
  assert.throws(() => toArticleInput({ title: 'no text' }), (e: unknown) => e instanceof WartaError && e.code === 'bad-article');
  assert.throws(() => toArticleInput({ text: '   ' }), (e: unknown) => e instanceof WartaError && e.code === 'empty-text');
  assert.throws(() => toArticleInput({ text: 42 }), (e: unknown) => e instanceof WartaError && e.code === 'bad-article');
  assert.throws(() => toArticleInput([1, 2]), (e: unknown) => e instanceof WartaError && e.code === 'bad-article');
});

test('JSONL: one record per line, bad lines become errors, order kept', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Satu.' }),
    '{"id": "b", "text": ',
    '',
    JSON.stringify({ id: 'c', title: 'tanpa isi' }),
    JSON.stringify({ id: 'd', text: 'Empat.' }),
  ].join('\n');
  const recs = await collect(readJsonl(Readable.from([input])));
  assert.equal(recs.length, 5);
  assert.deepEqual(
    recs.map((r) => ('error' in r ? `${r.line}:${r.error.code}:${r.id}` : `${r.line}:ok:${r.input.id}`)),
    ['1:ok:a', '2:bad-json:null', '3:empty-line:null', '4:bad-article:c', '5:ok:d'],
  );
});

test('JSONL: a 10 MB line is processed or refused without stopping the run', async () => {
  const big = JSON.stringify({ id: 'big', text: 'kata '.repeat(2_100_000) });
  const recs = await collect(readJsonl(Readable.from([big + '\n' + JSON.stringify({ id: 'after', text: 'Sesudahnya.' }) + '\n'])));
  assert.equal(recs.length, 2);
  assert.ok('error' in recs[0]! && recs[0].error.code === 'too-large');
  assert.ok('input' in recs[1]! && recs[1].input.id === 'after');
});

test('CSV: Indonesian column names, quoted newlines, empty text rows reported', async () => {
  const csv = 'judul,isi_berita,tanggal,sumber\n"Satu","Baris pertama.\nBaris kedua.",2025-06-01,detik\n"Dua","",2025-06-02,kompas\n';
  const recs = await collect(readCsv(Readable.from([csv])));
  assert.equal(recs.length, 2);
  const first = recs[0]!;
  assert.ok('input' in first);
  assert.equal(first.input.text, 'Baris pertama.\nBaris kedua.');
  assert.equal(first.input.outlet, 'detik');
  assert.ok('error' in recs[1]! && recs[1].error.code === 'empty-text');
});

test('CSV without a text column is refused whole', async () => {
  await assert.rejects(collect(readCsv(Readable.from(['judul,tanggal\nA,2025-01-01\n']))), (e: unknown) => e instanceof WartaError && e.code === 'missing-column');
});

test('broken CSV: what was read is kept, the break is reported', async () => {
  const recs = await collect(readCsv(Readable.from(['title,text\nA,"satu"\nB,"du"a",x\nC,"tiga"\nD,"empat\n'])));
  assert.deepEqual(
    recs.map((r) => ('error' in r ? `${r.line}:${r.error.code}` : `${r.line}:${r.input.title}`)),
    ['2:A', '3:bad-csv', '4:C', '5:bad-csv'],
  );
});

test('JSONL: a line in another encoding is analysed with an encoding warning', async () => {
  const latin1 = Buffer.concat([Buffer.from('{"id":"x","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' buka."}\n')]);
  const recs = await collect(readJsonl(Readable.from([latin1])));
  const r = recs[0]!;
  assert.ok('input' in r);
  assert.equal(r.diagnostics?.[0]?.code, 'encoding');
});
