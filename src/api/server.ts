/** Running the app on Node's HTTP server (@hono/node-server). */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { repoRoot } from '../util/paths.js';
import type { Store } from '../store/types.js';
import { createApp, type AppOptions } from './app.js';

/** The built UI: web/dist in the repository. */
export function defaultWebRoot(): string {
  return join(repoRoot(), 'web', 'dist');
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: Omit<AppOptions, 'store'> & { store: Store; port?: number; host?: string }): Promise<RunningServer> {
  const app = createApp({ webRoot: defaultWebRoot(), ...opts });
  const server = createAdaptorServer({ fetch: app.fetch });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
