/**
 * `npm run bench:store`: the store at scale.
 *  - ingest articles/s with the full pipeline on worker threads, into SQLite and into
 *    PostgreSQL, and the ratio to a floor measured in the same run (read the file, parse each
 *    line, split words: what any tool must do);
 *  - a second ingest of the same input (it must add nothing);
 *  - search latency p50/p95 over 1,000 queries on a store of ≥ 100,000 articles: the
 *    analysed dev corpus replicated under new ids straight into the store (re-analysing
 *    100,000 articles would only measure the pipeline again), queried with title words,
 *    title phrases, content words and entity, speaker, outlet and date filters.
 *
 *   npm run bench:store                         everything (PostgreSQL at $WARTA_BENCH_PG or the local test database)
 *   npm run bench:store -- --replicas 20        copies of the corpus in the search store (default: enough for 100,000)
 *   npm run bench:store -- --no-pg              SQLite only
 *   npm run bench:store -- --pg-search          also time search on PostgreSQL at the same scale (slow to fill)
 *   npm run bench:store -- --json               figures as JSON
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedDir } from '../eval/gold.js';
import { STOPWORDS } from '../src/search/query.js';
import { ingest } from '../src/store/ingest.js';
import { PostgresStore } from '../src/store/postgres.js';
import { prepareArticle } from '../src/store/prepare.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { PreparedArticle, SearchOptions, Store } from '../src/store/types.js';
import type { Article, ArticleInput } from '../src/types.js';
import { mulberry32 } from '../src/util/random.js';

const WORDS = /\S+/g;

function floorSeconds(file: string): { seconds: number; articles: number } {
  let best = Infinity;
  let articles = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    articles = 0;
    let words = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const a = JSON.parse(line) as ArticleInput;
      WORDS.lastIndex = 0;
      while (WORDS.exec(a.text)) words++;
      articles++;
    }
    if (words < 0) throw new Error('unreachable');
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, articles };
}

interface Query {
  kind: string;
  opts: SearchOptions;
  /** For title queries: the article id that should come first (any replica of it). */
  expect?: string;
}

function makeQueries(articles: Article[], n: number): Query[] {
  const rand = mulberry32(20250612);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const words = (s: string): string[] => s.split(/\s+/).filter((w) => /^[\p{L}\p{N}-]{3,}$/u.test(w));
  // A one-word query is a content word, as a user would type (a stopword alone matches everything).
  const content = (ws: string[]): string[] => {
    const c = ws.filter((w) => !STOPWORDS.has(w.toLowerCase()));
    return c.length ? c : ws;
  };
  const withTitles = articles.filter((a) => words(a.title).length >= 4);
  const people = articles.flatMap((a) => a.entities.filter((e) => e.type === 'PER' && e.mentions.length >= 2).map((e) => e.name));
  const orgs = articles.flatMap((a) => a.entities.filter((e) => e.type !== 'PER').map((e) => e.name));
  const speakers = articles.flatMap((a) => a.quotes.filter((q) => q.speaker.entity).map((q) => q.speaker.name));
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))];
  const out: Query[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(withTitles);
    const tw = words(a.title);
    const r = i % 10;
    if (r < 3) {
      const k = 2 + Math.floor(rand() * 2);
      const at = Math.floor(rand() * (tw.length - k + 1));
      out.push({ kind: 'title words', opts: { query: tw.slice(at, at + k).join(' ') } });
    } else if (r < 5) {
      out.push({ kind: 'title phrase', opts: { query: a.title }, expect: a.id });
    } else if (r < 6) {
      const k = 2;
      const at = Math.floor(rand() * (tw.length - k + 1));
      out.push({ kind: 'quoted phrase', opts: { query: `"${tw.slice(at, at + k).join(' ')}"` } });
    } else if (r < 7) {
      out.push({ kind: 'word + outlet + dates', opts: { query: pick(content(tw)), outlet: pick(outlets), from: '2025-06-01', to: '2025-06-30' } });
    } else if (r < 8 && people.length) {
      out.push({ kind: 'entity filter', opts: { query: '', entity: pick(people) } });
    } else if (r < 9 && orgs.length) {
      out.push({ kind: 'word + entity', opts: { query: pick(content(tw)), entity: pick(orgs) } });
    } else if (speakers.length) {
      out.push({ kind: 'speaker filter', opts: { query: rand() < 0.5 ? pick(content(tw)) : '', speaker: pick(speakers) } });
    } else {
      out.push({ kind: 'title words', opts: { query: tw.slice(0, 2).join(' ') } });
    }
  }
  return out;
}

function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

interface SearchFigures {
  articles: number;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  byKind: Record<string, { n: number; p50: number; p95: number }>;
  titleFirst: { hits: number; of: number };
}

async function timeSearch(store: Store, queries: Query[], articles: number): Promise<SearchFigures> {
  for (const q of queries.slice(0, 20)) await store.search(q.opts); // warm the cache
  const times: number[] = [];
  const kinds = new Map<string, number[]>();
  let titleHits = 0;
  let titleOf = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const r = await store.search({ ...q.opts, limit: 10 });
    const ms = performance.now() - t0;
    times.push(ms);
    kinds.set(q.kind, [...(kinds.get(q.kind) ?? []), ms]);
    if (q.expect) {
      titleOf++;
      const first = r.hits[0]?.id.replace(/~r\d+$/, '');
      if (first === q.expect) titleHits++;
    }
  }
  const byKind: SearchFigures['byKind'] = {};
  for (const [k, xs] of kinds) byKind[k] = { n: xs.length, p50: pct(xs, 50), p95: pct(xs, 95) };
  return { articles, queries: queries.length, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), max: Math.max(...times), byKind, titleFirst: { hits: titleHits, of: titleOf } };
}

/** Copies of the stored corpus under new ids ("<id>~r<k>"), written straight to the store. */
async function replicate(store: Store, base: PreparedArticle[], copies: number): Promise<number> {
  let n = 0;
  for (let k = 1; k <= copies; k++) {
    for (let i = 0; i < base.length; i += 500) {
      const batch = base.slice(i, i + 500).map((a) => ({ ...a, key: `${a.key}~r${k}`, id: `${a.id}~r${k}`, url: a.url ? `${a.url}~r${k}` : null, hash: `${a.hash}~r${k}` }));
      const res = await store.writeBatch({ articles: batch, rejects: [], ledger: [] });
      n += res.added;
    }
  }
  return n;
}

function fileBytes(path: string): number {
  let b = 0;
  for (const f of [path, `${path}-wal`]) if (existsSync(f)) b += statSync(f).size;
  return b;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      replicas: { type: 'string' },
      queries: { type: 'string', default: '1000' },
      'no-pg': { type: 'boolean' },
      'pg-search': { type: 'boolean' },
      workers: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const file = values.file ?? join(sharedDir(), 'data', 'news', 'dev-corpus.jsonl');
  if (!existsSync(file)) {
    console.error(`bench:store: no input at ${file} (pass --file X.jsonl)`);
    return 1;
  }
  const workers = values.workers !== undefined ? Number(values.workers) : availableParallelism();
  const pgUrl = process.env.WARTA_BENCH_PG || process.env.WARTA_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  const log = (s: string): void => {
    if (!values.json) console.error(s);
  };
  const report: Record<string, unknown> = { input: file, workers, cores: availableParallelism() };
  try {
    const floor = floorSeconds(file);
    report.floor = { articles: floor.articles, seconds: floor.seconds, articlesPerSecond: floor.articles / floor.seconds };
    log(`floor: ${floor.articles} articles in ${floor.seconds.toFixed(2)} s`);

    // Ingest into SQLite, then again (must add nothing).
    const dbPath = join(dir, 'bench.db');
    const sqlite = new SqliteStore(dbPath);
    log('ingest → SQLite …');
    const s1 = await ingest(sqlite, [file], { workers });
    const s2 = await ingest(sqlite, [file], { workers });
    const stored = (await sqlite.stats()).articles;
    report.sqlite = {
      articles: s1.added,
      rejected: s1.rejected,
      seconds: s1.seconds,
      articlesPerSecond: s1.added / s1.seconds,
      ratioToFloor: s1.seconds / floor.seconds,
      secondIngestAdded: s2.added,
      storedAfterSecond: stored,
      bytes: fileBytes(dbPath),
    };
    log(`  ${s1.added} articles in ${s1.seconds.toFixed(1)} s: ${(s1.added / s1.seconds).toFixed(0)} articles/s; second ingest added ${s2.added}`);

    // Ingest into PostgreSQL.
    let pg: PostgresStore | null = null;
    if (!values['no-pg']) {
      const u = new URL(pgUrl);
      u.searchParams.set('schema', `warta_bench_${process.pid}`);
      pg = await PostgresStore.connect(u.toString());
      log('ingest → PostgreSQL …');
      const p1 = await ingest(pg, [file], { workers });
      const p2 = await ingest(pg, [file], { workers });
      report.postgres = {
        articles: p1.added,
        seconds: p1.seconds,
        articlesPerSecond: p1.added / p1.seconds,
        ratioToFloor: p1.seconds / floor.seconds,
        secondIngestAdded: p2.added,
        bytes: (await pg.stats()).store.bytes,
      };
      log(`  ${p1.added} articles in ${p1.seconds.toFixed(1)} s: ${(p1.added / p1.seconds).toFixed(0)} articles/s; second ingest added ${p2.added}`);
    }

    // The search store: the analysed corpus replicated to ≥ 100,000 articles.
    const articles: Article[] = [];
    for await (const a of sqlite.exportArticles()) articles.push(a);
    const base = articles.map((a) => prepareArticle(a, { key: `id:${a.id}`, hash: 'bench', source: null, line: null }));
    const copies = values.replicas !== undefined ? Number(values.replicas) : Math.max(0, Math.ceil(100_000 / Math.max(1, base.length)) - 1);
    log(`replicating ${base.length} articles × ${copies} into SQLite …`);
    const t0 = performance.now();
    await replicate(sqlite, base, copies);
    await sqlite.optimize();
    const total = (await sqlite.stats()).articles;
    report.replication = { copies, articles: total, seconds: (performance.now() - t0) / 1000 };
    const queries = makeQueries(articles, Number(values.queries));
    log(`searching: ${queries.length} queries on ${total} articles …`);
    const sq = await timeSearch(sqlite, queries, total);
    await sqlite.close();
    report.sqliteSearch = { ...sq, bytes: fileBytes(dbPath) };

    if (pg) {
      if (values['pg-search']) {
        log(`replicating ${base.length} articles × ${copies} into PostgreSQL …`);
        await replicate(pg, base, copies);
        await pg.optimize();
      }
      const n = (await pg.stats()).articles;
      log(`searching PostgreSQL: ${queries.length} queries on ${n} articles …`);
      report.postgresSearch = await timeSearch(pg, queries, n);
      await pg.dropSchema();
      await pg.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const f = report.floor as { articlesPerSecond: number };
  const row = (name: string, r: { articlesPerSecond: number; ratioToFloor: number; secondIngestAdded: number; bytes: number | null } | undefined): string =>
    r
      ? `${name.padEnd(34)} ${r.articlesPerSecond.toFixed(0).padStart(8)} ${r.ratioToFloor.toFixed(1).padStart(9)} ${String(r.secondIngestAdded).padStart(13)} ${r.bytes === null ? '' : `${(r.bytes / 1048576).toFixed(0)} MB`.padStart(9)}`
      : `${name.padEnd(34)} (skipped)`;
  console.log(`input: ${file}; ${report.workers} workers on ${report.cores} cores`);
  console.log(`${'ingest (full pipeline)'.padEnd(34)} ${'art/s'.padStart(8)} ${'× floor'.padStart(9)} ${'2nd: added'.padStart(13)} ${'size'.padStart(9)}`);
  console.log(`${'floor (read, parse, split words)'.padEnd(34)} ${f.articlesPerSecond.toFixed(0).padStart(8)} ${'1.0'.padStart(9)}`);
  console.log(row('SQLite', report.sqlite as never));
  console.log(row('PostgreSQL', report.postgres as never));
  const line = (name: string, s: SearchFigures | undefined, bytes?: number): void => {
    if (!s) return;
    console.log(
      `${name}: ${s.queries} queries on ${s.articles.toLocaleString('en-US')} articles: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(0)} ms; ` +
        `title phrase first ${s.titleFirst.hits}/${s.titleFirst.of}${bytes ? `; store ${(bytes / 1048576).toFixed(0)} MB` : ''}`,
    );
    for (const [k, v] of Object.entries(s.byKind)) console.log(`  ${k.padEnd(24)} n=${String(v.n).padStart(4)}  p50 ${v.p50.toFixed(1).padStart(6)} ms  p95 ${v.p95.toFixed(1).padStart(6)} ms`);
  };
  const ss = report.sqliteSearch as (SearchFigures & { bytes: number }) | undefined;
  line('search SQLite', ss, ss?.bytes);
  line('search PostgreSQL', report.postgresSearch as SearchFigures | undefined);
  return 0;
}

process.exitCode = await main();
