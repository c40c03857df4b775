/** The store commands end to end: bin/warta ingest a folder of every input kind, then ask. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PostgresStore } from './postgres.js';
import { syntheticRecord } from './synthetic.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
const BIN = join(repoRoot(), 'bin', 'warta');
const PG_URL = process.env.WARTA_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

function warta(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with .txt, .json, .csv and .jsonl.gz inputs: 9 good records, 3 bad ones. */
function makeInputs(dir: string): void {
  const d = join(dir, 'in');
  mkdirSync(join(d, 'sub'), { recursive: true });
  const rec = (i: number): Record<string, string> => syntheticRecord(i);
  writeFileSync(join(d, 'one.txt'), `${rec(0).title}\n\n${rec(0).text}\n`);
  writeFileSync(join(d, 'two.json'), JSON.stringify(rec(1)));
  writeFileSync(join(d, 'sub', 'empty.json'), JSON.stringify({ id: 'kosong', text: '' }));
  const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const rows = [2, 3, 4].map((i) => [rec(i).id!, rec(i).title!, rec(i).published!, rec(i).outlet!, rec(i).text!].map(csvCell).join(','));
  writeFileSync(join(d, 'three.csv'), `id,judul,tanggal,sumber,isi\n${rows.join('\n')}\n"x","no text",,,""\n`);
  const lines = [5, 6, 7, 8].map((i) => JSON.stringify(rec(i)));
  lines.splice(2, 0, '{"id": "bad", "text":');
  writeFileSync(join(d, 'sub', 'four.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
  writeFileSync(join(d, 'notes.md'), 'not an input');
}

test('cli: ingest a folder, then search, show, entities, quotes, stats, export, rejects', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
  try {
    makeInputs(dir);
    const db = join(dir, 'w.db');
    const first = warta(['ingest', join(dir, 'in'), '--db', db, '--json']);
    assert.equal(first.status, 0, first.stderr);
    const s1 = JSON.parse(first.stdout);
    assert.equal(s1.files, 5);
    assert.equal(s1.added, 9);
    assert.equal(s1.rejected, 3);
    assert.deepEqual(s1.rejectedByCode, { 'empty-text': 2, 'bad-json': 1 });
    assert.match(first.stderr, /9 added, 0 replaced, 0 unchanged, 3 rejected/);

    const again = warta(['ingest', join(dir, 'in'), '--db', db, '--json']);
    assert.equal(JSON.parse(again.stdout).added, 0);
    assert.equal(JSON.parse(again.stdout).articles, 9);

    const search = warta(['search', 'pengamanan mudik', '--db', db, '--json']);
    assert.equal(search.status, 0, search.stderr);
    const res = JSON.parse(search.stdout);
    assert.ok(res.total >= 1);
    for (const k of ['id', 'title', 'published', 'outlet', 'snippet']) assert.ok(k in res.hits[0], k);
    const titled = JSON.parse(warta(['search', syntheticRecord(6).title!, '--db', db, '--json']).stdout);
    assert.equal(titled.hits[0].id, 'syn-6');
    const dated = JSON.parse(warta(['search', '--from', '2025-06-02', '--to', '2025-06-03', '--db', db, '--json']).stdout);
    assert.deepEqual(dated.hits.map((h: { id: string }) => h.id).sort(), ['syn-1', 'syn-2']);
    const text = warta(['search', 'harga beras', '--db', db]);
    assert.match(text.stdout, /^\d+ articles?/);

    const show = warta(['show', 'syn-3', '--db', db]);
    assert.equal(show.status, 0, show.stderr);
    assert.equal(JSON.parse(show.stdout).schema, 'warta/article@1');
    assert.equal(warta(['show', 'missing', '--db', db]).status, 1);

    const ents = JSON.parse(warta(['entities', '--top', '5', '--db', db, '--json']).stdout);
    assert.ok(Array.isArray(ents));
    const stats = JSON.parse(warta(['stats', '--db', db, '--json']).stdout);
    assert.equal(stats.articles, 9);
    assert.equal(stats.rejects, 3);
    for (const k of ['entities', 'quotes']) assert.equal(typeof stats[k], 'number');
    const quotes = warta(['quotes', '--speaker', 'Budi Santoso', '--db', db, '--json']);
    assert.equal(quotes.status, 0, quotes.stderr);
    assert.ok(Array.isArray(JSON.parse(quotes.stdout)));

    const jsonl = warta(['export', '--format', 'jsonl', '--db', db]);
    assert.equal(jsonl.stdout.trim().split('\n').length, 9);
    const out = join(dir, 'all.csv');
    assert.equal(warta(['export', '--format', 'csv', '--out', out, '--db', db]).status, 0);
    assert.match(readFileSync(out, 'utf8'), /^id,title,published,outlet,url,author,category,dateline,entities,quotes,text\r\n/);
    const rejects = JSON.parse(warta(['rejects', '--db', db, '--json']).stdout);
    assert.equal(rejects.length, 3);

    // WARTA_DB, usage errors, a missing store
    assert.equal(JSON.parse(warta(['stats', '--json'], { WARTA_DB: db }).stdout).articles, 9);
    assert.equal(warta(['search', '--db', db]).status, 2);
    assert.equal(warta(['entities', '--type', 'XYZ', '--db', db]).status, 2);
    const none = warta(['stats', '--db', join(dir, 'none.db')]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no store at/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: the same commands on PostgreSQL (--db postgres://…)', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-clipg-'));
  const u = new URL(PG_URL);
  u.searchParams.set('schema', `warta_cli_${process.pid}_${Date.now().toString(36)}`);
  const url = u.toString();
  try {
    makeInputs(dir);
    const first = warta(['ingest', join(dir, 'in'), '--db', url, '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).added, 9);
    assert.equal(JSON.parse(warta(['ingest', join(dir, 'in'), '--db', url, '--json']).stdout).added, 0);
    const titled = JSON.parse(warta(['search', syntheticRecord(6).title!, '--db', url, '--json']).stdout);
    assert.equal(titled.hits[0].id, 'syn-6');
    assert.equal(JSON.parse(warta(['stats', '--db', url, '--json']).stdout).articles, 9);
    assert.equal(JSON.parse(warta(['rejects', '--db', url, '--json']).stdout).length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const s = await PostgresStore.connect(url).catch(() => null);
    await s?.dropSchema();
    await s?.close();
  }
});
