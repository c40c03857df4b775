/**
 * `warta serve`: the JSON API and the web UI of a store in one process, until Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { WartaError } from '../errors.js';
import { dbSpec, openStore } from '../store/open.js';

export const SERVE_HELP = `
  warta serve [--db FILE|postgres://…] [--port 8080] [--host 127.0.0.1]
        the web UI and the JSON API (/api/…, described at /openapi.json) over a store
`;

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(SERVE_HELP.trimStart());
    return 0;
  }
  if (positionals.length) throw new WartaError('usage', 'serve takes no positional arguments (use --db, --port, --host)');
  const port = values.port === undefined ? Number(process.env.PORT || 8080) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WartaError('usage', `--port takes a port number 0–65535 (got ${JSON.stringify(values.port)})`);
  const store = await openStore(dbSpec(values.db), { mustExist: true });
  for (const w of store.warnings) process.stderr.write(`warta: warning: ${w}\n`);
  // The server's modules load only for this command (the others start faster without them).
  const { startServer } = await import('../api/server.js');
  let server;
  try {
    server = await startServer({ store, port, host: values.host ?? '127.0.0.1' });
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new WartaError('usage', `port ${port} is in use (try --port)`);
    throw err;
  }
  const stats = await store.stats();
  process.stderr.write(`warta: serving ${stats.articles} articles from ${store.location} at ${server.url} (API: ${server.url}/api, ${server.url}/openapi.json)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('warta: stopping\n');
  await server.close();
  await store.close();
  return 0;
}
