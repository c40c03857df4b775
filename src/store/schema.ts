/** What the two stores share: schema version, name matching, limits. */
import { STEMMER_VERSION } from '../lang/id/stem.js';
import { normName } from './prepare.js';

/** Bumped when the layout of a store changes; a store of another version is refused. */
export const SCHEMA_VERSION = 1;
export { STEMMER_VERSION };

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;

/**
 * LIKE patterns that find a name as whole words of a stored (normalised) name: "prabowo"
 * finds "prabowo subianto"; "rutte" finds "mark rutte". The first is the exact name.
 */
export function namePatterns(name: string): [string, string, string, string] {
  const n = normName(name);
  const esc = n.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [n, `${esc} %`, `% ${esc}`, `% ${esc} %`];
}

export function clampLimit(limit: number | undefined, fallback = DEFAULT_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}
