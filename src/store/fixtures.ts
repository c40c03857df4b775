/**
 * Synthetic articles for the store tests, written for this project (no third-party text):
 * Article objects with entities and quotes placed by offset, as the pipeline would emit.
 */
import { SCHEMA, type Article, type EntityType, type Stance } from '../types.js';
import { prepareArticle } from './prepare.js';
import type { PreparedArticle } from './types.js';

export interface FixtureSpec {
  id: string;
  title: string;
  text: string;
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  author?: string | null;
  /** Entities: every occurrence of `name` (or of each of `forms`) in the text is a mention. */
  entities?: Array<{ name: string; type: EntityType; forms?: string[] }>;
  /** Quotes: `content` must occur in the text; `speaker` names an entity above or not. */
  quotes?: Array<{ speaker: string; content: string; stance?: Stance | null; kind?: 'direct' | 'indirect'; cue?: string }>;
}

function spans(text: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}

export function makeArticle(spec: FixtureSpec): Article {
  const text = spec.text;
  const entities = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    mentions: (e.forms ?? [e.name])
      .flatMap((f) => spans(text, f).map((s) => ({ ...s, text: f })))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((m, i, all) => !all.slice(0, i).some((o) => o.start <= m.start && m.end <= o.end)),
  }));
  const quotes = (spec.quotes ?? []).map((q) => {
    const at = text.indexOf(q.content);
    if (at < 0) throw new Error(`fixture ${spec.id}: quote not in text: ${q.content}`);
    const ent = entities.find((e) => e.name === q.speaker);
    return {
      speaker: { name: q.speaker, entity: ent ? ent.id : null },
      cue: { text: q.cue ?? 'kata', start: 0, end: 0 },
      kind: q.kind ?? ('direct' as const),
      stance: q.stance ?? null,
      content: { start: at, end: at + q.content.length, text: q.content },
    };
  });
  const value = spec.published ?? null;
  return {
    schema: SCHEMA,
    id: spec.id,
    title: spec.title,
    lead: null,
    category: null,
    dateline: null,
    published: { value, source: value ? 'metadata' : null, raw: value },
    author: spec.author ?? null,
    url: spec.url ?? null,
    outlet: spec.outlet ?? null,
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    removed: [],
    repairs: [],
    sentences: [{ start: 0, end: text.length }],
    entities,
    quotes,
    quantities: [...text.matchAll(/\b\d+ (?:orang|personel|unit)\b/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      value: Number(m[0].split(' ')[0]),
      unit: m[0].split(' ')[1]!,
      approx: null,
      vague: null,
    })),
    times: [...text.matchAll(/\b\d{1,2} Juni 2025\b/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      value: `2025-06-${m[0].split(' ')[0]!.padStart(2, '0')}`,
    })),
    diagnostics: [],
  };
}

/** A fixture prepared for writing; `version` changes the content hash. */
export function prepared(spec: FixtureSpec, version = 1): PreparedArticle {
  return prepareArticle(makeArticle(spec), { key: `id:${spec.id}`, hash: `h${version}-${spec.id}`, source: '/fixtures/corpus.jsonl', line: null });
}

/** A small corpus on a few stories, written for these tests. */
export const CORPUS: FixtureSpec[] = [
  {
    id: 'a1',
    title: 'TNI Siapkan Pengerahan Pasukan ke Perbatasan Papua',
    text:
      'Panglima TNI Agus Subiyanto menyatakan pengerahan pasukan ke perbatasan akan dimulai pekan depan. Sebanyak 450 personel disiapkan. ' +
      '"Kami siap menjaga kedaulatan negara," kata Agus Subiyanto di Jakarta, 12 Juni 2025.',
    published: '2025-06-12T10:00+07:00',
    outlet: 'kompas',
    url: 'https://example.test/kompas/a1',
    author: 'Rina Wulandari',
    entities: [
      { name: 'Agus Subiyanto', type: 'PER' },
      { name: 'TNI', type: 'ORG' },
      { name: 'Jakarta', type: 'LOC' },
    ],
    quotes: [{ speaker: 'Agus Subiyanto', content: 'Kami siap menjaga kedaulatan negara,', stance: 'claim' }],
  },
  {
    id: 'a2',
    title: 'Ribuan Personel Dikerahkan untuk Pengamanan Mudik',
    text:
      'Polri mengerahkan 3000 personel untuk pengamanan arus mudik. Kapolri Listyo Sigit Prabowo meminta anggotanya sigap. ' +
      '"Kami tidak akan menoleransi pungutan liar," ujar Listyo Sigit Prabowo pada 20 Juni 2025.',
    published: '2025-06-20',
    outlet: 'detik',
    url: 'https://example.test/detik/a2',
    entities: [
      { name: 'Listyo Sigit Prabowo', type: 'PER' },
      { name: 'Polri', type: 'ORG' },
    ],
    quotes: [{ speaker: 'Listyo Sigit Prabowo', content: 'Kami tidak akan menoleransi pungutan liar,', stance: 'warn' }],
  },
  {
    id: 'a3',
    title: 'Presiden Prabowo Subianto Resmikan Bendungan Baru',
    text:
      'Presiden Prabowo Subianto meresmikan bendungan di Jawa Tengah. Bendungan itu mengairi sawah petani. ' +
      '"Bendungan ini untuk rakyat," kata Prabowo. Gubernur menyambut peresmian tersebut.',
    published: '2025-07-02T09:30+07:00',
    outlet: 'tempo',
    url: 'https://example.test/tempo/a3',
    entities: [
      { name: 'Prabowo Subianto', type: 'PER', forms: ['Prabowo Subianto', 'Prabowo'] },
      { name: 'Jawa Tengah', type: 'LOC' },
    ],
    quotes: [{ speaker: 'Prabowo Subianto', content: 'Bendungan ini untuk rakyat,', stance: 'claim' }],
  },
  {
    id: 'a4',
    title: 'Harga Beras Naik Jelang Panen Raya',
    text:
      'Harga beras di pasar tradisional naik menjelang panen raya. Pedagang mengeluhkan pasokan yang berkurang. ' +
      'Menurut Prabowo Subianto, pemerintah akan menambah stok beras. Jakarta mencatat kenaikan tertinggi.',
    published: '2025-05-28',
    outlet: 'kompas',
    url: 'https://example.test/kompas/a4',
    entities: [
      { name: 'Prabowo Subianto', type: 'PER' },
      { name: 'Jakarta', type: 'LOC' },
    ],
    quotes: [{ speaker: 'Prabowo Subianto', content: 'pemerintah akan menambah stok beras', kind: 'indirect', stance: null, cue: 'menurut' }],
  },
  {
    id: 'a5',
    title: 'Pasukan Perdamaian Indonesia Tiba di Lebanon',
    text:
      'Sebanyak 200 personel pasukan perdamaian tiba di Lebanon. Mereka dikerahkan di bawah bendera PBB. ' +
      'Komandan kontingen mengatakan pasukan dalam kondisi baik.',
    published: '2025-06-15T14:00+07:00',
    outlet: 'detik',
    url: 'https://example.test/detik/a5',
    entities: [
      { name: 'Lebanon', type: 'LOC' },
      { name: 'PBB', type: 'ORG' },
    ],
  },
];
