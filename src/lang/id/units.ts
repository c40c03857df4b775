/**
 * Units of measure and currencies as written in Indonesian news, with the normalised unit
 * each stands for. Word forms match case-insensitively; symbols match case-sensitively
 * ("M" is not "m").
 */

/** Measure units written as words (case-insensitive). Multi-word forms first is not required. */
export const UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  // area
  ['kilometer persegi', 'km2'], ['km persegi', 'km2'], ['kilo meter persegi', 'km2'],
  ['meter persegi', 'm2'], ['sentimeter persegi', 'cm2'], ['mil persegi', 'mi2'],
  ['hektare', 'ha'], ['hektar', 'ha'], ['hektaran', 'ha'],
  // volume
  ['meter kubik', 'm3'], ['kaki kubik', 'ft3'], ['kiloliter', 'kL'], ['mililiter', 'mL'],
  ['liter', 'L'], ['barel', 'bbl'], ['barrel', 'bbl'],
  // length
  ['kilometer', 'km'], ['kilo meter', 'km'], ['meter', 'm'], ['sentimeter', 'cm'], ['centimeter', 'cm'],
  ['milimeter', 'mm'], ['mil laut', 'mil laut'], ['mil', 'mi'], ['inci', 'inch'], ['inch', 'inch'],
  ['yard', 'yd'],
  // mass
  ['ton', 'ton'], ['kilogram', 'kg'], ['kilo gram', 'kg'], ['gram', 'g'], ['miligram', 'mg'],
  ['kuintal', 'kuintal'], ['ons', 'ons'],
  // energy and power
  ['terawatt hour', 'TWh'], ['terawatt jam', 'TWh'], ['terawatt-jam', 'TWh'],
  ['gigawatt hour', 'GWh'], ['gigawatt jam', 'GWh'], ['gigawatt-jam', 'GWh'],
  ['megawatt hour', 'MWh'], ['megawatt jam', 'MWh'], ['megawatt-jam', 'MWh'],
  ['kilowatt hour', 'kWh'], ['kilowatt jam', 'kWh'], ['kilowatt-jam', 'kWh'],
  ['terawatt', 'TW'], ['gigawatt', 'GW'], ['megawatt', 'MW'], ['kilowatt', 'kW'], ['watt', 'W'],
  ['kilovolt', 'kV'], ['volt', 'V'], ['megapiksel', 'MP'], ['megapixel', 'MP'],
  ['tenaga kuda', 'hp'], ['kalori', 'kcal'], ['kilokalori', 'kcal'],
  // temperature, speed
  ['derajat celsius', '°C'], ['derajat celcius', '°C'], ['derajat fahrenheit', '°F'], ['derajat', '°'],
  ['km per jam', 'km/h'], ['kilometer per jam', 'km/h'], ['knot', 'kn'],
  // percentages and finance
  ['persen', '%'], ['per sen', '%'], ['basis poin', 'bps'], ['kali lipat', 'x'],
];

/** Measure units written as symbols (case-sensitive). */
export const UNIT_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['km²', 'km2'], ['km2', 'km2'], ['m²', 'm2'], ['m2', 'm2'], ['m³', 'm3'], ['m3', 'm3'],
  ['km/jam', 'km/h'], ['km/h', 'km/h'], ['kpj', 'km/h'], ['mph', 'mph'],
  ['km', 'km'], ['KM', 'km'], ['Km', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['m', 'm'],
  ['ha', 'ha'], ['Ha', 'ha'],
  ['kg', 'kg'], ['Kg', 'kg'], ['KG', 'kg'], ['gr', 'g'], ['g', 'g'], ['mg', 'mg'],
  ['ml', 'mL'], ['mL', 'mL'], ['L', 'L'], ['ltr', 'L'], ['bph', 'bbl/d'], ['bopd', 'bbl/d'],
  ['TWh', 'TWh'], ['GWh', 'GWh'], ['MWh', 'MWh'], ['kWh', 'kWh'], ['KWh', 'kWh'], ['kwh', 'kWh'],
  ['TW', 'TW'], ['GW', 'GW'], ['MW', 'MW'], ['kW', 'kW'], ['KW', 'kW'],
  ['MWp', 'MWp'], ['kWp', 'kWp'], ['kVA', 'kVA'], ['MVA', 'MVA'], ['kV', 'kV'],
  ['°C', '°C'], ['ºC', '°C'], ['°F', '°F'],
  ['GB', 'GB'], ['TB', 'TB'], ['MB', 'MB'], ['Gbps', 'Gbps'], ['Mbps', 'Mbps'],
  ['mAh', 'mAh'], ['GHz', 'GHz'], ['MHz', 'MHz'], ['Hz', 'Hz'], ['MP', 'MP'], ['cc', 'cc'],
  ['MMSCFD', 'MMSCFD'], ['mmscfd', 'MMSCFD'], ['BOPD', 'bbl/d'],
  ['%', '%'], ['bps', 'bps'],
];

/** Time units: a number before them makes a duration ("dua setengah tahun"). */
export const DURATION_UNITS: readonly string[] = [
  'detik', 'menit', 'jam', 'hari', 'pekan', 'minggu', 'bulan', 'tahun', 'dekade', 'abad', 'windu',
  'malam', 'semester', 'kuartal', 'triwulan',
];

/** Currency written before the amount ("Rp 17,76 triliun", "US$ 5,9 miliar", "USD306.720"). */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['Rp.', 'IDR'], ['Rp', 'IDR'], ['RP', 'IDR'], ['rp', 'IDR'], ['IDR', 'IDR'],
  ['US$', 'USD'], ['USD', 'USD'], ['US dolar', 'USD'], ['US dollar', 'USD'], ['dolar AS', 'USD'],
  ['S$', 'SGD'], ['SGD', 'SGD'], ['A$', 'AUD'], ['AUD', 'AUD'], ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['RM', 'MYR'], ['MYR', 'MYR'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'],
  ['¥', 'JPY'], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['KRW', 'KRW'], ['₩', 'KRW'],
  ['SAR', 'SAR'], ['THB', 'THB'], ['INR', 'INR'], ['₹', 'INR'], ['$', 'USD'],
];

/** Currency written after the amount ("5,9 miliar dolar", "300 ribu rupiah"); case-insensitive. */
export const CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['dolar amerika serikat', 'USD'], ['dolar amerika', 'USD'], ['dolar as', 'USD'],
  ['dollar amerika serikat', 'USD'], ['dollar amerika', 'USD'], ['dollar as', 'USD'],
  ['dolar singapura', 'SGD'], ['dolar australia', 'AUD'], ['dolar hong kong', 'HKD'],
  ['dolar taiwan', 'TWD'], ['dolar kanada', 'CAD'], ['dolar selandia baru', 'NZD'],
  ['dolar', 'USD'], ['dollar', 'USD'], ['rupiah', 'IDR'], ['euro', 'EUR'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['ringgit', 'MYR'], ['won', 'KRW'],
  ['poundsterling', 'GBP'], ['pound sterling', 'GBP'], ['pound', 'GBP'], ['paun', 'GBP'],
  ['baht', 'THB'], ['peso', 'PHP'], ['rupee', 'INR'], ['riyal', 'SAR'], ['dirham', 'AED'],
  ['franc', 'CHF'], ['rubel', 'RUB'], ['lira', 'TRY'], ['dong', 'VND'],
  ['usd', 'USD'], ['idr', 'IDR'], ['sgd', 'SGD'], ['eur', 'EUR'],
];

/** Escape for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of the given surfaces, longest first, with spaces matching any whitespace. */
export function alternation(surfaces: readonly string[]): string {
  return [...surfaces]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRe(s).replace(/ /g, '\\s+'))
    .join('|');
}
