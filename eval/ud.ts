/**
 * Tokeniser and sentence-splitter evaluation against Universal Dependencies treebanks
 * (UD Indonesian-CSUI train + test, UD Indonesian-GSD dev; CC BY-SA 4.0, read from the shared
 * data folder, never copied into the repository).
 *
 * Tokens: exact character spans of the *surface* tokens (a multiword-token range line such as
 * `3-4 katanya` counts as one token; its syntactic words are skipped).
 * Sentences: all sentences of a file (or of a document when `# newdoc` is present) are joined
 * with a single space and split again; predicted spans must match exactly.
 *
 * Run alone: `npx tsx eval/ud.ts [sharedDir]` prints the table.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences, tokenize } from '../src/text/index.js';
import type { Span } from '../src/types.js';
import { sharedDir } from '../src/util/paths.js';

export interface PRF {
  p: number;
  r: number;
  f1: number;
}
export interface UDScore {
  set: string;
  tokens: PRF;
  sentences: PRF;
}

export interface UDSentence {
  id: string;
  text: string;
  /** Surface token spans, relative to `text`. */
  tokens: Span[];
  newdoc: boolean;
}

/** Parse a CoNLL-U file into sentences with their text and surface-token spans. */
export function parseConllu(src: string): UDSentence[] {
  const out: UDSentence[] = [];
  let id = '';
  let text: string | null = null;
  let newdoc = false;
  let forms: string[] = [];
  let spaceAfter: boolean[] = [];
  let skipUntil = 0;

  const flush = (): void => {
    if (forms.length === 0) {
      text = null;
      newdoc = false;
      return;
    }
    let rebuilt = '';
    for (let i = 0; i < forms.length; i++) {
      rebuilt += forms[i];
      if (spaceAfter[i] && i < forms.length - 1) rebuilt += ' ';
    }
    let spans = text !== null ? align(text, forms) : null;
    let t = text ?? rebuilt;
    if (spans === null) {
      t = rebuilt;
      spans = align(rebuilt, forms)!;
    }
    out.push({ id, text: t, tokens: spans, newdoc });
    forms = [];
    spaceAfter = [];
    text = null;
    newdoc = false;
    skipUntil = 0;
    id = '';
  };

  for (const line of src.split(/\r?\n/)) {
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      if (line.startsWith('# text =')) text = line.slice(8).trim();
      else if (line.startsWith('# sent_id =')) id = line.slice(11).trim();
      else if (line.startsWith('# newdoc')) newdoc = true;
      continue;
    }
    const cols = line.split('\t');
    const tid = cols[0]!;
    const form = cols[1] ?? '';
    const misc = cols[9] ?? '_';
    const dash = tid.indexOf('-');
    if (dash > 0) {
      skipUntil = Number(tid.slice(dash + 1));
      forms.push(form);
      spaceAfter.push(!/(^|\|)SpaceAfter=No(\||$)/.test(misc));
      continue;
    }
    if (tid.includes('.')) continue; // empty nodes
    const n = Number(tid);
    if (n <= skipUntil) continue;
    forms.push(form);
    spaceAfter.push(!/(^|\|)SpaceAfter=No(\||$)/.test(misc));
  }
  flush();
  return out;
}

/** Find each form in order in `text`, skipping whitespace only; null when they do not line up. */
function align(text: string, forms: string[]): Span[] | null {
  const spans: Span[] = [];
  let p = 0;
  for (const f of forms) {
    while (p < text.length && /\s/.test(text[p]!)) p++;
    if (!text.startsWith(f, p)) return null;
    spans.push({ start: p, end: p + f.length });
    p += f.length;
  }
  while (p < text.length && /\s/.test(text[p]!)) p++;
  return p === text.length ? spans : null;
}

function prf(tp: number, npred: number, ngold: number): PRF {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface SetDetail {
  score: UDScore;
  /** Token errors: gold spans missed and predicted spans not in gold, per document text. */
  tokenErrors: Array<{ text: string; missed: string[]; extra: string[] }>;
  sentenceErrors: Array<{ gold: string[]; pred: string[] }>;
}

/** Score one set of sentences (documents delimited by `newdoc`, else the whole set is one). */
export function scoreSentences(set: string, sents: UDSentence[]): SetDetail {
  const docs: UDSentence[][] = [];
  for (const s of sents) {
    if (s.newdoc || docs.length === 0) docs.push([]);
    docs[docs.length - 1]!.push(s);
  }
  let tokTp = 0, tokPred = 0, tokGold = 0;
  let senTp = 0, senPred = 0, senGold = 0;
  const tokenErrors: SetDetail['tokenErrors'] = [];
  const sentenceErrors: SetDetail['sentenceErrors'] = [];

  for (const doc of docs) {
    let text = '';
    const goldSent: Span[] = [];
    const goldTok = new Set<number>();
    const key = (s: number, e: number): number => s * 65536 + (e - s);
    for (const s of doc) {
      if (text.length) text += ' ';
      const off = text.length;
      text += s.text;
      goldSent.push({ start: off, end: off + s.text.length });
      for (const t of s.tokens) goldTok.add(key(off + t.start, off + t.end));
    }
    // Tokens: scored sentence by sentence (tokenize on the sentence range of the joined text).
    for (const g of goldSent) {
      const tt = tokenize(text, g.start, g.end);
      const pred = new Set<number>();
      for (let i = 0; i < tt.count; i++) pred.add(key(tt.start[i]!, tt.end[i]!));
      let tp = 0;
      const missed: string[] = [];
      const extra: string[] = [];
      let gcount = 0;
      for (const k of goldTok) {
        const s = Math.floor(k / 65536);
        if (s < g.start || s >= g.end) continue;
        gcount++;
        if (pred.has(k)) tp++;
        else missed.push(text.slice(s, s + (k % 65536)));
      }
      for (const k of pred) {
        if (!goldTok.has(k)) {
          const s = Math.floor(k / 65536);
          extra.push(text.slice(s, s + (k % 65536)));
        }
      }
      tokTp += tp;
      tokPred += pred.size;
      tokGold += gcount;
      if (missed.length || extra.length) tokenErrors.push({ text: text.slice(g.start, g.end), missed, extra });
    }
    // Sentences.
    const pred = splitSentences(text);
    const goldKeys = new Set(goldSent.map((s) => key(s.start, s.end)));
    const predKeys = new Set(pred.map((s) => key(s.start, s.end)));
    let tp = 0;
    for (const k of predKeys) if (goldKeys.has(k)) tp++;
    senTp += tp;
    senPred += predKeys.size;
    senGold += goldKeys.size;
    // Error regions: walk both lists, collect maximal runs that disagree.
    let gi = 0, pi = 0;
    while (gi < goldSent.length || pi < pred.length) {
      const g = goldSent[gi], p = pred[pi];
      if (g && p && g.start === p.start && g.end === p.end) {
        gi++;
        pi++;
        continue;
      }
      const gs: string[] = [], ps: string[] = [];
      let ge = -1, pe = -1;
      do {
        if (pi >= pred.length || (gi < goldSent.length && goldSent[gi]!.end <= pred[pi]!.end && ge <= pe)) {
          const x = goldSent[gi++]!;
          gs.push(text.slice(x.start, x.end));
          ge = x.end;
        } else {
          const x = pred[pi++]!;
          ps.push(text.slice(x.start, x.end));
          pe = x.end;
        }
      } while (ge !== pe && (gi < goldSent.length || pi < pred.length));
      sentenceErrors.push({ gold: gs, pred: ps });
    }
  }
  return {
    score: { set, tokens: prf(tokTp, tokPred, tokGold), sentences: prf(senTp, senPred, senGold) },
    tokenErrors,
    sentenceErrors,
  };
}

const SETS: Array<{ set: string; files: string[] }> = [
  { set: 'csui-train', files: ['ud/csui/id_csui-ud-train.conllu'] },
  { set: 'csui-test', files: ['ud/csui/id_csui-ud-test.conllu'] },
  { set: 'gsd-dev', files: ['ud/gsd/id_gsd-ud-dev.conllu'] },
];

export async function evalUDDetailed(sharedDir: string): Promise<SetDetail[]> {
  const out: SetDetail[] = [];
  for (const { set, files } of SETS) {
    const sents: UDSentence[] = [];
    for (const f of files) {
      const src = await readFile(join(sharedDir, 'data', f), 'utf8');
      sents.push(...parseConllu(src));
    }
    out.push(scoreSentences(set, sents));
  }
  return out;
}

/** Scores of tokenize / splitSentences on CSUI train, CSUI test and GSD dev. */
export async function evalUD(
  sharedDir: string,
): Promise<Array<{ set: string; tokens: PRF; sentences: PRF }>> {
  return (await evalUDDetailed(sharedDir)).map((d) => d.score);
}

function fmt(x: number): string {
  return x.toFixed(4);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const shared = resolve(args.find((a) => !a.startsWith('-')) ?? sharedDir());
  const details = await evalUDDetailed(shared);
  if (verbose) {
    for (const d of details) {
      console.log(`\n=== ${d.score.set}: token errors (${d.tokenErrors.length} sentences)`);
      for (const e of d.tokenErrors) console.log(`  gold-only ${JSON.stringify(e.missed)}  pred-only ${JSON.stringify(e.extra)}`);
      console.log(`\n=== ${d.score.set}: sentence errors (${d.sentenceErrors.length})`);
      for (const e of d.sentenceErrors) {
        console.log('  GOLD'); for (const s of e.gold) console.log('    | ' + s);
        console.log('  PRED'); for (const s of e.pred) console.log('    | ' + s);
      }
    }
  }
  console.log('set          tok P   tok R   tok F1  sent P  sent R  sent F1');
  for (const { score: s } of details) {
    console.log(
      [s.set.padEnd(11), fmt(s.tokens.p), fmt(s.tokens.r), fmt(s.tokens.f1), fmt(s.sentences.p), fmt(s.sentences.r), fmt(s.sentences.f1)].join('  '),
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
