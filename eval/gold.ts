/** Loading the gold files of ../shared/gold (evaluation data; never copied into the repo). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { ArticleInput } from '../src/types.js';

export { repoRoot, sharedDir } from '../src/util/paths.js';
import { sharedDir } from '../src/util/paths.js';

export interface GoldCase {
  name: string;
  set: 'seed' | 'dev';
  input: ArticleInput;
  // The gold JSON as written by the annotators (see gold/README.md).
  gold: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function loadGold(shared = sharedDir()): GoldCase[] {
  const out: GoldCase[] = [];
  const seedDir = join(shared, 'gold', 'seed');
  for (const f of readdirSync(seedDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(seedDir, f), 'utf8'));
    const txt = join(seedDir, gold.input?.file ?? f.replace('.gold.json', '.txt'));
    out.push({ name: f.replace('.gold.json', ''), set: 'seed', input: { id: gold.id, text: readFileSync(txt, 'utf8') }, gold });
  }
  const devDir = join(shared, 'gold', 'dev');
  for (const f of readdirSync(devDir).filter((f) => f.endsWith('.raw.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(devDir, f), 'utf8'));
    const gold = JSON.parse(readFileSync(join(devDir, f.replace('.raw.json', '.gold.json')), 'utf8'));
    const input: ArticleInput = { text: raw.text };
    for (const k of ['id', 'title', 'published', 'url', 'author', 'outlet'] as const) if (raw[k]) input[k] = String(raw[k]);
    out.push({ name: f.replace('.raw.json', ''), set: 'dev', input, gold });
  }
  return out;
}

/** Paragraph spans of a gold clean text (blank-line separated), as the stages see blocks. */
export { paragraphsOf as cleanParagraphs } from '../src/quotes/doc.js';
