/**
 * One test suite for every store: sqlite.test.ts and postgres.test.ts run these cases
 * against a fresh, empty store each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS, makeArticle, prepared } from './fixtures.js';
import type { Store } from './types.js';

export interface StoreFactory {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** Close it and remove what it left. */
  dispose(store: Store): Promise<void>;
}

async function filled(f: StoreFactory): Promise<Store> {
  const s = await f.open();
  await s.writeBatch({ articles: CORPUS.map((c) => prepared(c)), rejects: [], ledger: [] });
  return s;
}

async function using(f: StoreFactory, fill: boolean, fn: (s: Store) => Promise<void>): Promise<void> {
  const s = fill ? await filled(f) : await f.open();
  try {
    await fn(s);
  } finally {
    await f.dispose(s);
  }
}

const ids = (r: { hits: Array<{ id: string }> }): string[] => r.hits.map((h) => h.id);

export function storeCases(name: string, f: StoreFactory): void {
  test(`${name}: a batch is stored whole and read back exactly`, () =>
    using(f, false, async (s) => {
      const res = await s.writeBatch({ articles: CORPUS.map((c) => prepared(c)), rejects: [], ledger: [] });
      assert.deepEqual(res, { added: CORPUS.length, replaced: 0, unchanged: 0, rejected: 0 });
      const st = await s.stats();
      assert.equal(st.articles, CORPUS.length);
      assert.equal(st.quotes, 4);
      assert.equal(st.outlets.kompas, 2);
      assert.deepEqual(st.published, { first: '2025-05-28', last: '2025-07-02' });
      assert.deepEqual(await s.getArticle('a3'), makeArticle(CORPUS[2]!));
      assert.equal((await s.getArticle('https://example.test/detik/a2'))?.id, 'a2');
      assert.equal((await s.getArticle('id:a4'))?.id, 'a4');
      assert.equal(await s.getArticle('nope'), null);
      assert.deepEqual(await s.check(), { ok: true, problems: [] });
    }));

  test(`${name}: the same article again adds nothing; a changed one replaces its layers`, () =>
    using(f, true, async (s) => {
      const again = await s.writeBatch({ articles: CORPUS.map((c) => prepared(c)), rejects: [], ledger: [] });
      assert.deepEqual(again, { added: 0, replaced: 0, unchanged: CORPUS.length, rejected: 0 });
      const changed = { ...CORPUS[0]!, title: 'TNI Tunda Pengerahan Pasukan', text: 'TNI menunda pengerahan pasukan ke perbatasan.', quotes: [], entities: [{ name: 'TNI', type: 'ORG' as const }] };
      const res = await s.writeBatch({ articles: [prepared(changed, 2)], rejects: [], ledger: [] });
      assert.deepEqual(res, { added: 0, replaced: 1, unchanged: 0, rejected: 0 });
      const st = await s.stats();
      assert.equal(st.articles, CORPUS.length);
      assert.equal(st.quotes, 3);
      assert.equal((await s.getArticle('a1'))?.title, 'TNI Tunda Pengerahan Pasukan');
      // Agus Subiyanto is no longer mentioned anywhere: gone from the entity list.
      const per = await s.entities({ type: 'PER', top: 50 });
      assert.ok(!per.some((e) => e.name === 'Agus Subiyanto'));
      assert.equal((await s.search({ query: 'Tunda' })).total, 1);
      assert.equal((await s.search({ query: 'kedaulatan' })).total, 0);
      assert.deepEqual(await s.check(), { ok: true, problems: [] });
    }));

  test(`${name}: within one batch the last version of a key wins`, () =>
    using(f, false, async (s) => {
      const v1 = prepared(CORPUS[1]!, 1);
      const v2 = prepared({ ...CORPUS[1]!, title: 'Versi Kedua' }, 2);
      const res = await s.writeBatch({ articles: [v1, v1, v2], rejects: [], ledger: [] });
      assert.deepEqual(res, { added: 1, replaced: 1, unchanged: 1, rejected: 0 });
      assert.equal((await s.stats()).articles, 1);
      assert.equal((await s.getArticle('a2'))?.title, 'Versi Kedua');
      assert.deepEqual(await s.check(), { ok: true, problems: [] });
    }));

  test(`${name}: one entity per canonical name and type, counted over articles`, () =>
    using(f, true, async (s) => {
      const per = await s.entities({ type: 'PER' });
      const prabowo = per.filter((e) => e.name === 'Prabowo Subianto');
      assert.equal(prabowo.length, 1);
      assert.equal(prabowo[0]!.articles, 2);
      assert.equal(prabowo[0]!.mentions, 3);
      assert.equal(per[0]!.name, 'Prabowo Subianto');
      const all = await s.entities({ top: 2 });
      assert.equal(all.length, 2);
      assert.ok(all.every((e) => e.articles === 2));
      assert.ok((await s.entities({ type: 'LOC' })).every((e) => e.type === 'LOC'));
    }));

  test(`${name}: affixed forms find each other (pengerahan, dikerahkan, mengerahkan)`, () =>
    using(f, true, async (s) => {
      for (const q of ['pengerahan', 'dikerahkan', 'mengerahkan', 'kerahkan']) {
        assert.deepEqual(ids(await s.search({ query: q })).sort(), ['a1', 'a2', 'a5'], q);
      }
      assert.deepEqual(ids(await s.search({ query: 'PERESMIAN bendungan' })), ['a3']);
      const r = await s.search({ query: 'pungutan liar' });
      assert.equal(r.total, 1);
      assert.match(r.hits[0]!.snippet, /pungutan liar/);
    }));

  test(`${name}: a title phrase finds its article first`, () =>
    using(f, true, async (s) => {
      for (const c of CORPUS) {
        const r = await s.search({ query: c.title });
        assert.equal(r.hits[0]?.id, c.id, c.title);
      }
      // Words shared by several titles: the article whose title holds them as a phrase wins.
      assert.equal((await s.search({ query: 'pasukan perdamaian' })).hits[0]?.id, 'a5');
    }));

  test(`${name}: quoted phrases match consecutive words only`, () =>
    using(f, true, async (s) => {
      assert.deepEqual(ids(await s.search({ query: '"panen raya"' })), ['a4']);
      assert.equal((await s.search({ query: '"raya panen"' })).total, 0);
    }));

  test(`${name}: --entity, --speaker, --outlet and dates filter`, () =>
    using(f, true, async (s) => {
      assert.deepEqual(ids(await s.search({ query: '', entity: 'Prabowo Subianto' })).sort(), ['a3', 'a4']);
      assert.deepEqual(ids(await s.search({ query: 'beras', entity: 'prabowo' })), ['a4']);
      assert.deepEqual(ids(await s.search({ query: '', entity: 'Jakarta' })).sort(), ['a1', 'a4']);
      assert.equal((await s.search({ query: '', entity: 'Nobody Here' })).total, 0);
      assert.deepEqual(ids(await s.search({ query: '', speaker: 'Prabowo Subianto' })).sort(), ['a3', 'a4']);
      // A name matches whole words of a speaker's name: "Prabowo" is in two names.
      assert.deepEqual(ids(await s.search({ query: '', speaker: 'prabowo' })).sort(), ['a2', 'a3', 'a4']);
      assert.deepEqual(ids(await s.search({ query: 'kami', speaker: 'Listyo Sigit Prabowo' })), ['a2']);
      assert.deepEqual(ids(await s.search({ query: 'personel', outlet: 'DETIK' })).sort(), ['a2', 'a5']);
      assert.deepEqual(ids(await s.search({ query: '', from: '2025-06-13', to: '2025-06-30' })).sort(), ['a2', 'a5']);
      assert.deepEqual(ids(await s.search({ query: 'personel', from: '2025-06', to: '2025-06' })).sort(), ['a1', 'a2', 'a5']);
      assert.deepEqual(ids(await s.search({ query: '', to: '2025-05' })), ['a4']);
      const r = await s.search({ query: '', from: '2025' });
      assert.equal(r.total, 5);
      assert.deepEqual(ids(r), ['a3', 'a2', 'a5', 'a1', 'a4'], 'newest first without a query');
      await assert.rejects(() => s.search({ query: '' }), /search needs words/);
    }));

  test(`${name}: limit and offset page through the hits; total counts them all`, () =>
    using(f, true, async (s) => {
      const all = await s.search({ query: 'personel', limit: 10 });
      assert.equal(all.total, 3);
      const p1 = await s.search({ query: 'personel', limit: 2 });
      const p2 = await s.search({ query: 'personel', limit: 2, offset: 2 });
      assert.equal(p1.total, 3);
      assert.deepEqual([...ids(p1), ...ids(p2)], ids(all));
      const h = all.hits[0]!;
      assert.equal(typeof h.title, 'string');
      assert.ok('published' in h && 'outlet' in h && 'snippet' in h);
    }));

  test(`${name}: quotes by speaker, with stance and article`, () =>
    using(f, true, async (s) => {
      const q = await s.quotes({ speaker: 'Prabowo Subianto' });
      assert.equal(q.length, 2);
      assert.deepEqual(
        q.map((x) => [x.articleId, x.stance, x.kind, x.entity]),
        [
          ['a3', 'claim', 'direct', 'Prabowo Subianto'],
          ['a4', null, 'indirect', 'Prabowo Subianto'],
        ],
      );
      assert.equal((await s.quotes({ speaker: 'Listyo' }))[0]?.content, 'Kami tidak akan menoleransi pungutan liar,');
      assert.deepEqual(await s.quotes({ speaker: 'Tak Ada' }), []);
    }));

  test(`${name}: rejects are kept with their reason; a later success clears them`, () =>
    using(f, false, async (s) => {
      const res = await s.writeBatch({
        articles: [],
        rejects: [
          { source: '/in/a.jsonl', line: 3, recordId: null, code: 'bad-json', message: 'line 3: Unexpected token' },
          { source: '/in/a.jsonl', line: 7, recordId: 'x7', code: 'empty-text', message: 'the article text is empty' },
        ],
        ledger: [{ path: '/in/a.jsonl', size: 100, mtime: 5, done: 7, complete: false }],
      });
      assert.equal(res.rejected, 2);
      const rows = await s.rejects();
      assert.deepEqual(
        rows.map((r) => [r.source, r.line, r.recordId, r.code]),
        [
          ['/in/a.jsonl', 3, null, 'bad-json'],
          ['/in/a.jsonl', 7, 'x7', 'empty-text'],
        ],
      );
      assert.equal((await s.stats()).rejects, 2);
      assert.deepEqual(await s.ledger('/in/a.jsonl'), { path: '/in/a.jsonl', size: 100, mtime: 5, done: 7, complete: false });
      const fixed = { ...prepared(CORPUS[0]!), source: '/in/a.jsonl', line: 7 };
      await s.writeBatch({ articles: [fixed], rejects: [], ledger: [{ path: '/in/a.jsonl', size: 120, mtime: 6, done: 9, complete: true }] });
      assert.deepEqual((await s.rejects()).map((r) => r.line), [3]);
      assert.deepEqual(await s.ledger('/in/a.jsonl'), { path: '/in/a.jsonl', size: 120, mtime: 6, done: 9, complete: true });
      assert.equal(await s.ledger('/in/other.jsonl'), null);
    }));

  test(`${name}: export gives back every article`, () =>
    using(f, true, async (s) => {
      const out = [];
      for await (const a of s.exportArticles()) out.push(a);
      assert.deepEqual(
        out.map((a) => a.id),
        CORPUS.map((c) => c.id),
      );
      assert.deepEqual(out[0], makeArticle(CORPUS[0]!));
    }));

  test(`${name}: existing() reports stored keys with their hash`, () =>
    using(f, true, async (s) => {
      const m = await s.existing(['id:a1', 'id:zz', 'id:a5']);
      assert.deepEqual([...m.entries()].sort(), [
        ['id:a1', 'h1-a1'],
        ['id:a5', 'h1-a5'],
      ]);
    }));

  test(`${name}: with \`all\`, no words and no filter list every article, newest first`, () =>
    using(f, true, async (s) => {
      const r = await s.search({ query: '', all: true, limit: 3 });
      assert.equal(r.total, 5);
      assert.deepEqual(ids(r), ['a3', 'a2', 'a5']);
      assert.deepEqual(ids(await s.search({ query: '', all: true, limit: 3, offset: 3 })), ['a1', 'a4']);
    }));

  test(`${name}: entities by part of a name; one entity by id, TYPE:name or name`, () =>
    using(f, true, async (s) => {
      const found = await s.entities({ query: 'bowo' });
      assert.deepEqual(found.map((e) => e.name), ['Prabowo Subianto', 'Listyo Sigit Prabowo']);
      assert.ok(found.every((e) => Number.isInteger(e.id)));
      assert.deepEqual((await s.entities({ query: 'bowo', type: 'ORG' })), []);
      assert.deepEqual((await s.entities({ query: '100%_' })), []);
      const page2 = await s.entities({ top: 2, offset: 2 });
      assert.equal(page2.length, 2);
      const p = found[0]!;
      assert.deepEqual(await s.entity(String(p.id)), p);
      assert.deepEqual(await s.entity('PER:prabowo subianto'), p);
      assert.deepEqual(await s.entity('Prabowo Subianto'), p);
      assert.equal(await s.entity('ORG:Prabowo Subianto'), null);
      assert.equal(await s.entity('999999'), null);
      assert.equal(await s.entity('99999999999999'), null);
      assert.equal(await s.entity('  '), null);
    }));

  test(`${name}: an entity's mentions over time and the entities named with it`, () =>
    using(f, true, async (s) => {
      const p = (await s.entity('PER:Prabowo Subianto'))!;
      assert.deepEqual(await s.timeline(p.id), [
        { period: '2025-05', articles: 1, mentions: 1 },
        { period: '2025-07', articles: 1, mentions: 2 },
      ]);
      assert.deepEqual((await s.timeline(p.id, { by: 'day' })).map((x) => x.period), ['2025-05-28', '2025-07-02']);
      const co = await s.coMentioned(p.id);
      assert.deepEqual(co.map((c) => [c.name, c.together]), [['Jakarta', 1], ['Jawa Tengah', 1]]);
      assert.deepEqual((await s.coMentioned(p.id, { type: 'ORG' })), []);
      const jakarta = (await s.entity('LOC:Jakarta'))!;
      assert.deepEqual((await s.coMentioned(jakarta.id, { top: 1 })).map((c) => c.name), ['Prabowo Subianto']);
    }));

  test(`${name}: quotes by entity, stance and date; each with its place in the article`, () =>
    using(f, true, async (s) => {
      const p = (await s.entity('PER:Prabowo Subianto'))!;
      const byEntity = await s.quotes({ entity: p.id });
      assert.deepEqual(byEntity.map((q) => [q.articleId, q.ord]), [['a3', 0], ['a4', 0]]);
      assert.deepEqual((await s.quotes({ stance: 'claim' })).map((q) => q.articleId), ['a3', 'a1']);
      assert.deepEqual((await s.quotes({ from: '2025-06-15', to: '2025-06' })).map((q) => q.articleId), ['a2']);
      assert.deepEqual((await s.quotes({ speaker: 'Prabowo', stance: 'warn' })).map((q) => q.speaker), ['Listyo Sigit Prabowo']);
      assert.deepEqual((await s.quotes({ limit: 2, offset: 2 })).map((q) => q.articleId), ['a1', 'a4']);
      assert.equal((await s.quotes({})).length, 4);
    }));

  test(`${name}: facets count outlets, months and entities over every match`, () =>
    using(f, true, async (s) => {
      const fc = await s.facets({ query: 'personel', top: 1 });
      assert.equal(fc.total, 3);
      assert.deepEqual(fc.outlets, [{ value: 'detik', count: 2 }, { value: 'kompas', count: 1 }]);
      assert.deepEqual(fc.months, [{ value: '2025-06', count: 3 }]);
      assert.deepEqual(fc.types, [{ value: 'LOC', count: 2 }, { value: 'ORG', count: 3 }, { value: 'PER', count: 2 }].sort((a, b) => b.count - a.count));
      assert.deepEqual(fc.entities.map((e) => [e.type, e.count]), [['LOC', 1], ['ORG', 1], ['PER', 1]]);
      const all = await s.facets({ query: '', all: true });
      assert.equal(all.total, 5);
      assert.deepEqual(all.months.map((m) => m.value), ['2025-05', '2025-06', '2025-07']);
      assert.deepEqual(all.entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.count]), [['Prabowo Subianto', 2], ['Agus Subiyanto', 1], ['Listyo Sigit Prabowo', 1]]);
      assert.equal(all.entityBase, 5);
      // Entities counted over the newest matches only, when asked to.
      const newest = await s.facets({ query: '', from: '2025', sample: 2 });
      assert.equal(newest.total, 5);
      assert.equal(newest.entityBase, 2);
      assert.deepEqual(newest.entities.map((e) => e.name).sort(), ['Jawa Tengah', 'Listyo Sigit Prabowo', 'Polri', 'Prabowo Subianto']);
      assert.equal((await s.facets({ query: 'personel', sample: 2 })).entityBase, 2);
      const filtered = await s.facets({ query: '', entity: 'Jakarta', outlet: 'KOMPAS' });
      assert.equal(filtered.total, 2);
      assert.deepEqual((await s.facets({ query: '', entity: 'Nobody' })).total, 0);
      await assert.rejects(() => s.facets({ query: '' }), /search needs words/);
    }));
}
