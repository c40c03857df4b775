/**
 * Honorifics, ranks and roles that precede a person's name in Indonesian news and are not part
 * of it ("Presiden Prabowo Subianto", "Iptu Ardian", "Bu Aan", "H. Abdillah Nasih",
 * "Direktur Utama PLN Darmawan Prasodjo"). Written for this project; police and military ranks
 * follow Perkap 3/2016 and the TNI rank table, the rest is newsroom usage.
 * All entries are lower-case; multi-word roles are matched token by token.
 */

/** Honorifics and ranks: dropped from the start of a person's name. */
export const HONORIFICS: readonly string[] = [
  'bapak', 'pak', 'ibu', 'bu', 'mas', 'mbak', 'bang', 'kak', 'saudara', 'sdr', 'tuan', 'nyonya', 'ny',
  'nona', 'mr', 'mrs', 'ms', 'sir', 'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'kh', 'haji', 'hajah',
  'ustaz', 'ustadz', 'ustazah', 'kiai', 'kyai', 'habib', 'syekh', 'syeikh', 'ayatollah', 'paus', 'pastor',
  'pendeta', 'romo', 'raja', 'ratu', 'pangeran', 'sultan', 'baginda', 'yang mulia',
  // Police ranks
  'jenderal', 'komjen', 'irjen', 'brigjen', 'kombes', 'kombes pol', 'akbp', 'kompol', 'akp', 'iptu',
  'ipda', 'aiptu', 'aipda', 'bripka', 'brigpol', 'brigadir', 'briptu', 'bripda', 'bharada', 'bharaka',
  'bharatu', 'pol',
  // Military ranks
  'laksamana', 'marsekal', 'letjen', 'mayjen', 'laksdya', 'laksda', 'marsdya', 'marsda', 'kolonel',
  'kol', 'letkol', 'mayor', 'kapten', 'lettu', 'letda', 'serma', 'serka', 'sertu', 'serda', 'kopral',
  'praka', 'pratu', 'prada', 'jenderal tni', 'laksamana tni', 'marsekal tni',
];

/**
 * Role words: a role and what it governs ("Menteri ESDM", "Wali Kota Surabaya", "Kapolres
 * Bogor") precede a name but are not part of it.
 */
export const ROLES: readonly string[] = [
  'presiden', 'wakil presiden', 'wapres', 'menteri', 'menko', 'wamen', 'wakil menteri', 'mendagri',
  'menlu', 'menkeu', 'menhan', 'menkes', 'mensos', 'menag', 'mendikbud', 'menpora', 'menhub',
  'menparekraf', 'menaker', 'mentan', 'mendag', 'gubernur', 'wakil gubernur', 'wagub', 'bupati',
  'wakil bupati', 'wabup', 'wali kota', 'walikota', 'wakil wali kota', 'wawali', 'camat', 'lurah',
  'kepala desa', 'kades', 'walkot', 'wawalkot', 'humas', 'kabag', 'kasi', 'kasubag', 'plt', 'pj', 'penjabat', 'ketua', 'ketua umum', 'ketum', 'wakil ketua', 'waketum', 'sekretaris',
  'sekretaris jenderal', 'sekjen', 'sekretaris daerah', 'sekda', 'bendahara', 'anggota', 'direktur',
  'direktur utama', 'dirut', 'direktur jenderal', 'dirjen', 'deputi', 'komisaris', 'komisaris utama',
  'kepala', 'kabid', 'kasubdit', 'kadis', 'kasat', 'kasat lantas', 'kasatreskrim', 'kapolri',
  'wakapolri', 'kapolda', 'wakapolda', 'kapolres', 'kapolresta', 'kapolsek', 'kabareskrim',
  'kadiv humas', 'kabid humas', 'panglima', 'panglima tni', 'kasad', 'kasal', 'kasau', 'pangdam',
  'dandim', 'danrem', 'jaksa', 'jaksa agung', 'hakim', 'hakim ketua', 'ketua majelis hakim',
  'kuasa hukum', 'pengacara', 'juru bicara', 'jubir', 'staf khusus', 'stafsus', 'dubes', 'duta besar',
  'perdana menteri', 'pm', 'kanselir', 'kaisar', 'raja', 'pelatih', 'manajer', 'kapten tim', 'striker',
  'gelandang', 'bek', 'kiper', 'pebalap', 'pembalap', 'petenis', 'pebulu tangkis', 'penyanyi', 'aktor',
  'aktris', 'rektor', 'dekan', 'guru besar', 'dosen', 'peneliti', 'pengamat', 'ekonom', 'analis',
  'founder', 'ceo', 'cfo', 'cto', 'chairman', 'pendiri', 'pemilik', 'pimpinan', 'pemimpin',
  'tersangka', 'terdakwa', 'saksi', 'korban', 'politikus', 'politisi', 'kader', 'mantan', 'eks',
  'almarhum', 'almarhumah', 'sang', 'si',
];

/**
 * Capitalised words that are never an entity on their own: days, months, time zones and
 * sentence-opening function words a tagger may take for a name.
 */
export const NOT_NAMES: readonly string[] = [
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober',
  'november', 'desember', 'wib', 'wita', 'wit', 'utc', 'gmt', 'tbk', 'persero', 'rp', 'usd',
  'idr', 'pemerintah daerah', 'pemerintah pusat', 'pemda', 'perda', 'grand prix', 'covid-19', 'covid', 'ramadan', 'lebaran', 'idul fitri', 'idul adha', 'natal', 'imlek',
];
