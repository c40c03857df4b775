/** Word lists for telling quantities from identifiers and for finding the counted noun. */

/** Words after which a number is an identifier, rank or code ("Pasal 186", "posisi 16"). */
export const IDENTIFIER_WORDS: readonly string[] = [
  'pasal', 'ayat', 'huruf', 'butir', 'bab', 'nomor', 'nomer', 'no', 'nmr', 'nr',
  'pp', 'uu', 'perpu', 'perppu', 'perpres', 'permen', 'perda', 'pergub', 'perwal', 'perbup',
  'kepmen', 'keppres', 'kepres', 'inpres', 'sk', 'tap', 'se',
  'lantai', 'kamar', 'ruang', 'ruangan', 'gedung', 'blok', 'gang', 'gg', 'jalan', 'jl', 'rt', 'rw',
  'km', 'kav', 'kavling', 'kode', 'nik', 'npwp', 'tipe', 'type', 'seri', 'versi', 'generasi',
  'season', 'episode', 'eps', 'chapter', 'jilid', 'volume', 'vol', 'halaman', 'hlm', 'hal', 'edisi',
  'tahap', 'fase', 'gelombang', 'ronde', 'babak', 'matchday', 'grup', 'pos', 'peringkat', 'posisi',
  'urutan', 'ranking', 'rangking', 'punggung', 'kelas', 'level', 'gate', 'terminal', 'pintu', 'jalur',
  'koridor', 'rute', 'zona', 'sektor', 'ring', 'skor', 'formula', 'telepon', 'telp', 'tel', 'hp',
  'wa', 'whatsapp', 'sms', 'hotline', 'darurat', 'ext', 'fax', 'faks', 'pekan', 'giornata', 'pin',
  'kursi', 'baris', 'tabel', 'gambar', 'grafik', 'lampiran', 'angkatan', 'batch', 'sesi', 'game',
  'set', 'leg', 'lap', 'putaran', 'menit', 'nopol', 'plat', 'pelat', 'dapil', 'tps', 'kloter',
  'gerbong', 'penerbangan', 'flight', 'paragraf', 'ps', 'pukul', 'jam', 'tahun',
  'nomor urut', 'no urut', 'urut', 'sila', 'poin', 'race', 'podium', 'heat', 'stage', 'etape', 'grid',
  'tikungan', 'gim', 'match', 'studio', 'hall', 'lajur', 'loket', 'dermaga', 'peron', 'tol', 'exit',
];
export const IDENTIFIER_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...IDENTIFIER_WORDS].sort((a, b) => b.length - a.length).join('|')})\\.?\\s*(?:[:#(]\\s*)?$`,
  'iu',
);

/** Words that follow a number without being what it counts. */
export const COUNT_STOPWORDS: ReadonlySet<string> = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'pada', 'untuk', 'dengan', 'atau', 'itu', 'ini', 'adalah',
  'akan', 'telah', 'sudah', 'sebagai', 'dalam', 'oleh', 'juga', 'serta', 'tersebut', 'lagi', 'saja',
  'pun', 'lalu', 'per', 'hingga', 'sampai', 'sejak', 'bagi', 'tak', 'tidak', 'bukan', 'belum',
  'masih', 'yakni', 'yaitu', 'antara', 'tapi', 'tetapi', 'namun', 'karena', 'agar', 'setelah',
  'sebelum', 'ketika', 'saat', 'bahwa', 'jika', 'maka', 'para', 'sang', 'si', 'kita', 'kami',
  'mereka', 'ia', 'dia', 'hanya', 'cuma', 'sekitar', 'lebih', 'kurang', 'sebanyak', 'sebesar',
  'mencapai', 'sekaligus', 'pula', 'nya', 'pertama', 'terakhir', 'berikutnya', 'sebelumnya',
  'kemudian', 'secara', 'tentang', 'terhadap', 'melalui', 'menjadi', 'ada', 'merupakan', 'dapat',
  'bisa', 'harus', 'perlu', 'ialah', 'kah', 'lah', 'dong', 'kok', 'sih', 'nah', 'pukul', 'persen',
  'sebesar', 'senilai', 'sekitarnya', 'tadi', 'kini', 'sekarang', 'nanti', 'mendatang', 'silam',
  'vs', 'versus', 'atas', 'lawan', 'besar', 'masing-masing', 'tersebut', 'saja', 'sendiri', 'pertama', 'kedua', 'melawan', 'kontra', 'sama', 'banding', 'berbanding', 'kosong', 'x',
]);
