/**
 * The shared store cases against a real PostgreSQL server: $WARTA_TEST_PG, else
 * postgres://postgres@127.0.0.1:5432/test (CI and the development machines run one). Each
 * case gets its own schema, dropped afterwards. An unreachable server fails the suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresStore } from './postgres.js';
import { storeCases } from './store.cases.js';

export const PG_URL = process.env.WARTA_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
let n = 0;

function schemaUrl(): string {
  const u = new URL(PG_URL);
  u.searchParams.set('schema', `warta_test_${process.pid}_${Date.now().toString(36)}_${++n}`);
  return u.toString();
}

test('postgres: the test server is reachable', async () => {
  try {
    const s = await PostgresStore.connect(schemaUrl());
    await s.dropSchema();
    await s.close();
  } catch (err) {
    assert.fail(
      `PostgreSQL is needed for these tests and was not reachable at ${PG_URL} (${(err as Error).message}). ` +
        'Start it (pg_ctlcluster 15 main start) or point $WARTA_TEST_PG at a server.',
    );
  }
});

storeCases('postgres', {
  open: async () => PostgresStore.connect(schemaUrl()),
  dispose: async (s) => {
    await (s as PostgresStore).dropSchema();
    await s.close();
  },
});
