/**
 * The glue repairer on sentences written for these tests (no third-party news text).
 * Run: npx tsx --test src/clean/glue.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findGlueRepairs } from './glue.js';
import type { Edit } from './edit.js';
import { MappedText } from './mapped.js';
import { isAffixed, lexicon, modelsDir } from '../lang/id/lexicon.js';

function apply(text: string, edits: Edit[]): string {
  return MappedText.from(text).apply(edits).text;
}

/** The repaired text. */
function repair(text: string): string {
  return apply(text, findGlueRepairs(text));
}

/** Each positive case: glued input, and the repaired text expected. */
const POSITIVE: ReadonlyArray<readonly [string, string]> = [
  // lexicon segmentation of lower-case runs
  ['Bank sentral menguji teknologiblockchainsebagai dasar uang digital.', 'Bank sentral menguji teknologi blockchain sebagai dasar uang digital.'],
  ['Sumbangan itudidonasikan ke panti asuhan.', 'Sumbangan itu didonasikan ke panti asuhan.'],
  ['Polisi memberlakukan sistemone way di jalan itu.', 'Polisi memberlakukan sistem one way di jalan itu.'],
  ['Penjualan naik secarayear on yeardibanding tahun lalu.', 'Penjualan naik secara year on year dibanding tahun lalu.'],
  ['Harga beras naik tajam menurutpedagang pasar.', 'Harga beras naik tajam menurut pedagang pasar.'],
  // case transitions
  ['Seorang pelancong diJepangditangkap karena mencuri.', 'Seorang pelancong di Jepang ditangkap karena mencuri.'],
  ['Trumpmengatakan tarif baru berlaku besok.', 'Trump mengatakan tarif baru berlaku besok.'],
  ['Dunia mengecam seranganIsraelterhadapIran pekan lalu.', 'Dunia mengecam serangan Israel terhadap Iran pekan lalu.'],
  ['Ada 100 titikSekolah baru tahun ini.', 'Ada 100 titik Sekolah baru tahun ini.'],
  ['Relawan mengirim bantuan sembakokePulau Enggano.', 'Relawan mengirim bantuan sembako ke Pulau Enggano.'],
  ['Fitur itu memakai model OpenAISora untuk membuat video.', 'Fitur itu memakai model OpenAI Sora untuk membuat video.'],
  ['Pesan dikirim lewat sebuahWhatsAppmisalnya kepada warga.', 'Pesan dikirim lewat sebuah WhatsApp misalnya kepada warga.'],
  ['Penyidik KPKtelah memeriksa saksi.', 'Penyidik KPK telah memeriksa saksi.'],
  ['Presiden RIPrabowo Subianto hadir.', 'Presiden RI Prabowo Subianto hadir.'],
  ['Hal itu disampaikan kepadaLiputan6.com kemarin.', 'Hal itu disampaikan kepada Liputan6.com kemarin.'],
  ['Kabar itu dilansirAFP pada Senin.', 'Kabar itu dilansir AFP pada Senin.'],
  // an unknown name before a verb is split; a letter it lost is not guessed back
  ['Pejabat Ukrainmengatakan pasukan mundur.', 'Pejabat Ukrain mengatakan pasukan mundur.'],
  ['Vendor Infinixmengumumkan tablet baru.', 'Vendor Infinix mengumumkan tablet baru.'],
  // digits
  ['Warga menerima 1.000paket bantuan.', 'Warga menerima 1.000 paket bantuan.'],
  ['Tim U-17lolos ke babak final.', 'Tim U-17 lolos ke babak final.'],
  ['Turnamen 2026yang digelar di Qatar.', 'Turnamen 2026 yang digelar di Qatar.'],
  ['MUSIM2015 menjadi tahun terbaiknya.', 'MUSIM 2015 menjadi tahun terbaiknya.'],
  // a host name glued to the next word
  ['Artikel ini terbit di Liputan6.compada pagi hari.', 'Artikel ini terbit di Liputan6.com pada pagi hari.'],
  // punctuation
  ['Namun,Trump menolak usulan itu.', 'Namun, Trump menolak usulan itu.'],
  ['Kota itu dikepung pasukan asing.Informasi ini belum dikonfirmasi.', 'Kota itu dikepung pasukan asing. Informasi ini belum dikonfirmasi.'],
  ['Laga berakhir imbang.Pelatih kecewa.', 'Laga berakhir imbang. Pelatih kecewa.'],
  ['Ia lahir pada 1990.Sejak kecil ia gemar bola.', 'Ia lahir pada 1990. Sejak kecil ia gemar bola.'],
  ['Stadion itu ditutup (12/5/2024).Rumputnya rusak.', 'Stadion itu ditutup (12/5/2024). Rumputnya rusak.'],
  ['Semua penonton bersorak di GBK!Setelah itu mereka pulang.', 'Semua penonton bersorak di GBK! Setelah itu mereka pulang.'],
  ['Menurut dia, itu berbahaya.“Kami akan menolak,” katanya.', 'Menurut dia, itu berbahaya. “Kami akan menolak,” katanya.'],
  ['Ia menilai laga itu berat."Akan sulit," ujarnya.', 'Ia menilai laga itu berat. "Akan sulit," ujarnya.'],
  ['"Saya setuju."Dia lalu pergi.', '"Saya setuju." Dia lalu pergi.'],
];

for (const [input, expected] of POSITIVE) {
  test(`repairs: ${input}`, () => {
    assert.equal(repair(input), expected);
  });
}

/** Text that must come back unchanged: legitimately joined forms. */
const NEGATIVE: readonly string[] = [
  'Baca selengkapnya di https://www.detik.com/berita/ekonomiBisnis atau www.kompas.com/read/abc.',
  'Kirim surat ke redaksi@liputan6.com sebelum Jumat.',
  'Saham itu ditutup Rp620 per lembar, setara USD306.720 dalam sepekan.',
  'Pandemi COVID-19 mengubah layanan e-KTP di DKI.',
  'Ia memakai iPhone, bermain PlayStation dan menonton YouTube di McDonald.',
  'Siaran SCTV meliput kader PDIP di KBRI, bersama JakPro dan BliBli.',
  'Ia mengatakannya kemarin; kebijakan itu dipertanyakan karena ketidakadilan dan keberlanjutannya.',
  'Anak-anak melihat kupu-kupu berminggu-minggu di kebun.',
  'Nico Hülkenberg dan Ticoalu tiba lebih awal.',
  'Berita Liputan6.com dan detik.com dikutip oleh Budi, S.H., pada pukul 3,14.',
  'Sebanyak 1.500 orang berkumpul di Jl.Sudirman bersama dr.Tirta.',
  'Pak Suryadi berwisata ke Pura Lempuyang dan Taman Sriwedari di Kotabaru.',
  'Langit kelabu menyelimuti para tawanan yang melatih ketangkasan.',
  'Ia memesan cheesecake di checkpoint setelah trekking.',
  'Hal itu dikarenakan pertanggungjawaban yang diperjuangkan antarnegara pascapandemi.',
  'Rapat digelar pada 28.10.2024 dan versi 2.0 dirilis.',
  'Angka inflasi 2,5 persen, naik dari 2,1.',
  'Kabupaten Parada dan Desa Olehsari menjadi tujuan.',
];

for (const input of NEGATIVE) {
  test(`leaves alone: ${input}`, () => {
    assert.deepEqual(findGlueRepairs(input), []);
  });
}

test('edits are sorted, non-overlapping, and only insert spaces', () => {
  const text = POSITIVE.map(([i]) => i).join('\n') + '\n' + NEGATIVE.join(' ');
  const edits = findGlueRepairs(text);
  assert.ok(edits.length >= POSITIVE.length);
  let last = -1;
  for (const e of edits) {
    assert.ok(e.start < e.end, 'non-empty span');
    assert.ok(e.start >= last, 'sorted and non-overlapping');
    last = e.end;
    assert.ok(e.kind === 'glued-word' || e.kind === 'glued-sentence');
    const raw = text.slice(e.start, e.end);
    assert.ok(!/\s/.test(raw), 'an edit stays inside one token');
    // Content is kept: removing the inserted spaces gives back the raw text.
    assert.equal(e.fixed.replace(/ /g, ''), raw);
    assert.ok(e.fixed.length > raw.length);
  }
});

test('offsets point into the text', () => {
  const text = 'Menurut sumber itu, seranganIsraelterhadapIran berlanjut.';
  const [e] = findGlueRepairs(text);
  assert.ok(e);
  assert.equal(text.slice(e.start, e.end), 'seranganIsraelterhadapIran');
  assert.equal(e.fixed, 'serangan Israel terhadap Iran');
  assert.equal(e.kind, 'glued-word');
});

test('a glued sentence is its own kind', () => {
  const [e] = findGlueRepairs('Ia pulang.Besoknya ia kembali.');
  assert.ok(e);
  assert.equal(e.kind, 'glued-sentence');
  assert.equal(e.fixed, 'pulang. Besoknya');
});

test('the same answer twice (memoised results are not shared by mistake)', () => {
  const text = 'Sumbangan itudidonasikan. Sumbangan itudidonasikan.';
  const a = findGlueRepairs(text);
  const b = findGlueRepairs(text);
  assert.deepEqual(a, b);
  assert.equal(a.length, 2);
  assert.notEqual(a[0]!.start, a[1]!.start);
});

test('empty and whitespace-only text', () => {
  assert.deepEqual(findGlueRepairs(''), []);
  assert.deepEqual(findGlueRepairs(' \n\t '), []);
});

test('the lexicon loads from models/ and knows common words', () => {
  assert.match(modelsDir(), /models$/);
  const lex = lexicon();
  assert.ok(lex.count('yang') > 10_000);
  assert.equal(lex.count('teknologiblockchainsebagai'), 0);
  assert.ok(lex.lowerCount('yang') > lex.lowerCount('indonesia'));
  assert.ok(lex.isMixedCaseForm('iPhone'));
});

test('affixed forms of known words are recognised', () => {
  const lex = lexicon();
  for (const w of ['keberlanjutannya', 'didonasikan', 'memperjuangkannya', 'ketidakadilan', 'antarnegara']) {
    assert.ok(isAffixed(lex, w), w);
  }
  for (const w of ['sebagaikota', 'itudidonasikan', 'penyandangdisabilitas']) assert.ok(!isAffixed(lex, w), w);
});
