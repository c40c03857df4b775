/**
 * The public data model: `warta/article@1` (see CONTRACT.md).
 * Every annotation is a half-open [start, end) span of UTF-16 offsets into `Article.text`,
 * which never changes once the clean stage has built it.
 */

export const SCHEMA = 'warta/article@1' as const;

export interface Span {
  start: number;
  end: number;
}

/** One article as it comes in (CONTRACT.md, "Article object"). */
export interface ArticleInput {
  id?: string;
  title?: string;
  published?: string;
  url?: string;
  author?: string;
  outlet?: string;
  text: string;
}

export type BlockKind = 'paragraph' | 'heading';
export interface Block extends Span {
  kind: BlockKind;
}

export type NoiseKind = 'related' | 'ad' | 'media' | 'promo' | 'syndication' | 'credit';
export interface Removed {
  text: string;
  kind: NoiseKind;
}

export interface Repair {
  raw: string;
  fixed: string;
  kind: string;
  /** How many times the same repair was made (HTML entities are listed once). */
  count?: number;
}

export interface Dateline {
  place: string;
  agency: string | null;
}

export interface Published {
  /** ISO date or date-time with offset ("2025-07-03T19:43+07:00", "2025-07-03"), or null. */
  value: string | null;
  source: 'metadata' | 'text' | null;
  raw: string | null;
}

export interface Diagnostic {
  severity: 'warning' | 'info';
  code: string;
  message: string;
  span?: Span;
}

export interface Mention {
  start?: number;
  end?: number;
  text: string;
  in?: 'dateline';
}
export type EntityType = 'PER' | 'ORG' | 'LOC';
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Mention[];
}

export type Stance = 'confirm' | 'deny' | 'refuse-to-deny' | 'claim' | 'accuse' | 'warn' | 'question';
export interface Quote {
  speaker: { name: string; entity: string | null };
  cue: { text: string; start: number; end: number };
  kind: 'direct' | 'indirect';
  stance: Stance | null;
  hedge?: string | null;
  content: { start: number; end: number; text: string };
}

export type Approx = 'at-least' | 'about' | 'more-than' | 'almost' | 'at-most';
export type Vague = 'thousands' | 'millions' | 'hundreds' | 'tens' | 'dozens';
export interface Quantity extends Span {
  text: string;
  value: number | null;
  /** Top of a range ("5,9–6 miliar dolar"). */
  valueMax?: number;
  unit: string | null;
  approx: Approx | null;
  vague: Vague | null;
}

export interface TimeExpr extends Span {
  text: string;
  value: string;
}

/** The output document. */
export interface Article {
  schema: typeof SCHEMA;
  id: string;
  title: string;
  lead: string | null;
  category: string | null;
  dateline: Dateline | null;
  published: Published;
  author: string | null;
  url?: string | null;
  outlet?: string | null;
  text: string;
  blocks: Block[];
  removed: Removed[];
  repairs: Repair[];
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  quantities: Quantity[];
  times: TimeExpr[];
  diagnostics: Diagnostic[];
}
