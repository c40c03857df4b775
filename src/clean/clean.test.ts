import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.js';
import { findDateline } from './dateline.js';
import { MappedText } from './mapped.js';

// Fixtures are written for this project (no third-party news text).
const AD = 'advertisement'.toUpperCase(); // the banner scrapers leave in the text
const SEED_STYLE = [
  'Gubernur Resmikan Jembatan Baru di Pesisir Selatan',
  '- Jembatan sepanjang 120 meter itu memangkas waktu tempuh warga dua desa dari satu jam menjadi sepuluh menit.',
  'Daerah',
  'PADANG- Gubernur Sumatera Barat meresmikan jembatan baru yang menghubungkan dua desa di pesisir selatan pada Senin (4/11/2024).',
  'Pembangunan jembatan itu menelan biaya sekitar Rp 18 miliar dari anggaran provinsi.',
  '- Harga Beras Premium Turun Jelang Panen Raya di Jawa Tengah',
  '- Kapal Nelayan Terbalik Dihantam Ombak, Dua Awak Berhasil Diselamatkan',
  '"Jembatan ini kami bangun agar anak-anak tidak lagi menyeberang sungai dengan rakit," kata gubernur.',
  'Manfaat bagi Warga',
  'Warga menyambut baik jembatan tersebut.Kepala desa berharap jalan penghubung juga segera diaspal.',
].join('\n');

test('seed-style header: title, standfirst, rubric, dateline', () => {
  const r = cleanArticle({ text: SEED_STYLE });
  assert.equal(r.title, 'Gubernur Resmikan Jembatan Baru di Pesisir Selatan');
  assert.match(r.lead ?? '', /^Jembatan sepanjang 120 meter/);
  assert.equal(r.category, 'Daerah');
  assert.deepEqual(r.dateline, { place: 'PADANG', agency: null });
  assert.ok(r.text.startsWith('Gubernur Sumatera Barat meresmikan'), 'dateline cut from the body');
});

test('bare related headlines between paragraphs are removed as related, verbatim', () => {
  const r = cleanArticle({ text: SEED_STYLE });
  const related = r.removed.filter((x) => x.kind === 'related').map((x) => x.text);
  assert.deepEqual(related, [
    'Harga Beras Premium Turun Jelang Panen Raya di Jawa Tengah',
    'Kapal Nelayan Terbalik Dihantam Ombak, Dua Awak Berhasil Diselamatkan',
  ]);
  assert.ok(!r.text.includes('Harga Beras'));
});

test('a short capitalised line between paragraphs is a heading block', () => {
  const r = cleanArticle({ text: SEED_STYLE });
  const headings = r.blocks.filter((b) => b.kind === 'heading').map((b) => r.text.slice(b.start, b.end));
  assert.deepEqual(headings, ['Manfaat bagi Warga']);
  assert.equal(r.blocks.filter((b) => b.kind === 'paragraph').length, 4);
});

test('blocks are separated by a blank line and index the clean text', () => {
  const r = cleanArticle({ text: SEED_STYLE });
  for (let i = 1; i < r.blocks.length; i++) {
    assert.equal(r.text.slice(r.blocks[i - 1]!.end, r.blocks[i]!.start), '\n\n');
  }
  assert.equal(r.blocks.at(-1)!.end, r.text.length);
});

test('every block maps back to the raw input', () => {
  const r = cleanArticle({ text: SEED_STYLE });
  r.blocks.forEach((b, i) => {
    const raw = SEED_STYLE.slice(r.rawBlocks[i]!.start, r.rawBlocks[i]!.end);
    const first = r.text.slice(b.start, b.end).split(' ')[0]!;
    assert.ok(raw.startsWith(first), `block ${i} maps to ${JSON.stringify(raw.slice(0, 30))}`);
  });
});

test('a list item that is a sentence is not taken for a related headline', () => {
  const text = 'Judul Berita\nJAKARTA - Syarat pendaftaran sebagai berikut.\n- calon peserta membawa KTP asli dan fotokopi.\n- peserta wajib hadir tiga puluh menit sebelum ujian dimulai.';
  const r = cleanArticle({ text });
  assert.equal(r.removed.length, 0);
  assert.match(r.text, /membawa KTP asli/);
});

test('dateline styles of Indonesian outlets', () => {
  const cases: Array<[string, string, string | null]> = [
    ['JAKARTA, KOMPAS.com - Pemerintah', 'JAKARTA', 'KOMPAS.com'],
    ['BENGKULU, Kompas.com –Dalam rangka', 'BENGKULU', 'Kompas.com'],
    ['TEMPO.CO, Jakarta - Presiden', 'Jakarta', 'TEMPO.CO'],
    ['Liputan6.com, Jakarta -Perusahaan', 'Jakarta', 'Liputan6.com'],
    ['Liputan6.com, SurabayaUpaya pemerintah', 'Surabaya', 'Liputan6.com'],
    ['Jakarta, CNN Indonesia -- Menteri', 'Jakarta', 'CNN Indonesia'],
    ['JAKARTA - Menteri', 'JAKARTA', null],
    ['MOSTAR- Puluhan orang', 'MOSTAR', null],
    ['Jakarta\n-\nSatu lagi', 'Jakarta', null],
    ['Jakarta (ANTARA) - Bank Indonesia', 'Jakarta', 'ANTARA'],
  ];
  for (const [text, place, agency] of cases) {
    const d = findDateline(text);
    assert.ok(d, `dateline in ${JSON.stringify(text)}`);
    assert.deepEqual(d.dateline, { place, agency }, text);
  }
  assert.equal(findDateline('Presiden Prabowo Subianto meresmikan'), null);
  assert.equal(findDateline('Pemerintah resmi mengakui'), null);
});

test('one-line scrape: ads, glued related links, captions and credit codes', () => {
  const text =
    'SURABAYA, WARTA.com - Dinas Perhubungan menambah 40 armada bus listrik untuk rute kampus. Penambahan ini dilakukan setelah jumlah penumpang naik tajam. ' +
    `${AD} SCROLL TO CONTINUE WITH CONTENT Kepala Dinas Perhubungan Surabaya mengatakan armada baru mulai beroperasi pekan depan. ` +
    'Baca juga:Tarif Parkir Elektronik Berlaku di Lima Pasar Tradisional Bus Listrik itu akan melayani rute dari terminal ke tiga kampus. ' +
    'DOK. PEMKOT/WARTA Ilustrasi bus listrik di halte kampus. ' +
    'Menurut dia, tarif tetap Rp 5.000 per perjalanan. (abc/xyz)';
  const r = cleanArticle({ title: 'Bus Listrik Tambah Armada', text });
  assert.deepEqual(
    r.removed.map((x) => [x.kind, x.text]),
    [
      ['ad', AD],
      ['ad', 'SCROLL TO CONTINUE WITH CONTENT'],
      ['related', 'Baca juga:Tarif Parkir Elektronik Berlaku di Lima Pasar Tradisional'],
      ['media', 'DOK. PEMKOT/WARTA Ilustrasi bus listrik di halte kampus.'],
      ['credit', '(abc/xyz)'],
    ],
  );
  assert.match(r.text, /Bus Listrik itu akan melayani rute/);
  assert.match(r.text, /Rp 5\.000 per perjalanan\.$/);
  assert.ok(!r.text.includes(AD) && !/Baca juga|\(abc\/xyz\)/.test(r.text));
});

test('multi-line scrape: link fragments joined, trailer after the credit code removed', () => {
  const text = [
    'Jakarta',
    '-',
    'Sebuah',
    'startup',
    'asal Bandung meluncurkan aplikasi pemantau kualitas udara.',
    'Aplikasi itu sudah diunduh lebih dari 50 ribu kali sejak diluncurkan pada (',
    'Januari',
    ') lalu.',
    'SCROLL TO CONTINUE WITH CONTENT',
    '"Kami ingin warga tahu kapan aman berolahraga di luar," ujar pendirinya.',
    '[Gambas:Video 20detik]',
    '(abc/def)',
    'kualitas udara',
    'aplikasi',
    'Hoegeng Awards 2025',
  ].join('\n');
  const r = cleanArticle({ title: 'Aplikasi Pemantau Udara', text });
  assert.deepEqual(r.dateline, { place: 'Jakarta', agency: null });
  assert.equal(r.blocks.length, 3);
  assert.ok(r.text.startsWith('Sebuah startup asal Bandung meluncurkan'));
  assert.match(r.text, /pada \(Januari\) lalu\./);
  const kinds = r.removed.map((x) => `${x.kind}:${x.text}`);
  assert.deepEqual(kinds, [
    'ad:SCROLL TO CONTINUE WITH CONTENT',
    'media:[Gambas:Video 20detik]',
    'credit:(abc/def)',
    'related:kualitas udara\naplikasi',
    'promo:Hoegeng Awards 2025',
  ]);
});

test('a body stored twice is kept once; text only the glued copy has is kept', () => {
  const paras = [
    'Pada musim lalu, tim itu hanya mampu finis di urutan kesembilan klasemen akhir dengan raihan 96 poin.',
    'Pelatih baru mulai bekerja sejak Januari. Ia langsung mengubah pola latihan dan jadwal uji coba tim.',
    '"Kami ingin bersaing di papan atas musim ini dan memberi kebanggaan bagi suporter," kata pelatih itu.',
  ];
  const opening = 'TIM kebanggaan kota itu tak terlalu diperhitungkan musim ini. Pasalnya, sejak promosi mereka belum pernah menang di kandang lawan.';
  const glued = opening + paras.join('') + 'Baca Juga:Skuad Muda Siap Tampil di Piala Asia';
  const r = cleanArticle({ title: 'Tim Kota', text: [glued, ...paras].join('\n') });
  assert.equal(r.text.split(opening).length, 2, 'opening kept once');
  for (const p of paras) assert.equal(r.text.split(p).length, 2, `kept once: ${p.slice(0, 20)}`);
  assert.ok(r.diagnostics.some((d) => d.code === 'duplicate-text'));
  assert.deepEqual(r.removed.map((x) => x.kind), ['related']);
});

test('a block of paragraphs repeated by the scraper is kept once', () => {
  const body = 'Harga emas naik tipis pada perdagangan pagi ini.\nAnalis memperkirakan kenaikan berlanjut hingga akhir pekan.';
  const r = cleanArticle({ title: 'Emas', text: `Liputan6.com, Jakarta - ${body}\nLiputan6.com, Jakarta - ${body}` });
  assert.equal(r.blocks.length, 2);
  assert.equal(r.text, 'Harga emas naik tipis pada perdagangan pagi ini.\n\nAnalis memperkirakan kenaikan berlanjut hingga akhir pekan.');
});

test('HTML entities are decoded and listed once per kind', () => {
  const r = cleanArticle({
    title: 'Kutipan',
    text: 'TEMPO.CO, Jakarta -&nbsp;Menteri itu berkata, &ldquo;Kami siap.&rdquo; Ia menambahkan &ldquo;Semua aman.&rdquo; R&amp;D tetap jalan.',
  });
  assert.equal(r.text, 'Menteri itu berkata, “Kami siap.” Ia menambahkan “Semua aman.” R&D tetap jalan.');
  const ld = r.repairs.find((x) => x.raw === '&ldquo;');
  assert.deepEqual(ld, { raw: '&ldquo;', fixed: '“', kind: 'html-entity', count: 2 });
});

test('footers: editor picks, syndication and contributor notes', () => {
  const text =
    'TEMPO.CO, Jakarta - Kementerian Keuangan mencatat penerimaan pajak naik 11,9 persen. Penerimaan terbesar berasal dari pajak penghasilan. ' +
    'Budi Santoso berkontribusi dalam penulisan artikel ini. Pilihan Editor: Ekspor Kopi Naik di Tengah Harga Global';
  const r = cleanArticle({ title: 'Pajak', text });
  assert.deepEqual(
    r.removed.map((x) => x.kind),
    ['credit', 'promo'],
  );
  assert.ok(r.text.endsWith('berasal dari pajak penghasilan.'));
});

test('empty body after cleaning is a diagnostic, not a crash', () => {
  const r = cleanArticle({ title: 'Hanya iklan', text: `${AD}\nSCROLL TO CONTINUE WITH CONTENT` });
  assert.equal(r.text, '');
  assert.ok(r.diagnostics.some((d) => d.code === 'empty-body'));
});

test('MappedText keeps raw offsets through edits', () => {
  const m = MappedText.from('ab&amp;cd ef').apply([{ start: 2, end: 7, fixed: '&', kind: 'x' }]);
  assert.equal(m.text, 'ab&cd ef');
  assert.deepEqual(m.rawSpan(3, 5), { start: 7, end: 9 });
  const m2 = m.apply([{ start: 5, end: 5, fixed: ' ', kind: 'y' }, { start: 6, end: 8, fixed: '', kind: 'z' }]);
  assert.equal(m2.text, 'ab&cd  ');
  assert.deepEqual(m2.rawSpan(0, 2), { start: 0, end: 2 });
});

test('inline video promos and live-stream calls at the end of a one-line scrape', () => {
  const text =
    'Jakarta - Menteri itu meninjau pelabuhan pada Rabu (11/6). "Kami pastikan bongkar muat lancar," ujarnya. ' +
    "Simak Video 'Kapal Kargo Terbesar Sandar di Tanjung Priok': [Gambas:Video 20detik] Saksikan Live DetikSore:";
  const r = cleanArticle({ title: 'Pelabuhan', text });
  assert.ok(r.text.endsWith('ujarnya.'), r.text);
  assert.deepEqual(r.removed.map((x) => x.kind), ['media']);
});

test('a glued related headline ends at a connective with its comma or a pronoun', () => {
  const text =
    'JAKARTA, WARTA.com - Rombongan tiba di bandara pukul 10.00. Baca juga:Menteri Baru Dilantik di Istana Negara Kemudian, Menteri Luar Negeri Rahmat Hidayat menyambut tamu. ' +
    'Baca juga:Banjir Rob Landa Pesisir Utara Jawa Tengah Ia menambahkan, acara berlangsung tertib.';
  const r = cleanArticle({ title: 'Kunjungan', text });
  assert.deepEqual(
    r.removed.map((x) => x.text),
    ['Baca juga:Menteri Baru Dilantik di Istana Negara', 'Baca juga:Banjir Rob Landa Pesisir Utara Jawa Tengah'],
  );
  assert.match(r.text, /Kemudian, Menteri Luar Negeri/);
  assert.match(r.text, /Ia menambahkan, acara/);
});

test('multi-line scrape: related headlines alone on their line, captions, and sentences broken by links', () => {
  const text = [
    'Liputan6.com, Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati naik dua kali lipat sepekan terakhir.',
    'Menurut pedagang, pasokan dari',
    'Jawa Tengah',
    'berkurang karena hujan deras di sentra produksi.',
    'Petani Kopi Gayo Raih Penghargaan Internasional di Ajang Lelang Daring',
    'Pedagang cabai berharap harga kembali turun menjelang akhir bulan.',
    'Pedagang menata cabai di lapak pasar. Foto: Dok. Warta',
    'Pasokan Cabai Menipis',
    'Dinas Perdagangan menyiapkan operasi pasar cabai di lima titik mulai Senin.',
  ].join('\n');
  const r = cleanArticle({ title: 'Harga Cabai Naik', text });
  assert.match(r.text, /pasokan dari Jawa Tengah berkurang karena hujan/);
  assert.deepEqual(
    r.removed.map((x) => `${x.kind}:${x.text}`),
    ['related:Petani Kopi Gayo Raih Penghargaan Internasional di Ajang Lelang Daring', 'media:Pedagang menata cabai di lapak pasar. Foto: Dok. Warta'],
  );
  const headings = r.blocks.filter((b) => b.kind === 'heading').map((b) => r.text.slice(b.start, b.end));
  assert.deepEqual(headings, ['Pasokan Cabai Menipis']);
});
