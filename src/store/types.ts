/**
 * The store: a corpus of analysed articles that can be filled in batches and questioned.
 * Two implementations share this interface and one test suite (store.cases.ts): SQLite
 * (sqlite.ts, the default, one file) and PostgreSQL (postgres.ts).
 */
import type { Article, EntityType, Quantity, Stance, TimeExpr } from '../types.js';

/** An entity of one article, ready to be merged into the store's shared entities. */
export interface PreparedEntity {
  /** The article-local id (`Entity.id`), which quotes point at. */
  local: string;
  type: EntityType;
  name: string;
  /** The name folded for matching: lower case, no diacritics, single spaces. */
  norm: string;
  mentions: Array<{ start: number | null; end: number | null; text: string; inDateline: boolean }>;
}

export interface PreparedQuote {
  speakerName: string;
  speakerNorm: string;
  /** The article-local entity id of the speaker, when resolved. */
  speakerLocal: string | null;
  cue: string;
  kind: 'direct' | 'indirect';
  stance: Stance | null;
  start: number;
  end: number;
  content: string;
}

/**
 * An analysed article in the shape the stores write: the columns, the stemmed text for the
 * full-text index, the layers as rows, and the whole document (without its text) compressed.
 * Built by prepareArticle() in the ingest workers, so the main thread only writes.
 */
export interface PreparedArticle {
  /** Identity: "id:…" (the input id), else "url:…", else "sha:…" (hash of the raw text). */
  key: string;
  /** Hash of the input record: the same key with another hash is a changed article. */
  hash: string;
  id: string;
  title: string;
  lead: string | null;
  category: string | null;
  datelinePlace: string | null;
  datelineAgency: string | null;
  published: string | null;
  /** YYYY-MM-DD of `published` (the date as the outlet wrote it), for date filters. */
  pubDate: string | null;
  publishedRaw: string | null;
  author: string | null;
  url: string | null;
  outlet: string | null;
  text: string;
  titleStem: string;
  bodyStem: string;
  /** deflate-raw of the article JSON with `text` emptied (restoreArticle puts it back). */
  doc: Uint8Array;
  entities: PreparedEntity[];
  quotes: PreparedQuote[];
  quantities: Quantity[];
  times: TimeExpr[];
  source: string | null;
  line: number | null;
}

/** A record that could not be stored, kept with its reason. */
export interface RejectRecord {
  source: string;
  line: number | null;
  recordId: string | null;
  code: string;
  message: string;
}

export interface RejectRow extends RejectRecord {
  at: string;
}

/** How far the ingest of one input file got (records counted from 1, in file order). */
export interface LedgerEntry {
  path: string;
  size: number;
  mtime: number;
  /** Records of the file already handled (stored, found unchanged, or rejected). */
  done: number;
  complete: boolean;
}

/** One unit of writing: all of it lands, or none of it (one transaction). */
export interface BatchWrite {
  articles: PreparedArticle[];
  rejects: RejectRecord[];
  ledger: LedgerEntry[];
}

export interface WriteResult {
  added: number;
  replaced: number;
  unchanged: number;
  rejected: number;
}

export interface SearchOptions {
  /** Words and "quoted phrases"; may be empty when a filter is given. */
  query: string;
  /** Articles that mention an entity of this name (whole words of the canonical name). */
  entity?: string;
  /** Articles quoting a speaker of this name. */
  speaker?: string;
  outlet?: string;
  /** Publication date bounds, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  /** With no words and no filter: every article, newest first (instead of a usage error). */
  all?: boolean;
}

export interface SearchHit {
  id: string;
  title: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  snippet: string;
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface EntityRow {
  /** The store's id of the shared entity (stable while the store lives, not across stores). */
  id: number;
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
}

export interface EntityQuery {
  type?: EntityType;
  top?: number;
  offset?: number;
  /** Part of a name: the folded name contains it ("bowo" finds "Prabowo Subianto"). */
  query?: string;
}

/** Mentions of one entity in one period (publication month "YYYY-MM" or day "YYYY-MM-DD"). */
export interface TimelinePoint {
  period: string;
  articles: number;
  mentions: number;
}

/** An entity named in the same articles as another, with the number of those articles. */
export interface CoMention extends EntityRow {
  together: number;
}

export interface QuoteQuery {
  /** Whole words of the speaker's name (or of the entity the speaker was resolved to). */
  speaker?: string;
  /** Quotes by this stored entity (its id): resolved to it, or said by a speaker of its exact name. */
  entity?: number;
  stance?: Stance;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Counts over every article a search matches (not only the page). */
export interface SearchFacets {
  total: number;
  /** Articles per outlet, most first ("" for articles with no outlet). */
  outlets: Array<{ value: string; count: number }>;
  /** Articles per publication month "YYYY-MM", oldest first (undated articles left out). */
  months: Array<{ value: string; count: number }>;
  /** Distinct entities of each type named in the matching articles. */
  types: Array<{ value: EntityType; count: number }>;
  /** The entities named in most matching articles, up to `top` of each type. */
  entities: Array<{ id: number; name: string; type: EntityType; count: number }>;
  /**
   * How many matching articles `types` and `entities` were counted over: all of them, or
   * the newest `sample` when more match (counting entities over a whole corpus is slow).
   */
  entityBase: number;
}

export interface FacetOptions extends SearchOptions {
  /** Entities of each type to list (default 8). */
  top?: number;
  /** Count entities over at most this many matching articles, the newest (default 1000). */
  sample?: number;
}

export interface QuoteRow {
  articleId: string;
  /** The quote's index in the article's `quotes`. */
  ord: number;
  title: string;
  published: string | null;
  outlet: string | null;
  speaker: string;
  entity: string | null;
  kind: 'direct' | 'indirect';
  stance: Stance | null;
  cue: string;
  content: string;
}

export interface Stats {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  quantities: number;
  times: number;
  rejects: number;
  sources: number;
  outlets: Record<string, number>;
  published: { first: string | null; last: string | null };
  store: { kind: 'sqlite' | 'postgres'; location: string; bytes: number | null };
}

export interface CheckResult {
  ok: boolean;
  problems: string[];
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the store lives (a file path, or the connection URL without a password). */
  readonly location: string;
  /** The stored hash of each key that is present. */
  existing(keys: readonly string[]): Promise<Map<string, string>>;
  /** Write a batch in one transaction: articles (added, replaced or unchanged), rejects, ledger. */
  writeBatch(batch: BatchWrite): Promise<WriteResult>;
  ledger(path: string): Promise<LedgerEntry | null>;
  search(opts: SearchOptions): Promise<SearchResult>;
  /** An article by id, by key ("id:…", "url:…", "sha:…") or by URL. */
  getArticle(ref: string): Promise<Article | null>;
  entities(opts?: EntityQuery): Promise<EntityRow[]>;
  /** One entity: by its id ("42"), by "TYPE:Name", or by its exact canonical name (the one in most articles). */
  entity(ref: string): Promise<EntityRow | null>;
  /** An entity's articles and mentions per publication month or day, oldest first. */
  timeline(entity: number, opts?: { by?: 'month' | 'day' }): Promise<TimelinePoint[]>;
  /** The entities named in most of the articles that name this one. */
  coMentioned(entity: number, opts?: { top?: number; type?: EntityType }): Promise<CoMention[]>;
  /** Quotes, newest first: by speaker name, by entity, by stance, by date. */
  quotes(opts: QuoteQuery): Promise<QuoteRow[]>;
  /** Outlet, month and entity counts over everything a search matches. */
  facets(opts: FacetOptions): Promise<SearchFacets>;
  rejects(opts?: { limit?: number }): Promise<RejectRow[]>;
  stats(): Promise<Stats>;
  /** Every article, in the order stored. */
  exportArticles(): AsyncIterable<Article>;
  /** Refresh the query planner's statistics after a large write (ingest calls it at the end). */
  optimize(): Promise<void>;
  /** Consistency: the database's own check, one index row per article, no orphaned layers. */
  check(): Promise<CheckResult>;
  close(): Promise<void>;
}
