/**
 * Indonesian abbreviations that are written with a final period, for tokenisation and sentence
 * splitting.
 *
 * Source: compiled by hand for this project from the abbreviation rules and examples of the
 * Indonesian spelling guide (PUEBI, Pedoman Umum Ejaan Bahasa Indonesia, Kemendikbud 2016/2022:
 * "Singkatan" — titles, academic degrees, general abbreviations such as dll., dsb., dst., a.n.,
 * u.p., s.d.), plus forms commonly seen in Indonesian news (addresses, administrative areas,
 * company suffixes, ranks) and a few English forms used in Indonesian text. No third-party list
 * was copied.
 *
 * Each entry is written without its final period, in the exact case it is matched in; common
 * case variants are listed explicitly (a lowercase variant of a title is often an ordinary word,
 * so case-folding is not automatic).
 *
 * Classes:
 *  - `prefix`: stands before a name, number or place (Dr., Jl., No., Rp.); never ends a sentence.
 *  - `numeric`: an abbreviation only when a number follows (Hal. 5, hlm. 12); elsewhere the word
 *    is an ordinary word ("hal" = matter) and its period may end a sentence.
 *  - `suffix`: stands after a name or list (dll., dkk., Tbk., Ltd., S.H.); may end a sentence,
 *    and does when the next word is capitalised and is not another abbreviation.
 */

export type AbbrevClass = 'prefix' | 'numeric' | 'suffix';

/** Titles and forms of address, ranks, places, numbering: they precede what they qualify. */
const PREFIX = [
  // titles and forms of address
  'Dr', 'DR', 'dr', 'Drs', 'Dra', 'drg', 'Prof', 'PROF', 'Ir', 'IR', 'H', 'Hj', 'HJ', 'K.H', 'KH',
  'Bpk', 'Bp', 'Sdr', 'Sdri', 'Sdra',
  'Yth', 'yth', 'Tn', 'Ny', 'Nn', 'St', 'Sta', 'Pdt', 'Ust', 'Ustz', 'Mgr', 'Rev', 'Tb', 'Rd',
  'Mr', 'Mrs', 'Ms', 'Mt', 'Hon',
  // ranks occasionally written with a period
  'Jend', 'Jen', 'Kol', 'Kapt', 'Lettu', 'Letda', 'Serma', 'Sertu', 'Brig', 'Brigjen',
  'Mayjen', 'Letjen', 'Laksda', 'Marsda', 'Irjen', 'Kombes', 'Kompol', 'AKBP', 'Gub', 'Wagub',
  'Pol', 'Inf', 'Kav', 'Purn',
  // places and addresses
  'Jl', 'JL', 'jl', 'Jln', 'JLN', 'Gg', 'Kab', 'KAB', 'kab', 'Kec', 'KEC', 'kec', 'Kel', 'kel', 'Ds',
  'Kp', 'Prov', 'Prop', 'Komp', 'Perum', 'Blk', 'Dsn', 'Dk', 'Sp',
  // organisations written before a name
  'PT', 'CV', 'UD', 'Fa', 'Yay',
  // acting officials, photo credits
  'Plt', 'Plh', 'Pj', 'Pjs', 'Dok', 'Doc',
  // money and numbering
  'Rp', 'RP', 'rp', 'No', 'NO', 'no', 'Nr',
  // connectives of correspondence and ranges
  'a.n', 'u.p', 'u.b', 's.d', 'd.a', 'q.q', 'c.q', 'cq', 'qq', 'vs', 'Vs', 'v',
  // abbreviated given names
  'Moh', 'Muh', 'Mohd', 'Abd',
];

/** Abbreviations only when a number follows ("Hal. 5"); elsewhere possibly an ordinary word. */
const NUMERIC = [
  'Hal', 'hal', 'Hlm', 'hlm', 'Ps', 'ps', 'art', 'Art', 'Psl', 'psl', 'Thn', 'thn', 'Tgl', 'tgl',
  'Kls', 'kls', 'Gol', 'Lt', 'lt', 'Km', 'km', 'Tel', 'Telp', 'telp', 'Tlp', 'HP', 'Hp', 'Fax',
  'Faks', 'Ext', 'Vol', 'vol', 'Ed', 'Ayat', 'Bab',
];

/** After a name or a list; may end a sentence. */
const SUFFIX = [
  // general
  'dll', 'dsb', 'dst', 'dkk', 'tsb', 'sbb', 'cs', 'Cs', 'al', 'etc', 'ybs', 'a.l', 'sda', 'DLL',
  // company forms
  'Tbk', 'TBK', 'tbk', 'Ltd', 'LTD', 'Inc', 'INC', 'Co', 'CO', 'Corp', 'Pte', 'PTE', 'LLC', 'Bhd',
  'BHD', 'Plc', 'PLC', 'Ltda', 'Sdn', 'Cie', 'Bros',
  // name suffixes
  'Jr', 'Sr', 'Jnr',
  // academic and professional degrees (PUEBI examples and common variants)
  'S.H', 'M.H', 'S.E', 'M.E', 'S.Sos', 'M.Sos', 'S.Si', 'M.Si', 'S.Kom', 'M.Kom', 'S.Pd', 'M.Pd',
  'S.Pd.I', 'S.T', 'M.T', 'S.Ag', 'M.Ag', 'S.Psi', 'M.Psi', 'S.Ked', 'S.Kep', 'M.Kep', 'S.Farm',
  'M.Farm', 'S.Hut', 'S.P', 'M.P', 'S.IP', 'S.I.P', 'S.Ikom', 'S.I.Kom', 'S.Hum', 'M.Hum', 'S.Sn',
  'S.Ds', 'S.Tr', 'S.Gz', 'S.KM', 'M.KM', 'M.Kes', 'S.Kes', 'S.Th', 'M.Th', 'S.Fil', 'S.Stat',
  'S.Akt', 'S.AB', 'S.Ak', 'M.Ak', 'M.Acc', 'M.M', 'M.B.A', 'M.A', 'M.Sc', 'B.Sc', 'B.A', 'Ph.D',
  'Lc', 'Sp.A', 'Sp.B', 'Sp.PD', 'Sp.OG', 'Sp.JP', 'Sp.M', 'Sp.N', 'Sp.KJ',
  'Sp.THT', 'Sp.An', 'Sp.Rad', 'Sp.KK', 'Sp.P', 'Sp.S', 'Sp.U', 'Sp.OT', 'A.Md', 'Amd', 'M.Eng',
  'S.Kp', 'Dipl', 'Akt',
];

/** Entry (without its final period) -> class. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbrevClass> = (() => {
  const m = new Map<string, AbbrevClass>();
  for (const a of NUMERIC) m.set(a, 'numeric');
  for (const a of SUFFIX) m.set(a, 'suffix');
  for (const a of PREFIX) m.set(a, 'prefix');
  return m;
})();

/**
 * Currency symbols and codes that are written glued to the amount ("Rp1,5", "US$20");
 * the tokeniser separates them from the number, as UD Indonesian does.
 */
export const CURRENCY_PREFIXES: readonly string[] = ['Rp', 'RP', 'rp', 'IDR', 'USD', 'SGD', 'EUR', 'JPY', 'AUD', 'RM'];

/** Top-level domains accepted when a dotted word is read as a host name ("detik.com"). */
export const TLDS: ReadonlySet<string> = new Set([
  'com', 'id', 'co', 'net', 'org', 'go', 'ac', 'or', 'sch', 'web', 'my', 'biz', 'info', 'io',
  'tv', 'news', 'xyz', 'ly', 'me', 'gov', 'edu', 'mil', 'int', 'uk', 'us', 'sg', 'au', 'jp', 'cn',
  'de', 'fr', 'nl', 'ru', 'in', 'app', 'dev', 'site', 'online', 'store', 'tech', 'asia', 'cc',
  'gl', 'gg', 'fm', 'to', 'ai', 'desa', 'ponpes', 'travel', 'media', 'link', 'live', 'club',
]);
