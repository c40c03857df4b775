/**
 * The store commands of `warta`: ingest, search, show, entities, quotes, stats, export,
 * rejects. Every command takes `--db FILE|postgres://…` (default $WARTA_DB, else
 * ./warta.db). Results on stdout; progress, summaries and errors on stderr.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { WartaError } from '../errors.js';
import { ingest, listInputs, type IngestSummary } from '../store/ingest.js';
import { dbSpec, openStore } from '../store/open.js';
import { ProgressBar } from '../store/progress.js';
import type { Store } from '../store/types.js';
import type { Article, EntityType } from '../types.js';

export const STORE_HELP = `
Store commands (--db FILE|postgres://… on each; default $WARTA_DB, else ./warta.db):
  warta ingest PATH…            files and folders of .txt .json .jsonl .csv (also .gz) into the store
        [--batch N] [--workers N] [--json] [--quiet] [--strict]
  warta search QUERY            full-text search; "quoted phrases"; affixed forms match
        [--entity NAME] [--speaker NAME] [--outlet X] [--from DATE] [--to DATE] [--limit N] [--offset N] [--json]
  warta show ID                 one stored article (warta/article@1 JSON); ID, URL or key
  warta entities [--type PER|ORG|LOC] [--top N] [--json]
  warta quotes --speaker NAME [--limit N] [--json]
  warta stats [--json]
  warta export --format jsonl|csv [--out FILE]
  warta rejects [--limit N] [--json]   records the store refused, with the reason
`;

class UsageError extends WartaError {
  constructor(message: string) {
    super('usage', message);
  }
}

function write(s: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(s)) resolve();
    else stream.once('drain', resolve).once('error', reject);
  });
}

function intOption(v: string | undefined, name: string, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number${min > 0 ? ` ≥ ${min}` : ''} (got ${JSON.stringify(v)})`);
  return n;
}

function dateOption(v: string | undefined, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/.test(v.trim())) throw new UsageError(`--${name} takes a date: YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(v)})`);
  return v.trim();
}

const DB = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

async function withStore<T>(db: string | undefined, mustExist: boolean, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbSpec(db), { mustExist });
  for (const w of store.warnings) process.stderr.write(`warta: warning: ${w}\n`);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function help(): number {
  process.stdout.write(STORE_HELP.trimStart());
  return 0;
}

function summaryLine(s: IngestSummary, store: string, total: number): string {
  const codes = Object.entries(s.rejectedByCode)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  const parts = [
    `${s.added} added`,
    `${s.replaced} replaced`,
    `${s.unchanged} unchanged`,
    `${s.rejected} rejected${codes ? ` (${codes})` : ''}`,
  ];
  const resumed = s.resumedPast ? `; ${s.resumedPast} records done by an earlier run skipped${s.filesSkipped ? ` (${s.filesSkipped} files whole)` : ''}` : '';
  return (
    `warta: ${s.records} records from ${s.files} files in ${s.seconds.toFixed(1)} s (${s.recordsPerSecond.toFixed(0)} records/s, ${s.workers} workers): ` +
    `${parts.join(', ')}${resumed}; ${store} holds ${total} articles\n`
  );
}

export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB, batch: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' }, strict: { type: 'boolean' } },
  });
  if (values.help) return help();
  if (positionals.length === 0) throw new UsageError('ingest takes one or more files or folders');
  const batchSize = intOption(values.batch, 'batch', 1);
  const workers = intOption(values.workers, 'workers', 0);
  return withStore(values.db, false, async (store) => {
    // A progress bar on a terminal only; a plain summary otherwise.
    const tty = Boolean(process.stderr.isTTY) && !values.quiet && !values.json;
    const bar = tty ? new ProgressBar(process.stderr, (await listInputs(positionals)).reduce((s, f) => s + f.size, 0)) : null;
    const summary = await ingest(store, positionals, { batchSize, workers, progress: bar });
    const stats = await store.stats();
    if (values.json) await write(JSON.stringify({ ...summary, articles: stats.articles, store: store.location }) + '\n');
    if (!values.quiet || !values.json) process.stderr.write(summaryLine(summary, store.location, stats.articles));
    return values.strict && summary.rejected > 0 ? 3 : 0;
  });
}

export async function runSearch(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DB,
      entity: { type: 'string' },
      speaker: { type: 'string' },
      outlet: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (values.help) return help();
  const query = positionals.join(' ');
  const opts = {
    query,
    entity: values.entity,
    speaker: values.speaker,
    outlet: values.outlet,
    from: dateOption(values.from, 'from'),
    to: dateOption(values.to, 'to'),
    limit: intOption(values.limit, 'limit') ?? 10,
    offset: intOption(values.offset, 'offset') ?? 0,
  };
  if (!query.trim() && !opts.entity && !opts.speaker && !opts.outlet && !opts.from && !opts.to) {
    throw new UsageError('search takes a QUERY, or at least one filter (--entity, --speaker, --outlet, --from, --to)');
  }
  return withStore(values.db, true, async (store) => {
    const res = await store.search(opts);
    if (values.json) {
      await write(JSON.stringify(res) + '\n');
      return 0;
    }
    const first = res.hits.length ? opts.offset + 1 : 0;
    let s = `${res.total} article${res.total === 1 ? '' : 's'}${res.hits.length ? `; ${first}–${opts.offset + res.hits.length} below` : ''}\n`;
    res.hits.forEach((h, i) => {
      const meta = [h.published?.slice(0, 16), h.outlet].filter(Boolean).join(' · ');
      s += `\n${first + i}. ${h.title}\n   ${meta ? `${meta} · ` : ''}${h.id}\n   ${h.snippet}\n`;
    });
    await write(s);
    return 0;
  });
}

export async function runShow(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB, compact: { type: 'boolean' } } });
  if (values.help) return help();
  if (positionals.length !== 1) throw new UsageError('show takes exactly one ID (an article id, URL or key)');
  return withStore(values.db, true, async (store) => {
    const a = await store.getArticle(positionals[0]!);
    if (!a) throw new WartaError('not-found', `no article ${JSON.stringify(positionals[0])} in ${store.location}`);
    await write(JSON.stringify(a, null, values.compact ? undefined : 2) + '\n');
    return 0;
  });
}

export async function runEntities(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB, type: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) return help();
  if (positionals.length) throw new UsageError('entities takes no positional arguments (use --type and --top)');
  const type = values.type?.toUpperCase();
  if (type !== undefined && type !== 'PER' && type !== 'ORG' && type !== 'LOC') throw new UsageError(`--type is PER, ORG or LOC (got ${values.type})`);
  const top = intOption(values.top, 'top', 1) ?? 20;
  return withStore(values.db, true, async (store) => {
    const rows = await store.entities({ type: type as EntityType | undefined, top });
    if (values.json) {
      await write(JSON.stringify(rows) + '\n');
      return 0;
    }
    let s = `${'articles'.padStart(8)} ${'mentions'.padStart(8)}  type  name\n`;
    for (const r of rows) s += `${String(r.articles).padStart(8)} ${String(r.mentions).padStart(8)}  ${r.type.padEnd(4)}  ${r.name}\n`;
    await write(s);
    return 0;
  });
}

export async function runQuotes(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB, speaker: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) return help();
  const speaker = values.speaker ?? (positionals.length ? positionals.join(' ') : undefined);
  if (!speaker?.trim()) throw new UsageError('quotes needs --speaker NAME');
  const limit = intOption(values.limit, 'limit', 1) ?? 50;
  return withStore(values.db, true, async (store) => {
    const rows = await store.quotes({ speaker, limit });
    if (values.json) {
      await write(JSON.stringify(rows) + '\n');
      return 0;
    }
    let s = `${rows.length} quote${rows.length === 1 ? '' : 's'}\n`;
    for (const q of rows) {
      const meta = [q.published?.slice(0, 10), q.outlet, q.articleId].filter(Boolean).join(' · ');
      s += `\n${q.speaker}${q.entity && q.entity !== q.speaker ? ` [${q.entity}]` : ''} — ${q.cue}${q.stance ? ` (${q.stance})` : ''}, ${q.kind}:\n  “${q.content}”\n  ${q.title}${meta ? ` · ${meta}` : ''}\n`;
    }
    await write(s);
    return 0;
  });
}

export async function runStats(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB, json: { type: 'boolean' } } });
  if (values.help) return help();
  if (positionals.length) throw new UsageError('stats takes no positional arguments');
  return withStore(values.db, true, async (store) => {
    const st = await store.stats();
    if (values.json) {
      await write(JSON.stringify(st) + '\n');
      return 0;
    }
    const mb = st.store.bytes === null ? '' : ` (${(st.store.bytes / 1048576).toFixed(1)} MB)`;
    let s = `store       ${st.store.kind} ${st.store.location}${mb}\n`;
    s += `articles    ${st.articles}\nentities    ${st.entities}\nmentions    ${st.mentions}\nquotes      ${st.quotes}\n`;
    s += `quantities  ${st.quantities}\ntimes       ${st.times}\nrejects     ${st.rejects}\nsources     ${st.sources}\n`;
    s += `published   ${st.published.first ?? '-'} … ${st.published.last ?? '-'}\n`;
    s += `outlets     ${Object.entries(st.outlets).map(([o, n]) => `${o} ${n}`).join(', ') || '-'}\n`;
    await write(s);
    return 0;
  });
}

const CSV_COLUMNS = ['id', 'title', 'published', 'outlet', 'url', 'author', 'category', 'dateline', 'entities', 'quotes', 'text'] as const;

function csvCell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(a: Article): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
    id: a.id,
    title: a.title,
    published: a.published.value,
    outlet: a.outlet,
    url: a.url,
    author: a.author,
    category: a.category,
    dateline: a.dateline ? [a.dateline.place, a.dateline.agency].filter(Boolean).join(', ') : null,
    entities: a.entities.map((e) => `${e.name} (${e.type})`).join('; '),
    quotes: a.quotes.length,
    text: a.text,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',') + '\r\n';
}

export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB, format: { type: 'string', default: 'jsonl' }, out: { type: 'string' } } });
  if (values.help) return help();
  if (positionals.length) throw new UsageError('export takes no positional arguments (use --format and --out)');
  const format = values.format;
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError(`--format is jsonl or csv (got ${format})`);
  return withStore(values.db, true, async (store) => {
    const stream: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;
    let n = 0;
    if (format === 'csv') await write(CSV_COLUMNS.join(',') + '\r\n', stream);
    for await (const a of store.exportArticles()) {
      await write(format === 'jsonl' ? JSON.stringify(a) + '\n' : csvRow(a), stream);
      n++;
    }
    if (values.out) await new Promise<void>((resolve) => stream.end(resolve));
    process.stderr.write(`warta: exported ${n} articles${values.out ? ` to ${values.out}` : ''}\n`);
    return 0;
  });
}

export async function runRejects(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB, limit: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) return help();
  if (positionals.length) throw new UsageError('rejects takes no positional arguments');
  const limit = intOption(values.limit, 'limit', 1) ?? 100;
  return withStore(values.db, true, async (store) => {
    const rows = await store.rejects({ limit });
    if (values.json) {
      await write(JSON.stringify(rows) + '\n');
      return 0;
    }
    let s = '';
    for (const r of rows) s += `${r.source}${r.line ? `:${r.line}` : ''}\t${r.code}\t${r.recordId ?? ''}\t${r.message}\n`;
    await write(s);
    process.stderr.write(`warta: ${rows.length} rejected record${rows.length === 1 ? '' : 's'}${rows.length === limit ? ` (first ${limit}; --limit N for more)` : ''}\n`);
    return 0;
  });
}
