/** An ingest worker thread: batches of records in, prepared rows (or rejects) out. */
import { parentPort } from 'node:worker_threads';
import { analyseItems, type WorkItem } from './analyse.js';

if (!parentPort) throw new Error('store/worker.js runs as a worker thread');
const port = parentPort;
port.on('message', (msg: { job: number; items: WorkItem[] }) => {
  try {
    port.postMessage({ job: msg.job, results: analyseItems(msg.items) });
  } catch (err) {
    port.postMessage({ job: msg.job, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});
