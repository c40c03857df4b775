/**
 * Reporting language for quote attribution: reporting verbs and their stance, hedges,
 * pronouns, and the small closed word classes the attribution rules lean on.
 *
 * Where the lists come from: compiled by hand for this project from Indonesian grammar
 * (verba pelaporan / kalimat tidak langsung as described in Tata Bahasa Baku Bahasa Indonesia,
 * the meN-/ber- verb forms and the short "kata/ujar/tutur" forms used in inverted attributions)
 * and from reading the reporting habits of Indonesian newsrooms (detik, kompas, tempo, liputan6,
 * okezone, cnnindonesia): "…,” ujar X", "…,” katanya", "Menurut X, …", "X mengatakan kepada BBC
 * bahwa …". No third-party list was copied. All entries are lower-case.
 */
import type { Stance } from '../../types.js';

/**
 * Short verb stems that follow a direct quote and precede the speaker ("…,” kata Putin"),
 * also with the clitic "-nya" ("…,” ujarnya") or a pronoun ("…,” kata dia").
 */
export const POST_CUES: readonly string[] = [
  'kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tegas', 'imbuh', 'papar', 'ungkap', 'terang',
  'tambah', 'lanjut', 'tutup', 'cetus', 'sebut', 'tanya', 'jawab', 'pungkas', 'tukas', 'kilah',
  'seru', 'sahut', 'timpal', 'sambung', 'urai', 'beber', 'bilang', 'tandas', 'ulas', 'kenang',
  'aku', 'pinta', 'ajak', 'pesan', 'tulis', 'canda', 'keluh', 'harap', 'klaim', 'bantah', 'tepis',
  'katakan', 'ingat', 'imbau', 'akui', 'sergah', 'tuding', 'tuduh', 'cerita', 'kisah', 'tanggap',
];

/** "demikian keterangan X", "demikian pernyataan X" after a direct quote. */
export const DEMIKIAN_NOUNS: readonly string[] = [
  'keterangan', 'pernyataan', 'kata', 'ujar', 'penjelasan', 'disampaikan', 'dikatakan', 'tulis',
  'bunyi', 'isi', 'pesan', 'jawaban', 'sambutan', 'rilis', 'siaran',
];

export interface ReportingVerb {
  /** Stance the verb carries, or null for a neutral "said". */
  stance: Stance | null;
  /**
   * A weak verb only reports when its subject is a named entity or a pronoun and its
   * complement reads as a clause ("PNM berharap program RE3 dapat berlanjut", not
   * "Ia berharap bisa tampil": a control verb, not a report).
   */
  weak?: boolean;
  /**
   * The verb often takes a plain object ("menyampaikan pesan dukungan …", "menyampaikan terima
   * kasih"), so it reports only with "bahwa" or a complement that reads as a clause.
   */
  clause?: boolean;
}

/** Verbs that introduce reported speech after their subject: "X mengatakan (bahwa) …". */
export const REPORTING_VERBS: Readonly<Record<string, ReportingVerb>> = {
  mengatakan: { stance: null },
  menyatakan: { stance: null },
  menyebut: { stance: null, clause: true },
  menyebutkan: { stance: null, clause: true },
  menjelaskan: { stance: null },
  menerangkan: { stance: null },
  menegaskan: { stance: null },
  mengungkapkan: { stance: null, clause: true },
  mengungkap: { stance: null, clause: true },
  menambahkan: { stance: null },
  menuturkan: { stance: null },
  memaparkan: { stance: null },
  menyampaikan: { stance: null, weak: true, clause: true },
  mengutarakan: { stance: null },
  melaporkan: { stance: null },
  mengumumkan: { stance: null, clause: true },
  menekankan: { stance: null },
  menyoroti: { stance: null, weak: true },
  mencatat: { stance: null, weak: true },
  menilai: { stance: null },
  berpendapat: { stance: null },
  beranggapan: { stance: null },
  berujar: { stance: null },
  berkata: { stance: null },
  meyakini: { stance: null },
  menduga: { stance: null },
  memperkirakan: { stance: null, weak: true },
  mengimbau: { stance: null, weak: true },
  berharap: { stance: null, weak: true, clause: true },
  yakin: { stance: null, weak: true, clause: true },
  optimistis: { stance: null, weak: true, clause: true },
  mengonfirmasi: { stance: 'confirm' },
  mengkonfirmasi: { stance: 'confirm' },
  membenarkan: { stance: 'confirm' },
  memastikan: { stance: 'confirm' },
  membantah: { stance: 'deny' },
  menyangkal: { stance: 'deny' },
  menampik: { stance: 'deny' },
  menepis: { stance: 'deny' },
  mengklaim: { stance: 'claim' },
  mengeklaim: { stance: 'claim' },
  bersikeras: { stance: 'claim' },
  membanggakan: { stance: 'claim' },
  berdalih: { stance: 'claim' },
  berkilah: { stance: 'claim' },
  mengaku: { stance: null },
  menuduh: { stance: 'accuse' },
  menuding: { stance: 'accuse' },
  mengecam: { stance: 'accuse' },
  menyalahkan: { stance: 'accuse' },
  memperingatkan: { stance: 'warn' },
  mengingatkan: { stance: 'warn' },
  mewanti: { stance: 'warn' },
  'mewanti-wanti': { stance: 'warn' },
  mengancam: { stance: 'warn' },
  mempertanyakan: { stance: 'question' },
  menanyakan: { stance: 'question' },
  bertanya: { stance: 'question' },
  mempersoalkan: { stance: 'question' },
  menuntut: { stance: null, weak: true },
};

/**
 * Multi-word cues, matched word by word before single verbs. "menolak untuk menyangkal" is
 * the classic refusal to deny (Putin on North Korean troops); "memberi tahu X bahwa" informs.
 */
export const PHRASE_CUES: ReadonlyArray<{ words: readonly string[]; stance: Stance | null; object?: boolean }> = [
  { words: ['menolak', 'untuk', 'menyangkal'], stance: 'refuse-to-deny' },
  { words: ['menolak', 'untuk', 'membantah'], stance: 'refuse-to-deny' },
  { words: ['menolak', 'menyangkal'], stance: 'refuse-to-deny' },
  { words: ['menolak', 'membantah'], stance: 'refuse-to-deny' },
  { words: ['enggan', 'membantah'], stance: 'refuse-to-deny' },
  { words: ['enggan', 'menyangkal'], stance: 'refuse-to-deny' },
  { words: ['tidak', 'membantah'], stance: 'refuse-to-deny' },
  { words: ['tak', 'membantah'], stance: 'refuse-to-deny' },
  { words: ['tidak', 'menyangkal'], stance: 'refuse-to-deny' },
  { words: ['tak', 'menyangkal'], stance: 'refuse-to-deny' },
  { words: ['memberi', 'tahu'], stance: null, object: true },
  { words: ['memberitahu'], stance: null, object: true },
  { words: ['memberitahukan'], stance: null, object: true },
];

/** Stance of a short post-quote stem ("…,” bantahnya" denies). */
export const POST_CUE_STANCE: Readonly<Record<string, Stance>> = {
  bantah: 'deny',
  tepis: 'deny',
  klaim: 'claim',
  kilah: 'claim',
  aku: 'claim',
  tanya: 'question',
  tuding: 'accuse',
  tuduh: 'accuse',
  ingat: 'warn',
  akui: 'confirm',
};

/** "Menurut X, …", "Menurutnya …", "Baginya, …": the source precedes or sits inside the claim. */
export const ACCORDING_TO: readonly string[] = ['menurut', 'bagi'];

/** Sentence-opening sources: "Merujuk pada data Jatam, …", "Mengutip Reuters, …". */
export const SOURCE_OPENERS: readonly string[] = ['merujuk', 'mengutip', 'mengacu'];

/**
 * Passive cues with an agent: "Seperti dilansir AP, …", "yang diklaim Microsoft dapat …",
 * "dianggap UEFA agak riskan". The agent must be a named entity.
 */
export const PASSIVE_CUES: Readonly<Record<string, Stance | null>> = {
  dilansir: null,
  dikabarkan: null,
  dilaporkan: null,
  diberitakan: null,
  dikutip: null,
  diklaim: 'claim',
  dianggap: null,
  dinilai: null,
};
/** Passive cues that may open a sentence and take the agent as source: "Dilansir AP, …". */
export const PASSIVE_SOURCE_CUES: readonly string[] = ['dilansir', 'dikabarkan', 'dilaporkan', 'diberitakan', 'dikutip'];

/** Hedges that weaken a report: "Rusia disebut-sebut telah …", "X dikabarkan mengatakan …". */
export const HEDGES: readonly string[] = [
  'disebut-sebut', 'dikabarkan', 'diduga', 'tampaknya', 'kabarnya', 'konon', 'disinyalir',
  'ditengarai', 'dilaporkan', 'sepertinya', 'agaknya', 'dirumorkan', 'diisukan', 'santer',
  'rupanya',
];

/** Singular personal pronouns that can stand for a speaker. */
export const PRONOUNS_SINGULAR: readonly string[] = ['ia', 'dia', 'beliau', 'dirinya'];
/** "Pihaknya menyatakan …": "his/its side", the source last quoted, person or organisation. */
export const PRONOUNS_SIDE: readonly string[] = ['pihaknya'];
/** Plural pronouns: resolved to the last plural source ("beberapa pakar … kata mereka"). */
export const PRONOUNS_PLURAL: readonly string[] = ['mereka'];
/** The possessive/agent clitic on a cue: "katanya", "ujarnya", "menurutnya". */
export const CLITIC = 'nya';

/** Complementisers dropped from the start of reported content ("bahwa", "kalau", "jika"). */
export const COMPLEMENTISERS: readonly string[] = ['bahwa', 'kalau', 'jika', 'bila', 'apabila'];

/** Negators: "tidak menyatakan apakah …" reports nothing. */
export const NEGATORS: readonly string[] = ['tidak', 'tak', 'belum', 'bukan', 'enggan', 'menolak'];

/** Adverbs and auxiliaries that sit between a subject and its verb ("Ia juga telah mengatakan"). */
export const ADVERBS: readonly string[] = [
  'juga', 'pun', 'lantas', 'kemudian', 'lalu', 'telah', 'sudah', 'sempat', 'akan', 'hanya',
  'sebelumnya', 'kembali', 'bahkan', 'pula', 'sendiri', 'secara', 'resmi', 'terbuka', 'tegas',
  'berulang', 'kali', 'kerap', 'sering', 'selalu', 'pernah', 'masih', 'terus', 'lagi', 'langsung',
  'justru', 'malah', 'memang', 'sekali', 'lebih', 'dulu', 'terlebih', 'sementara', 'kini', 'saat',
  'ini', 'itu', 'tadi', 'setempat', 'waktu', 'baru', 'baru-baru', 'turut', 'ikut', 'tetap',
  'lama', 'jauh', 'sebelum', 'tersebut',
];

/**
 * Words that open an adjunct between a subject and its verb or after a speaker:
 * "Trump pada Rabu (18/6) waktu setempat bersikeras", "kata Aris dalam acara …".
 */
export const ADJUNCT_OPENERS: readonly string[] = [
  'pada', 'dalam', 'di', 'saat', 'ketika', 'usai', 'seusai', 'setelah', 'sesudah', 'sebelum',
  'kepada', 'selaku', 'sebagai', 'dari', 'seperti', 'sebagaimana', 'kemarin', 'tadi', 'hari',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad', 'awal',
  'akhir', 'pekan', 'bulan', 'tahun', 'sejak', 'menjelang', 'jelang', 'sambil', 'seraya',
  'via', 'lewat', 'melalui', 'kala', 'sewaktu', 'selama', 'terkait', 'soal', 'mengenai',
  'tentang', 'atas', 'ke', 'yang', 'kpd', 'dikutip', 'dilansir', 'bersama', 'didampingi',
];

/** An intermediary is not the source: "X, melalui Sekretaris Y, mengatakan …" is X speaking. */
export const INTERMEDIARIES: readonly string[] = ['melalui', 'lewat', 'via', 'diwakili'];

/** Coordinators after which a verb shares the previous clause's subject ("… dan hanya menyebut"). */
export const COORDINATORS: readonly string[] = ['dan', 'serta', 'sambil', 'seraya', 'sembari'];

/** Clause openers stripped from the front of a noun-phrase source ("Namun, beberapa pakar"). */
export const CONNECTORS: readonly string[] = [
  'namun', 'tetapi', 'tapi', 'sementara', 'itu', 'selain', 'sedangkan', 'adapun', 'dan', 'serta',
  'lalu', 'kemudian', 'bahkan', 'sebab', 'karena', 'karenanya', 'oleh', 'sebelumnya', 'terpisah',
  'di', 'sisi', 'lain', 'pihak', 'pun', 'meski', 'begitu', 'walau', 'demikian', 'dengan', 'akan',
];

/** Words that mark a plural source, for "kata mereka": "para pemimpin Barat", "beberapa pakar". */
export const PLURAL_MARKERS: readonly string[] = [
  'para', 'beberapa', 'sejumlah', 'banyak', 'sebagian', 'kedua', 'ketiga', 'semua', 'seluruh',
  'kalangan', 'pihak',
];

/**
 * Heads of a person-denoting role phrase. A role phrase with a demonstrative ("Kepala NATO yang
 * baru dilantik tersebut", "juru bicara itu") points back at a person already in the story.
 */
export const PERSON_ROLE_HEADS: readonly string[] = [
  'presiden', 'wakil', 'menteri', 'kepala', 'ketua', 'direktur', 'dirut', 'sekretaris', 'sekjen',
  'juru', 'jubir', 'gubernur', 'bupati', 'wali', 'walkot', 'jaksa', 'hakim', 'pejabat',
  'pakar', 'ahli', 'pengamat', 'dosen', 'rektor', 'dekan', 'dokter', 'pelatih', 'manajer',
  'kuasa', 'pengacara', 'anggota', 'pemimpin', 'panglima', 'komandan', 'duta', 'dubes', 'perdana',
  'raja', 'ratu', 'ceo', 'chairman', 'pendiri', 'kapolri', 'kapolda', 'kapolres', 'kapolsek',
  'camat', 'lurah', 'kades', 'koordinator', 'analis', 'ekonom', 'peneliti', 'warga', 'saksi',
  'korban', 'terdakwa', 'tersangka', 'petugas', 'aktivis', 'politikus', 'politisi', 'legislator',
  'senator', 'pria', 'wanita', 'perempuan', 'lelaki', 'remaja', 'ibu', 'bapak', 'pembalap',
  'pemain', 'striker', 'kiper', 'founder', 'head', 'kabid', 'kasat', 'plt', 'pj', 'mantan',
  'seorang', 'sumber', 'narasumber', 'pemilik', 'staf', 'karyawan', 'pegawai', 'guru', 'siswa',
  'mahasiswa', 'penyidik', 'penyelidik', 'polisi', 'personel', 'tokoh', 'ulama', 'kapten',
  'waketum', 'ketum', 'wakapolri', 'kadis', 'kabag', 'kasubdit', 'dirjen', 'deputi', 'komisaris',
  'menko', 'wamen', 'wagub', 'wabup', 'wawali', 'artis', 'penyanyi', 'aktor', 'aktris',
  'selebritas', 'pengusaha', 'investor', 'atlet', 'pebulu', 'petenis', 'eks',
];

/** Title abbreviations written with a period inside a speaker's name ("jelas dr. Reza"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'dr', 'drg', 'prof', 'h', 'hj', 'ir', 'kh', 'st', 'drs', 'dra', 'mr', 'mrs', 'ms', 'jend', 'kol',
];

/**
 * Classifier nouns that may precede an organisation's name without making a new source:
 * "Media The Wall Street Journal melaporkan" is the Journal.
 */
export const ORG_CLASSIFIERS: readonly string[] = [
  'media', 'perusahaan', 'pihak', 'lembaga', 'kantor', 'berita', 'harian', 'surat', 'kabar', 'situs',
  'laman', 'partai', 'organisasi', 'grup', 'produsen', 'raksasa', 'teknologi', 'operator', 'emiten',
  'perseroan', 'startup', 'platform', 'maskapai', 'klub', 'asosiasi', 'koran', 'majalah', 'stasiun',
  'televisi', 'tv', 'portal', 'bank', 'the',
];
/** Heads of an organisation-denoting anaphor ("Perusahaan itu menyebut …"). */
export const ORG_ANAPHOR_HEADS: readonly string[] = [
  'perusahaan', 'perseroan', 'lembaga', 'kementerian', 'instansi', 'organisasi', 'partai',
  'badan', 'komisi', 'pihak', 'media', 'emiten', 'bank', 'klub', 'tim', 'asosiasi', 'pemerintah',
  'merek', 'produsen', 'raksasa', 'grup', 'startup', 'platform', 'maskapai', 'operator',
  'otoritas', 'kepolisian', 'pengadilan', 'kejaksaan', 'universitas', 'kampus', 'sekolah',
  'yayasan', 'koperasi', 'dinas', 'kantor', 'korporasi', 'konsorsium', 'pabrikan', 'firma',
  'agensi', 'label', 'manajemen', 'federasi', 'liga',
];

/** Demonstratives that close an anaphoric noun phrase. */
export const DEMONSTRATIVES: readonly string[] = ['tersebut', 'itu', 'ini'];

/**
 * Nouns that look like meN-/ber-/di-/ter- verbs, so that the verb test on a noun-phrase source
 * does not reject "Menteri Sosial" or "terdakwa".
 */
export const VERB_LIKE_NOUNS: readonly string[] = [
  'menteri', 'mereka', 'media', 'medis', 'meja', 'mesin', 'merek', 'menko', 'dinas', 'direktur',
  'direksi', 'dirjen', 'dirut', 'diplomat', 'dirigen', 'terdakwa', 'tersangka', 'terpidana',
  'berita', 'bersama', 'beras', 'bendahara', 'teroris', 'tentara', 'tenaga', 'dewan', 'tertinggi',
  'teritorial', 'terkini', 'mekanik', 'metro', 'menara', 'meteorologi', 'diaspora', 'direktorat',
  'divisi', 'distrik', 'diler', 'menlu', 'menkeu', 'menhan', 'menkes', 'mensos', 'menag',
  'mendag', 'mentan', 'menhub', 'menaker', 'mendikbud', 'menpora', 'mendagri', 'tersebut',
  'terakhir', 'terbaru', 'terbesar', 'terkemuka', 'berwenang', 'bersangkutan', 'terkait',
  // function words of the same shape
  'terhadap', 'termasuk', 'terutama', 'tertentu', 'terlebih', 'berdasarkan', 'berikut',
  'beserta', 'berkat', 'melalui', 'menurut', 'memang', 'meski', 'meskipun', 'melainkan', 'mengenai',
  'menuju', 'menjelang', 'mengingat', 'diri', 'dirinya', 'dimana', 'disini', 'disana', 'dini',
];

/** Words that turn what follows a verb into a clause of its own ("Khamenei adalah …"). */
export const CLAUSE_MARKERS: readonly string[] = [
  'adalah', 'merupakan', 'akan', 'telah', 'sudah', 'dapat', 'bisa', 'ingin', 'harus', 'sedang',
  'masih', 'tidak', 'tak', 'belum', 'menjadi', 'ialah', 'yakni', 'yaitu',
];

/** Words that make a verb future or intended, not reported ("akan menyampaikan"). */
export const IRREALIS: readonly string[] = [
  'akan', 'hendak', 'ingin', 'untuk', 'mau', 'bakal', 'harus', 'perlu', 'bisa', 'dapat', 'agar',
  'supaya', 'berencana', 'diminta', 'meminta',
];

/** Content that names a topic, not a statement ("menjelaskan mengenai …"). */
export const TOPIC_WORDS: readonly string[] = ['mengenai', 'tentang', 'soal', 'terkait', 'perihal', 'atas', 'kepada'];

/** Content a weak verb takes as a control complement ("berharap bisa tampil"). */
export const CONTROL_STARTS: readonly string[] = ['bisa', 'dapat', 'untuk', 'agar', 'supaya', 'mampu', 'ingin', 'akan', 'segera'];

/** Question words: "bagaimana X menyampaikan …" is an embedded question, not a report. */
export const QUESTION_WORDS: readonly string[] = ['bagaimana', 'mengapa', 'kenapa', 'apakah', 'seberapa'];

/** Subordinators: "Sehari setelah mengatakan …, Trump …" takes its subject from the main clause. */
export const SUBORDINATORS: readonly string[] = ['setelah', 'sebelum', 'usai', 'seusai', 'sesudah', 'sejak', 'ketika', 'saat', 'sembari'];

/** Words that only introduce the source after "menurut" ("menurut keterangan dari X"). */
export const ACCORDING_FILLERS: readonly string[] = [
  'pada', 'ke', 'keterangan', 'pernyataan', 'data', 'laporan', 'penjelasan', 'hasil', 'rilis', 'catatan', 'dari',
  'resmi', 'analisis', 'informasi', 'perhitungan', 'kajian', 'pengakuan', 'versi', 'tertulis', 'pers',
];

/** Day names: an attribution's speaker stops before ", Senin (2/6)". */
export const DAY_NAMES: readonly string[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'];

/** The stems usable as an inline attribution without quotation marks (", kata Robby, …"). */
export const INLINE_CUES: readonly string[] = [
  'kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tegas', 'imbuh', 'papar', 'ungkap', 'terang',
  'tambah', 'lanjut', 'sebut', 'tandas',
];

/** Words that end a speaker noun phrase after a cue ("ujar Oscar dalam siaran pers"). */
export const SPEAKER_STOPS: readonly string[] = [
  'di', 'dalam', 'saat', 'ketika', 'seperti', 'sebagaimana', 'pada', 'kepada', 'usai', 'seusai',
  'setelah', 'sebelum', 'sesudah', 'kemarin', 'dilansir', 'dikutip', 'yang', 'sambil', 'seraya',
  'melalui', 'lewat', 'via', 'tadi', 'menjelang', 'jelang', 'selepas', 'sewaktu',
  'kala', 'dengan', 'sembari', 'sebagai', 'selaku', 'lagi', 'pula', 'juga', 'menambahkan', 'melanjutkan',
  'kembali', 'belum', 'pekan', 'hari', 'awal', 'akhir', 'sejak',
];

/** Where a noun-phrase source is cut before an adjunct ("jaksa lantas menanyakan"). */
export const NP_CUTS: readonly string[] = [
  'pada', 'dalam', 'saat', 'ketika', 'usai', 'seusai', 'setelah', 'sebelum', 'kepada', 'kemarin',
  'juga', 'pun', 'lantas', 'kemudian', 'lalu', 'telah', 'sudah', 'sempat', 'akan', 'hanya',
  'sebelumnya', 'kembali', 'bahkan', 'pula', 'secara', 'kerap', 'sering', 'selalu', 'pernah',
  'masih', 'terus', 'langsung', 'justru', 'malah', 'memang', 'tadi', 'sejak', 'melalui', 'lewat',
  'sendiri', 'turut', 'ikut', 'tetap', 'sambil', 'seraya', 'sembari', 'menjelang', 'resmi',
];

/** Indefinite phrases introduce someone new: "seorang dokter" is not "seorang dokter lokal" again. */
export const INDEFINITES: readonly string[] = ['seorang', 'sebuah', 'salah', 'suatu', 'beberapa', 'sejumlah'];

/** Adjunct openers after which a verb may follow ("saat menghadiri …", "usai bertemu …"). */
export const VERBAL_ADJUNCTS: readonly string[] = ['saat', 'ketika', 'usai', 'seusai', 'setelah', 'sesudah', 'sebelum', 'sambil', 'seraya', 'sembari', 'kala', 'sewaktu', 'menjelang', 'jelang', 'selepas', 'yang'];

/** Adjuncts that may stand between a verb and its claim: "mengatakan pada akhir Mei, …". */
export const LEADING_ADJUNCTS: readonly string[] = ['pada', 'dalam', 'di', 'saat', 'usai', 'seusai', 'kemarin', 'sebelumnya', 'ketika', 'kala'];

/** What may stand before a sentence-opening passive source ("Seperti dilansir", "Sebelumnya sempat dikabarkan"). */
export const SOURCE_LEAD: readonly string[] = ['seperti', 'sebagaimana', 'sebelumnya', 'sempat', 'pun', 'telah', 'sudah', 'juga', 'dan', 'namun'];

/** Prepositions of place: "regulasi pertama di Indonesia yang …" does not make Indonesia the source. */
export const PLACE_PREPOSITIONS: readonly string[] = ['di', 'ke', 'dari', 'dalam', 'pada'];
