/**
 * The web UI's built files (web/dist, made by `npm run build`): served from memory-free
 * reads of the folder, hashed assets cached for a year, any other path that is not a file
 * answered with index.html so the UI's own routes (/articles/…, /entities/…) load.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>warta</title>
<p>The web UI is not built yet: run <code>npm run build</code> in the repository, then restart <code>warta serve</code>.
The API answers at <a href="/api/stats">/api/stats</a>; its description is at <a href="/openapi.json">/openapi.json</a>.</p>`;

export function staticHandler(root: string) {
  const base = normalize(root + sep);
  const file = (rel: string): string | null => {
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(rel)));
    } catch {
      return null;
    }
    if (!path.startsWith(base)) return null;
    try {
      return statSync(path).isFile() ? path : null;
    } catch {
      return null;
    }
  };
  return async (c: Context): Promise<Response> => {
    const index = join(base, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT, 200);
    const rel = c.req.path.replace(/^\/+/, '');
    const found = rel ? file(rel) : null;
    const path = found ?? index;
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    // A missing asset is a 404, not the page: a browser would try to run HTML as a script.
    if (!found && /^assets\//.test(rel)) return c.json({ error: { code: 'not-found', message: `no file ${c.req.path}` } }, 404);
    const body = await readFile(path);
    c.header('Content-Type', type);
    c.header('Cache-Control', found && rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(body);
  };
}
