/**
 * Hand-kept place data that the generated lists (see generated.ts) lack: the spellings
 * Indonesian newsrooms actually use, capitals in Indonesian, regions, islands and large cities.
 * Written for this project from general knowledge (KBBI / Badan Bahasa exonyms where they exist:
 * "Moskow", "Teheran", "Kairo", "Tiongkok").
 */

/** Extra names for a country, by ISO code; the first entry of COUNTRY_CANONICAL wins as name. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['Amerika Serikat', 'AS', 'Amerika', 'USA', 'Paman Sam'],
  GB: ['Inggris', 'Britania Raya', 'Kerajaan Inggris', 'UK'],
  CN: ['China', 'Tiongkok', 'Cina', 'RRT', 'RRC'],
  FR: ['Prancis', 'Perancis'],
  CZ: ['Ceko', 'Republik Ceko'],
  KR: ['Korea Selatan', 'Korsel'],
  KP: ['Korea Utara', 'Korut'],
  BY: ['Belarusia', 'Belarus'],
  BA: ['Bosnia dan Herzegovina', 'Bosnia'],
  AE: ['Uni Emirat Arab', 'UEA'],
  SA: ['Arab Saudi', 'Saudi'],
  NL: ['Belanda'],
  PH: ['Filipina'],
  TL: ['Timor Leste', 'Timor-Leste'],
  SG: ['Singapura'],
  MY: ['Malaysia', 'Negeri Jiran'],
  VN: ['Vietnam'],
  IN: ['India'],
  EG: ['Mesir'],
  SY: ['Suriah'],
  JO: ['Yordania'],
  LB: ['Lebanon'],
  IQ: ['Irak'],
  PS: ['Palestina'],
  NZ: ['Selandia Baru'],
  ZA: ['Afrika Selatan'],
  CH: ['Swiss'],
  BR: ['Brasil', 'Brazil'],
  RU: ['Rusia'],
  UA: ['Ukraina'],
  TR: ['Turki', 'Turkiye', 'Türkiye'],
  JP: ['Jepang'],
  DE: ['Jerman'],
  IT: ['Italia'],
  ES: ['Spanyol'],
  PT: ['Portugal'],
  BE: ['Belgia'],
  PL: ['Polandia'],
  GR: ['Yunani'],
  HR: ['Kroasia'],
  RS: ['Serbia'],
  SE: ['Swedia'],
  NO: ['Norwegia'],
  FI: ['Finlandia'],
  DK: ['Denmark'],
  MX: ['Meksiko'],
  AR: ['Argentina'],
  MA: ['Maroko'],
  DZ: ['Aljazair'],
  TN: ['Tunisia'],
  LY: ['Libya'],
  SD: ['Sudan'],
  YE: ['Yaman'],
  OM: ['Oman'],
  KW: ['Kuwait'],
  QA: ['Qatar'],
  BH: ['Bahrain'],
  IR: ['Iran'],
  IL: ['Israel'],
  AF: ['Afganistan', 'Afghanistan'],
  PK: ['Pakistan'],
  BD: ['Bangladesh'],
  MM: ['Myanmar'],
  TH: ['Thailand'],
  KH: ['Kamboja'],
  LA: ['Laos'],
  BN: ['Brunei', 'Brunei Darussalam'],
  PG: ['Papua Nugini'],
  AU: ['Australia'],
  CA: ['Kanada'],
  TW: ['Taiwan'],
  HK: ['Hong Kong'],
  VA: ['Vatikan'],
  ID: ['Indonesia', 'RI', 'NKRI', 'Republik Indonesia'],
};

/** Capitals in Indonesian spelling where it differs from the English one. */
export const CAPITAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  RU: ['Moskow', 'Moskwa'],
  UA: ['Kyiv', 'Kiev'],
  IR: ['Teheran', 'Tehran'],
  EG: ['Kairo'],
  CN: ['Beijing', 'Peking'],
  US: ['Washington', 'Washington DC', 'Washington D.C.'],
  PL: ['Warsawa'],
  BE: ['Brussel', 'Brussels'],
  SY: ['Damaskus'],
  IL: ['Yerusalem', 'Tel Aviv'],
  IQ: ['Bagdad', 'Baghdad'],
  SA: ['Riyadh'],
  TR: ['Ankara'],
  IT: ['Roma'],
  PT: ['Lisboa', 'Lisabon'],
  GR: ['Athena'],
  AT: ['Wina'],
  CZ: ['Praha'],
  DK: ['Kopenhagen'],
  MX: ['Mexico City', 'Kota Meksiko'],
  TW: ['Taipei'],
  SG: ['Singapura'],
  KP: ['Pyongyang'],
  KR: ['Seoul'],
  JP: ['Tokyo'],
  IN: ['New Delhi'],
  PS: ['Ramallah'],
  LB: ['Beirut'],
  AF: ['Kabul'],
};

/**
 * Capitals that Indonesian reporting uses for the state itself ("pasukan Moskow", "Pyongyang
 * mengirim", "kepemimpinan di Teheran"); gold/README.md lists such metonyms as mentions of the
 * country. A capital outside this list ("KBRI di Tokyo") stays a place.
 */
export const STATE_METONYM_CAPITALS: readonly string[] = [
  'Moskow', 'Moskwa', 'Kyiv', 'Kiev', 'Pyongyang', 'Seoul', 'Beijing', 'Teheran', 'Tehran',
  'Washington', 'Damaskus', 'Taipei', 'Riyadh', 'Ankara', 'Yerusalem', 'Tel Aviv',
];

/** Continents, seas and regions named in the news. */
export const REGIONS: readonly string[] = [
  'Asia', 'Eropa', 'Afrika', 'Amerika Latin', 'Amerika Utara', 'Amerika Selatan', 'Oseania', 'Australia',
  'Asia Tenggara', 'Asia Timur', 'Asia Selatan', 'Asia Tengah', 'Asia Pasifik', 'Timur Tengah',
  'Eropa Barat', 'Eropa Timur', 'Afrika Utara', 'Semenanjung Korea', 'Semenanjung Krimea', 'Krimea',
  'Jalur Gaza', 'Gaza', 'Tepi Barat', 'Dataran Tinggi Golan', 'Kashmir', 'Xinjiang', 'Tibet',
  'Laut China Selatan', 'Laut China Timur', 'Laut Natuna Utara', 'Laut Jawa', 'Laut Merah', 'Laut Hitam',
  'Samudra Hindia', 'Samudra Pasifik', 'Samudra Atlantik', 'Selat Malaka', 'Selat Sunda', 'Selat Hormuz',
  'Selat Taiwan', 'Terusan Suez', 'Kutub Utara', 'Antartika', 'Balkan', 'Skandinavia', 'Kaukasus',
];

/** Islands and island groups of Indonesia that are not provinces. */
export const ISLANDS: readonly string[] = [
  'Jawa', 'Sumatera', 'Sumatra', 'Kalimantan', 'Sulawesi', 'Papua', 'Bali', 'Lombok', 'Sumbawa', 'Flores',
  'Timor', 'Sumba', 'Madura', 'Halmahera', 'Seram', 'Buru', 'Ambon', 'Ternate', 'Tidore', 'Bangka',
  'Belitung', 'Nias', 'Mentawai', 'Natuna', 'Batam', 'Bintan', 'Karimunjawa', 'Kepulauan Seribu',
  'Raja Ampat', 'Nusa Penida', 'Komodo', 'Labuan Bajo', 'Wakatobi', 'Morotai', 'Enggano', 'Simeulue',
  'Borneo', 'Nusantara',
];

/** Large world cities and Indonesian city names the regency list spells differently. */
export const CITIES: readonly string[] = [
  'Jakarta', 'Jakarta Pusat', 'Jakarta Selatan', 'Jakarta Utara', 'Jakarta Barat', 'Jakarta Timur',
  'Yogyakarta', 'Jogja', 'Yogya', 'Solo', 'Bandung', 'Surabaya', 'Medan', 'Makassar', 'Semarang',
  'Palembang', 'Denpasar', 'Bogor', 'Depok', 'Tangerang', 'Bekasi', 'Puncak', 'Senayan', 'Monas',
  'IKN', 'Ibu Kota Nusantara', 'Kuta', 'Ubud', 'Menteng', 'Kemayoran', 'Cikini', 'Sudirman',
  'New York', 'Los Angeles', 'San Francisco', 'Chicago', 'Silicon Valley', 'Hollywood', 'Las Vegas',
  'Miami', 'Boston', 'Texas', 'California', 'Florida', 'London', 'Paris', 'Berlin', 'Madrid',
  'Barcelona', 'Milan', 'Roma', 'Munich', 'Muenchen', 'Manchester', 'Liverpool', 'Amsterdam',
  'Den Haag', 'Jenewa', 'Zurich', 'Basel', 'Davos', 'Wina', 'Istanbul', 'Dubai', 'Abu Dhabi',
  'Doha', 'Mekkah', 'Makkah', 'Madinah', 'Jeddah', 'Kuala Lumpur', 'Bangkok', 'Manila', 'Hanoi',
  'Ho Chi Minh', 'Phnom Penh', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Osaka', 'Kyoto',
  'Busan', 'Sydney', 'Melbourne', 'Perth', 'Darwin', 'Canberra', 'Mumbai', 'Dhaka', 'Karachi',
  'Kursk', 'Donetsk', 'Luhansk', 'Kharkiv', 'Odesa', 'Mariupol', 'Bakhmut', 'Rafah', 'Khan Younis',
];

/**
 * Informal or abbreviated names of a country that newsrooms use in running text but that
 * are not its name: an entity known only by one of these is named by the country's
 * canonical name ("Amerika" in "Amerika telah berulang kali menuduh…" is Amerika Serikat).
 */
export const INFORMAL_COUNTRY_NAMES: readonly string[] = [
  'Amerika', 'AS', 'USA', 'Paman Sam', 'UK', 'RRT', 'RRC', 'Korut', 'Korsel', 'UEA', 'Negeri Jiran',
];
