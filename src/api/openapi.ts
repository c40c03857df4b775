/**
 * The OpenAPI 3.1 description of the HTTP API, served at /openapi.json. Written by hand next
 * to the routes (app.ts) and the parameter schemas (schemas.ts); api.test.ts checks that
 * every route is described and every described path answers.
 */
import { DEFAULT_BODY_LIMIT, ENTITY_TYPES, MAX_PAGE, STANCES } from './schemas.js';

type Json = Record<string, unknown>;

const str = (description?: string): Json => ({ type: 'string', ...(description ? { description } : {}) });
const nstr: Json = { type: ['string', 'null'] };
const int: Json = { type: 'integer' };
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: Json): Json => ({ type: 'array', items });
const obj = (properties: Record<string, Json>, required = Object.keys(properties)): Json => ({ type: 'object', properties, required });

const q = (name: string, schema: Json, description: string): Json => ({ name, in: 'query', required: false, schema, description });
const dateParam = (name: string, description: string): Json => q(name, { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, description);
const page = (def: number, min = 0): Json[] => [
  q('limit', { type: 'integer', minimum: min, maximum: MAX_PAGE, default: def }, 'Page size.'),
  q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Rows to skip.'),
];

const errors = (...codes: number[]): Record<string, Json> => {
  const text: Record<number, string> = {
    400: 'Bad request: a parameter or the body is invalid (malformed JSON, missing or empty text, bad date, …).',
    404: 'Not found.',
    413: `Body over the limit (${DEFAULT_BODY_LIMIT} bytes by default).`,
    415: 'Unsupported body type (send application/json or text/plain).',
    503: 'The store is not available.',
  };
  return Object.fromEntries(codes.map((c) => [String(c), { description: text[c], content: { 'application/json': { schema: ref('Error') } } }]));
};

const ok = (schema: Json, description = 'OK'): Json => ({ '200': { description, content: { 'application/json': { schema } } } });

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'warta API',
      version: '0.1.0',
      description:
        'Indonesian news, structured: search a corpus of analysed articles (entities, quotes, amounts, dates) and analyse new ones. ' +
        'Every error is {"error": {"code", "message"}}.',
    },
    paths: {
      '/api/analyze': {
        post: {
          summary: 'Analyse one article',
          description: 'An article object (application/json, CONTRACT.md "Article object"; English or Indonesian keys) or raw seed-style text (text/plain) in; warta/article@1 out. Nothing is stored.',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('ArticleInput') },
              'text/plain': { schema: { type: 'string', description: 'Raw scraped text: title on the first line, dateline, body.' } },
            },
          },
          responses: { ...ok(ref('Article'), 'The analysed article (warta/article@1).'), ...errors(400, 413, 415) },
        },
      },
      '/api/articles': {
        get: {
          summary: 'Search the stored articles',
          description: 'Words (stemmed: affixed forms match) and "quoted phrases", ranked; filters alone list newest first; nothing at all lists every article newest first.',
          parameters: [
            q('q', str(), 'Words and "quoted phrases".'),
            q('entity', str(), 'Articles naming an entity (whole words of its canonical name).'),
            q('speaker', str(), 'Articles quoting this speaker (whole words of the name).'),
            q('outlet', str(), 'Outlet, any case.'),
            dateParam('from', 'Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.'),
            dateParam('to', 'Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.'),
            ...page(10),
            q('facets', { type: 'string', enum: ['1', '0', 'true', 'false'] }, 'Also count outlets, months and entities over every match.'),
          ],
          responses: { ...ok(ref('SearchResult')), ...errors(400, 503) },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str(), description: 'Article id, URL or key ("id:…", "url:…", "sha:…").' }],
          responses: { ...ok(ref('Article'), 'The stored warta/article@1 document.'), ...errors(404, 503) },
        },
      },
      '/api/entities': {
        get: {
          summary: 'Entities, most articles first',
          parameters: [
            q('type', { type: 'string', enum: [...ENTITY_TYPES] }, 'Entity type.'),
            q('q', str(), 'Part of the name.'),
            q('top', { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 20 }, 'How many.'),
            q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Rows to skip.'),
          ],
          responses: { ...ok(obj({ entities: arr(ref('Entity')) })), ...errors(400, 503) },
        },
      },
      '/api/entities/{id}': {
        get: {
          summary: 'One entity: mentions over time, co-mentioned entities, its quotes',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: str(), description: 'The entity id, "TYPE:Name" (PER:Prabowo Subianto) or an exact canonical name.' },
            q('by', { type: 'string', enum: ['month', 'day'], default: 'month' }, 'Period of the timeline.'),
            q('quotes', { type: 'integer', minimum: 0, maximum: MAX_PAGE, default: 20 }, 'How many of its quotes.'),
            q('co', { type: 'integer', minimum: 0, maximum: MAX_PAGE, default: 12 }, 'How many co-mentioned entities.'),
          ],
          responses: {
            ...ok(
              obj({
                entity: ref('Entity'),
                by: { type: 'string', enum: ['month', 'day'] },
                timeline: arr(obj({ period: str('YYYY-MM or YYYY-MM-DD'), articles: int, mentions: int })),
                coMentioned: arr({ allOf: [ref('Entity'), obj({ together: int })] }),
                quotes: arr(ref('Quote')),
              }),
            ),
            ...errors(400, 404, 503),
          },
        },
      },
      '/api/quotes': {
        get: {
          summary: 'Quotes, newest first',
          parameters: [
            q('speaker', str(), 'Whole words of the speaker name.'),
            q('entity', { type: 'integer' }, 'Quotes by this entity id.'),
            q('stance', { type: 'string', enum: [...STANCES] }, 'Stance of the quote.'),
            dateParam('from', 'Published on or after.'),
            dateParam('to', 'Published on or before.'),
            ...page(20, 1),
          ],
          responses: { ...ok(obj({ limit: int, offset: int, quotes: arr(ref('Quote')) })), ...errors(400, 503) },
        },
      },
      '/api/stats': {
        get: { summary: 'Corpus counts', responses: { ...ok(ref('Stats')), ...errors(503) } },
      },
      '/api/health': {
        get: { summary: 'The server is up', responses: ok(obj({ ok: { type: 'boolean' }, store: { type: 'string', enum: ['sqlite', 'postgres'] } })) },
      },
    },
    components: {
      schemas: {
        Error: obj({ error: obj({ code: str('Stable code: bad-json, bad-request, bad-article, empty-text, too-large, not-found, …'), message: str() }) }),
        ArticleInput: obj(
          {
            id: str(),
            title: str(),
            published: str("The outlet's date string or an ISO date."),
            url: str(),
            author: str(),
            outlet: str(),
            text: str('The article text (required, not empty).'),
          },
          ['text'],
        ),
        Article: {
          type: 'object',
          description: 'warta/article@1 (CONTRACT.md): offsets are UTF-16 indices into text, half-open.',
          properties: {
            schema: { const: 'warta/article@1' },
            id: str(),
            title: str(),
            lead: nstr,
            category: nstr,
            dateline: { type: ['object', 'null'] },
            published: obj({ value: nstr, source: nstr, raw: nstr }),
            author: nstr,
            text: str(),
            blocks: arr(obj({ kind: { enum: ['paragraph', 'heading'] }, start: int, end: int })),
            removed: arr(obj({ text: str(), kind: str() })),
            repairs: arr({ type: 'object' }),
            sentences: arr(obj({ start: int, end: int })),
            entities: arr({ type: 'object' }),
            quotes: arr({ type: 'object' }),
            quantities: arr({ type: 'object' }),
            times: arr({ type: 'object' }),
            diagnostics: arr({ type: 'object' }),
          },
          required: ['schema', 'id', 'title', 'text', 'blocks', 'entities', 'quotes', 'quantities', 'times'],
        },
        SearchHit: obj({ id: str(), title: str(), published: nstr, outlet: nstr, url: nstr, author: nstr, snippet: str(), score: { type: 'number' } }),
        SearchResult: {
          ...obj({ total: int, limit: int, offset: int, hits: arr(ref('SearchHit')), facets: ref('Facets') }, ['total', 'limit', 'offset', 'hits']),
        },
        Facets: obj({
          total: int,
          outlets: arr(obj({ value: str(), count: int })),
          months: arr(obj({ value: str('YYYY-MM'), count: int })),
          types: arr(obj({ value: { type: 'string', enum: [...ENTITY_TYPES] }, count: int })),
          entities: arr(obj({ id: int, name: str(), type: { type: 'string', enum: [...ENTITY_TYPES] }, count: int })),
        }),
        Entity: obj({ id: int, name: str(), type: { type: 'string', enum: [...ENTITY_TYPES] }, articles: int, mentions: int }),
        Quote: obj({
          articleId: str(),
          ord: int,
          title: str(),
          published: nstr,
          outlet: nstr,
          speaker: str(),
          entity: nstr,
          kind: { type: 'string', enum: ['direct', 'indirect'] },
          stance: { type: ['string', 'null'], enum: [...STANCES, null] },
          cue: str(),
          content: str(),
        }),
        Stats: {
          type: 'object',
          properties: {
            articles: int,
            entities: int,
            mentions: int,
            quotes: int,
            quantities: int,
            times: int,
            rejects: int,
            sources: int,
            outlets: { type: 'object', additionalProperties: int },
            published: obj({ first: nstr, last: nstr }),
            store: obj({ kind: str(), bytes: { type: ['integer', 'null'] } }),
          },
        },
      },
    },
  };
}
