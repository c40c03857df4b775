/** The shared store cases against SQLite (a fresh file in a temporary folder each). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from './sqlite.js';
import { storeCases } from './store.cases.js';

const dir = mkdtempSync(join(tmpdir(), 'warta-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

storeCases('sqlite', {
  open: async () => new SqliteStore(join(dir, `s${++n}.db`)),
  dispose: async (s) => s.close(),
});
