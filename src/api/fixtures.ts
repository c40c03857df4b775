/**
 * A small corpus for the API and end-to-end tests, written for this project (fictional
 * people and events; no third-party text). Scraper-style: datelines, "Baca juga" lines and
 * ads mixed in, so the noise list has something to show.
 */
export interface FixtureRecord {
  id: string;
  title: string;
  published: string;
  outlet: string;
  url: string;
  author: string;
  text: string;
}

export const API_CORPUS: FixtureRecord[] = [
  {
    id: 'bus-lebaran',
    title: 'Dishub Jawa Timur Siapkan 40 Bus Tambahan untuk Libur Sekolah',
    published: 'Senin, 23 Jun 2025 10:15 WIB',
    outlet: 'kompas',
    url: 'https://example.test/kompas/bus-lebaran',
    author: 'Rina Wulandari',
    text: [
      'SURABAYA, KOMPAS.com - Dinas Perhubungan Jawa Timur menyiapkan 40 bus tambahan untuk mengantisipasi lonjakan penumpang selama libur sekolah yang dimulai Sabtu (28/6/2025).',
      'Kepala Dinas Perhubungan Jawa Timur Hartono Wibisono mengatakan bus tambahan akan melayani rute Surabaya-Malang dan Surabaya-Banyuwangi. "Kami memperkirakan jumlah penumpang naik sekitar 30 persen dibandingkan hari biasa," kata Hartono Wibisono di Terminal Purabaya, Senin (23/6/2025).',
      'Baca juga: Tarif Tol Trans Jawa Naik Mulai Bulan Depan',
      'Menurut Hartono, anggaran operasional bus tambahan mencapai Rp 1,2 miliar. Ia membantah kabar bahwa tarif bus akan dinaikkan selama libur sekolah.',
      'advertisement'.toUpperCase(), // the banner scrapers leave in the text
      'SCROLL TO CONTINUE WITH CONTENT',
      'Petugas juga akan memeriksa kelaikan seluruh armada sebelum berangkat.',
    ].join('\n'),
  },
  {
    id: 'banjir-bandung',
    title: 'Banjir Rendam 1.200 Rumah di Bandung, Warga Mengungsi',
    published: 'Selasa, 10 Jun 2025 08:30 WIB',
    outlet: 'detik',
    url: 'https://example.test/detik/banjir-bandung',
    author: 'Andi Pratama',
    text: [
      'Bandung - Banjir merendam sedikitnya 1.200 rumah di tiga kecamatan di Kota Bandung setelah hujan deras sejak Senin malam. Lebih dari 3.000 warga mengungsi ke posko terdekat.',
      'Wali Kota Bandung Ratna Wijayanti mengatakan pemerintah kota sudah menyiapkan dapur umum. "Kami sudah menyiapkan 14 posko pengungsian di setiap kecamatan," ujar Ratna Wijayanti di Balai Kota, Selasa (10/6/2025).',
      'Baca juga: Cuaca Ekstrem Diprediksi Berlangsung hingga Akhir Juni',
      'Ratna menambahkan, dana darurat sekitar Rp 2,5 miliar disiapkan untuk membantu warga terdampak banjir.',
    ].join('\n'),
  },
  {
    id: 'hartono-terminal',
    title: 'Hartono Wibisono Resmikan Terminal Baru di Sidoarjo',
    published: 'Rabu, 2 Jul 2025 14:00 WIB',
    outlet: 'tempo',
    url: 'https://example.test/tempo/hartono-terminal',
    author: 'Dewi Anggraini',
    text: [
      'TEMPO.CO, Sidoarjo - Kepala Dinas Perhubungan Jawa Timur Hartono Wibisono meresmikan terminal penumpang baru di Sidoarjo pada Rabu, 2 Juli 2025. Terminal itu dibangun dengan biaya Rp 48 miliar.',
      '"Terminal ini akan melayani 5.000 penumpang setiap hari," kata Hartono Wibisono dalam sambutannya.',
      'Pembangunan terminal berlangsung selama 18 bulan dan melibatkan 300 pekerja.',
    ].join('\n'),
  },
  {
    id: 'harga-beras',
    title: 'Harga Beras di Pasar Tradisional Naik Jelang Panen Raya',
    published: 'Kamis, 29 Mei 2025 09:00 WIB',
    outlet: 'kompas',
    url: 'https://example.test/kompas/harga-beras',
    author: 'Rina Wulandari',
    text: [
      'JAKARTA, KOMPAS.com - Harga beras medium di pasar tradisional Jakarta naik menjadi Rp 14.500 per kilogram menjelang panen raya. Pedagang mengeluhkan pasokan yang berkurang.',
      'Kepala Badan Pangan Daerah Sulastri Handayani menyebut kenaikan harga hanya sementara. "Stok beras di gudang masih cukup untuk tiga bulan," kata Sulastri Handayani di Jakarta, Kamis (29/5/2025).',
      'Baca juga: Pemerintah Impor 500.000 Ton Beras',
    ].join('\n'),
  },
  {
    id: 'pelabuhan-tanjung',
    title: 'Antrean Truk di Pelabuhan Tanjung Perak Mengular',
    published: 'Jumat, 13 Jun 2025 16:45 WIB',
    outlet: 'detik',
    url: 'https://example.test/detik/pelabuhan-tanjung',
    author: 'Andi Pratama',
    text: [
      'Surabaya - Antrean truk di Pelabuhan Tanjung Perak mengular hingga 2 kilometer pada Jumat (13/6/2025). Hartono Wibisono meminta operator pelabuhan menambah petugas.',
      '"Kami minta antrean ini selesai dalam dua hari," tegas Hartono Wibisono kepada wartawan.',
    ].join('\n'),
  },
];

/** The corpus as JSONL (one article object per line). */
export function apiCorpusJsonl(): string {
  return API_CORPUS.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
