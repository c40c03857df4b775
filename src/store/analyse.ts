/**
 * The work of one ingest batch, the same in a worker thread and in the main thread: analyse
 * each record with the full pipeline and prepare its rows, or turn it into a reject.
 */
import { analyze } from '../index.js';
import { errorInfo } from '../errors.js';
import type { ArticleInput, Diagnostic } from '../types.js';
import { prepareArticle } from './prepare.js';
import type { PreparedArticle, RejectRecord } from './types.js';

export interface WorkItem {
  input: ArticleInput;
  key: string;
  hash: string;
  source: string;
  line: number | null;
  diagnostics?: Diagnostic[];
}

export type WorkResult = { ok: true; article: PreparedArticle } | { ok: false; reject: RejectRecord };

export function analyseItems(items: readonly WorkItem[]): WorkResult[] {
  return items.map((it): WorkResult => {
    try {
      const article = analyze(it.input);
      if (it.diagnostics?.length) article.diagnostics.unshift(...it.diagnostics);
      return { ok: true, article: prepareArticle(article, { key: it.key, hash: it.hash, source: it.source, line: it.line }) };
    } catch (err) {
      const e = errorInfo(err);
      return { ok: false, reject: { source: it.source, line: it.line, recordId: it.input.id ?? null, code: e.code, message: e.message } };
    }
  });
}
