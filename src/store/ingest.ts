/**
 * Ingest at scale: files and folders of .txt, .json, .jsonl and .csv (also .gz) read with
 * the readers of src/ingest, analysed in parallel on worker threads, and written to a store
 * in input order, one transaction per batch.
 *
 * Nothing lost, nothing doubled:
 *  - every record is stored, found unchanged (same key, same content: not analysed again),
 *    or rejected with its reason;
 *  - a ledger row per input file (size, mtime, records done) is written in the same
 *    transaction as the batch, so after a kill the next run skips what is done and resumes
 *    after the last whole batch; a file already complete and unchanged is skipped outright.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { WartaError, errorInfo } from '../errors.js';
import { formatOf, readCsv, readJsonl, readOneArticle, type BatchRecord, type InputFormat } from '../ingest/index.js';
import { analyseItems, type WorkItem, type WorkResult } from './analyse.js';
import { articleKey, contentHash } from './prepare.js';
import type { ProgressBar } from './progress.js';
import type { LedgerEntry, PreparedArticle, RejectRecord, Store } from './types.js';

export interface IngestOptions {
  /** Records per batch (one transaction each). */
  batchSize?: number;
  /** Worker threads; 0 analyses in the main thread. Default: all cores. */
  workers?: number;
  progress?: ProgressBar | null;
}

export interface IngestSummary {
  files: number;
  /** Files skipped whole: complete in an earlier run and unchanged since. */
  filesSkipped: number;
  /** Records read in this run (skipped ones not included). */
  records: number;
  added: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  rejectedByCode: Record<string, number>;
  /** Records passed over because an earlier run had done them. */
  resumedPast: number;
  seconds: number;
  /** Records handled per second (added, replaced, unchanged and rejected). */
  recordsPerSecond: number;
  workers: number;
}

interface InputFile {
  path: string;
  format: InputFormat;
  size: number;
  mtime: number;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Input files under the given paths: folders walked in name order for known extensions. */
export async function listInputs(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile()) {
        const format = formatOf(p);
        if (format) {
          const st = await stat(p);
          out.push({ path: p, format, size: st.size, mtime: st.mtimeMs });
        }
      }
    }
  };
  for (const raw of paths) {
    const p = resolve(raw);
    let st;
    try {
      st = await stat(p);
    } catch {
      throw new WartaError('not-found', `no such file or folder: ${raw}`);
    }
    if (st.isDirectory()) await walk(p);
    else out.push({ path: p, format: formatOf(p) ?? 'txt', size: st.size, mtime: st.mtimeMs });
  }
  return out;
}

/** The worker file beside this module (dist/src/store/worker.js), when it exists. */
function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ job: number; items: WorkItem[] }> = [];
  private readonly waiting = new Map<number, { resolve: (r: WorkResult[]) => void; reject: (e: Error) => void }>();
  private readonly all: Worker[] = [];
  private nextJob = 0;
  private broken: Error | null = null;

  constructor(n: number, url: URL) {
    for (let i = 0; i < n; i++) {
      const w = new Worker(url);
      w.on('message', (msg: { job: number; results?: WorkResult[]; error?: string }) => {
        const waiter = this.waiting.get(msg.job);
        this.waiting.delete(msg.job);
        if (msg.error !== undefined) waiter?.reject(new WartaError('internal', `an ingest worker failed: ${msg.error}`));
        else waiter?.resolve(msg.results!);
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (err) => this.fail(new WartaError('internal', `an ingest worker crashed: ${err.message}`)));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new WartaError('internal', `an ingest worker exited with code ${code}`));
      });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  private fail(err: Error): void {
    this.broken ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }

  run(items: WorkItem[]): Promise<WorkResult[]> {
    if (this.broken) return Promise.reject(this.broken);
    const job = this.nextJob++;
    return new Promise((resolve, reject) => {
      this.waiting.set(job, { resolve, reject });
      this.queue.push({ job, items });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}

interface PendingBatch {
  items: WorkItem[];
  rejects: RejectRecord[];
  ledger: Map<string, LedgerEntry>;
  /** Input bytes behind the batch's last record (for the progress bar). */
  bytesMark: number;
}

function emptyBatch(): PendingBatch {
  return { items: [], rejects: [], ledger: new Map(), bytesMark: 0 };
}

/** A byte stream of a file (gunzipped for .gz) and a gauge of compressed bytes read. */
function openCounted(path: string): { stream: Readable; bytesRead: () => number } {
  const file = createReadStream(path);
  const stream = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
  file.on('error', (err) => stream.destroy(err));
  return { stream, bytesRead: () => file.bytesRead };
}

async function* recordsOf(f: InputFile, gauge: { bytes: () => number }): AsyncGenerator<BatchRecord> {
  if (f.format === 'jsonl' || f.format === 'csv') {
    const { stream, bytesRead } = openCounted(f.path);
    gauge.bytes = bytesRead;
    yield* f.format === 'jsonl' ? readJsonl(stream) : readCsv(stream);
    return;
  }
  gauge.bytes = () => f.size;
  try {
    const { input, diagnostics } = await readOneArticle(f.path);
    yield { line: 1, input, diagnostics };
  } catch (err) {
    const e = errorInfo(err);
    yield { line: 1, id: null, error: e };
  }
}

/** Read, analyse and store every record under `paths`. */
export async function ingest(store: Store, paths: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, opts.batchSize ?? 128);
  const url = workerUrl();
  const nWorkers = url ? Math.max(0, opts.workers ?? availableParallelism()) : 0;
  const files = await listInputs(paths);
  const totalBytes = files.reduce((s, f) => s + f.size, 0);
  const summary: IngestSummary = {
    files: files.length,
    filesSkipped: 0,
    records: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    rejected: 0,
    rejectedByCode: {},
    resumedPast: 0,
    seconds: 0,
    recordsPerSecond: 0,
    workers: nWorkers,
  };
  const pool = nWorkers > 0 ? new Pool(nWorkers, url!) : null;
  const maxInFlight = Math.max(2, nWorkers * 2);
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let writeTail: Promise<void> = Promise.resolve();
  let bytesDone = 0;
  let handled = 0;

  const countReject = (code: string): void => {
    summary.rejectedByCode[code] = (summary.rejectedByCode[code] ?? 0) + 1;
  };

  const dispatch = async (batch: PendingBatch): Promise<void> => {
    // Records whose key is stored with the same content need no analysis.
    const stored = await store.existing([...new Set(batch.items.map((i) => i.key))]);
    const todo: WorkItem[] = [];
    let unchanged = 0;
    for (const it of batch.items) {
      if (stored.get(it.key) === it.hash) unchanged++;
      else todo.push(it);
    }
    const analysed: Promise<WorkResult[]> = todo.length === 0 ? Promise.resolve([]) : pool ? pool.run(todo) : Promise.resolve().then(() => analyseItems(todo));
    analysed.catch(() => undefined); // handled in the write chain
    inFlight++;
    writeTail = writeTail.then(async () => {
      try {
        if (failure) return;
        const results = await analysed;
        const articles: PreparedArticle[] = [];
        const rejects = batch.rejects.slice();
        for (const r of results) {
          if (r.ok) articles.push(r.article);
          else rejects.push(r.reject);
        }
        const res = await store.writeBatch({ articles, rejects, ledger: [...batch.ledger.values()] });
        summary.added += res.added;
        summary.replaced += res.replaced;
        summary.unchanged += res.unchanged + unchanged;
        summary.rejected += res.rejected;
        for (const r of rejects) countReject(r.code);
        handled += batch.items.length + batch.rejects.length;
        opts.progress?.update({ records: handled, bytes: batch.bytesMark });
      } catch (err) {
        failure ??= err;
      } finally {
        inFlight--;
        wake?.();
      }
    });
    while (inFlight >= maxInFlight && !failure) {
      await new Promise<void>((r) => (wake = r));
      wake = null;
    }
  };

  try {
    let batch = emptyBatch();
    const flush = async (): Promise<void> => {
      const b = batch;
      batch = emptyBatch();
      await dispatch(b);
    };
    for (const f of files) {
      if (failure) break;
      const led = await store.ledger(f.path);
      const same = led !== null && led.size === f.size && led.mtime === f.mtime;
      if (same && led.complete) {
        summary.filesSkipped++;
        summary.resumedPast += led.done;
        bytesDone += f.size;
        continue;
      }
      const startAfter = same ? led.done : 0;
      summary.resumedPast += startAfter;
      const gauge = { bytes: (): number => 0 };
      let ordinal = 0;
      const entry = (done: number, complete: boolean): LedgerEntry => ({ path: f.path, size: f.size, mtime: f.mtime, done, complete });
      try {
        for await (const rec of recordsOf(f, gauge)) {
          ordinal++;
          if (ordinal <= startAfter) continue;
          if (failure) break;
          if ('error' in rec) {
            // A blank line is not a record: nothing to keep.
            if (rec.error.code !== 'empty-line') {
              batch.rejects.push({ source: f.path, line: rec.line, recordId: rec.id, code: rec.error.code, message: rec.error.message });
              summary.records++;
            }
          } else {
            batch.items.push({
              input: rec.input,
              key: articleKey(rec.input),
              hash: contentHash(rec.input),
              source: f.path,
              line: f.format === 'jsonl' || f.format === 'csv' ? rec.line : null,
              diagnostics: rec.diagnostics,
            });
            summary.records++;
          }
          batch.ledger.set(f.path, entry(ordinal, false));
          batch.bytesMark = bytesDone + gauge.bytes();
          if (batch.items.length + batch.rejects.length >= batchSize) await flush();
        }
      } catch (err) {
        // The whole file cannot be read (no text column, unreadable): one reject for it.
        const e = errorInfo(err);
        batch.rejects.push({ source: f.path, line: 0, recordId: null, code: e.code, message: e.message });
        summary.records++;
      }
      if (failure) break;
      bytesDone += f.size;
      batch.ledger.set(f.path, entry(Math.max(ordinal, startAfter), true));
      batch.bytesMark = bytesDone;
    }
    if (!failure && (batch.items.length || batch.rejects.length || batch.ledger.size)) await flush();
    await writeTail;
  } finally {
    await writeTail.catch(() => undefined);
    await pool?.close();
  }
  if (failure) throw failure;
  if (summary.added + summary.replaced > 0) await store.optimize();
  opts.progress?.update({ records: handled, bytes: totalBytes }, true);
  opts.progress?.done();
  summary.seconds = (performance.now() - started) / 1000;
  const handledAll = summary.added + summary.replaced + summary.unchanged + summary.rejected;
  summary.recordsPerSecond = handledAll / Math.max(summary.seconds, 1e-9);
  return summary;
}
