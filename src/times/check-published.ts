/**
 * Corpus check for `parsePublished`: every non-placeholder `published` string must parse.
 *   npx tsx src/times/check-published.ts [FILE]   (default: the dev corpus under ../shared)
 * Also reports how often `inferDocDate(text)` agrees with the parsed date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublished, inferDocDate } from './published.js';
import { sharedDir } from '../util/paths.js';

const file = process.argv[2] ?? join(sharedDir(), 'data', 'news', 'dev-corpus.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
let parsed = 0, placeholders = 0, withTime = 0, agree = 0, inferred = 0, inferNull = 0;
const unparsed: string[] = [];
const disagree: string[] = [];
const t0 = performance.now();
for (const line of lines) {
  const a = JSON.parse(line) as { published?: string | null; text?: string };
  const p = parsePublished(a.published);
  if (p.value === null && p.raw === null) placeholders++;
  else if (p.value === null) unparsed.push(String(a.published));
  else {
    parsed++;
    if (p.value.includes('T')) withTime++;
    const d = inferDocDate(a.text ?? '');
    if (d === null) inferNull++;
    else {
      inferred++;
      if (d === p.value.slice(0, 10)) agree++;
      else if (disagree.length < 15) disagree.push(`${p.value.slice(0, 10)} vs inferred ${d}`);
    }
  }
}
const ms = performance.now() - t0;
console.log(`articles ${lines.length}: parsed ${parsed} (with time ${withTime}), placeholders ${placeholders}, unparsed ${unparsed.length}`);
for (const u of unparsed.slice(0, 20)) console.log('  unparsed:', JSON.stringify(u));
console.log(`inferDocDate on parsed articles: ${inferred} dated (${agree} agree with published), ${inferNull} null`);
for (const d of disagree) console.log('  ', d);
console.log(`${(ms / lines.length).toFixed(3)} ms/article`);
process.exitCode = unparsed.length === 0 ? 0 : 1;
