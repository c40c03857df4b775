import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities, tagTokens, tagConll, entityId } from './index.js';
import { chunks, readConll, scoreChunks } from './conll.js';
import { matchesAcronym } from './resolve.js';
import { modelsDir } from './tagger.js';
import { splitSentences } from '../text/index.js';
import type { Entity } from '../types.js';

// All sentences below were written for these tests.

const VALID = new Set(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);

function entities(text: string, dateline: { place: string; agency: string | null } | null = null): Entity[] {
  return extractEntities(text, splitSentences(text), dateline);
}
const find = (es: Entity[], type: string, name: string) => es.find((e) => e.type === type && e.name === name);

test('the shipped model is small and loads', () => {
  const size = statSync(join(modelsDir(), 'ner.bin.gz')).size;
  assert.ok(size < 20e6, `model is ${size} bytes`);
  assert.deepEqual(tagTokens([]), []);
});

test('tagTokens: one valid BIO tag per token, persons and places found', () => {
  const toks = ['Presiden', 'Joko', 'Widodo', 'meresmikan', 'bendungan', 'di', 'Kabupaten', 'Sleman', ',', 'Senin', '.'];
  const tags = tagTokens(toks);
  assert.equal(tags.length, toks.length);
  for (const [i, t] of tags.entries()) {
    assert.ok(VALID.has(t), t);
    if (t.startsWith('I-')) assert.ok(tags[i - 1] === `B-${t.slice(2)}` || tags[i - 1] === t, `bad BIO at ${i}`);
  }
  assert.deepEqual(tags.slice(1, 3), ['B-PER', 'I-PER']);
  assert.equal(tags[0], 'O');
  assert.equal(tags[7]!.endsWith('LOC'), true);
});

test('tagConll keeps tokens and sentences', () => {
  const input = 'Budi\tX\nSantoso\nbekerja\tY\ndi\nBandung\n.\n\n\nIa\npulang\n.\n';
  const out = tagConll(input);
  const sents = out.trimEnd().split('\n\n');
  assert.equal(sents.length, 2);
  const first = sents[0]!.split('\n').map((l) => l.split('\t'));
  assert.deepEqual(
    first.map((c) => c[0]),
    ['Budi', 'Santoso', 'bekerja', 'di', 'Bandung', '.'],
  );
  for (const c of first) assert.ok(VALID.has(c[1]!));
  assert.equal(tagConll(''), '');
});

test('chunks and exact-match scoring (seqeval style)', () => {
  assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
    { type: 'ORG', start: 4, end: 5 },
    { type: 'ORG', start: 5, end: 6 },
  ]);
  const s = scoreChunks([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
  assert.equal(s['ALL']!.tp, 1);
  assert.equal(s['ALL']!.pred, 2);
  assert.equal(s['ALL']!.gold, 2);
  assert.equal(s['PER']!.f1, 0);
});

test('readConll maps NERGrit labels', () => {
  const [s] = readConll('Bung\tB-PERSON\nHatta\tI-PERSON\ndi\tO\nBukittinggi\tB-PLACE\n');
  assert.deepEqual(s!.tags, ['B-PER', 'I-PER', 'O', 'B-LOC']);
});

test('acronym matching (Schwartz & Hearst)', () => {
  assert.ok(matchesAcronym('OJK', 'Otoritas Jasa Keuangan'));
  assert.ok(matchesAcronym('NATO', 'Pakta Pertahanan Atlantik Utara') === false);
  assert.ok(matchesAcronym('KKP', 'Kementerian Kelautan dan Perikanan'));
  assert.ok(matchesAcronym('Kemenhub', 'Kementerian Perhubungan'));
  assert.ok(!matchesAcronym('BPS', 'Kementerian Sosial'));
});

test('entities: full names, titles out, short forms grouped, stable ids', () => {
  const text =
    'Menteri Keuangan Sri Mulyani Indrawati bertemu Gubernur Jawa Tengah Ahmad Luthfi di Semarang pada Selasa. ' +
    'Sri Mulyani mengatakan anggaran daerah harus dijaga. Menurut Luthfi, pembangunan jalan tol di Jawa Tengah berjalan baik.';
  const es = entities(text);
  const sri = find(es, 'PER', 'Sri Mulyani Indrawati');
  assert.ok(sri, JSON.stringify(es.map((e) => e.name)));
  assert.equal(sri.mentions.length, 2);
  const luthfi = find(es, 'PER', 'Ahmad Luthfi');
  assert.ok(luthfi);
  assert.ok(luthfi.mentions.some((m) => m.text === 'Luthfi'));
  assert.ok(find(es, 'LOC', 'Semarang'));
  assert.ok(find(es, 'LOC', 'Jawa Tengah'));
  assert.ok(!es.some((e) => /Menteri|Gubernur/.test(e.name)));
  for (const e of es) {
    assert.equal(e.id, entityId(e.type, e.name));
    for (const m of e.mentions) if (m.start !== undefined) assert.equal(text.slice(m.start, m.end), m.text);
  }
  assert.equal(entityId('PER', 'Sri  Mulyani'), entityId('PER', 'sri mulyani'));
  assert.notEqual(entityId('PER', 'Jakarta'), entityId('LOC', 'Jakarta'));
});

test('entities: acronyms the text defines join their expansion', () => {
  const text =
    'Otoritas Jasa Keuangan (OJK) menerbitkan aturan baru untuk perbankan. ' +
    'Kepala Eksekutif OJK menyebut aturan itu berlaku tahun depan. ' +
    'Sementara itu, Badan Pusat Statistik atau BPS mencatat inflasi melandai.';
  const es = entities(text);
  const ojk = find(es, 'ORG', 'Otoritas Jasa Keuangan');
  assert.ok(ojk, JSON.stringify(es.map((e) => [e.type, e.name])));
  assert.ok(ojk.mentions.filter((m) => m.text === 'OJK').length >= 1);
  const bps = es.find((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === 'BPS'));
  assert.ok(bps);
  assert.equal(bps.name, 'Badan Pusat Statistik');
});

test('entities: a capital standing for its state joins the country; the dateline is a mention', () => {
  const text =
    'Pemerintah Korea Utara kembali menguji rudal balistik. ' +
    'Pyongyang menyebut uji coba itu sebagai latihan rutin, sementara Amerika Serikat mengecam langkah tersebut.';
  const es = entities(text, { place: 'JAKARTA', agency: 'Contoh.com' });
  const nk = find(es, 'LOC', 'Korea Utara');
  assert.ok(nk, JSON.stringify(es.map((e) => [e.type, e.name])));
  assert.ok(nk.mentions.some((m) => m.text === 'Pyongyang'));
  assert.ok(!es.some((e) => e.name === 'Pyongyang'));
  const jkt = find(es, 'LOC', 'Jakarta');
  assert.ok(jkt);
  assert.deepEqual(jkt.mentions[0], { in: 'dateline', text: 'JAKARTA' });
});

test('the shipped tagger (folded int16 tables) agrees with its training-time float form', async () => {
  const { Tagger, defaultTagger } = await import('./tagger.js');
  const { DOMAINS } = await import('./features.js');
  const shipped = defaultTagger();
  // Re-encode → decode round trip of a tiny float model: the folded table path must give the
  // same tags as the float path that training uses.
  const bits = 12;
  const NT = 7;
  const w = new Float32Array((1 << bits) * NT);
  let x = 7;
  for (let i = 0; i < w.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    w[i] = ((x >>> 8) % 2001) / 100 - 10;
  }
  const tr = new Float32Array((NT + 1) * NT);
  const float = new Tagger(bits, w, tr, shipped.featurizer);
  const packed = Tagger.decode(float.encode(), shipped.featurizer.clusters);
  const toks = ['Kemarin', 'Rina', 'Wulandari', 'berangkat', 'dari', 'Kota', 'Medan', 'ke', 'Bandung', '.'];
  for (const d of [DOMAINS.news, DOMAINS.wiki]) assert.deepEqual(packed.tag(toks, d), float.tag(toks, d));
});

test('products named after their maker are not organisations of their own', async () => {
  const { resolveEntities } = await import('./resolve.js');
  const text = 'Sentosa meluncurkan Sentosa QBOX dan Sentosa ZTAB di Surabaya. QBOX dijual bulan depan.';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const m = (type: 'ORG' | 'LOC', s: string, from = 0) => ({ type, start: at(s, from), end: at(s, from) + s.length, text: s });
  const es = resolveEntities(
    text,
    [m('ORG', 'Sentosa'), m('ORG', 'Sentosa QBOX'), m('ORG', 'Sentosa ZTAB'), m('LOC', 'Surabaya'), m('ORG', 'QBOX', 60)],
    null,
  );
  assert.deepEqual(
    es.map((e) => `${e.type}:${e.name}:${e.mentions.length}`),
    ['ORG:Sentosa:3', 'LOC:Surabaya:1'],
  );
  // The maker's local arm and a name ending in an organisation word stay whole.
  const t2 = 'Sentosa Indonesia dan Sentosa Group bekerja sama dengan Sentosa.';
  const es2 = resolveEntities(
    t2,
    ['Sentosa Indonesia', 'Sentosa Group'].map((s) => ({ type: 'ORG' as const, start: t2.indexOf(s), end: t2.indexOf(s) + s.length, text: s }))
      .concat([{ type: 'ORG', start: t2.lastIndexOf('Sentosa'), end: t2.lastIndexOf('Sentosa') + 7, text: 'Sentosa' }]),
    null,
  );
  const texts = es2.flatMap((e) => e.mentions.map((x) => x.text)).sort();
  assert.deepEqual(texts, ['Sentosa', 'Sentosa Group', 'Sentosa Indonesia']);
});

test('naming conventions: international bodies by their acronym, informal country names canonicalised', () => {
  const text =
    'Organisasi Kesehatan Dunia atau WHO mengumumkan status darurat baru. Juru bicara WHO menyebut kasus terus bertambah. ' +
    'Amerika menyatakan siap membantu pendanaan, sementara Jepang mengirim tenaga medis.';
  const ents = extractEntities(text, [{ start: 0, end: text.length }], null);
  const org = ents.find((e) => e.mentions.some((m) => m.text === 'WHO'));
  assert.equal(org?.name, 'WHO');
  const us = ents.find((e) => e.mentions.some((m) => m.text === 'Amerika'));
  assert.equal(us?.name, 'Amerika Serikat');
  assert.equal(us?.type, 'LOC');
});

test('a nickname the article defines joins its person, who keeps the full name', () => {
  const text =
    'Menteri Pertanian Bambang Sutrisno meninjau sawah di Karawang. Kang Bambang, sapaan akrab Bambang Sutrisno, memastikan stok beras aman. ' +
    'Kang Bambang juga meminta petani menanam varietas unggul.';
  const ents = extractEntities(text, [{ start: 0, end: text.length }], null);
  const per = ents.filter((e) => e.type === 'PER');
  const bambang = per.find((e) => e.mentions.some((m) => m.text === 'Kang Bambang'));
  assert.ok(bambang, JSON.stringify(per));
  assert.equal(bambang.name, 'Bambang Sutrisno');
});

test('an office named for its region is one organisation', () => {
  const text = 'Kepala Dinas Perhubungan Jawa Timur Hartono Wibisono mengatakan bus tambahan siap. Polda Sumatera Utara juga menyiagakan personel.';
  const names = extractEntities(text, [{ start: 0, end: text.length }], null).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('ORG:Dinas Perhubungan Jawa Timur'), names.join(', '));
  assert.ok(names.includes('ORG:Polda Sumatera Utara'), names.join(', '));
});

test('an organisation named as a list before its acronym is one entity, however the tagger cut it', () => {
  const text = 'Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), hujan lebat turun sepanjang pekan. ' +
    'Kementerian Kelautan dan Perikanan (KKP) menyita dua kapal asing.';
  const es = entities(text);
  const bmkg = es.find((e) => e.name === 'Badan Meteorologi, Klimatologi, dan Geofisika');
  assert.ok(bmkg, JSON.stringify(es.map((e) => e.name)));
  assert.equal(bmkg.type, 'ORG');
  assert.ok(bmkg.mentions.some((m) => m.text === 'BMKG'), JSON.stringify(bmkg.mentions));
  assert.ok(!es.some((e) => e.name === 'Geofisika' || e.name === 'Klimatologi'), JSON.stringify(es.map((e) => e.name)));
  assert.ok(es.some((e) => e.name === 'Kementerian Kelautan dan Perikanan' && e.mentions.some((m) => m.text === 'KKP')));
  // A name the tagger cut before its initials is whole again.
  const sby = entities('Presiden keenam Susilo Bambang Yudhoyono (SBY) hadir dalam peringatan tersebut.');
  assert.ok(sby.some((e) => e.name === 'Susilo Bambang Yudhoyono' && e.mentions.some((m) => m.text === 'SBY')), JSON.stringify(sby.map((e) => [e.name, e.mentions.map((m) => m.text)])));
  // A person and a place before a bracketed acronym they happen to spell are not its expansion.
  const other = entities('Wartawan Andi Pratama di Jakarta (AP) melaporkan kejadian itu.');
  assert.ok(!other.some((e) => e.name.includes('Pratama di Jakarta')), JSON.stringify(other.map((e) => e.name)));
});
