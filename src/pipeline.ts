/**
 * The pipeline: stages that say what they need and what they add (spaCy factories,
 * unified plugins). The chain is checked once when a pipeline is built, then run as a plain
 * loop. Each stage adds its own frozen layer and never edits another's.
 */
import { createHash } from 'node:crypto';
import { cleanArticle, type CleanResult } from './clean/index.js';
import { splitSentences } from './text/index.js';
import { parsePublished, inferDocDate } from './times/index.js';
import { SCHEMA, type Article, type ArticleInput, type Diagnostic, type Published, type Span } from './types.js';
import { WartaError } from './errors.js';

/** What the stages build up; each key is one layer. */
export interface Doc {
  input: ArticleInput;
  clean?: CleanResult;
  published?: Published;
  /** The date relative expressions resolve against: the publication date, else inferred. */
  anchor?: string | null;
  sentences?: Span[];
  extra: Partial<Pick<Article, 'entities' | 'quotes' | 'quantities' | 'times'>>;
  diagnostics: Diagnostic[];
}

export type Layer = 'clean' | 'published' | 'sentences' | 'entities' | 'quantities' | 'times' | 'quotes';

export interface Stage {
  name: string;
  requires: readonly Layer[];
  provides: Layer;
  run(doc: Doc): void;
}

const AUTHOR_PLACEHOLDER = /^(?:penulis tidak ditemukan|tidak diketahui|unknown|anonim|-+|n\/a|null|none)$/i;
/** "Dina Rayanti -detikOto" → "Dina Rayanti": the outlet channel is not part of the name. */
const AUTHOR_CHANNEL = /\s*[-–|,]\s*(?:detik\w*|kompas\.com|liputan6\.com|tempo\.co|okezone|cnn indonesia)\s*$/i;
/** "… | tempo.co": the site name some scrapers keep in the title. */
const TITLE_SITE = /\s+[|–—-]\s+(?:[a-z0-9-]+\.(?:com|co\.id|co|id|net)|tempo\.co|kompas\.com|detik\w*|liputan6|okezone|cnn indonesia)\s*$/i;

export function cleanAuthor(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(AUTHOR_CHANNEL, '').replace(/\s+/g, ' ').trim();
  return s === '' || AUTHOR_PLACEHOLDER.test(s) ? null : s;
}

export function cleanTitle(raw: string): string {
  return raw.replace(/\s+/g, ' ').replace(TITLE_SITE, '').trim();
}

export function stableId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

export const cleanStage: Stage = {
  name: 'clean',
  requires: [],
  provides: 'clean',
  run(doc) {
    doc.clean = cleanArticle(doc.input);
  },
};

export const publishedStage: Stage = {
  name: 'published',
  requires: ['clean'],
  provides: 'published',
  run(doc) {
    const raw = doc.input.published ?? null;
    const fromMeta = parsePublished(raw);
    if (fromMeta.value) {
      doc.published = { value: fromMeta.value, source: 'metadata', raw };
    } else {
      const inferred = inferDocDate(doc.clean!.text);
      doc.published = { value: inferred, source: inferred ? 'text' : null, raw };
      if (raw && raw.trim() && !/tidak ditemukan/i.test(raw)) {
        doc.diagnostics.push({ severity: 'warning', code: 'unparsed-date', message: `publication date not understood: ${JSON.stringify(raw)}` });
      }
    }
    doc.anchor = doc.published.value ? doc.published.value.slice(0, 10) : null;
  },
};

export const sentenceStage: Stage = {
  name: 'sentences',
  requires: ['clean'],
  provides: 'sentences',
  run(doc) {
    doc.sentences = splitSentences(doc.clean!.text, doc.clean!.blocks);
  },
};

export const CORE_STAGES: readonly Stage[] = [cleanStage, publishedStage, sentenceStage];

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const have = new Set<Layer>();
    for (const s of stages) {
      for (const r of s.requires) {
        if (!have.has(r)) throw new WartaError('internal', `stage "${s.name}" needs "${r}", which no earlier stage provides`);
      }
      have.add(s.provides);
    }
    this.stages = Object.freeze(stages.slice());
  }

  run(input: ArticleInput): Article {
    if (input.text.trim() === '') throw new WartaError('empty-text', 'the article text is empty');
    const doc: Doc = { input, extra: {}, diagnostics: [] };
    for (const s of this.stages) s.run(doc);
    return toArticle(doc);
  }
}

function toArticle(doc: Doc): Article {
  const c = doc.clean!;
  const input = doc.input;
  return {
    schema: SCHEMA,
    id: input.id ?? stableId(input.text),
    title: cleanTitle(c.title),
    lead: c.lead,
    category: c.category,
    dateline: c.dateline,
    published: doc.published ?? { value: null, source: null, raw: input.published ?? null },
    author: cleanAuthor(input.author),
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    text: c.text,
    blocks: c.blocks,
    removed: c.removed,
    repairs: c.repairs,
    sentences: doc.sentences ?? [],
    entities: doc.extra.entities ?? [],
    quotes: doc.extra.quotes ?? [],
    quantities: doc.extra.quantities ?? [],
    times: doc.extra.times ?? [],
    diagnostics: [...c.diagnostics, ...doc.diagnostics],
  };
}
