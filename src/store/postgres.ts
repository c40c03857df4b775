/**
 * The PostgreSQL store, behind the same interface as the SQLite one. Full text: a tsvector
 * column over the stemmed title (weight A) and text (weight B) with the store's own text
 * search configuration `warta_id` (a copy of `simple`: the words come in already folded
 * and stemmed by src/lang/id/stem.ts, so the server must not stem them again), a GIN
 * index, ts_rank. Each batch is one transaction; rows go in with unnest() arrays.
 *
 * The URL may name a schema: postgres://user@host/db?schema=warta (created when missing).
 */
import pg from 'pg';
import { WartaError } from '../errors.js';
import { makeSnippet, parseQuery, titlePhraseTsquery, toTsquery } from '../search/query.js';
import type { Article, EntityType } from '../types.js';
import { dateCeil, dateFloor, normName, restoreArticle } from './prepare.js';
import { clampLimit, entityRef, FACET_SAMPLE, likeEscape, namePatterns, SCHEMA_VERSION, STEMMER_VERSION } from './schema.js';
import type {
  BatchWrite,
  CheckResult,
  CoMention,
  EntityQuery,
  EntityRow,
  FacetOptions,
  LedgerEntry,
  PreparedArticle,
  QuoteQuery,
  QuoteRow,
  RejectRecord,
  RejectRow,
  SearchFacets,
  SearchHit,
  SearchOptions,
  SearchResult,
  Stats,
  Store,
  TimelinePoint,
  WriteResult,
} from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  rowid bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  hash text NOT NULL,
  id text NOT NULL,
  title text NOT NULL,
  lead text,
  category text,
  dateline_place text,
  dateline_agency text,
  published text,
  pub_date text,
  published_raw text,
  author text,
  url text,
  outlet text,
  text text NOT NULL,
  doc bytea NOT NULL,
  source text,
  line integer,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_pub ON articles (pub_date);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (lower(outlet), pub_date);
CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING gin (tsv);
CREATE TABLE IF NOT EXISTS entities (
  id serial PRIMARY KEY,
  type text NOT NULL,
  norm text NOT NULL,
  name text NOT NULL,
  articles integer NOT NULL DEFAULT 0,
  mentions integer NOT NULL DEFAULT 0,
  UNIQUE (type, norm)
);
CREATE INDEX IF NOT EXISTS entities_norm ON entities (norm);
CREATE INDEX IF NOT EXISTS entities_articles ON entities (articles DESC);
CREATE TABLE IF NOT EXISTS article_entities (
  entity integer NOT NULL,
  article bigint NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
  mentions integer NOT NULL,
  PRIMARY KEY (entity, article)
);
CREATE INDEX IF NOT EXISTS article_entities_article ON article_entities (article);
CREATE TABLE IF NOT EXISTS mentions (
  article bigint NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
  entity integer NOT NULL,
  span_start integer,
  span_end integer,
  text text NOT NULL,
  in_dateline boolean NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article);
CREATE TABLE IF NOT EXISTS speakers (id serial PRIMARY KEY, norm text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE IF NOT EXISTS quotes (
  article bigint NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
  ord integer NOT NULL,
  speaker integer NOT NULL,
  entity integer,
  kind text NOT NULL,
  stance text,
  cue text NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  content text NOT NULL,
  PRIMARY KEY (article, ord)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE INDEX IF NOT EXISTS quotes_entity ON quotes (entity);
CREATE TABLE IF NOT EXISTS quantities (
  article bigint NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  value double precision,
  value_max double precision,
  unit text,
  approx text,
  vague text
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities (article);
CREATE TABLE IF NOT EXISTS times (
  article bigint NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  value text NOT NULL
);
CREATE INDEX IF NOT EXISTS times_article ON times (article);
CREATE INDEX IF NOT EXISTS times_value ON times (value);
CREATE TABLE IF NOT EXISTS rejects (
  source text NOT NULL,
  line integer NOT NULL,
  record_id text,
  code text NOT NULL,
  message text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, line)
);
CREATE TABLE IF NOT EXISTS sources (
  path text PRIMARY KEY,
  size bigint NOT NULL,
  mtime double precision NOT NULL,
  done integer NOT NULL,
  complete boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;

/** PostgreSQL text may not hold NUL; U+FFFD keeps every offset where it was. */
function pgText<T extends string | null>(s: T): T {
  return (s !== null && s.includes('\u0000') ? s.replace(/\u0000/g, '\uFFFD') : s) as T;
}

/** The URL without its password, for messages and stats. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

type Q = { total?: string; rid: string; id: string; title: string; published: string | null; outlet: string | null; url: string | null; author: string | null; score: number; text: string };

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly warnings: string[] = [];

  private constructor(
    private readonly client: pg.Client,
    readonly location: string,
    private readonly schema: string,
  ) {}

  /** Connect, create the schema and tables when missing (unless `mustExist`). */
  static async connect(url: string, opts: { mustExist?: boolean } = {}): Promise<PostgresStore> {
    let schema = 'public';
    let conn = url;
    try {
      const u = new URL(url);
      const s = u.searchParams.get('schema');
      if (s) {
        if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(s)) throw new WartaError('usage', `bad schema name in the URL: ${s}`);
        schema = s;
        u.searchParams.delete('schema');
        conn = u.toString();
      }
    } catch (err) {
      if (err instanceof WartaError) throw err;
      throw new WartaError('usage', `not a PostgreSQL URL: ${redact(url)}`);
    }
    const client = new pg.Client({ connectionString: conn });
    client.on('error', () => {
      // A dropped connection surfaces on the next query; nothing to do here.
    });
    try {
      await client.connect();
    } catch (err) {
      throw new WartaError('unreadable', `cannot connect to PostgreSQL at ${redact(url)}: ${(err as Error).message}`);
    }
    const store = new PostgresStore(client, redact(url), schema);
    try {
      await store.migrate(Boolean(opts.mustExist));
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    return store;
  }

  private async migrate(mustExist: boolean): Promise<void> {
    const c = this.client;
    const ident = `"${this.schema}"`;
    const present = await c.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'meta'`, [this.schema]);
    if (present.rowCount === 0) {
      if (mustExist) throw new WartaError('not-found', `no warta store in ${this.location} (schema ${this.schema}); fill one with: warta ingest FILE… --db URL`);
      await c.query('SELECT pg_advisory_lock(727274)');
      try {
        await c.query(`CREATE SCHEMA IF NOT EXISTS ${ident}`);
        await c.query(`SET search_path TO ${ident}`);
        await c.query('BEGIN');
        await c.query(SCHEMA);
        await c.query(`DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config t JOIN pg_namespace n ON n.oid = t.cfgnamespace
                         WHERE t.cfgname = 'warta_id' AND n.nspname = current_schema()) THEN
            CREATE TEXT SEARCH CONFIGURATION warta_id (COPY = pg_catalog.simple);
          END IF; END $$`);
        await c.query(`INSERT INTO meta (key, value) VALUES ('schema', $1), ('stemmer', $2), ('created', now()::text) ON CONFLICT (key) DO NOTHING`, [
          String(SCHEMA_VERSION),
          String(STEMMER_VERSION),
        ]);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        await c.query('SELECT pg_advisory_unlock(727274)');
      }
    } else {
      await c.query(`SET search_path TO ${ident}`);
    }
    const meta = new Map((await c.query<{ key: string; value: string }>('SELECT key, value FROM meta')).rows.map((r) => [r.key, r.value]));
    if (meta.get('schema') !== String(SCHEMA_VERSION)) {
      throw new WartaError('unreadable', `${this.location} holds a warta store of schema ${meta.get('schema')}; this warta reads schema ${SCHEMA_VERSION}`);
    }
    if (meta.get('stemmer') !== String(STEMMER_VERSION)) {
      this.warnings.push(`the store was indexed with stemmer ${meta.get('stemmer')} (now ${STEMMER_VERSION}): some word forms may not match until it is re-ingested`);
    }
  }

  async existing(keys: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (keys.length === 0) return out;
    const r = await this.client.query<{ key: string; hash: string }>('SELECT key, hash FROM articles WHERE key = ANY($1::text[])', [keys]);
    for (const row of r.rows) out.set(row.key, row.hash);
    return out;
  }

  async writeBatch(batch: BatchWrite): Promise<WriteResult> {
    const c = this.client;
    const result: WriteResult = { added: 0, replaced: 0, unchanged: 0, rejected: 0 };
    await c.query('BEGIN');
    try {
      // Which articles are new, changed or the same; the last version of a key in the batch wins.
      const keys = [...new Set(batch.articles.map((a) => a.key))];
      const stored = new Map<string, { rowid: string; hash: string }>();
      if (keys.length) {
        const r = await c.query<{ rowid: string; key: string; hash: string }>('SELECT rowid, key, hash FROM articles WHERE key = ANY($1::text[]) FOR UPDATE', [keys]);
        for (const row of r.rows) stored.set(row.key, { rowid: row.rowid, hash: row.hash });
      }
      const latest = new Map<string, PreparedArticle>();
      const seenHash = new Map<string, string>();
      for (const a of batch.articles) {
        const before = seenHash.get(a.key) ?? stored.get(a.key)?.hash;
        if (before === a.hash) {
          result.unchanged++;
          continue;
        }
        if (before === undefined) result.added++;
        else result.replaced++;
        seenHash.set(a.key, a.hash);
        latest.set(a.key, a);
      }
      const replacedIds = [...latest.keys()].map((k) => stored.get(k)?.rowid).filter((x): x is string => x !== undefined);
      if (replacedIds.length) {
        await c.query(
          `UPDATE entities e SET articles = e.articles - d.n, mentions = e.mentions - d.m
           FROM (SELECT entity, count(*)::int AS n, sum(mentions)::int AS m FROM article_entities WHERE article = ANY($1::bigint[]) GROUP BY entity) d
           WHERE e.id = d.entity`,
          [replacedIds],
        );
        await c.query('DELETE FROM articles WHERE rowid = ANY($1::bigint[])', [replacedIds]);
      }
      const list = [...latest.values()];
      if (list.length) await this.insertArticles(list);
      await this.writeRejects(batch.rejects, list);
      result.rejected = batch.rejects.length;
      for (const l of batch.ledger) {
        await c.query(
          `INSERT INTO sources (path, size, mtime, done, complete, updated_at) VALUES ($1, $2, $3, $4, $5, now())
           ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, done = excluded.done,
           complete = excluded.complete, updated_at = now()`,
          [l.path, l.size, l.mtime, l.done, l.complete],
        );
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return result;
  }

  private async insertArticles(list: PreparedArticle[]): Promise<void> {
    const c = this.client;
    const col = <T>(f: (a: PreparedArticle) => T): T[] => list.map(f);
    const r = await c.query<{ rowid: string; key: string }>(
      `INSERT INTO articles (key, hash, id, title, lead, category, dateline_place, dateline_agency, published, pub_date,
         published_raw, author, url, outlet, text, doc, source, line, tsv)
       SELECT t.key, t.hash, t.id, t.title, t.lead, t.category, t.dp, t.da, t.published, t.pub_date, t.praw, t.author, t.url,
         t.outlet, t.text, t.doc, t.source, t.line,
         setweight(to_tsvector('warta_id', t.ts), 'A') || setweight(to_tsvector('warta_id', t.bs), 'B')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::bytea[], $17::text[], $18::int[],
         $19::text[], $20::text[])
         AS t(key, hash, id, title, lead, category, dp, da, published, pub_date, praw, author, url, outlet, text, doc, source, line, ts, bs)
       RETURNING rowid, key`,
      [
        col((a) => a.key),
        col((a) => a.hash),
        col((a) => pgText(a.id)),
        col((a) => pgText(a.title)),
        col((a) => pgText(a.lead)),
        col((a) => pgText(a.category)),
        col((a) => pgText(a.datelinePlace)),
        col((a) => pgText(a.datelineAgency)),
        col((a) => a.published),
        col((a) => a.pubDate),
        col((a) => pgText(a.publishedRaw)),
        col((a) => pgText(a.author)),
        col((a) => pgText(a.url)),
        col((a) => pgText(a.outlet)),
        col((a) => pgText(a.text)),
        col((a) => Buffer.from(a.doc.buffer, a.doc.byteOffset, a.doc.byteLength)),
        col((a) => a.source),
        col((a) => a.line),
        col((a) => a.titleStem),
        col((a) => a.bodyStem),
      ],
    );
    const rowOf = new Map(r.rows.map((x) => [x.key, x.rowid]));

    // Shared entities and speakers: insert the new ones, then look all of them up.
    const ents = new Map<string, { type: string; norm: string; name: string }>();
    const spks = new Map<string, string>();
    for (const a of list) {
      for (const e of a.entities) ents.set(`${e.type}\u0000${e.norm}`, { type: e.type, norm: pgText(e.norm), name: pgText(e.name) });
      for (const q of a.quotes) if (!spks.has(q.speakerNorm)) spks.set(pgText(q.speakerNorm), pgText(q.speakerName));
    }
    const entityId = new Map<string, number>();
    if (ents.size) {
      const types = [...ents.values()].map((e) => e.type);
      const norms = [...ents.values()].map((e) => e.norm);
      await c.query(
        `INSERT INTO entities (type, norm, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (type, norm) DO NOTHING`,
        [types, norms, [...ents.values()].map((e) => e.name)],
      );
      const got = await c.query<{ id: number; type: string; norm: string }>(
        `SELECT e.id, e.type, e.norm FROM entities e JOIN unnest($1::text[], $2::text[]) AS k(type, norm) ON e.type = k.type AND e.norm = k.norm`,
        [types, norms],
      );
      for (const g of got.rows) entityId.set(`${g.type}\u0000${g.norm}`, g.id);
    }
    const speakerId = new Map<string, number>();
    if (spks.size) {
      await c.query(`INSERT INTO speakers (norm, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (norm) DO NOTHING`, [[...spks.keys()], [...spks.values()]]);
      const got = await c.query<{ id: number; norm: string }>('SELECT id, norm FROM speakers WHERE norm = ANY($1::text[])', [[...spks.keys()]]);
      for (const g of got.rows) speakerId.set(g.norm, g.id);
    }

    const ae = new Map<string, { entity: number; article: string; mentions: number }>();
    const m: { article: string[]; entity: number[]; s: Array<number | null>; e: Array<number | null>; text: string[]; dl: boolean[] } = { article: [], entity: [], s: [], e: [], text: [], dl: [] };
    const q: { article: string[]; ord: number[]; speaker: number[]; entity: Array<number | null>; kind: string[]; stance: Array<string | null>; cue: string[]; s: number[]; e: number[]; content: string[] } = {
      article: [], ord: [], speaker: [], entity: [], kind: [], stance: [], cue: [], s: [], e: [], content: [],
    };
    const qt: { article: string[]; s: number[]; e: number[]; text: string[]; value: Array<number | null>; max: Array<number | null>; unit: Array<string | null>; approx: Array<string | null>; vague: Array<string | null> } = {
      article: [], s: [], e: [], text: [], value: [], max: [], unit: [], approx: [], vague: [],
    };
    const tm: { article: string[]; s: number[]; e: number[]; text: string[]; value: string[] } = { article: [], s: [], e: [], text: [], value: [] };
    for (const a of list) {
      const rowid = rowOf.get(a.key)!;
      const local = new Map<string, number>();
      for (const e of a.entities) {
        const eid = entityId.get(`${e.type}\u0000${pgText(e.norm)}`)!;
        local.set(e.local, eid);
        const k = `${eid}:${rowid}`;
        const prev = ae.get(k);
        if (prev) prev.mentions += e.mentions.length;
        else ae.set(k, { entity: eid, article: rowid, mentions: e.mentions.length });
        for (const x of e.mentions) {
          m.article.push(rowid);
          m.entity.push(eid);
          m.s.push(x.start);
          m.e.push(x.end);
          m.text.push(pgText(x.text));
          m.dl.push(x.inDateline);
        }
      }
      a.quotes.forEach((x, i) => {
        q.article.push(rowid);
        q.ord.push(i);
        q.speaker.push(speakerId.get(pgText(x.speakerNorm))!);
        q.entity.push(x.speakerLocal ? (local.get(x.speakerLocal) ?? null) : null);
        q.kind.push(x.kind);
        q.stance.push(x.stance);
        q.cue.push(pgText(x.cue));
        q.s.push(x.start);
        q.e.push(x.end);
        q.content.push(pgText(x.content));
      });
      for (const x of a.quantities) {
        qt.article.push(rowid);
        qt.s.push(x.start);
        qt.e.push(x.end);
        qt.text.push(pgText(x.text));
        qt.value.push(x.value !== null && Number.isFinite(x.value) ? x.value : null);
        qt.max.push(x.valueMax !== undefined && Number.isFinite(x.valueMax) ? x.valueMax : null);
        qt.unit.push(x.unit === null ? null : pgText(x.unit));
        qt.approx.push(x.approx);
        qt.vague.push(x.vague);
      }
      for (const x of a.times) {
        tm.article.push(rowid);
        tm.s.push(x.start);
        tm.e.push(x.end);
        tm.text.push(pgText(x.text));
        tm.value.push(pgText(x.value));
      }
    }
    if (ae.size) {
      const rows = [...ae.values()];
      await c.query('INSERT INTO article_entities (entity, article, mentions) SELECT * FROM unnest($1::int[], $2::bigint[], $3::int[])', [
        rows.map((x) => x.entity),
        rows.map((x) => x.article),
        rows.map((x) => x.mentions),
      ]);
      const per = new Map<number, { n: number; m: number }>();
      for (const x of rows) {
        const p = per.get(x.entity) ?? { n: 0, m: 0 };
        p.n++;
        p.m += x.mentions;
        per.set(x.entity, p);
      }
      await c.query(
        `UPDATE entities e SET articles = e.articles + d.n, mentions = e.mentions + d.m
         FROM unnest($1::int[], $2::int[], $3::int[]) AS d(id, n, m) WHERE e.id = d.id`,
        [[...per.keys()], [...per.values()].map((p) => p.n), [...per.values()].map((p) => p.m)],
      );
    }
    if (m.article.length) {
      await c.query('INSERT INTO mentions (article, entity, span_start, span_end, text, in_dateline) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[], $6::bool[])', [
        m.article, m.entity, m.s, m.e, m.text, m.dl,
      ]);
    }
    if (q.article.length) {
      await c.query(
        `INSERT INTO quotes (article, ord, speaker, entity, kind, stance, cue, span_start, span_end, content)
         SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[])`,
        [q.article, q.ord, q.speaker, q.entity, q.kind, q.stance, q.cue, q.s, q.e, q.content],
      );
    }
    if (qt.article.length) {
      await c.query(
        `INSERT INTO quantities (article, span_start, span_end, text, value, value_max, unit, approx, vague)
         SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[], $5::float8[], $6::float8[], $7::text[], $8::text[], $9::text[])`,
        [qt.article, qt.s, qt.e, qt.text, qt.value, qt.max, qt.unit, qt.approx, qt.vague],
      );
    }
    if (tm.article.length) {
      await c.query('INSERT INTO times (article, span_start, span_end, text, value) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[], $5::text[])', [
        tm.article, tm.s, tm.e, tm.text, tm.value,
      ]);
    }
  }

  private async writeRejects(rejects: readonly RejectRecord[], stored: readonly PreparedArticle[]): Promise<void> {
    const c = this.client;
    const ok = stored.filter((a) => a.source !== null);
    if (ok.length) {
      await c.query('DELETE FROM rejects r USING unnest($1::text[], $2::int[]) AS k(source, line) WHERE r.source = k.source AND r.line = k.line', [
        ok.map((a) => a.source),
        ok.map((a) => a.line ?? 0),
      ]);
    }
    if (!rejects.length) return;
    const last = new Map<string, RejectRecord>();
    for (const r of rejects) last.set(`${r.source}\u0000${r.line ?? 0}`, r);
    const rows = [...last.values()];
    await c.query(
      `INSERT INTO rejects (source, line, record_id, code, message, at)
       SELECT s, l, i, c, m, now() FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) AS t(s, l, i, c, m)
       ON CONFLICT (source, line) DO UPDATE SET record_id = excluded.record_id, code = excluded.code, message = excluded.message, at = now()`,
      [rows.map((r) => pgText(r.source)), rows.map((r) => r.line ?? 0), rows.map((r) => (r.recordId === null ? null : pgText(r.recordId))), rows.map((r) => r.code), rows.map((r) => pgText(r.message))],
    );
  }

  async ledger(path: string): Promise<LedgerEntry | null> {
    const r = await this.client.query<{ path: string; size: string; mtime: number; done: number; complete: boolean }>(
      'SELECT path, size, mtime, done, complete FROM sources WHERE path = $1',
      [path],
    );
    const row = r.rows[0];
    return row ? { path: row.path, size: Number(row.size), mtime: row.mtime, done: row.done, complete: row.complete } : null;
  }

  private async idsByName(table: 'entities' | 'speakers', name: string): Promise<number[]> {
    const pats = namePatterns(name);
    if (pats[0] === '') return [];
    const r = await this.client.query<{ id: number }>(`SELECT id FROM ${table} WHERE norm = $1 OR norm LIKE $2 OR norm LIKE $3 OR norm LIKE $4`, pats);
    return r.rows.map((x) => x.id);
  }

  /** The filters of a search as conditions on `articles a`; null when a name matches nothing. */
  private async filters(opts: SearchOptions, p: (v: unknown) => string): Promise<string[] | null> {
    const where: string[] = [];
    if (opts.outlet) where.push(`lower(a.outlet) = lower(${p(opts.outlet)})`);
    if (opts.from) where.push(`a.pub_date >= ${p(dateFloor(opts.from))}`);
    if (opts.to) where.push(`a.pub_date <= ${p(dateCeil(opts.to))}`);
    if (opts.entity) {
      const ids = await this.idsByName('entities', opts.entity);
      if (ids.length === 0) return null;
      where.push(`a.rowid IN (SELECT article FROM article_entities WHERE entity = ANY(${p(ids)}::int[]))`);
    }
    if (opts.speaker) {
      const sids = await this.idsByName('speakers', opts.speaker);
      const eids = await this.idsByName('entities', opts.speaker);
      if (sids.length === 0 && eids.length === 0) return null;
      where.push(`a.rowid IN (SELECT article FROM quotes WHERE speaker = ANY(${p(sids)}::int[]) OR entity = ANY(${p(eids)}::int[]))`);
    }
    return where;
  }

  async search(opts: SearchOptions): Promise<SearchResult> {
    const limit = clampLimit(opts.limit);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const parsed = parseQuery(opts.query ?? '');
    const tsq = toTsquery(parsed);
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = await this.filters(opts, p);
    if (where === null) return { total: 0, hits: [] };
    if (tsq === null && where.length === 0 && !opts.all) {
      throw new WartaError('usage', 'search needs words to look for, or a filter (--entity, --speaker, --outlet, --from, --to)');
    }
    const cols = 'a.rowid AS rid, a.id, a.title, a.published, a.outlet, a.url, a.author';
    let total: number;
    let rows: Q[];
    if (tsq !== null) {
      const qp = p(tsq);
      where.unshift(`a.tsv @@ to_tsquery('warta_id', ${qp})`);
      const cond = where.join(' AND ');
      const countParams = params.slice();
      const tp = titlePhraseTsquery(parsed);
      const boost = tp ? `(a.tsv @@ to_tsquery('warta_id', ${p(tp)}))` : 'false';
      rows = (
        await this.client.query<Q>(
          `SELECT s.*, a.text FROM (
             SELECT ${cols}, ts_rank(a.tsv, to_tsquery('warta_id', ${qp})) AS score, ${boost} AS tp, count(*) OVER () AS total
             FROM articles a WHERE ${cond} ORDER BY tp DESC, score DESC, a.rowid LIMIT ${p(limit)} OFFSET ${p(offset)}
           ) s JOIN articles a ON a.rowid = s.rid ORDER BY s.tp DESC, s.score DESC, s.rid`,
          params,
        )
      ).rows;
      total = rows[0] ? Number(rows[0].total) : offset > 0 ? Number((await this.client.query<{ n: string }>(`SELECT count(*) AS n FROM articles a WHERE ${cond}`, countParams)).rows[0]!.n) : 0;
    } else {
      const cond = where.length ? where.join(' AND ') : 'true';
      total = Number((await this.client.query<{ n: string }>(`SELECT count(*) AS n FROM articles a WHERE ${cond}`, params.slice())).rows[0]!.n);
      rows = (
        await this.client.query<Q>(
          `SELECT ${cols}, 0 AS score, a.text FROM articles a WHERE ${cond} ORDER BY a.pub_date DESC NULLS LAST, a.rowid DESC LIMIT ${p(limit)} OFFSET ${p(offset)}`,
          params,
        )
      ).rows;
    }
    const hits: SearchHit[] = rows.map((r) => ({
      id: r.id,
      title: r.title,
      published: r.published,
      outlet: r.outlet,
      url: r.url,
      author: r.author,
      snippet: makeSnippet(r.text, parsed.stems),
      score: Number(r.score),
    }));
    return { total, hits };
  }

  async getArticle(ref: string): Promise<Article | null> {
    const tries: Array<[string, string]> = [
      ['SELECT doc, text FROM articles WHERE id = $1 ORDER BY rowid DESC LIMIT 1', ref],
      ['SELECT doc, text FROM articles WHERE key = $1', ref],
      ['SELECT doc, text FROM articles WHERE key = $1', `id:${ref}`],
      ['SELECT doc, text FROM articles WHERE url = $1 ORDER BY rowid DESC LIMIT 1', ref],
    ];
    for (const [sql, v] of tries) {
      const r = await this.client.query<{ doc: Buffer; text: string }>(sql, [v]);
      if (r.rows[0]) return restoreArticle(r.rows[0].doc, r.rows[0].text);
    }
    return null;
  }

  async entities(opts: EntityQuery = {}): Promise<EntityRow[]> {
    const top = clampLimit(opts.top, 20);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['articles > 0'];
    if (opts.type) where.push(`type = ${p(opts.type)}`);
    const q = opts.query === undefined ? '' : normName(opts.query);
    if (q) where.push(`norm LIKE ${p(`%${likeEscape(q)}%`)}`);
    const r = await this.client.query<EntityRow>(
      `SELECT id, name, type, articles, mentions FROM entities WHERE ${where.join(' AND ')} ORDER BY articles DESC, mentions DESC, name LIMIT ${p(top)} OFFSET ${p(offset)}`,
      params,
    );
    return r.rows;
  }

  async entity(ref: string): Promise<EntityRow | null> {
    const r = entityRef(ref);
    if (!r) return null;
    const cols = 'SELECT id, name, type, articles, mentions FROM entities';
    if ('id' in r && r.id > 2147483647) return null;
    const res =
      'id' in r
        ? await this.client.query<EntityRow>(`${cols} WHERE id = $1`, [r.id])
        : r.type
          ? await this.client.query<EntityRow>(`${cols} WHERE type = $1 AND norm = $2`, [r.type, pgText(r.norm)])
          : await this.client.query<EntityRow>(`${cols} WHERE norm = $1 ORDER BY articles DESC, mentions DESC, id LIMIT 1`, [pgText(r.norm)]);
    return res.rows[0] ?? null;
  }

  async timeline(entity: number, opts: { by?: 'month' | 'day' } = {}): Promise<TimelinePoint[]> {
    const period = opts.by === 'day' ? 'a.pub_date' : 'substr(a.pub_date, 1, 7)';
    const r = await this.client.query<{ period: string; articles: string; mentions: string }>(
      `SELECT ${period} AS period, count(*) AS articles, sum(ae.mentions) AS mentions
       FROM article_entities ae JOIN articles a ON a.rowid = ae.article
       WHERE ae.entity = $1 AND a.pub_date IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [entity],
    );
    return r.rows.map((x) => ({ period: x.period, articles: Number(x.articles), mentions: Number(x.mentions) }));
  }

  async coMentioned(entity: number, opts: { top?: number; type?: EntityType } = {}): Promise<CoMention[]> {
    const top = clampLimit(opts.top, 20);
    const r = await this.client.query<EntityRow & { together: string }>(
      `SELECT e.id, e.name, e.type, e.articles, e.mentions, count(*) AS together
       FROM article_entities mine JOIN article_entities other ON other.article = mine.article
       JOIN entities e ON e.id = other.entity
       WHERE mine.entity = $1 AND other.entity != $1 AND ($2::text IS NULL OR e.type = $2)
       GROUP BY e.id ORDER BY together DESC, e.articles DESC, e.name LIMIT $3`,
      [entity, opts.type ?? null, top],
    );
    return r.rows.map((x) => ({ ...x, together: Number(x.together) }));
  }

  async quotes(opts: QuoteQuery): Promise<QuoteRow[]> {
    const limit = clampLimit(opts.limit, 50);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (opts.speaker !== undefined) {
      const sids = await this.idsByName('speakers', opts.speaker);
      const eids = await this.idsByName('entities', opts.speaker);
      if (sids.length === 0 && eids.length === 0) return [];
      where.push(`(q.speaker = ANY(${p(sids)}::int[]) OR q.entity = ANY(${p(eids)}::int[]))`);
    }
    if (opts.entity !== undefined) {
      const id = p(opts.entity);
      where.push(`(q.entity = ${id} OR q.speaker IN (SELECT s.id FROM speakers s JOIN entities x ON x.norm = s.norm WHERE x.id = ${id} AND x.type = 'PER'))`);
    }
    if (opts.stance) where.push(`q.stance = ${p(opts.stance)}`);
    if (opts.from) where.push(`a.pub_date >= ${p(dateFloor(opts.from))}`);
    if (opts.to) where.push(`a.pub_date <= ${p(dateCeil(opts.to))}`);
    const r = await this.client.query<QuoteRow>(
      `SELECT a.id AS "articleId", q.ord, a.title, a.published, a.outlet, s.name AS speaker, e.name AS entity, q.kind, q.stance, q.cue, q.content
       FROM quotes q JOIN articles a ON a.rowid = q.article JOIN speakers s ON s.id = q.speaker LEFT JOIN entities e ON e.id = q.entity
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.pub_date DESC NULLS LAST, a.rowid DESC, q.ord LIMIT ${p(limit)} OFFSET ${p(offset)}`,
      params,
    );
    return r.rows;
  }

  async facets(opts: FacetOptions): Promise<SearchFacets> {
    const top = clampLimit(opts.top, 8);
    const sample = Math.max(1, Math.floor(opts.sample ?? FACET_SAMPLE));
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = await this.filters(opts, p);
    if (where === null) return { total: 0, outlets: [], months: [], types: [], entities: [], entityBase: 0 };
    const tsq = toTsquery(parseQuery(opts.query ?? ''));
    if (tsq !== null) where.unshift(`a.tsv @@ to_tsquery('warta_id', ${p(tsq)})`);
    else if (where.length === 0 && !opts.all) {
      throw new WartaError('usage', 'search needs words to look for, or a filter (--entity, --speaker, --outlet, --from, --to)');
    }
    const everything = where.length === 0;
    const set = `SELECT a.rowid AS rid, a.outlet, a.pub_date FROM articles a WHERE ${everything ? 'true' : where.join(' AND ')}`;
    // The whole store: the entities' own article counts are the answer; else count over the
    // matches (the newest `sample` of them when more match).
    const counted = everything
      ? `SELECT id AS entity, articles AS n FROM entities WHERE articles > 0`
      : `SELECT ae.entity, count(*) AS n FROM (SELECT rid FROM m ORDER BY pub_date DESC NULLS LAST, rid DESC LIMIT ${p(sample)}) s
         JOIN article_entities ae ON ae.article = s.rid GROUP BY ae.entity`;
    const r = await this.client.query<{ kind: string; value: string; id: number | null; type: EntityType | null; count: string; typed: string | null }>(
      `WITH m AS MATERIALIZED (${set}),
       c AS (${counted}),
       r AS (SELECT e.id, e.name, e.type, c.n, row_number() OVER (PARTITION BY e.type ORDER BY c.n DESC, e.articles DESC, e.name COLLATE "C") AS rk,
                    count(*) OVER (PARTITION BY e.type) AS typed
             FROM c JOIN entities e ON e.id = c.entity)
       SELECT 'total' AS kind, '' AS value, NULL::int AS id, NULL::text AS type, count(*) AS count, NULL::bigint AS typed, 0::bigint AS rk FROM m
       UNION ALL
       SELECT 'outlet', coalesce(outlet, ''), NULL, NULL, count(*), NULL, 0 FROM m GROUP BY coalesce(outlet, '')
       UNION ALL
       SELECT 'month', substr(pub_date, 1, 7), NULL, NULL, count(*), NULL, 0 FROM m WHERE pub_date IS NOT NULL GROUP BY substr(pub_date, 1, 7)
       UNION ALL
       SELECT 'entity', name, id, type, n, typed, rk FROM r WHERE rk <= ${p(top)}
       ORDER BY 1, 7`,
      params,
    );
    const out: SearchFacets = { total: 0, outlets: [], months: [], types: [], entities: [], entityBase: 0 };
    const types = new Map<EntityType, number>();
    for (const x of r.rows) {
      const count = Number(x.count);
      if (x.kind === 'total') out.total = count;
      else if (x.kind === 'outlet') out.outlets.push({ value: x.value, count });
      else if (x.kind === 'month') out.months.push({ value: x.value, count });
      else if (x.kind === 'entity' && x.type && x.id !== null) {
        out.entities.push({ id: x.id, name: x.value, type: x.type, count });
        types.set(x.type, Number(x.typed));
      }
    }
    const byValue = (a: { value: string }, b: { value: string }) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
    out.outlets.sort((a, b) => b.count - a.count || byValue(a, b));
    out.outlets = out.outlets.slice(0, 100);
    out.months.sort(byValue);
    out.entities.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    out.types = [...types].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
    out.entityBase = everything ? out.total : Math.min(out.total, sample);
    return out;
  }

  async rejects(opts: { limit?: number } = {}): Promise<RejectRow[]> {
    const limit = clampLimit(opts.limit, 100);
    const r = await this.client.query<{ source: string; line: number; record_id: string | null; code: string; message: string; at: Date }>(
      'SELECT source, line, record_id, code, message, at FROM rejects ORDER BY source, line LIMIT $1',
      [limit],
    );
    return r.rows.map((x) => ({ source: x.source, line: x.line || null, recordId: x.record_id, code: x.code, message: x.message, at: x.at.toISOString() }));
  }

  async stats(): Promise<Stats> {
    const c = this.client;
    const n = async (sql: string): Promise<number> => Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
    const outlets: Record<string, number> = {};
    for (const r of (await c.query<{ o: string; n: string }>(`SELECT coalesce(outlet, '') AS o, count(*) AS n FROM articles GROUP BY o ORDER BY n DESC`)).rows) {
      outlets[r.o || '(none)'] = Number(r.n);
    }
    const span = (await c.query<{ first: string | null; last: string | null }>('SELECT min(pub_date) AS first, max(pub_date) AS last FROM articles')).rows[0]!;
    const bytes = await n(
      `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE s.nspname = current_schema() AND c.relkind = 'r'`,
    );
    return {
      articles: await n('SELECT count(*) AS n FROM articles'),
      entities: await n('SELECT count(*) AS n FROM entities WHERE articles > 0'),
      mentions: await n('SELECT count(*) AS n FROM mentions'),
      quotes: await n('SELECT count(*) AS n FROM quotes'),
      quantities: await n('SELECT count(*) AS n FROM quantities'),
      times: await n('SELECT count(*) AS n FROM times'),
      rejects: await n('SELECT count(*) AS n FROM rejects'),
      sources: await n('SELECT count(*) AS n FROM sources'),
      outlets,
      published: { first: span.first, last: span.last },
      store: { kind: 'postgres', location: this.location, bytes },
    };
  }

  async *exportArticles(): AsyncIterable<Article> {
    let last = '0';
    for (;;) {
      const r = await this.client.query<{ rowid: string; doc: Buffer; text: string }>('SELECT rowid, doc, text FROM articles WHERE rowid > $1 ORDER BY rowid LIMIT 500', [last]);
      if (r.rows.length === 0) return;
      for (const row of r.rows) yield restoreArticle(row.doc, row.text);
      last = r.rows[r.rows.length - 1]!.rowid;
    }
  }

  async optimize(): Promise<void> {
    await this.client.query('ANALYZE');
  }

  async check(): Promise<CheckResult> {
    const c = this.client;
    const problems: string[] = [];
    const n = async (sql: string): Promise<number> => Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
    const empty = await n(`SELECT count(*) AS n FROM articles WHERE tsv = ''::tsvector AND title || text ~ '[[:alnum:]]'`);
    if (empty) problems.push(`${empty} articles with text but an empty full-text vector`);
    const dup = await n('SELECT count(*) AS n FROM (SELECT key FROM articles GROUP BY key HAVING count(*) > 1) d');
    if (dup) problems.push(`${dup} keys stored more than once`);
    const bad = await n('SELECT count(*) AS n FROM entities e WHERE articles != (SELECT count(*) FROM article_entities WHERE entity = e.id)');
    if (bad) problems.push(`${bad} entities with a wrong article count`);
    const orphanQuotes = await n('SELECT count(*) AS n FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM speakers s WHERE s.id = q.speaker)');
    if (orphanQuotes) problems.push(`${orphanQuotes} quotes with no speaker row`);
    return { ok: problems.length === 0, problems };
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }

  /** Drop this store's schema (tests). */
  async dropSchema(): Promise<void> {
    await this.client.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
  }
}
