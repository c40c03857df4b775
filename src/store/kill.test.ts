/**
 * An ingest killed with SIGKILL in mid-run leaves a consistent store, and the next run
 * resumes and completes it: every record stored or rejected exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite.js';
import { syntheticJsonl } from './synthetic.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}
const BIN = join(repoRoot(), 'bin', 'warta');

const N = 500;
const BAD = new Map([
  [17, '{"id": "broken", "text": '],
  [230, JSON.stringify({ id: 'empty', title: 'Kosong', text: '   ' })],
  [410, 'not json at all'],
]);

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet
  }
}

test('ingest: kill -9 mid-run, then resume: complete, consistent, nothing doubled', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-kill-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, syntheticJsonl(N, BAD));
    const db = join(dir, 'store.db');
    const args = [BIN, 'ingest', input, '--db', db, '--batch', '10', '--workers', '1', '--quiet'];

    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let atKill = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      atKill = count(db);
      if (atKill >= 30 || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGKILL');
    const code = await exited;
    assert.equal(code, null, `the first run should be killed mid-run, not exit (${stderr})`);
    const afterKill = count(db);
    assert.ok(afterKill > 0 && afterKill < N, `killed mid-run: ${afterKill} of ${N} stored`);

    // The store as the kill left it is consistent: whole batches only.
    const mid = new SqliteStore(db);
    assert.deepEqual(await mid.check(), { ok: true, problems: [] });
    const led = await mid.ledger(resolve(input));
    assert.ok(led && !led.complete && led.done >= afterKill, `the ledger records progress: ${JSON.stringify(led)}`);
    assert.equal(led.done % 10, 0, 'whole batches of 10 records only');
    await mid.close();

    const second = spawnSync(process.execPath, [...args.slice(0, -1), '--json'], { encoding: 'utf8' });
    assert.equal(second.status, 0, second.stderr);
    const s2 = JSON.parse(second.stdout) as { added: number; unchanged: number; rejected: number; resumedPast: number; articles: number };
    assert.equal(s2.articles, N);
    assert.ok(s2.resumedPast > 0, 'the second run skipped what the first had done');
    assert.equal(s2.added + afterKill, N, 'each article added exactly once over both runs');

    const third = spawnSync(process.execPath, [...args.slice(0, -1), '--json'], { encoding: 'utf8' });
    assert.equal(third.status, 0, third.stderr);
    const s3 = JSON.parse(third.stdout) as { added: number; replaced: number; records: number; articles: number };
    assert.deepEqual([s3.added, s3.replaced, s3.records, s3.articles], [0, 0, 0, N], 'a third run adds nothing');

    const store = new SqliteStore(db);
    try {
      assert.deepEqual(await store.check(), { ok: true, problems: [] });
      const st = await store.stats();
      assert.equal(st.articles, N);
      assert.equal(st.rejects, BAD.size, 'every bad record kept once, with its reason');
      assert.deepEqual((await store.rejects()).map((r) => [r.line, r.code]), [
        [17, 'bad-json'],
        [230, 'empty-text'],
        [410, 'bad-json'],
      ]);
      const d = new Database(db, { readonly: true });
      const dupIds = d.prepare('SELECT count(*) AS n FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)').get() as { n: number };
      d.close();
      assert.equal(dupIds.n, 0);
      assert.equal((await store.ledger(resolve(input)))?.complete, true);
      assert.equal((await store.search({ query: 'Nomor 321' })).hits[0]?.id, 'syn-321');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
