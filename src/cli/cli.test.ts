import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The command as a user runs it: bin/warta over the compiled library.
const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/dist\/$/, '/');
const bin = join(root.endsWith('dist/') ? join(root, '..') : root, 'bin', 'warta');
const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));

function warta(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE = 'Judul Uji Coba\nSEMARANG - Pemerintah kota membuka 12 taman baru pada Sabtu (7/6/2025).\nWarga menyambut baik taman itu.';

test('--help prints usage and exits 0', () => {
  const r = warta(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /warta analyze FILE/);
});

test('bad usage: one-line error on stderr, exit 2, nothing on stdout', () => {
  for (const args of [['frobnicate'], ['analyze'], ['analyze', 'a', 'b'], ['analyze', '--format', 'xml', 'x.txt'], ['tag', 'x']]) {
    const r = warta(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /^warta: usage: /);
  }
});

test('missing, empty and binary files: clear error, exit 1', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x00]));
  const cases: Array<[string, RegExp]> = [
    [join(dir, 'nope.txt'), /no such file/],
    [empty, /is empty/],
    [binary, /binary/],
  ];
  for (const [path, msg] of cases) {
    const r = warta(['analyze', path]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, msg);
  }
});

test('analyze a .txt article: warta/article@1 on stdout', () => {
  const path = join(dir, 'a.txt');
  writeFileSync(path, ARTICLE);
  const r = warta(['analyze', path]);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.equal(a.schema, 'warta/article@1');
  assert.equal(a.title, 'Judul Uji Coba');
  assert.deepEqual(a.dateline, { place: 'SEMARANG', agency: null });
  assert.equal(a.published.value, '2025-06-07');
  for (const s of a.sentences) assert.equal(typeof a.text.slice(s.start, s.end), 'string');
});

test('analyze - reads JSON or text from standard input', () => {
  const r = warta(['analyze', '-', '--compact'], JSON.stringify({ id: 'x1', title: 'T', text: 'Isi berita pendek.' }));
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.equal(a.id, 'x1');
  assert.equal(r.out.trim().split('\n').length, 1);
  const t = warta(['analyze', '-'], ARTICLE);
  assert.equal(JSON.parse(t.out).title, 'Judul Uji Coba');
});

test('analyze --jsonl: one line out per line in, errors in place, summary on stderr', () => {
  const path = join(dir, 'in.jsonl');
  writeFileSync(path, [JSON.stringify({ id: 'a', text: 'Satu kalimat.' }), '{broken', JSON.stringify({ id: 'c', text: '' }), JSON.stringify({ id: 'd', text: 'Empat.' })].join('\n') + '\n');
  const r = warta(['analyze', '--jsonl', path]);
  assert.equal(r.code, 0);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 'c', 'd']);
  assert.equal(lines[1].error.code, 'bad-json');
  assert.equal(lines[2].error.code, 'empty-text');
  assert.match(r.err, /4 records, 2 analysed, 2 failed/);
  assert.equal(warta(['analyze', '--jsonl', '--strict', path]).code, 3);
});

test('analyze a .csv with Indonesian columns', () => {
  const path = join(dir, 'in.csv');
  writeFileSync(path, 'judul,isi,tanggal\n"Satu","Isi pertama.","Rabu, 18 Jun 2025 18:04 WIB"\n');
  const r = warta(['analyze', path]);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out.trim());
  assert.equal(a.title, 'Satu');
  assert.equal(a.published.value, '2025-06-18T18:04+07:00');
});
