/** The JSON API (src/api/app.ts), typed with the engine's own types. */
import type { Article, Entity, EntityType, Quantity, Quote, Stance, TimeExpr } from '../../src/types.js';
import type { CoMention, EntityRow, QuoteRow, SearchFacets, SearchHit, Stats, TimelinePoint } from '../../src/store/types.js';

export type { Article, Entity, EntityType, Quantity, Quote, Stance, TimeExpr, CoMention, EntityRow, QuoteRow, SearchFacets, SearchHit, Stats, TimelinePoint };

export interface SearchResponse {
  total: number;
  limit: number;
  offset: number;
  hits: SearchHit[];
  facets?: SearchFacets;
}

export interface EntityResponse {
  entity: EntityRow;
  by: 'month' | 'day';
  timeline: TimelinePoint[];
  coMentioned: CoMention[];
  quotes: QuoteRow[];
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function read<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(res.status, e?.code ?? 'http', e?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return read<T>(await fetch(path, { signal, headers: { accept: 'application/json' } }));
}

/** POST /api/analyze: fields as JSON, or raw text when there is no title. */
export async function analyzeArticle(input: { text: string; title?: string; published?: string; outlet?: string }, signal?: AbortSignal): Promise<Article> {
  const fields = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const raw = !fields.title && !fields.published && !fields.outlet;
  const res = await fetch('/api/analyze', {
    method: 'POST',
    signal,
    headers: { 'content-type': raw ? 'text/plain; charset=utf-8' : 'application/json' },
    body: raw ? input.text : JSON.stringify(fields),
  });
  return read<Article>(res);
}

export const TYPE_NAMES: Record<EntityType, string> = { PER: 'People', ORG: 'Organisations', LOC: 'Places' };
export const TYPE_ONE: Record<EntityType, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Place' };

export function entityHref(type: EntityType | string, name: string): string {
  return `/entities/${encodeURIComponent(`${type}:${name}`)}`;
}

export function articleHref(id: string, quote?: number): string {
  return `/articles/${encodeURIComponent(id)}${quote !== undefined ? `#q-${quote}` : ''}`;
}

/** "2025-07-03T19:43+07:00" → "3 Jul 2025 19:43"; dates alone stay dates. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const mon = months[Number(m[2]) - 1] ?? m[2];
  return [m[3] ? String(Number(m[3])) : null, mon, m[1], m[4] ?? null].filter(Boolean).join(' ');
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}
