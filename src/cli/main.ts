/**
 * The `warta` command: a thin shell over the library (CONTRACT.md). Nothing but results on
 * stdout; errors and summaries on stderr; exit 0 on success, 1 on a failed run, 2 on bad
 * usage, 3 when --strict and some records of a batch failed.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../index.js';
import { WartaError, errorInfo } from '../errors.js';
import { formatOf, openStream, readCsv, readJsonl, readOneArticle, type BatchRecord } from '../ingest/index.js';
import { formatArticleText } from './format.js';
import { STORE_HELP, runEntities, runExport, runIngest, runQuotes, runRejects, runSearch, runShow, runStats } from './store-commands.js';
import type { Article } from '../types.js';
import { SERVE_HELP, runServe } from './serve.js';

const HELP = `warta — Indonesian news, structured

Usage:
  warta analyze FILE            one article (.txt raw scrape, .json article object, - for stdin)
  warta analyze --jsonl FILE    one article object per line in, one result per line out
  warta analyze --csv FILE      CSV with a header row (English or Indonesian column names)
  warta tag --conll FILE        CoNLL tokens in, token<TAB>BIO-tag out
  warta ingest PATH…            files and folders into a store (SQLite file or PostgreSQL)
  warta search QUERY            search the store (also: show, entities, quotes, stats, export, rejects)
  warta serve                   the web UI and the JSON API over the store (--port 8080)
  warta help                    this text

Options for analyze:
  --format json|text   output: warta/article@1 JSON (default) or a readable summary
  --compact            one-line JSON for a single article
  --strict             batch: exit 3 when any record failed
  -h, --help           help

${STORE_HELP.trim()}
${SERVE_HELP.trimEnd()}

Examples:
  warta analyze examples/article.txt
  warta analyze --jsonl articles.jsonl > results.jsonl
  cat article.json | warta analyze -
  warta ingest articles.jsonl export.csv folder/ && warta search "pengerahan pasukan" --from 2025-06
`;

class UsageError extends WartaError {
  constructor(message: string) {
    super('usage', message);
  }
}

function out(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}

async function runAnalyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      csv: { type: 'boolean' },
      format: { type: 'string', default: 'json' },
      compact: { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one FILE (or - for standard input)');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`unknown --format ${values.format} (json or text)`);
  const path = positionals[0]!;
  const fmt = values.jsonl ? 'jsonl' : values.csv ? 'csv' : path === '-' ? null : formatOf(path);
  if (fmt === 'jsonl' || fmt === 'csv') return runBatch(path, fmt, values.format as 'json' | 'text', Boolean(values.strict));
  const { input, diagnostics } = await readOneArticle(path);
  const article = analyze(input);
  article.diagnostics.unshift(...diagnostics);
  if (values.format === 'text') await out(formatArticleText(article));
  else await out(JSON.stringify(article, null, values.compact ? undefined : 2) + '\n');
  return 0;
}

async function runBatch(path: string, fmt: 'jsonl' | 'csv', format: 'json' | 'text', strict: boolean): Promise<number> {
  if (path !== '-') await import('node:fs/promises').then((fs) => fs.access(path)).catch(() => {
    throw new WartaError('not-found', `no such file: ${path}`);
  });
  const started = process.hrtime.bigint();
  let ok = 0;
  let failed = 0;
  const stream = openStream(path);
  const records: AsyncGenerator<BatchRecord> = fmt === 'jsonl' ? readJsonl(stream) : readCsv(stream);
  const byCode = new Map<string, number>();
  for await (const rec of records) {
    let line: string;
    if ('error' in rec) {
      failed++;
      byCode.set(rec.error.code, (byCode.get(rec.error.code) ?? 0) + 1);
      line = JSON.stringify({ id: rec.id, line: rec.line, error: rec.error });
    } else {
      let article: Article | null = null;
      try {
        article = analyze(rec.input);
        if (rec.diagnostics) article.diagnostics.unshift(...rec.diagnostics);
        ok++;
      } catch (err) {
        failed++;
        const e = errorInfo(err);
        byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
        line = JSON.stringify({ id: rec.input.id ?? null, line: rec.line, error: e });
      }
      if (article) line = format === 'text' ? formatArticleText(article) : JSON.stringify(article);
      else line ??= '';
    }
    await out(line! + '\n');
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  const codes = [...byCode].map(([c, n]) => `${c} ${n}`).join(', ');
  process.stderr.write(
    `warta: ${ok + failed} records, ${ok} analysed, ${failed} failed${codes ? ` (${codes})` : ''} in ${secs.toFixed(2)} s (${((ok + failed) / Math.max(secs, 1e-9)).toFixed(0)} records/s)\n`,
  );
  return strict && failed > 0 ? 3 : 0;
}

async function runTag(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { conll: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!values.conll) throw new UsageError('tag needs --conll (the only input format it reads)');
  if (positionals.length !== 1) throw new UsageError('tag --conll takes exactly one FILE (or - for standard input)');
  const { readBytes, decodeBytes } = await import('../ingest/index.js');
  const { tagConll } = await import('../entities/conll.js');
  const { text } = decodeBytes(await readBytes(positionals[0]!), positionals[0]!);
  await out(tagConll(text));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`warta analyze --jsonl big.jsonl | head`) ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyze(rest);
      case 'tag':
        return await runTag(rest);
      case 'ingest':
        return await runIngest(rest);
      case 'search':
        return await runSearch(rest);
      case 'show':
        return await runShow(rest);
      case 'entities':
        return await runEntities(rest);
      case 'quotes':
        return await runQuotes(rest);
      case 'stats':
        return await runStats(rest);
      case 'export':
        return await runExport(rest);
      case 'rejects':
        return await runRejects(rest);
      case 'serve':
        return await runServe(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
        process.stdout.write('warta 0.1.0\n');
        return 0;
      default:
        throw new UsageError(`unknown command "${command}" (try: warta --help)`);
    }
  } catch (err) {
    const e = errorInfo(err);
    const isUsage = e.code === 'usage' || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`warta: ${isUsage ? 'usage: ' : ''}${e.message}\n`);
    if (e.code === 'internal' && process.env.WARTA_DEBUG) process.stderr.write(String((err as Error).stack) + '\n');
    return isUsage ? 2 : 1;
  }
}
