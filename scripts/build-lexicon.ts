/**
 * Builds models/lexicon.txt.gz, the Indonesian word-frequency lexicon used by the glue
 * repairer (src/clean/glue.ts). Deterministic: same inputs, same bytes.
 *
 *   npx tsx scripts/build-lexicon.ts [/work/shared/data]
 *
 * Only sources whose licence allows shipping derived data are read (see
 * /work/shared/data/README.md): IndoSum dev folds (CC BY-SA 4.0), the detik-5cat CSVs (MIT),
 * UD Indonesian-CSUI and -GSD (CC BY-SA 4.0). The dev corpus and the gold files are
 * evaluation-only and are never read here.
 *
 * A "word" is a maximal run of letters (hyphens, digits, apostrophes and dots separate
 * words: "masing-masing" counts "masing" twice), folded to lower case. For each word the
 * file keeps how often it occurs and how often it was written all in lower case (a name is
 * rarely lower case, a function word almost always). Forms with a lower-to-upper case
 * transition ("iPhone", "YouTube", "detikINET") are kept as written in a second section, so
 * the repairer knows them as legitimate.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { modelsDir, sharedDir } from '../src/util/paths.js';

const DATA = process.argv[2] ?? join(sharedDir(), 'data');
const OUT = join(modelsDir(), 'lexicon.txt.gz');

/** Words seen fewer times than this are dropped (most one-offs are typos or names). */
const MIN_COUNT = 2;
/** Mixed-case forms need this many sightings to be trusted as a real spelling. */
const MIN_MIXED = 2;

const WORD = /[\p{L}\p{M}]+/gu;
const MIXED = /\p{Ll}\p{Lu}/u;

const total = new Map<string, number>();
const lower = new Map<string, number>();
const mixed = new Map<string, number>();
const sourceTokens: Record<string, number> = {};

function addText(text: string, source: string): void {
  let n = 0;
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    const w = m[0];
    const lw = w.toLowerCase();
    total.set(lw, (total.get(lw) ?? 0) + 1);
    if (w === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
    n++;
  }
  // Mixed-case forms are looked up as whole letter-digit tokens ("iPhone", "MotoGP").
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (MIXED.test(m[0])) mixed.set(m[0], (mixed.get(m[0]) ?? 0) + 1);
  }
  sourceTokens[source] = (sourceTokens[source] ?? 0) + n;
}

function indosum(): void {
  const dir = join(DATA, 'sum', 'indosum');
  const seen = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; paragraphs: string[][][] };
      if (seen.has(a.id)) continue; // the five folds' dev sets overlap
      seen.add(a.id);
      for (const p of a.paragraphs) for (const s of p) addText(s.join(' '), 'indosum');
    }
  }
}

function detik(): void {
  const dir = join(DATA, 'news', 'detik-5cat-2026');
  for (const f of ['train.csv', 'val.csv', 'test.csv']) {
    const rows = parse(readFileSync(join(dir, f), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<
      Record<string, string>
    >;
    for (const r of rows) addText(`${r['judul'] ?? ''}\n${r['isi'] ?? ''}`, 'detik-5cat');
  }
}

function ud(): void {
  for (const sub of ['csui', 'gsd']) {
    const dir = join(DATA, 'ud', sub);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort()) {
      const forms: string[] = [];
      let skipUntil = 0;
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const cols = line.split('\t');
        const id = cols[0] ?? '';
        const range = /^(\d+)-(\d+)$/.exec(id);
        // A multiword token ("menyetujuinya" = "menyetujui" + "nya") counts as written.
        if (range) {
          forms.push(cols[1] ?? '');
          skipUntil = Number(range[2]);
          continue;
        }
        if (id.includes('.')) continue;
        if (Number(id) <= skipUntil) continue;
        forms.push(cols[1] ?? '');
      }
      addText(forms.join(' '), `ud-${sub}`);
    }
  }
}

indosum();
detik();
ud();

const words = [...total.entries()]
  .filter(([, c]) => c >= MIN_COUNT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
// Mixed-case forms: ASCII only (the CSVs hold some mojibake such as "NestlÃ").
const mixedForms = [...mixed.entries()]
  .filter(([w, c]) => c >= MIN_MIXED && /^[A-Za-z0-9]+$/.test(w))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const header = [
  '# warta Indonesian word-frequency lexicon (derived data), built by scripts/build-lexicon.ts',
  '# Sources and licences (attribution required; CC BY-SA 4.0 parts shared alike):',
  '#   IndoSum dev folds, Kurniawan & Louvan (2018), kata-ai/indosum via JoshuaGlaZ/indogist @7d4976e, CC BY-SA 4.0',
  '#   detik-5cat-2026, KamigonNoMercy/indonesian-news-intelligence-apps @01a6ccc, MIT (c) 2026 Surya Dharma Putra',
  '#   UD Indonesian-CSUI @41dd7f2 and UD Indonesian-GSD @89491e4 (dev), Universal Dependencies, CC BY-SA 4.0',
  '# This file is licensed CC BY-SA 4.0 (http://creativecommons.org/licenses/by-sa/4.0/).',
  `# tokens: ${Object.entries(sourceTokens)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}; words kept: ${words.length} (count >= ${MIN_COUNT}); mixed-case forms: ${mixedForms.length}`,
  '# Format: word<TAB>count<TAB>count-written-lowercase (word folded to lower case);',
  '# lines starting with "=" are mixed-case spellings as written: =Form<TAB>count',
];
const body = [
  ...header,
  ...words.map(([w, c]) => `${w}\t${c}\t${lower.get(w) ?? 0}`),
  ...mixedForms.map(([w, c]) => `=${w}\t${c}`),
].join('\n');

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, gzipSync(Buffer.from(body + '\n', 'utf8'), { level: 9 }));
console.log(`wrote ${OUT}: ${words.length} words, ${mixedForms.length} mixed-case forms`);
console.log(sourceTokens);
