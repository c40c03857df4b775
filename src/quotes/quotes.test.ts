import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, Quote } from '../types.js';
import { splitSentences } from '../text/index.js';
import { extractQuotes, formatQuotes } from './index.js';

/** Hand-made entities: every whole-word occurrence of each form is a mention. */
function entities(text: string, defs: Array<[name: string, type: EntityType, forms?: string[]]>): Entity[] {
  return defs.map(([name, type, forms], i) => {
    const mentions: Entity['mentions'] = [];
    for (const form of forms ?? [name]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return { id: `e${i}`, name, type, mentions };
  });
}

function paragraphs(text: string) {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + 2;
  }
  out.push({ start, end: text.length });
  return out;
}

function run(text: string, defs: Array<[string, EntityType, string[]?]> = []): Quote[] {
  const quotes = extractQuotes(text, splitSentences(text, paragraphs(text)), entities(text, defs));
  for (const q of quotes) {
    assert.equal(q.content.text, text.slice(q.content.start, q.content.end));
    assert.equal(q.cue.text, text.slice(q.cue.start, q.cue.end));
  }
  return quotes;
}

const brief = (q: Quote) => [q.kind, q.speaker.name, q.cue.text, q.content.text];

test('direct quote with the cue after it, curly marks', () => {
  const text = '“Harga beras akan turun pekan depan,” kata Sari Wulandari di Bandung, Senin (2/6).';
  const qs = run(text, [['Sari Wulandari', 'PER', ['Sari Wulandari', 'Sari']], ['Bandung', 'LOC']]);
  assert.deepEqual(qs.map(brief), [['direct', 'Sari Wulandari', 'kata', 'Harga beras akan turun pekan depan,']]);
  assert.equal(qs[0]!.speaker.entity, 'e0');
  assert.equal(qs[0]!.stance, null);
});

test('a quote broken by its cue is two quotes with one speaker', () => {
  const text = '"Kami sudah siap," ujar Budi Hartono. "Semua relawan sudah berkumpul di posko sejak pagi."';
  const qs = run(text, [['Budi Hartono', 'PER', ['Budi Hartono', 'Budi']]]);
  assert.deepEqual(qs.map(brief), [
    ['direct', 'Budi Hartono', 'ujar', 'Kami sudah siap,'],
    ['direct', 'Budi Hartono', 'ujar', 'Semua relawan sudah berkumpul di posko sejak pagi.'],
  ]);
});

test('low-high marks, entity-encoded marks and a mis-typed closing mark', () => {
  const low = run('„Jalan ini rusak sejak tahun lalu,“ ucap Rina.', [['Rina', 'PER']]);
  assert.deepEqual(low.map(brief), [['direct', 'Rina', 'ucap', 'Jalan ini rusak sejak tahun lalu,']]);

  const encoded = run('&ldquo;Pasar akan dibuka kembali besok,&rdquo; tutur Anton.', [['Anton', 'PER']]);
  assert.deepEqual(encoded.map(brief), [['direct', 'Anton', 'tutur', 'Pasar akan dibuka kembali besok,']]);

  const mistyped = run('“Kami menolak rencana pembangunan pabrik itu, “kata Dewi Lestari.', [['Dewi Lestari', 'PER']]);
  assert.deepEqual(mistyped.map(brief), [['direct', 'Dewi Lestari', 'kata', 'Kami menolak rencana pembangunan pabrik itu,']]);
});

test('a quote over two paragraphs, with a nested quote inside', () => {
  const text =
    'Ketua panitia, Hendra Gunawan, membuka acara tersebut.\n\n' +
    '“Tahun ini pesertanya dua kali lipat. Slogan kami tetap \'bersih itu sehat\' seperti dulu.\n\n' +
    '“Kami berterima kasih kepada semua warga yang datang,” kata Hendra.';
  const qs = run(text, [['Hendra Gunawan', 'PER', ['Hendra Gunawan', 'Hendra']]]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker.name, 'Hendra Gunawan');
  assert.ok(qs[0]!.content.text.startsWith('Tahun ini pesertanya'));
  assert.ok(qs[0]!.content.text.includes("'bersih itu sehat'"));
  assert.ok(qs[0]!.content.text.endsWith('yang datang,'));
});

test('post-quote cue stems and clitics: jelas, tegas, imbuh, papar, katanya, ujarnya', () => {
  const text =
    'Kepala Dinas Kesehatan Maluku Yosef Tanamal meninjau puskesmas di Ambon. ' +
    '"Stok obat cukup untuk tiga bulan," jelas Yosef. ' +
    '"Tidak ada alasan untuk panik," tegasnya. ' +
    '"Petugas kami siaga penuh selama libur panjang," imbuh dia. ' +
    '"Vaksin tambahan tiba pekan depan," papar Yosef. ' +
    '"Warga bisa datang kapan saja," katanya. ' +
    '"Layanan tetap gratis untuk semua warga," ujarnya.';
  const qs = run(text, [['Yosef Tanamal', 'PER', ['Yosef Tanamal', 'Yosef']], ['Ambon', 'LOC']]);
  assert.deepEqual(
    qs.map((q) => q.cue.text),
    ['jelas', 'tegasnya', 'imbuh dia', 'papar', 'katanya', 'ujarnya'],
  );
  assert.ok(qs.every((q) => q.speaker.name === 'Yosef Tanamal' && q.kind === 'direct'));
});

test('cue before the quote: "X mengatakan, “…”" and a short quote after a verb', () => {
  const text =
    'Menteri Perdagangan Lina Marlina mengatakan, “Impor gula dihentikan sampai akhir tahun.” ' +
    'Pemerintah kota mengecam kebijakan itu “tidak masuk akal” dalam rapat kemarin.';
  const qs = run(text, [['Lina Marlina', 'PER', ['Lina Marlina', 'Lina']]]);
  assert.deepEqual(qs.map(brief), [
    ['direct', 'Lina Marlina', 'mengatakan', 'Impor gula dihentikan sampai akhir tahun.'],
    ['direct', 'Pemerintah kota', 'mengecam', 'tidak masuk akal'],
  ]);
  assert.equal(qs[1]!.speaker.entity, null);
  assert.equal(qs[1]!.stance, 'accuse');
});

test('a title in quotation marks is not a quote', () => {
  const text = 'Festival itu mengusung tema "Laut Kita Masa Depan Kita" dan dibuka pada Sabtu malam.';
  assert.deepEqual(run(text), []);
});

test('indirect quotes: content without the cue and without "bahwa"', () => {
  const text =
    'Gubernur Jawa Tengah Ahmad Luthfi mengatakan bahwa pembangunan tanggul selesai bulan depan. ' +
    'Ahmad Luthfi juga mengatakan kepada wartawan bahwa anggaran sudah dicairkan seluruhnya.';
  const qs = run(text, [['Ahmad Luthfi', 'PER', ['Ahmad Luthfi', 'Luthfi']], ['Jawa Tengah', 'LOC']]);
  assert.deepEqual(qs.map(brief), [
    ['indirect', 'Ahmad Luthfi', 'mengatakan', 'pembangunan tanggul selesai bulan depan'],
    ['indirect', 'Ahmad Luthfi', 'mengatakan kepada wartawan', 'anggaran sudah dicairkan seluruhnya'],
  ]);
});

test('stance from the cue', () => {
  const text =
    'Direktur PT Sinar Jaya, Rudi Salim, membantah bahwa perusahaannya menunggak pajak. ' +
    'Serikat Pekerja Logam mengklaim bahwa upah buruh belum dibayar selama dua bulan. ' +
    'Wali Kota Medan Bobby Nasution menuduh kontraktor itu sengaja memperlambat pekerjaan. ' +
    'Badan Meteorologi memperingatkan bahwa gelombang tinggi masih akan terjadi sampai Jumat. ' +
    'Anggota dewan Fitri Handayani mempertanyakan apakah dana bantuan sudah sampai ke warga. ' +
    'Kepolisian Daerah Riau mengonfirmasi bahwa dua tersangka sudah ditahan. ' +
    'Presiden Prancis menolak untuk menyangkal bahwa pasukannya berada di perbatasan.';
  const qs = run(text, [
    ['Rudi Salim', 'PER'], ['PT Sinar Jaya', 'ORG'], ['Serikat Pekerja Logam', 'ORG'],
    ['Bobby Nasution', 'PER'], ['Badan Meteorologi', 'ORG'], ['Fitri Handayani', 'PER'],
    ['Kepolisian Daerah Riau', 'ORG'], ['Prancis', 'LOC'],
  ]);
  assert.deepEqual(
    qs.map((q) => [q.speaker.name, q.stance]),
    [
      ['Rudi Salim', 'deny'],
      ['Serikat Pekerja Logam', 'claim'],
      ['Bobby Nasution', 'accuse'],
      ['Badan Meteorologi', 'warn'],
      ['Fitri Handayani', 'question'],
      ['Kepolisian Daerah Riau', 'confirm'],
      ['Presiden Prancis', 'refuse-to-deny'],
    ],
  );
  assert.equal(qs[6]!.cue.text, 'menolak untuk menyangkal');
  assert.equal(qs[6]!.speaker.entity, null);
});

test('"Menurut X, …", "menurutnya" and ", kata mereka" with a plural source', () => {
  const text =
    'Menurut Kepala BMKG Dwikorita Karnawati, musim kemarau datang lebih lambat tahun ini. ' +
    'Curah hujan menurutnya masih tinggi sampai Juli. ' +
    'Para petani di Klaten mengeluhkan harga pupuk. Harga pupuk naik dua kali lipat sejak Maret, kata mereka.';
  const qs = run(text, [['Dwikorita Karnawati', 'PER'], ['BMKG', 'ORG'], ['Klaten', 'LOC']]);
  assert.deepEqual(qs.map(brief), [
    ['indirect', 'Dwikorita Karnawati', 'Menurut', 'musim kemarau datang lebih lambat tahun ini'],
    ['indirect', 'Dwikorita Karnawati', 'menurutnya', 'Curah hujan menurutnya masih tinggi sampai Juli'],
    ['indirect', 'Para petani di Klaten', 'kata mereka', 'Harga pupuk naik dua kali lipat sejak Maret'],
  ]);
});

test('a pronoun and a clitic resolve to a speaker named only in an earlier paragraph', () => {
  const text =
    'Ketua KPU Jawa Barat, Ummi Wahyuni, meninjau gudang logistik pemilu di Bekasi pada Senin.\n\n' +
    'Gudang itu menyimpan lebih dari dua ribu kotak suara.\n\n' +
    'Ia menambahkan bahwa distribusi logistik dimulai pekan depan. ' +
    '"Kami tidak mau ada keterlambatan di daerah terpencil," ujarnya.';
  const qs = run(text, [['Ummi Wahyuni', 'PER'], ['KPU Jawa Barat', 'ORG'], ['Bekasi', 'LOC']]);
  assert.deepEqual(qs.map(brief), [
    ['indirect', 'Ummi Wahyuni', 'menambahkan', 'distribusi logistik dimulai pekan depan'],
    ['direct', 'Ummi Wahyuni', 'ujarnya', 'Kami tidak mau ada keterlambatan di daerah terpencil,'],
  ]);
  assert.ok(qs.every((q) => q.speaker.entity === 'e0'));
});

test('a pronoun subject does not make the person after it the antecedent', () => {
  const text =
    'Penyanyi muda Laras Sekar merilis album pertamanya. ' +
    'Namun, ia mengaku banyak belajar dari Chrisye. ' +
    '"Lagu-lagunya selalu saya dengar sejak kecil," tuturnya.';
  const qs = run(text, [['Laras Sekar', 'PER'], ['Chrisye', 'PER']]);
  assert.ok(qs.length >= 1);
  assert.equal(qs[qs.length - 1]!.speaker.name, 'Laras Sekar');
});

test('role phrases link to the person the article names', () => {
  const text =
    'Direktur Utama PLN Darmawan Prasodjo meresmikan gardu induk baru di Kupang. ' +
    'Direktur Utama PLN mengatakan pasokan listrik di Nusa Tenggara Timur kini aman. ' +
    'Pejabat yang baru dilantik tersebut menegaskan bahwa tarif tidak akan naik.';
  const qs = run(text, [['Darmawan Prasodjo', 'PER'], ['PLN', 'ORG'], ['Kupang', 'LOC'], ['Nusa Tenggara Timur', 'LOC']]);
  assert.deepEqual(
    qs.map((q) => [q.speaker.name, q.speaker.entity]),
    [['Darmawan Prasodjo', 'e0'], ['Darmawan Prasodjo', 'e0']],
  );
});

test('a source that is no named entity keeps its noun phrase', () => {
  const text = 'Seorang pejabat senior kementerian mengatakan kepada Reuters bahwa perundingan akan dilanjutkan.';
  const qs = run(text, [['Reuters', 'ORG']]);
  assert.deepEqual(qs.map(brief), [
    ['indirect', 'Seorang pejabat senior kementerian', 'mengatakan kepada Reuters', 'perundingan akan dilanjutkan'],
  ]);
  assert.equal(qs[0]!.speaker.entity, null);
});

test('hedges are recorded', () => {
  const text = 'Menteri itu, Joko Santoso, dikabarkan mengatakan bahwa pajak kendaraan akan dihapus.';
  const qs = run(text, [['Joko Santoso', 'PER']]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.hedge, 'dikabarkan');
  assert.equal(qs[0]!.speaker.name, 'Joko Santoso');
});

test('negated and intended reports are not quotes', () => {
  const text =
    'Juru bicara Partai Hijau, Maya Sari, tidak mengatakan apakah partainya ikut koalisi. ' +
    'Maya Sari akan mengumumkan keputusan partai pekan depan.';
  assert.deepEqual(run(text, [['Maya Sari', 'PER'], ['Partai Hijau', 'ORG']]), []);
});

test('empty and quote-free texts', () => {
  assert.deepEqual(run(''), []);
  assert.deepEqual(run('Hujan turun sejak pagi di sebagian besar wilayah Jakarta.', [['Jakarta', 'LOC']]), []);
});

test('formatQuotes: one "speaker — cue — content" line per quote', () => {
  const text = '“Kami siap bertanding,” kata Rizky Ananda. Rizky Ananda membantah bahwa timnya kelelahan.';
  const quotes = run(text, [['Rizky Ananda', 'PER']]);
  assert.equal(
    formatQuotes({ quotes }),
    'Rizky Ananda — kata — “Kami siap bertanding,”\nRizky Ananda — membantah — timnya kelelahan [deny]',
  );
  assert.equal(formatQuotes({ quotes: [] }), '');
});

test('a hedge at the start of the sentence is recorded too', () => {
  const text = 'Kabarnya, pelatih Timnas Surya Pratama mengatakan bahwa ia akan mundur akhir musim ini.';
  const qs = run(text, [['Surya Pratama', 'PER']]);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.hedge, 'Kabarnya');
  assert.equal(qs[0]!.content.text, 'ia akan mundur akhir musim ini');
});

test('a colon at the end of a paragraph introduces the quote below it', () => {
  const text = 'Dalam pidatonya, Rektor Universitas Andalas Efa Yonnedi mengatakan:\n\n“Kampus harus terbuka bagi semua anak bangsa.”';
  const qs = run(text, [['Efa Yonnedi', 'PER'], ['Universitas Andalas', 'ORG']]);
  assert.deepEqual(qs.map(brief), [['direct', 'Efa Yonnedi', 'mengatakan', 'Kampus harus terbuka bagi semua anak bangsa.']]);
});

test('a speaker phrase may hold a parenthesis and a title abbreviation', () => {
  const text =
    'Menurut Ketua Umum Serikat Tani Nasional (STN) Yoyok Pitoyo, harga gabah turun sejak awal bulan. ' +
    '"Petani butuh kepastian harga," jelas dr. Lestari Moerdijat.';
  const qs = run(text, [['Yoyok Pitoyo', 'PER'], ['Serikat Tani Nasional', 'ORG', ['Serikat Tani Nasional', 'STN']], ['Lestari Moerdijat', 'PER']]);
  assert.deepEqual(qs.map((q) => q.speaker.name), ['Yoyok Pitoyo', 'Lestari Moerdijat']);
});
