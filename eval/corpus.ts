/**
 * Whole-corpus checks on ../shared/data/news/dev-corpus.jsonl: every line yields a result,
 * and scrape-noise markers do not survive cleaning.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { Pipeline, CORE_STAGES } from '../src/index.js';
import { toArticleInput } from '../src/ingest/index.js';

/** Markers that only scrape noise carries (gold/README.md noise kinds). */
export const NOISE_MARKERS: readonly RegExp[] = [
  /Baca [Jj]uga/,
  /advertisement/i,
  /SCROLL TO CONTINUE WITH CONTENT/,
  /\[Gambas:/,
  /Simak Video/,
  /Pilihan Editor\s*:/,
  /Artikel ini telah tayang di/,
];

export interface CorpusScores {
  lines: number;
  outputs: number;
  errors: number;
  withMarkers: number;
  markersSurvived: number;
  markerSurvivalRate: number;
  examples: string[];
}

export async function scoreCorpus(shared: string): Promise<CorpusScores | null> {
  const path = join(shared, 'data', 'news', 'dev-corpus.jsonl');
  if (!existsSync(path)) return null;
  const pipeline = new Pipeline(CORE_STAGES);
  const s: CorpusScores = { lines: 0, outputs: 0, errors: 0, withMarkers: 0, markersSurvived: 0, markerSurvivalRate: 0, examples: [] };
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    s.lines++;
    try {
      const input = toArticleInput(JSON.parse(line));
      const a = pipeline.run(input);
      s.outputs++;
      const had = NOISE_MARKERS.filter((re) => re.test(input.text));
      if (had.length) {
        s.withMarkers++;
        const left = had.filter((re) => re.test(a.text));
        if (left.length) {
          s.markersSurvived++;
          if (s.examples.length < 5) {
            const m = left[0]!.exec(a.text)!;
            s.examples.push(`${input.id}: …${a.text.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\n/g, '⏎')}…`);
          }
        }
      }
    } catch {
      s.errors++;
      s.outputs++;
    }
  }
  s.markerSurvivalRate = s.withMarkers ? s.markersSurvived / s.withMarkers : 0;
  return s;
}
