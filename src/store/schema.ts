/** What the two stores share: schema version, name matching, limits. */
import { STEMMER_VERSION } from '../lang/id/stem.js';
import type { EntityType } from '../types.js';
import { normName } from './prepare.js';

/** Bumped when the layout of a store changes; a store of another version is refused. */
export const SCHEMA_VERSION = 1;
export { STEMMER_VERSION };

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;
/** Facets count entities over at most this many matching articles (the newest). */
export const FACET_SAMPLE = 1000;

/**
 * LIKE patterns that find a name as whole words of a stored (normalised) name: "prabowo"
 * finds "prabowo subianto"; "rutte" finds "mark rutte". The first is the exact name.
 */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function namePatterns(name: string): [string, string, string, string] {
  const n = normName(name);
  const esc = likeEscape(n);
  return [n, `${esc} %`, `% ${esc}`, `% ${esc} %`];
}

export function clampLimit(limit: number | undefined, fallback = DEFAULT_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

/**
 * An entity reference: its store id ("42"), "TYPE:Name" ("PER:Prabowo Subianto"), or a
 * bare name; names are folded as stored. Null when there is nothing to look up.
 */
export function entityRef(ref: string): { id: number } | { type: EntityType | null; norm: string } | null {
  const t = ref.trim();
  if (/^\d{1,15}$/.test(t)) return { id: Number(t) };
  const m = /^(PER|ORG|LOC):(.*)$/i.exec(t);
  const norm = normName(m ? m[2]! : t);
  if (!norm) return null;
  return { type: m ? (m[1]!.toUpperCase() as EntityType) : null, norm };
}
