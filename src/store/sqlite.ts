/**
 * The SQLite store (the default): one file, WAL journal, one transaction per batch, and an
 * FTS5 index over the stemmed title and text (contentless: the index holds the stems'
 * positions, not a copy of the text). Snippets come from the clean text.
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { WartaError } from '../errors.js';
import { makeSnippet, parseQuery, titlePhraseFts5, toFts5 } from '../search/query.js';
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

type DB = Database.Database;
type Stmt = Database.Statement;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  rowid INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  lead TEXT,
  category TEXT,
  dateline_place TEXT,
  dateline_agency TEXT,
  published TEXT,
  pub_date TEXT,
  published_raw TEXT,
  author TEXT,
  url TEXT,
  outlet TEXT,
  text TEXT NOT NULL,
  doc BLOB NOT NULL,
  source TEXT,
  line INTEGER,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_pub ON articles (pub_date);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet COLLATE NOCASE, pub_date);
CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  norm TEXT NOT NULL,
  name TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0,
  UNIQUE (type, norm)
);
CREATE INDEX IF NOT EXISTS entities_norm ON entities (norm);
CREATE INDEX IF NOT EXISTS entities_articles ON entities (articles DESC);
CREATE TABLE IF NOT EXISTS article_entities (
  entity INTEGER NOT NULL,
  article INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_entities_article ON article_entities (article);
CREATE TABLE IF NOT EXISTS mentions (
  article INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  span_start INTEGER,
  span_end INTEGER,
  text TEXT NOT NULL,
  in_dateline INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article);
CREATE TABLE IF NOT EXISTS speakers (id INTEGER PRIMARY KEY, norm TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quotes (
  article INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  speaker INTEGER NOT NULL,
  entity INTEGER,
  kind TEXT NOT NULL,
  stance TEXT,
  cue TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (article, ord)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE INDEX IF NOT EXISTS quotes_entity ON quotes (entity);
CREATE TABLE IF NOT EXISTS quantities (
  article INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL,
  value_max REAL,
  unit TEXT,
  approx TEXT,
  vague TEXT
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities (article);
CREATE INDEX IF NOT EXISTS quantities_unit ON quantities (unit, value);
CREATE TABLE IF NOT EXISTS times (
  article INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_article ON times (article);
CREATE INDEX IF NOT EXISTS times_value ON times (value);
CREATE TABLE IF NOT EXISTS rejects (
  source TEXT NOT NULL,
  line INTEGER NOT NULL,
  record_id TEXT,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (source, line)
);
CREATE TABLE IF NOT EXISTS sources (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime REAL NOT NULL,
  done INTEGER NOT NULL,
  complete INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
  title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
`;

export interface SqliteOptions {
  /** Open an existing store only (read commands): a missing file is an error. */
  mustExist?: boolean;
  readonly?: boolean;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  /** Set when the store's stems were made by another stemmer version. */
  readonly warnings: string[] = [];
  private readonly db: DB;
  private readonly st: Record<string, Stmt>;
  private readonly entityIds = new Map<string, number>();
  private readonly speakerIds = new Map<string, number>();
  /** Entities per type over the whole store, with the data_version they were counted at. */
  private typeCounts: { version: number; counts: Map<EntityType, number> } | null = null;

  constructor(path: string, opts: SqliteOptions = {}) {
    this.location = path;
    if ((opts.mustExist || opts.readonly) && path !== ':memory:' && !existsSync(path)) {
      throw new WartaError('not-found', `no store at ${path} (fill one with: warta ingest FILE… --db ${path})`);
    }
    try {
      this.db = new Database(path, { readonly: Boolean(opts.readonly), fileMustExist: Boolean(opts.mustExist || opts.readonly) });
    } catch (err) {
      throw new WartaError('unreadable', `cannot open the store ${path}: ${(err as Error).message}`);
    }
    const db = this.db;
    db.pragma('busy_timeout = 10000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('cache_size = -65536');
    this.migrate(Boolean(opts.readonly));
    this.st = opts.readonly ? {} : this.prepareWrites();
  }

  private migrate(readonly: boolean): void {
    const db = this.db;
    const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
    if (!hasMeta) {
      if (readonly) throw new WartaError('unreadable', `${this.location} is not a warta store`);
      db.exec(SCHEMA);
      const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
      put.run('schema', String(SCHEMA_VERSION));
      put.run('stemmer', String(STEMMER_VERSION));
      put.run('created', new Date().toISOString());
      return;
    }
    const meta = new Map((db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
    if (meta.get('schema') !== String(SCHEMA_VERSION)) {
      throw new WartaError('unreadable', `${this.location} is a warta store of schema ${meta.get('schema')}; this warta reads schema ${SCHEMA_VERSION}`);
    }
    if (meta.get('stemmer') !== String(STEMMER_VERSION)) {
      this.warnings.push(`the store was indexed with stemmer ${meta.get('stemmer')} (now ${STEMMER_VERSION}): some word forms may not match until it is re-ingested`);
    }
  }

  private prepareWrites(): Record<string, Stmt> {
    const db = this.db;
    const p = (sql: string): Stmt => db.prepare(sql);
    return {
      find: p('SELECT rowid, hash FROM articles WHERE key = ?'),
      insert: p(`INSERT INTO articles (key, hash, id, title, lead, category, dateline_place, dateline_agency, published, pub_date,
        published_raw, author, url, outlet, text, doc, source, line, ingested_at)
        VALUES (@key, @hash, @id, @title, @lead, @category, @datelinePlace, @datelineAgency, @published, @pubDate,
        @publishedRaw, @author, @url, @outlet, @text, @doc, @source, @line, @at)`),
      update: p(`UPDATE articles SET hash = @hash, id = @id, title = @title, lead = @lead, category = @category,
        dateline_place = @datelinePlace, dateline_agency = @datelineAgency, published = @published, pub_date = @pubDate,
        published_raw = @publishedRaw, author = @author, url = @url, outlet = @outlet, text = @text, doc = @doc,
        source = @source, line = @line, ingested_at = @at WHERE rowid = @rowid`),
      ftsInsert: p('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)'),
      ftsDelete: p('DELETE FROM fts WHERE rowid = ?'),
      oldEntities: p('SELECT entity, mentions FROM article_entities WHERE article = ?'),
      entityDec: p('UPDATE entities SET articles = articles - 1, mentions = mentions - ? WHERE id = ?'),
      entityInc: p('UPDATE entities SET articles = articles + 1, mentions = mentions + ? WHERE id = ?'),
      delAe: p('DELETE FROM article_entities WHERE article = ?'),
      delMentions: p('DELETE FROM mentions WHERE article = ?'),
      delQuotes: p('DELETE FROM quotes WHERE article = ?'),
      delQuantities: p('DELETE FROM quantities WHERE article = ?'),
      delTimes: p('DELETE FROM times WHERE article = ?'),
      entityAdd: p('INSERT INTO entities (type, norm, name) VALUES (?, ?, ?) ON CONFLICT (type, norm) DO NOTHING'),
      entityGet: p('SELECT id FROM entities WHERE type = ? AND norm = ?'),
      speakerAdd: p('INSERT INTO speakers (norm, name) VALUES (?, ?) ON CONFLICT (norm) DO NOTHING'),
      speakerGet: p('SELECT id FROM speakers WHERE norm = ?'),
      aeAdd: p(`INSERT INTO article_entities (entity, article, mentions) VALUES (?, ?, ?)
        ON CONFLICT (entity, article) DO UPDATE SET mentions = mentions + excluded.mentions`),
      mentionAdd: p('INSERT INTO mentions (article, entity, span_start, span_end, text, in_dateline) VALUES (?, ?, ?, ?, ?, ?)'),
      quoteAdd: p(`INSERT INTO quotes (article, ord, speaker, entity, kind, stance, cue, span_start, span_end, content)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quantityAdd: p(`INSERT INTO quantities (article, span_start, span_end, text, value, value_max, unit, approx, vague)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      timeAdd: p('INSERT INTO times (article, span_start, span_end, text, value) VALUES (?, ?, ?, ?, ?)'),
      rejectAdd: p(`INSERT INTO rejects (source, line, record_id, code, message, at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (source, line) DO UPDATE SET record_id = excluded.record_id, code = excluded.code,
        message = excluded.message, at = excluded.at`),
      rejectClear: p('DELETE FROM rejects WHERE source = ? AND line = ?'),
      ledgerPut: p(`INSERT INTO sources (path, size, mtime, done, complete, updated_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, done = excluded.done,
        complete = excluded.complete, updated_at = excluded.updated_at`),
    };
  }

  async existing(keys: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const find = this.st.find ?? this.db.prepare('SELECT rowid, hash FROM articles WHERE key = ?');
    for (const k of keys) {
      const r = find.get(k) as { hash: string } | undefined;
      if (r) out.set(k, r.hash);
    }
    return out;
  }

  private entityId(type: string, norm: string, name: string): number {
    const k = `${type}\u0000${norm}`;
    let id = this.entityIds.get(k);
    if (id === undefined) {
      this.st.entityAdd!.run(type, norm, name);
      id = (this.st.entityGet!.get(type, norm) as { id: number }).id;
      this.entityIds.set(k, id);
    }
    return id;
  }

  private speakerId(norm: string, name: string): number {
    let id = this.speakerIds.get(norm);
    if (id === undefined) {
      this.st.speakerAdd!.run(norm, name);
      id = (this.st.speakerGet!.get(norm) as { id: number }).id;
      this.speakerIds.set(norm, id);
    }
    return id;
  }

  private dropLayers(rowid: number): void {
    const st = this.st;
    for (const r of st.oldEntities!.all(rowid) as Array<{ entity: number; mentions: number }>) st.entityDec!.run(r.mentions, r.entity);
    st.delAe!.run(rowid);
    st.delMentions!.run(rowid);
    st.delQuotes!.run(rowid);
    st.delQuantities!.run(rowid);
    st.delTimes!.run(rowid);
    st.ftsDelete!.run(rowid);
  }

  private writeArticle(a: PreparedArticle, at: string, result: WriteResult): void {
    const st = this.st;
    const old = st.find!.get(a.key) as { rowid: number; hash: string } | undefined;
    if (old && old.hash === a.hash) {
      result.unchanged++;
      return;
    }
    const row = { ...a, doc: Buffer.from(a.doc.buffer, a.doc.byteOffset, a.doc.byteLength), at };
    let rowid: number;
    if (old) {
      this.dropLayers(old.rowid);
      st.update!.run({ ...row, rowid: old.rowid });
      rowid = old.rowid;
      result.replaced++;
    } else {
      rowid = Number(st.insert!.run(row).lastInsertRowid);
      result.added++;
    }
    st.ftsInsert!.run(rowid, a.titleStem, a.bodyStem);
    const local = new Map<string, number>();
    for (const e of a.entities) {
      const eid = this.entityId(e.type, e.norm, e.name);
      local.set(e.local, eid);
      st.aeAdd!.run(eid, rowid, e.mentions.length);
      st.entityInc!.run(e.mentions.length, eid);
      for (const m of e.mentions) st.mentionAdd!.run(rowid, eid, m.start, m.end, m.text, m.inDateline ? 1 : 0);
    }
    a.quotes.forEach((q, i) => {
      const sid = this.speakerId(q.speakerNorm, q.speakerName);
      const eid = q.speakerLocal ? (local.get(q.speakerLocal) ?? null) : null;
      st.quoteAdd!.run(rowid, i, sid, eid, q.kind, q.stance, q.cue, q.start, q.end, q.content);
    });
    for (const q of a.quantities) {
      st.quantityAdd!.run(rowid, q.start, q.end, q.text, q.value, q.valueMax ?? null, q.unit, q.approx, q.vague);
    }
    for (const t of a.times) st.timeAdd!.run(rowid, t.start, t.end, t.text, t.value);
    if (a.source !== null) st.rejectClear!.run(a.source, a.line ?? 0);
  }

  async writeBatch(batch: BatchWrite): Promise<WriteResult> {
    const result: WriteResult = { added: 0, replaced: 0, unchanged: 0, rejected: 0 };
    const at = new Date().toISOString();
    this.typeCounts = null;
    const tx = this.db.transaction(() => {
      for (const a of batch.articles) this.writeArticle(a, at, result);
      for (const r of batch.rejects) {
        this.st.rejectAdd!.run(r.source, r.line ?? 0, r.recordId, r.code, r.message, at);
        result.rejected++;
      }
      for (const l of batch.ledger) this.st.ledgerPut!.run(l.path, l.size, l.mtime, l.done, l.complete ? 1 : 0, at);
    });
    try {
      tx.immediate();
    } catch (err) {
      // Ids cached during a rolled-back transaction may not exist.
      this.entityIds.clear();
      this.speakerIds.clear();
      throw err;
    }
    return result;
  }

  async ledger(path: string): Promise<LedgerEntry | null> {
    const r = this.db.prepare('SELECT path, size, mtime, done, complete FROM sources WHERE path = ?').get(path) as
      | { path: string; size: number; mtime: number; done: number; complete: number }
      | undefined;
    return r ? { path: r.path, size: r.size, mtime: r.mtime, done: r.done, complete: r.complete === 1 } : null;
  }

  private idsByName(table: 'entities' | 'speakers', name: string): number[] {
    const [exact, a, b, c] = namePatterns(name);
    if (exact === '') return [];
    const rows = this.db
      .prepare(`SELECT id FROM ${table} WHERE norm = ? OR norm LIKE ? ESCAPE '\\' OR norm LIKE ? ESCAPE '\\' OR norm LIKE ? ESCAPE '\\'`)
      .all(exact, a, b, c) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  }

  /**
   * The filters of a search as SQL: conditions on the article row, and sets of article
   * rowids (entity, speaker); `none` when a name matches nothing (no article can match).
   */
  private filters(opts: SearchOptions): { onRow: string[]; sets: string[]; params: Record<string, unknown>; none: boolean } {
    const onRow: string[] = [];
    const sets: string[] = [];
    const params: Record<string, unknown> = {};
    if (opts.outlet) {
      onRow.push('a.outlet = @outlet COLLATE NOCASE');
      params.outlet = opts.outlet;
    }
    if (opts.from) {
      onRow.push('a.pub_date >= @from');
      params.from = dateFloor(opts.from);
    }
    if (opts.to) {
      onRow.push('a.pub_date <= @to');
      params.to = dateCeil(opts.to);
    }
    if (opts.entity) {
      const ids = this.idsByName('entities', opts.entity);
      if (ids.length === 0) return { onRow, sets, params, none: true };
      sets.push(`SELECT article FROM article_entities WHERE entity IN (${ids.join(',')})`);
    }
    if (opts.speaker) {
      const sids = this.idsByName('speakers', opts.speaker);
      const eids = this.idsByName('entities', opts.speaker);
      if (sids.length === 0 && eids.length === 0) return { onRow, sets, params, none: true };
      const ors: string[] = [];
      if (sids.length) ors.push(`speaker IN (${sids.join(',')})`);
      if (eids.length) ors.push(`entity IN (${eids.join(',')})`);
      sets.push(`SELECT article FROM quotes WHERE ${ors.join(' OR ')}`);
    }
    return { onRow, sets, params, none: false };
  }

  async search(opts: SearchOptions): Promise<SearchResult> {
    const limit = clampLimit(opts.limit);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const parsed = parseQuery(opts.query ?? '');
    const match = toFts5(parsed);
    // Conditions on the article row, and sets of article rowids (entity, speaker).
    const { onRow, sets, params, none } = this.filters(opts);
    if (none) return { total: 0, hits: [] };
    if (match === null && onRow.length === 0 && sets.length === 0 && !opts.all) {
      throw new WartaError('usage', 'search needs words to look for, or a filter (--entity, --speaker, --outlet, --from, --to)');
    }
    const cols = 'a.rowid AS rid, a.id, a.title, a.published, a.outlet, a.url, a.author';
    type Row = { rid: number; id: string; title: string; published: string | null; outlet: string | null; url: string | null; author: string | null; score: number; total: number };
    let rows: Row[];
    let total: number;
    if (match !== null) {
      // The full-text index drives: rank every match once (with the total in the same
      // pass), keep a page, then read those articles.
      params.match = match;
      const tp = titlePhraseFts5(parsed);
      if (tp) params.tp = tp;
      const conds = ['fts MATCH @match'];
      // "+": a filter on the rows the index yields; FTS5 must not take the rowid set as its
      // own constraint (it would run the whole match once per rowid).
      if (onRow.length) conds.push(`+fts.rowid IN (SELECT a.rowid FROM articles a WHERE ${onRow.join(' AND ')})`);
      for (const set of sets) conds.push(`+fts.rowid IN (${set})`);
      const boost = tp ? 'fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH @tp)' : '0';
      rows = this.db
        .prepare(
          `WITH m AS MATERIALIZED (
             SELECT fts.rowid AS rid, bm25(fts, 10.0, 1.0) AS score, ${boost} AS tp FROM fts WHERE ${conds.join(' AND ')}
           )
           SELECT ${cols}, s.score, s.total FROM (
             SELECT rid, score, tp, (SELECT count(*) FROM m) AS total FROM m ORDER BY tp DESC, score LIMIT @limit OFFSET @offset
           ) s CROSS JOIN articles a ON a.rowid = s.rid
           ORDER BY s.tp DESC, s.score`,
        )
        .all({ ...params, limit, offset }) as Row[];
      total = rows[0]?.total ?? (offset > 0 ? (this.db.prepare(`SELECT count(*) AS n FROM fts WHERE ${conds.join(' AND ')}`).get(params) as { n: number }).n : 0);
    } else {
      // Newest first. No window count here: it would stop the scan of the date index from
      // ending once a page is found.
      const conds = onRow.slice();
      for (const set of sets) conds.push(`a.rowid IN (${set})`);
      const w = conds.length ? conds.join(' AND ') : '1';
      const countSql =
        onRow.length === 0 && sets.length === 1 ? `SELECT count(*) AS n FROM (SELECT DISTINCT article FROM (${sets[0]}))` : `SELECT count(*) AS n FROM articles a WHERE ${w}`;
      total = (this.db.prepare(countSql).get(params) as { n: number }).n;
      // Many matches: walk the date index from the newest and stop after a page; few: fetch
      // them and sort.
      const viaDate = total > 2000 && !opts.from && !opts.to;
      const from = viaDate ? 'articles a INDEXED BY articles_pub' : 'articles a';
      const cond = viaDate ? conds.map((c) => c.replace(/^a\.rowid IN/, '+a.rowid IN').replace(/^a\.outlet =/, '+a.outlet =')).join(' AND ') || '1' : w;
      rows = this.db
        .prepare(`SELECT ${cols}, 0 AS score, 0 AS total FROM ${from} WHERE ${cond} ORDER BY a.pub_date DESC, a.rowid DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit, offset }) as Row[];
    }
    const textOf = this.db.prepare('SELECT text FROM articles WHERE rowid = ?');
    const hits: SearchHit[] = rows.map((r) => ({
      id: r.id,
      title: r.title,
      published: r.published,
      outlet: r.outlet,
      url: r.url,
      author: r.author,
      snippet: makeSnippet((textOf.get(r.rid) as { text: string }).text, parsed.stems),
      score: -r.score,
    }));
    return { total, hits };
  }

  async getArticle(ref: string): Promise<Article | null> {
    const tries: Array<[string, string]> = [
      ['SELECT doc, text FROM articles WHERE id = ? ORDER BY rowid DESC LIMIT 1', ref],
      ['SELECT doc, text FROM articles WHERE key = ?', ref],
      ['SELECT doc, text FROM articles WHERE key = ?', `id:${ref}`],
      ['SELECT doc, text FROM articles WHERE url = ? ORDER BY rowid DESC LIMIT 1', ref],
    ];
    for (const [sql, v] of tries) {
      const r = this.db.prepare(sql).get(v) as { doc: Buffer; text: string } | undefined;
      if (r) return restoreArticle(r.doc, r.text);
    }
    return null;
  }

  async entities(opts: EntityQuery = {}): Promise<EntityRow[]> {
    const top = clampLimit(opts.top, 20);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const where = ['articles > 0'];
    const params: unknown[] = [];
    if (opts.type) {
      where.push('type = ?');
      params.push(opts.type);
    }
    const q = opts.query === undefined ? '' : normName(opts.query);
    if (q) {
      where.push(`norm LIKE ? ESCAPE '\\'`);
      params.push(`%${likeEscape(q)}%`);
    }
    return this.db
      .prepare(`SELECT id, name, type, articles, mentions FROM entities WHERE ${where.join(' AND ')} ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?`)
      .all(...params, top, offset) as EntityRow[];
  }

  async entity(ref: string): Promise<EntityRow | null> {
    const r = entityRef(ref);
    if (!r) return null;
    const cols = 'SELECT id, name, type, articles, mentions FROM entities';
    const row =
      'id' in r
        ? this.db.prepare(`${cols} WHERE id = ?`).get(r.id)
        : r.type
          ? this.db.prepare(`${cols} WHERE type = ? AND norm = ?`).get(r.type, r.norm)
          : this.db.prepare(`${cols} WHERE norm = ? ORDER BY articles DESC, mentions DESC, id LIMIT 1`).get(r.norm);
    return (row as EntityRow | undefined) ?? null;
  }

  async timeline(entity: number, opts: { by?: 'month' | 'day' } = {}): Promise<TimelinePoint[]> {
    const period = opts.by === 'day' ? 'a.pub_date' : 'substr(a.pub_date, 1, 7)';
    return this.db
      .prepare(
        `SELECT ${period} AS period, count(*) AS articles, sum(ae.mentions) AS mentions
         FROM article_entities ae JOIN articles a ON a.rowid = ae.article
         WHERE ae.entity = ? AND a.pub_date IS NOT NULL GROUP BY period ORDER BY period`,
      )
      .all(entity) as TimelinePoint[];
  }

  async coMentioned(entity: number, opts: { top?: number; type?: EntityType } = {}): Promise<CoMention[]> {
    const top = clampLimit(opts.top, 20);
    const typeCond = opts.type ? 'AND e.type = ?' : '';
    const params: unknown[] = [entity, entity];
    if (opts.type) params.push(opts.type);
    return this.db
      .prepare(
        `SELECT e.id, e.name, e.type, e.articles, e.mentions, count(*) AS together
         FROM article_entities mine JOIN article_entities other ON other.article = mine.article
         JOIN entities e ON e.id = other.entity
         WHERE mine.entity = ? AND other.entity != ? ${typeCond}
         GROUP BY e.id ORDER BY together DESC, e.articles DESC, e.name LIMIT ?`,
      )
      .all(...params, top) as CoMention[];
  }

  async quotes(opts: QuoteQuery): Promise<QuoteRow[]> {
    const limit = clampLimit(opts.limit, 50);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts.speaker !== undefined) {
      const sids = this.idsByName('speakers', opts.speaker);
      const eids = this.idsByName('entities', opts.speaker);
      if (sids.length === 0 && eids.length === 0) return [];
      const ors: string[] = [];
      if (sids.length) ors.push(`q.speaker IN (${sids.join(',')})`);
      if (eids.length) ors.push(`q.entity IN (${eids.join(',')})`);
      where.push(`(${ors.join(' OR ')})`);
    }
    if (opts.entity !== undefined) {
      where.push(`(q.entity = ? OR q.speaker IN (SELECT s.id FROM speakers s JOIN entities x ON x.norm = s.norm WHERE x.id = ? AND x.type = 'PER'))`);
      params.push(opts.entity, opts.entity);
    }
    if (opts.stance) {
      where.push('q.stance = ?');
      params.push(opts.stance);
    }
    if (opts.from) {
      where.push('a.pub_date >= ?');
      params.push(dateFloor(opts.from));
    }
    if (opts.to) {
      where.push('a.pub_date <= ?');
      params.push(dateCeil(opts.to));
    }
    return this.db
      .prepare(
        `SELECT a.id AS articleId, q.ord, a.title, a.published, a.outlet, s.name AS speaker, e.name AS entity, q.kind, q.stance, q.cue, q.content
         FROM quotes q JOIN articles a ON a.rowid = q.article JOIN speakers s ON s.id = q.speaker LEFT JOIN entities e ON e.id = q.entity
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.pub_date DESC, a.rowid DESC, q.ord LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as QuoteRow[];
  }

  async facets(opts: FacetOptions): Promise<SearchFacets> {
    const top = clampLimit(opts.top, 8);
    const sample = Math.max(1, Math.floor(opts.sample ?? FACET_SAMPLE));
    const empty: SearchFacets = { total: 0, outlets: [], months: [], types: [], entities: [], entityBase: 0 };
    const parsed = parseQuery(opts.query ?? '');
    const match = toFts5(parsed);
    const { onRow, sets, params, none } = this.filters(opts);
    if (none) return empty;
    let set: string;
    if (match !== null) {
      params.match = match;
      const conds = ['fts MATCH @match'];
      if (onRow.length) conds.push(`+fts.rowid IN (SELECT a.rowid FROM articles a WHERE ${onRow.join(' AND ')})`);
      for (const x of sets) conds.push(`+fts.rowid IN (${x})`);
      set = `SELECT fts.rowid AS rid FROM fts WHERE ${conds.join(' AND ')}`;
    } else if (onRow.length || sets.length) {
      const conds = onRow.slice();
      for (const x of sets) conds.push(`a.rowid IN (${x})`);
      set = `SELECT a.rowid AS rid FROM articles a WHERE ${conds.join(' AND ')}`;
    } else if (opts.all) {
      set = 'SELECT rowid AS rid FROM articles';
    } else {
      throw new WartaError('usage', 'search needs words to look for, or a filter (--entity, --speaker, --outlet, --from, --to)');
    }
    const everything = match === null && onRow.length === 0 && sets.length === 0;
    const db = this.db;
    // One pass over the matching set, kept in a temporary table for the counts.
    const run = db.transaction(() => {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS facet_set (rid INTEGER PRIMARY KEY)');
      db.exec('DELETE FROM facet_set');
      db.prepare(`INSERT OR IGNORE INTO facet_set (rid) ${set}`).run(params);
      const total = (db.prepare('SELECT count(*) AS n FROM facet_set').get() as { n: number }).n;
      const outlets = db
        .prepare(`SELECT coalesce(a.outlet, '') AS value, count(*) AS count FROM facet_set m JOIN articles a ON a.rowid = m.rid GROUP BY value ORDER BY count DESC, value LIMIT 100`)
        .all() as SearchFacets['outlets'];
      const months = db
        .prepare(`SELECT substr(a.pub_date, 1, 7) AS value, count(*) AS count FROM facet_set m JOIN articles a ON a.rowid = m.rid WHERE a.pub_date IS NOT NULL GROUP BY value ORDER BY value`)
        .all() as SearchFacets['months'];
      type Row = { id: number; name: string; type: EntityType; count: number; typed: number };
      let rows: Row[];
      let entityBase = total;
      if (everything) {
        // The whole store: the entities' own article counts are the answer.
        // Per type: counted once per version of the database (PRAGMA data_version moves when
        // another connection commits; writeBatch clears the cache for this one).
        const version = Number(db.pragma('data_version', { simple: true }));
        if (this.typeCounts?.version !== version) {
          const rows = db.prepare('SELECT type, count(*) AS n FROM entities WHERE articles > 0 GROUP BY type').all() as Array<{ type: EntityType; n: number }>;
          this.typeCounts = { version, counts: new Map(rows.map((r) => [r.type, r.n])) };
        }
        const typed = this.typeCounts.counts;
        const topOf = db.prepare('SELECT id, name, type, articles AS count FROM entities INDEXED BY entities_articles WHERE type = ? AND articles > 0 ORDER BY articles DESC, name LIMIT ?');
        rows = [...typed.keys()].sort().flatMap((t) => (topOf.all(t, top) as Row[]).map((r) => ({ ...r, typed: typed.get(t)! })));
      } else {
        let base = 'facet_set';
        if (total > sample) {
          base = `(SELECT m.rid FROM facet_set m JOIN articles a ON a.rowid = m.rid ORDER BY a.pub_date DESC, a.rowid DESC LIMIT ${sample})`;
          entityBase = sample;
        }
        rows = db
          .prepare(
            `WITH c AS (SELECT ae.entity, count(*) AS n FROM ${base} m CROSS JOIN article_entities ae INDEXED BY article_entities_article ON ae.article = m.rid GROUP BY ae.entity),
             r AS (SELECT e.id, e.name, e.type, c.n AS count, row_number() OVER (PARTITION BY e.type ORDER BY c.n DESC, e.articles DESC, e.name) AS rk,
                          count(*) OVER (PARTITION BY e.type) AS typed
                   FROM c JOIN entities e ON e.id = c.entity)
             SELECT id, name, type, count, typed FROM r WHERE rk <= ? ORDER BY type, rk`,
          )
          .all(top) as Row[];
      }
      db.exec('DELETE FROM facet_set');
      return { total, outlets, months, rows, entityBase };
    });
    const { total, outlets, months, rows, entityBase } = run.deferred();
    const types = new Map<EntityType, number>();
    for (const r of rows) types.set(r.type, r.typed);
    return {
      total,
      outlets,
      months,
      types: [...types].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count),
      entities: rows.map(({ id, name, type, count }) => ({ id, name, type, count })),
      entityBase: total === 0 ? 0 : entityBase,
    };
  }

  async rejects(opts: { limit?: number } = {}): Promise<RejectRow[]> {
    const limit = clampLimit(opts.limit, 100);
    const rows = this.db.prepare('SELECT source, line, record_id, code, message, at FROM rejects ORDER BY source, line LIMIT ?').all(limit) as Array<{
      source: string;
      line: number;
      record_id: string | null;
      code: string;
      message: string;
      at: string;
    }>;
    return rows.map((r) => ({ source: r.source, line: r.line || null, recordId: r.record_id, code: r.code, message: r.message, at: r.at }));
  }

  async stats(): Promise<Stats> {
    const n = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    const outlets: Record<string, number> = {};
    for (const r of this.db.prepare(`SELECT coalesce(outlet, '') AS o, count(*) AS n FROM articles GROUP BY o ORDER BY n DESC`).all() as Array<{ o: string; n: number }>) {
      outlets[r.o || '(none)'] = r.n;
    }
    const span = this.db.prepare('SELECT min(pub_date) AS first, max(pub_date) AS last FROM articles').get() as { first: string | null; last: string | null };
    let bytes: number | null = null;
    if (this.location !== ':memory:') {
      bytes = 0;
      for (const f of [this.location, `${this.location}-wal`]) if (existsSync(f)) bytes += statSync(f).size;
    }
    return {
      articles: n('SELECT count(*) AS n FROM articles'),
      entities: n('SELECT count(*) AS n FROM entities WHERE articles > 0'),
      mentions: n('SELECT count(*) AS n FROM mentions'),
      quotes: n('SELECT count(*) AS n FROM quotes'),
      quantities: n('SELECT count(*) AS n FROM quantities'),
      times: n('SELECT count(*) AS n FROM times'),
      rejects: n('SELECT count(*) AS n FROM rejects'),
      sources: n('SELECT count(*) AS n FROM sources'),
      outlets,
      published: span,
      store: { kind: 'sqlite', location: this.location, bytes },
    };
  }

  async *exportArticles(): AsyncIterable<Article> {
    const page = this.db.prepare('SELECT rowid, doc, text FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 500');
    let last = 0;
    for (;;) {
      const rows = page.all(last) as Array<{ rowid: number; doc: Buffer; text: string }>;
      if (rows.length === 0) return;
      for (const r of rows) yield restoreArticle(r.doc, r.text);
      last = rows[rows.length - 1]!.rowid;
    }
  }

  async optimize(): Promise<void> {
    if (!this.db.readonly) this.db.pragma('optimize');
  }

  async check(): Promise<CheckResult> {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') problems.push(`integrity_check: ${integrity.map((r) => r.integrity_check).join('; ')}`);
    try {
      this.db.prepare(`INSERT INTO fts (fts) VALUES ('integrity-check')`).run();
    } catch (err) {
      problems.push(`full-text index: ${(err as Error).message}`);
    }
    const n = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    const articles = n('SELECT count(*) AS n FROM articles');
    const indexed = n('SELECT count(*) AS n FROM fts');
    if (indexed !== articles) problems.push(`${articles} articles but ${indexed} rows in the full-text index`);
    for (const t of ['article_entities', 'mentions', 'quotes', 'quantities', 'times']) {
      const orphans = n(`SELECT count(*) AS n FROM ${t} WHERE article NOT IN (SELECT rowid FROM articles)`);
      if (orphans) problems.push(`${orphans} rows of ${t} belong to no article`);
    }
    const badCounts = n('SELECT count(*) AS n FROM entities e WHERE articles != (SELECT count(*) FROM article_entities WHERE entity = e.id)');
    if (badCounts) problems.push(`${badCounts} entities with a wrong article count`);
    return { ok: problems.length === 0, problems };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    if (!this.db.readonly) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // another process may hold the database; the WAL is checkpointed later
      }
    }
    this.db.close();
  }
}
