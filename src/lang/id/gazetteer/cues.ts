/**
 * Context words the entity stage reads around a mention. Written for this project from
 * newsroom usage; each list says what it decides, with an example.
 */

/** Capitalised words that open an organisation named after a place ("Pemerintah Kota Surabaya", "KBRI Tokyo"). */
export const ORG_BEFORE_PLACE: readonly string[] = [
  'pemerintah', 'pemkab', 'pemkot', 'pemprov', 'polres', 'polresta', 'polda', 'polsek', 'kepolisian', 'dprd',
  'kbri', 'kjri', 'kedutaan', 'dinas', 'universitas', 'kementerian', 'badan', 'pengadilan', 'kejaksaan', 'kodam',
  'kodim', 'rsud', 'bank', 'bandara', 'kantor', 'dpd', 'dpc', 'dpw',
];

/** Events are not entities: a place inside "Piala Eropa", "Liga Inggris", "Grand Prix Monako" is no mention. */
export const EVENT_HEADS: readonly string[] = ['piala', 'liga', 'olimpiade', 'kejuaraan', 'gp', 'prix', 'festival', 'pekan', 'tur', 'euro'];

/** Words that join the items of a list ("di Wawonii, Obi, Kabaena, hingga Sangihe"). */
export const LIST_JOINERS: readonly string[] = [',', 'dan', 'serta', 'hingga', 'sampai', 'atau', ';'];

/** Words after which a place name stands on its own: "di Sangihe", "dari Makassar". */
export const LOCATIVES: readonly string[] = ['di', 'ke', 'dari', 'menuju', 'asal', 'wilayah', 'kawasan', 'daerah', 'sekitar'];

/** Lower-case words allowed inside an expansion the text defines ("Kementerian Kelautan dan Perikanan (KKP)"). */
export const EXPANSION_JOINERS: readonly string[] = ['dan', '&', 'untuk', 'pada', 'di', 'of', 'the', 'and', 'for', ',', '-'];

/** Administrative heads of a place: "Kabupaten Sidoarjo" and "Sidoarjo" are one place. */
export const PLACE_HEADS: readonly string[] = [
  'kabupaten', 'kab', 'kota', 'provinsi', 'pulau', 'kepulauan', 'prefektur', 'kecamatan', 'desa', 'negara bagian',
];

/** Administrative words an organisation's name may drop ("DPRD Kabupaten Sidoarjo" = "DPRD Sidoarjo"). */
export const ADMIN_WORDS: readonly string[] = ['kabupaten', 'kab', 'kota', 'provinsi', 'prov'];

/** Heads after which the rest of an organisation's name names it too ("SMA CT Arsa" → "CT Arsa"). */
export const ORG_SUFFIX_HEADS: readonly string[] = [
  'sma', 'smp', 'smk', 'sd', 'sekolah', 'pt', 'cv', 'universitas', 'institut', 'yayasan', 'rs', 'rsud', 'klub', 'partai',
];

/**
 * Words just before a capital that make it a place, not its state ("tenggara Tokyo", "Kota Seoul",
 * "tiba di Beijing"); matched against the 24 characters before the mention.
 */
export const GEO_CONTEXT = /(?:^|\s)(?:kota|ibu\s*kota|ibukota|utara|selatan|barat|timur|tenggara|barat\s*daya|timur\s*laut|barat\s*laut|pusat|bandara|km|kilometer|mil|menuju|tiba\s+di|berada\s+di|terletak\s+di|wisata\s+ke|warga|penduduk)\s*$/i;
