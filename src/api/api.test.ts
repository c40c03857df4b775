/** The HTTP API over a store filled with the test corpus (src/api/fixtures.ts), in-process. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../store/sqlite.js';
import { PostgresStore } from '../store/postgres.js';
import type { Store } from '../store/types.js';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';
import { fillStore } from './testing.js';
import { defaultWebRoot } from './server.js';

const PG_URL = process.env.WARTA_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

let store: Store;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

before(async () => {
  store = new SqliteStore(':memory:');
  await fillStore(store);
  app = createApp({ store, webRoot: defaultWebRoot(), log: (m) => logged.push(m) });
});
after(() => store.close());

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: any; type: string; text: string }> {
  const res = await app.request(path, init);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, text, body: type.includes('json') ? JSON.parse(text) : null };
}

const post = (body: string | Uint8Array, type: string | null = 'application/json'): RequestInit => ({
  method: 'POST',
  body,
  headers: type ? { 'content-type': type } : {},
});

function isError(r: { status: number; body: any }, status: number, code?: string): void {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(typeof r.body?.error?.message, 'string');
  if (code) assert.equal(r.body.error.code, code);
  assert.doesNotMatch(JSON.stringify(r.body), /\n\s+at |\.ts:\d|\.js:\d/, 'no stack trace');
}

test('api: GET /api/articles searches with stems, filters and pages; facets count every match', async () => {
  const r = await call('/api/articles?q=tambahan%20bus&facets=1');
  assert.equal(r.status, 200);
  assert.equal(r.body.hits[0].id, 'bus-lebaran');
  assert.equal(r.body.facets.total, r.body.total);
  assert.deepEqual(r.body.facets.outlets, [{ value: 'kompas', count: 1 }]);
  // "meresmikan" finds "resmikan"; no words lists everything newest first.
  assert.equal((await call('/api/articles?q=meresmikan')).body.hits[0].id, 'hartono-terminal');
  const all = await call('/api/articles?limit=2&facets=true');
  assert.equal(all.body.total, 5);
  assert.deepEqual(
    all.body.hits.map((h: { id: string }) => h.id),
    ['hartono-terminal', 'bus-lebaran'],
  );
  assert.deepEqual(all.body.facets.months, [
    { value: '2025-05', count: 1 },
    { value: '2025-06', count: 3 },
    { value: '2025-07', count: 1 },
  ]);
  assert.ok(all.body.facets.entities.some((e: { name: string; type: string }) => e.name === 'Hartono Wibisono' && e.type === 'PER'));
  const page2 = await call('/api/articles?limit=2&offset=2');
  assert.deepEqual(page2.body.hits.map((h: { id: string }) => h.id), ['pelabuhan-tanjung', 'banjir-bandung']);
  assert.equal(page2.body.facets, undefined);
  const ids = async (qs: string) => ((await call(`/api/articles?${qs}`)).body.hits as Array<{ id: string }>).map((h) => h.id).sort();
  assert.deepEqual(await ids('entity=Hartono%20Wibisono'), ['bus-lebaran', 'hartono-terminal', 'pelabuhan-tanjung']);
  assert.deepEqual(await ids('speaker=Ratna'), ['banjir-bandung']);
  assert.deepEqual(await ids('outlet=KOMPAS'), ['bus-lebaran', 'harga-beras']);
  assert.deepEqual(await ids('from=2025-06-11&to=2025-06'), ['bus-lebaran', 'pelabuhan-tanjung']);
  assert.deepEqual(await ids('q=banjir&outlet=kompas'), []);
  assert.deepEqual(await ids('entity=Nobody%20Here'), []);
});

test('api: GET /api/articles/:id gives the stored warta/article@1, by id or URL', async () => {
  const r = await call('/api/articles/bus-lebaran');
  assert.equal(r.status, 200);
  assert.equal(r.body.schema, 'warta/article@1');
  assert.equal(r.body.removed.length, 3);
  assert.ok(r.body.quotes.some((q: { speaker: { name: string } }) => q.speaker.name === 'Hartono Wibisono'));
  const byUrl = await call(`/api/articles/${encodeURIComponent('https://example.test/detik/banjir-bandung')}`);
  assert.equal(byUrl.body.id, 'banjir-bandung');
  isError(await call('/api/articles/nope'), 404, 'not-found');
});

test('api: entities by type and name; one entity with its timeline, co-mentions and quotes', async () => {
  const per = await call('/api/entities?type=per&top=3');
  assert.equal(per.status, 200);
  assert.equal(per.body.entities[0].name, 'Hartono Wibisono');
  assert.equal(per.body.entities[0].articles, 3);
  assert.deepEqual((await call('/api/entities?q=wibi')).body.entities.map((e: { name: string }) => e.name), ['Hartono Wibisono']);
  const e = await call('/api/entities/PER:Hartono%20Wibisono');
  assert.equal(e.status, 200);
  assert.equal(e.body.by, 'month');
  assert.deepEqual(e.body.timeline, [
    { period: '2025-06', articles: 2, mentions: e.body.timeline[0].mentions },
    { period: '2025-07', articles: 1, mentions: e.body.timeline[1].mentions },
  ]);
  assert.ok(e.body.timeline[0].mentions >= 2);
  assert.equal(e.body.quotes.length, 6);
  assert.equal(e.body.quotes[0].articleId, 'hartono-terminal');
  assert.ok(e.body.coMentioned.some((c: { name: string }) => c.name === 'Surabaya'));
  const byId = await call(`/api/entities/${e.body.entity.id}?by=day&quotes=1&co=0`);
  assert.deepEqual(byId.body.entity, e.body.entity);
  assert.deepEqual(byId.body.timeline.map((t: { period: string }) => t.period), ['2025-06-13', '2025-06-23', '2025-07-02']);
  assert.equal(byId.body.quotes.length, 1);
  assert.deepEqual(byId.body.coMentioned, []);
  assert.equal((await call('/api/entities/Ratna%20Wijayanti')).body.entity.type, 'PER');
  isError(await call('/api/entities/PER:Nobody'), 404, 'not-found');
});

test('api: quotes by speaker, stance and date; stats', async () => {
  const deny = await call('/api/quotes?stance=deny');
  assert.equal(deny.status, 200);
  assert.deepEqual(deny.body.quotes.map((q: { speaker: string; articleId: string }) => [q.speaker, q.articleId]), [['Hartono Wibisono', 'bus-lebaran']]);
  const ratna = await call('/api/quotes?speaker=ratna&limit=2');
  assert.equal(ratna.body.quotes.length, 2);
  assert.ok(ratna.body.quotes.every((q: { speaker: string }) => q.speaker === 'Ratna Wijayanti'));
  const june = await call('/api/quotes?from=2025-06&to=2025-06-15&limit=100');
  assert.deepEqual([...new Set(june.body.quotes.map((q: { articleId: string }) => q.articleId))], ['pelabuhan-tanjung', 'banjir-bandung']);
  const stats = await call('/api/stats');
  assert.equal(stats.body.articles, 5);
  assert.deepEqual(stats.body.outlets, { kompas: 2, detik: 2, tempo: 1 });
  assert.equal(stats.body.store.location, undefined, 'the store path is not shown');
});

test('api: POST /api/analyze takes an article object or raw text', async () => {
  const obj = await call('/api/analyze', post(JSON.stringify({ title: 'Uji Coba', text: 'Wali Kota Bandung Ratna Wijayanti meninjau 14 posko pada Senin (23/6/2025).' })));
  assert.equal(obj.status, 200);
  assert.equal(obj.body.schema, 'warta/article@1');
  assert.equal(obj.body.title, 'Uji Coba');
  assert.ok(obj.body.entities.some((e: { name: string }) => e.name === 'Ratna Wijayanti'));
  // Indonesian keys, as on the command line.
  const id = await call('/api/analyze', post(JSON.stringify({ judul: 'Judul', isi: 'Isi berita singkat.' })));
  assert.equal(id.body.title, 'Judul');
  // Raw scraped text: the structure is read out of it.
  const raw = await call('/api/analyze', post('Banjir Rendam Bandung\nBANDUNG, KOMPAS.com - Banjir merendam 1.200 rumah.\nSCROLL TO CONTINUE WITH CONTENT\nWarga mengungsi.', 'text/plain; charset=utf-8'));
  assert.equal(raw.status, 200);
  assert.equal(raw.body.title, 'Banjir Rendam Bandung');
  assert.deepEqual(raw.body.removed.map((r: { kind: string }) => r.kind), ['ad']);
  // A JSON string is raw text too; no content type is read by its first character.
  assert.equal((await call('/api/analyze', post(JSON.stringify('Judul Saja\nIsi berita.')))).body.title, 'Judul Saja');
  assert.equal((await call('/api/analyze', post('{"text": "Isi berita."}', null))).status, 200);
});

test('api: bad analyze requests get 4xx JSON errors', async () => {
  isError(await call('/api/analyze', post('{"text": "unclosed')), 400, 'bad-json');
  isError(await call('/api/analyze', post('{"title": "no text"}')), 400, 'bad-article');
  isError(await call('/api/analyze', post('{"text": 42}')), 400, 'bad-article');
  isError(await call('/api/analyze', post('{"text": "   "}')), 400, 'empty-text');
  isError(await call('/api/analyze', post('[1, 2]')), 400, 'bad-article');
  isError(await call('/api/analyze', post('null')), 400, 'bad-article');
  isError(await call('/api/analyze', post('')), 400, 'empty-input');
  isError(await call('/api/analyze', post('  \n ', 'text/plain')), 400, 'empty-text');
  isError(await call('/api/analyze', post('a=1&b=2', 'application/x-www-form-urlencoded')), 415);
  isError(await call('/api/analyze', post(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1]), 'text/plain')), 415, 'binary-input');
  const big = JSON.stringify({ text: 'kata '.repeat(450_000) });
  assert.ok(big.length > 2 * 1024 * 1024);
  isError(await call('/api/analyze', post(big)), 413, 'too-large');
  isError(await call('/api/analyze', { method: 'GET' }), 405, 'method-not-allowed');
  const small = createApp({ store, maxBodyBytes: 100, log: () => undefined });
  const res = await small.request('/api/analyze', post(JSON.stringify({ text: 'x'.repeat(200) })));
  assert.equal(res.status, 413);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'too-large');
});

test('api: bad parameters get 400 with the problem named; nothing odd gets a 500', async () => {
  const r = await call('/api/articles?limit=abc&from=2025-13');
  isError(r, 400, 'bad-request');
  assert.match(r.body.error.message, /limit/);
  assert.match(r.body.error.message, /from/);
  isError(await call('/api/articles?limit=101'), 400);
  isError(await call('/api/articles?from=2025-07&to=2025-06'), 400);
  isError(await call('/api/entities?type=XYZ'), 400);
  isError(await call('/api/entities?top=0'), 400);
  isError(await call('/api/quotes?stance=angry'), 400);
  isError(await call(`/api/articles?q=${'a'.repeat(501)}`), 400);
  isError(await call('/api/nothing-here'), 404, 'not-found');
  isError(await call('/api/articles', { method: 'DELETE' }), 405);
  const odd = [
    '/api/articles?q=%22unclosed',
    '/api/articles?q=AND%20OR%20NOT',
    '/api/articles?q=*%20NEAR(a%20b)%20-%20%3A%20%5E',
    '/api/articles?q=%00%01',
    '/api/articles?q=%F0%9F%98%80%20banjir',
    '/api/articles?entity=%25_%5C&facets=1',
    '/api/articles?speaker=%22&facets=1',
    '/api/articles?q=%2B%2B%2B&facets=1',
    '/api/articles?offset=99999',
    '/api/articles?q=banjir&limit=0',
    '/api/articles/%E0%A4%A',
    '/api/articles/..%2F..%2Fpackage.json',
    '/api/entities/%E0%A4%A',
    '/api/entities/99999999999999999999',
    '/api/entities/PER:',
    '/api/entities/%20',
    '/api/entities?q=%25',
    '/api/quotes?entity=abc',
    '/api/quotes?speaker=%00',
    '/api/quotes?limit=-5',
  ];
  for (const path of odd) {
    const res = await call(path);
    assert.ok(res.status < 500, `${path}: ${res.status} ${res.text}`);
    assert.ok(res.type.includes('json'), `${path}: ${res.type}`);
  }
  assert.deepEqual(logged, [], 'nothing went wrong on the server');
});

test('api: an unexpected failure is a 500 without detail; the detail goes to the log', async () => {
  const lines: string[] = [];
  const broken = createApp({
    store,
    log: (m) => lines.push(m),
    analyze: () => {
      throw new TypeError('secret detail at /home/x/file.ts:12');
    },
  });
  const res = await broken.request('/api/analyze', post('{"text": "x"}'));
  assert.equal(res.status, 500);
  assert.deepEqual(await res.json(), { error: { code: 'internal', message: 'internal error' } });
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /secret detail/);
});

test('api: /openapi.json describes every route, and every described path answers', async () => {
  const r = await call('/openapi.json');
  assert.equal(r.status, 200);
  assert.equal(r.body.openapi, '3.1.0');
  assert.deepEqual(r.body, JSON.parse(JSON.stringify(openApiDocument())));
  const documented = new Set<string>();
  for (const [path, ops] of Object.entries(r.body.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
  }
  const routes = app.routes.filter((x) => x.path.startsWith('/api/') && !x.path.includes('*') && x.method !== 'ALL').map((x) => `${x.method} ${x.path}`);
  for (const route of new Set(routes)) assert.ok(documented.has(route), `${route} is not in the OpenAPI document`);
  // Every $ref resolves.
  const refs = [...JSON.stringify(r.body).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
  for (const name of refs) assert.ok(r.body.components.schemas[name], `missing schema ${name}`);
  for (const path of Object.keys(r.body.paths)) {
    if (path === '/api/analyze') continue;
    const res = await call(path.replace('{id}', path.startsWith('/api/articles') ? 'bus-lebaran' : 'PER:Hartono Wibisono'));
    assert.equal(res.status, 200, path);
  }
});

test('api: the UI is served beside the API; its own routes load the page', async (t) => {
  const home = await call('/');
  if (home.text.includes('not built yet')) {
    t.skip('web/dist is not built (npm run build:web)');
    return;
  }
  assert.equal(home.status, 200);
  assert.match(home.type, /text\/html/);
  assert.match(home.text, /<div id="app">/);
  const deep = await call('/entities/PER:Hartono%20Wibisono');
  assert.equal(deep.text, home.text);
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(home.text)![1]!;
  const js = await app.request(asset);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type')!, /javascript/);
  assert.match(js.headers.get('cache-control')!, /immutable/);
  isError(await call('/assets/missing.js'), 404);
  const traversal = await call('/..%2F..%2Fpackage.json');
  assert.doesNotMatch(traversal.text, /"dependencies"/);
});

test('api: the same answers from a PostgreSQL store', async () => {
  const u = new URL(PG_URL);
  u.searchParams.set('schema', `warta_api_${process.pid}_${Date.now().toString(36)}`);
  const pg = await PostgresStore.connect(u.toString());
  try {
    await fillStore(pg);
    const pgApp = createApp({ store: pg, log: (m) => assert.fail(m) });
    const get = async (p: string) => (await pgApp.request(p)).json() as Promise<any>;
    const [a, b] = [await get('/api/articles?q=tambahan%20bus&facets=1'), await call('/api/articles?q=tambahan%20bus&facets=1')];
    assert.deepEqual(a.hits.map((h: { id: string }) => h.id), b.body.hits.map((h: { id: string }) => h.id));
    assert.deepEqual(a.facets.outlets, b.body.facets.outlets);
    assert.deepEqual((await get('/api/articles?limit=3')).hits.map((h: { id: string }) => h.id), ['hartono-terminal', 'bus-lebaran', 'pelabuhan-tanjung']);
    const e = await get('/api/entities/PER:Hartono%20Wibisono');
    const se = (await call('/api/entities/PER:Hartono%20Wibisono')).body;
    assert.deepEqual(e.timeline, se.timeline);
    assert.deepEqual(e.quotes.map((q: { content: string }) => q.content), se.quotes.map((q: { content: string }) => q.content));
    assert.deepEqual((await get('/api/quotes?stance=deny')).quotes.length, 1);
    assert.equal((await get('/api/stats')).articles, 5);
    assert.equal((await pgApp.request('/api/entities/99999999999999')).status, 404);
  } finally {
    await pg.dropSchema();
    await pg.close();
  }
});
