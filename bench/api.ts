/**
 * `npm run bench:api`: search latency through the HTTP API (`warta serve`'s app on a real
 * socket, requests made one after another with fetch), over a store of the dev corpus.
 *
 * Queries are drawn (seeded) from the store itself: single title words, two title words,
 * quoted title phrases, entity filters (the most named entities), outlet + month filters,
 * and the empty query (newest first). Each is asked twice: as a plain search
 * (GET /api/articles?q=…) and as the UI asks it, with facets (…&facets=1).
 *
 *   npm run bench:api                          store at $WARTA_DB or ./warta.db; if missing, the dev
 *                                              corpus is ingested into a temporary store first
 *   npm run bench:api -- --db FILE|postgres://…  --queries 500  --json
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/api/server.js';
import { STOPWORDS } from '../src/search/query.js';
import { ingest } from '../src/store/ingest.js';
import { dbSpec, isPostgresUrl, openStore } from '../src/store/open.js';
import { sharedDir } from '../src/util/paths.js';
import { mulberry32 } from '../src/util/random.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, queries: { type: 'string', default: '400' }, json: { type: 'boolean' } },
});

function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const say = (s: string) => process.stderr.write(s + '\n');

async function main(): Promise<void> {
  let spec = dbSpec(values.db);
  let tmp: string | null = null;
  if (!isPostgresUrl(spec) && !existsSync(spec)) {
    const corpus = join(sharedDir(), 'data', 'news', 'dev-corpus.jsonl');
    if (!existsSync(corpus)) throw new Error(`no store at ${spec} and no dev corpus at ${corpus}`);
    tmp = mkdtempSync(join(tmpdir(), 'warta-bench-api-'));
    spec = join(tmp, 'dev.db');
    say(`bench:api: no store at ${dbSpec(values.db)}; ingesting ${corpus} into ${spec} first`);
    const s = await openStore(spec);
    await ingest(s, [corpus], {});
    await s.close();
  }
  const store = await openStore(spec, { mustExist: true });
  const server = await startServer({ store, port: 0, webRoot: null });
  try {
    const stats = await store.stats();
    const rand = mulberry32(20250707);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const titles = (await store.search({ query: '', all: true, limit: 1000 })).hits.map((h) => h.title);
    const words = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOPWORDS.has(w));
    const entities = (await store.entities({ top: 50 })).map((e) => e.name);
    const outlets = Object.keys(stats.outlets).filter((o) => o !== '(none)');
    const months = ['2025-06', '2025-07', '2025-05'];
    const n = Math.max(10, Number(values.queries));
    const queries: Array<{ kind: string; params: Record<string, string> }> = [];
    while (queries.length < n) {
      const r = rand();
      const w = words(pick(titles));
      if (r < 0.35 && w.length) queries.push({ kind: 'word', params: { q: pick(w) } });
      else if (r < 0.55 && w.length > 1) queries.push({ kind: 'two words', params: { q: `${pick(w)} ${pick(w)}` } });
      else if (r < 0.7 && w.length > 1) {
        const i = Math.floor(rand() * (w.length - 1));
        queries.push({ kind: 'phrase', params: { q: `"${w[i]} ${w[i + 1]}"` } });
      } else if (r < 0.82) queries.push({ kind: 'entity', params: { entity: pick(entities) } });
      else if (r < 0.94) queries.push({ kind: 'outlet+month', params: { outlet: pick(outlets), from: pick(months), to: pick(months) > '2025-06' ? '2025-07' : '2025-06' } });
      else queries.push({ kind: 'everything', params: {} });
    }
    const ask = async (params: Record<string, string>): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/articles?${new URLSearchParams(params)}`);
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (res.status !== 200 && res.status !== 400) throw new Error(`${res.status} for ${JSON.stringify(params)}`);
      return ms;
    };
    // Warm the caches once.
    for (const q of queries.slice(0, 50)) await ask(q.params);
    const plain: number[] = [];
    const faceted: number[] = [];
    const byKind = new Map<string, number[]>();
    for (const q of queries) {
      plain.push(await ask(q.params));
      const f = await ask({ ...q.params, facets: '1' });
      faceted.push(f);
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), f]);
    }
    const row = (xs: number[]) => ({ n: xs.length, p50: +pct(xs, 50).toFixed(1), p95: +pct(xs, 95).toFixed(1), max: +Math.max(...xs).toFixed(1) });
    const result = {
      store: { kind: store.kind, articles: stats.articles },
      search: row(plain),
      searchWithFacets: row(faceted),
      withFacetsByKind: Object.fromEntries([...byKind].map(([k, xs]) => [k, row(xs)])),
    };
    if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
    else {
      say(`bench:api: ${result.store.kind} store of ${result.store.articles} articles, ${n} queries over HTTP`);
      say(`  search               p50 ${result.search.p50} ms  p95 ${result.search.p95} ms  max ${result.search.max} ms`);
      say(`  search + facets (UI) p50 ${result.searchWithFacets.p50} ms  p95 ${result.searchWithFacets.p95} ms  max ${result.searchWithFacets.max} ms`);
      for (const [k, r] of Object.entries(result.withFacetsByKind)) say(`    ${k.padEnd(14)} n ${String(r.n).padStart(4)}  p50 ${r.p50} ms  p95 ${r.p95} ms`);
    }
  } finally {
    await server.close();
    await store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
