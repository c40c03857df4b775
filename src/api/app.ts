/**
 * The HTTP API and the web UI in one Hono app (`warta serve`). Routes (see openapi.ts):
 *   POST /api/analyze          an article object (JSON) or raw text → warta/article@1
 *   GET  /api/articles         search: q, entity, speaker, outlet, from, to, limit, offset, facets
 *   GET  /api/articles/:id     one stored article
 *   GET  /api/entities         type, q, top, offset
 *   GET  /api/entities/:id     the entity, its mentions over time, co-mentioned entities, its quotes
 *   GET  /api/quotes           speaker, entity, stance, from, to, limit, offset
 *   GET  /api/stats            corpus counts
 *   GET  /openapi.json         the OpenAPI 3.1 description
 * Every error is `{"error": {"code", "message"}}`; bad requests are 4xx, never a 500.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { zValidator } from '@hono/zod-validator';
import type { ZodTypeAny } from 'zod';
import { analyze } from '../index.js';
import { decodeBytes, toArticleInput } from '../ingest/index.js';
import type { Store } from '../store/types.js';
import type { Article, ArticleInput } from '../types.js';
import { ApiError, toErrorResponse, zodMessage } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ArticlesQuery, DEFAULT_BODY_LIMIT, EntitiesQuery, EntityQuery, QuotesQuery } from './schemas.js';

export { DEFAULT_BODY_LIMIT };
import { staticHandler } from './static.js';
import { serialized } from '../store/serial.js';

export interface AppOptions {
  store: Store;
  /** The built web UI (web/dist); none: the API only. */
  webRoot?: string | null;
  /** Largest request body accepted, in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Where server-side problems are written (default stderr). */
  log?: (msg: string) => void;
  /** Analyse one article (default: the library's analyze()). */
  analyze?: (input: ArticleInput | string) => Article;
}

/** Query validation whose failure is a 400 with the problems spelled out. */
function query<T extends ZodTypeAny>(schema: T) {
  return zValidator('query', schema, (result) => {
    if (!result.success) throw new ApiError(400, 'bad-request', zodMessage(result.error as never, 'parameter'));
  });
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The body of POST /api/analyze: an article object (JSON) or raw seed-style text. */
async function readAnalyzeBody(c: Context): Promise<ArticleInput | string> {
  const type = mediaType(c);
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (raw.length === 0) throw new ApiError(400, 'empty-input', 'the request has no body: send an article object {"text": …} as JSON, or the raw text as text/plain');
  if (type !== '' && type !== 'application/json' && !type.startsWith('text/') && !type.endsWith('+json')) {
    throw new ApiError(415, 'unsupported-media-type', `cannot read a ${type} body: send application/json or text/plain`);
  }
  const { text } = decodeBytes(raw, 'the request body');
  const asJson = type === 'application/json' || type.endsWith('+json') || (type === '' && /^\s*[{"]/.test(text));
  if (!asJson) {
    if (text.trim() === '') throw new ApiError(400, 'empty-text', 'the article text is empty');
    return text;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, 'bad-json', `the body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value === 'string') {
    if (value.trim() === '') throw new ApiError(400, 'empty-text', 'the article text is empty');
    return value;
  }
  return toArticleInput(value);
}

export function createApp(opts: AppOptions): Hono {
  const store = serialized(opts.store);
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const run = opts.analyze ?? analyze;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  const app = new Hono();

  app.onError((err, c) => {
    const { status, body } = toErrorResponse(err, log);
    return c.json(body, status);
  });
  app.notFound((c) => c.json({ error: { code: 'not-found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if ((c.res.headers.get('content-type') ?? '').startsWith('text/html')) {
      c.header('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'");
    }
  });

  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', (c) => c.json({ ok: true, store: store.kind }));

  app.post(
    '/api/analyze',
    bodyLimit({
      maxSize: maxBody,
      onError: (c) => c.json({ error: { code: 'too-large', message: `the body is over the limit of ${maxBody} bytes` } }, 413),
    }),
    async (c) => {
      const input = await readAnalyzeBody(c);
      const text = typeof input === 'string' ? input : input.text;
      if (text.length > maxBody) throw new ApiError(413, 'too-large', `the article text is over the limit of ${maxBody} characters`);
      return c.json(run(input));
    },
  );

  app.get('/api/articles', query(ArticlesQuery), async (c) => {
    const q = c.req.valid('query');
    const opts = { query: q.q ?? '', entity: q.entity, speaker: q.speaker, outlet: q.outlet, from: q.from, to: q.to, limit: q.limit, offset: q.offset, all: true };
    if (q.from && q.to && q.from.slice(0, q.to.length) > q.to) throw new ApiError(400, 'bad-request', `from ${q.from} is after to ${q.to}`);
    const [res, facets] = await Promise.all([store.search(opts), q.facets ? store.facets({ ...opts, top: 8 }) : Promise.resolve(undefined)]);
    return c.json({ total: res.total, limit: q.limit, offset: q.offset, hits: res.hits, ...(facets ? { facets } : {}) });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const a = await store.getArticle(id);
    if (!a) throw new ApiError(404, 'not-found', `no article ${JSON.stringify(id)}`);
    return c.json(a);
  });

  app.get('/api/entities', query(EntitiesQuery), async (c) => {
    const q = c.req.valid('query');
    const entities = await store.entities({ type: q.type, top: q.top, offset: q.offset, query: q.q });
    return c.json({ entities });
  });

  app.get('/api/entities/:id', query(EntityQuery), async (c) => {
    const ref = c.req.param('id');
    const q = c.req.valid('query');
    const entity = await store.entity(ref);
    if (!entity) throw new ApiError(404, 'not-found', `no entity ${JSON.stringify(ref)}`);
    const [timeline, coMentioned, quotes] = await Promise.all([
      store.timeline(entity.id, { by: q.by }),
      q.co ? store.coMentioned(entity.id, { top: q.co }) : Promise.resolve([]),
      q.quotes ? store.quotes({ entity: entity.id, limit: q.quotes }) : Promise.resolve([]),
    ]);
    return c.json({ entity, by: q.by ?? 'month', timeline, coMentioned, quotes });
  });

  app.get('/api/quotes', query(QuotesQuery), async (c) => {
    const q = c.req.valid('query');
    const quotes = await store.quotes({ speaker: q.speaker, entity: q.entity, stance: q.stance, from: q.from, to: q.to, limit: q.limit, offset: q.offset });
    return c.json({ limit: q.limit, offset: q.offset, quotes });
  });

  app.get('/api/stats', async (c) => {
    const s = await store.stats();
    return c.json({ ...s, store: { kind: s.store.kind, bytes: s.store.bytes } });
  });

  // A known path with another method is a 405; anything else under /api a 404.
  const known = [/^\/api\/analyze$/, /^\/api\/articles(?:\/[^/]+)?$/, /^\/api\/entities(?:\/[^/]+)?$/, /^\/api\/(?:quotes|stats|health)$/, /^\/openapi\.json$/];
  const other = (c: Context) =>
    known.some((r) => r.test(c.req.path))
      ? c.json({ error: { code: 'method-not-allowed', message: `${c.req.method} is not allowed on ${c.req.path}` } }, 405)
      : c.json({ error: { code: 'not-found', message: `no route ${c.req.method} ${c.req.path}` } }, 404);
  app.all('/api/*', other);
  app.all('/openapi.json', other);

  if (opts.webRoot) app.get('*', staticHandler(opts.webRoot));
  return app;
}
