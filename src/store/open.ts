/** Opening a store from `--db`: a file path (SQLite) or a postgres:// URL. */
import { resolve } from 'node:path';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export const DEFAULT_DB = './warta.db';

/** `--db`, else $WARTA_DB, else ./warta.db. */
export function dbSpec(flag: string | undefined): string {
  return flag ?? (process.env.WARTA_DB || DEFAULT_DB);
}

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec);
}

export interface OpenOptions {
  /** Read commands: a missing store is an error rather than a new empty one. */
  mustExist?: boolean;
}

export async function openStore(spec: string, opts: OpenOptions = {}): Promise<Store & { warnings: string[] }> {
  if (isPostgresUrl(spec)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.connect(spec, opts);
  }
  return new SqliteStore(spec === ':memory:' ? spec : resolve(spec), { mustExist: opts.mustExist });
}
