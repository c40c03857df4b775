/** Helpers for the API tests: a store filled with the test corpus, in-process. */
import { analyze } from '../index.js';
import { articleKey, contentHash, prepareArticle } from '../store/prepare.js';
import type { Store } from '../store/types.js';
import { API_CORPUS } from './fixtures.js';

export async function fillStore(store: Store): Promise<void> {
  const articles = API_CORPUS.map((r, i) => prepareArticle(analyze(r), { key: articleKey(r), hash: contentHash(r), source: '/fixtures/api.jsonl', line: i + 1 }));
  await store.writeBatch({ articles, rejects: [], ledger: [] });
}
