/**
 * Synthetic Indonesian news records for ingest tests and benchmarks, made from word lists
 * written for this project: varied enough to exercise the pipeline, small to generate.
 */
const PEOPLE = ['Budi Santoso', 'Siti Rahmawati', 'Agus Wijaya', 'Dewi Lestari', 'Hendra Gunawan', 'Rina Marlina', 'Joko Susilo', 'Maya Sari'];
const ORGS = ['Kementerian Perhubungan', 'Badan Pusat Statistik', 'Bank Indonesia', 'Polda Metro Jaya', 'DPR', 'Pemprov DKI'];
const PLACES = ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Bandung', 'Semarang', 'Denpasar', 'Palembang'];
const TOPICS = [
  ['pengerahan', 'personel', 'pengamanan', 'arus', 'mudik'],
  ['harga', 'beras', 'naik', 'pasar', 'tradisional'],
  ['banjir', 'merendam', 'permukiman', 'warga', 'mengungsi'],
  ['pembangunan', 'jalan', 'tol', 'diresmikan', 'pemerintah'],
  ['inflasi', 'turun', 'daya', 'beli', 'masyarakat'],
  ['penangkapan', 'tersangka', 'narkoba', 'polisi', 'menyita'],
];
const OUTLETS = ['kompas', 'detik', 'tempo', 'liputan6'];

function pick<T>(xs: readonly T[], i: number): T {
  return xs[((i % xs.length) + xs.length) % xs.length]!;
}

/** One synthetic record: {id, title, published, url, author, outlet, text}. */
export function syntheticRecord(i: number): Record<string, string> {
  const topic = pick(TOPICS, i);
  const person = pick(PEOPLE, i * 7 + 3);
  const org = pick(ORGS, i * 5 + 1);
  const place = pick(PLACES, i * 3);
  const day = (i % 28) + 1;
  const n = 100 + ((i * 37) % 900);
  const title = `${topic[0]![0]!.toUpperCase()}${topic[0]!.slice(1)} ${topic[1]} di ${place} Nomor ${i}`;
  const paras = [
    `${place.toUpperCase()}, KOMPAS.com - ${org} mencatat ${topic.join(' ')} di ${place} pada ${day} Juni 2025. Sebanyak ${n} orang terdampak.`,
    `"Kami terus memantau ${topic[1]} dan ${topic[3]} di lapangan," kata ${person} kepada wartawan di ${place}, Senin.`,
    `Menurut ${person}, ${org} akan melanjutkan ${topic[0]} hingga akhir bulan. Laporan nomor ${i} ini disusun untuk pengujian.`,
  ];
  return {
    id: `syn-${i}`,
    title,
    published: `2025-06-${String(day).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')} WIB`,
    url: `https://example.test/${pick(OUTLETS, i)}/${i}`,
    author: pick(PEOPLE, i + 1),
    outlet: pick(OUTLETS, i),
    text: paras.join('\n\n'),
  };
}

/** JSONL of `n` synthetic records, with bad lines at the given 1-based positions. */
export function syntheticJsonl(n: number, bad: ReadonlyMap<number, string> = new Map()): string {
  const lines: string[] = [];
  for (let i = 1, k = 0; k < n; i++) {
    const b = bad.get(i);
    if (b !== undefined) lines.push(b);
    else lines.push(JSON.stringify(syntheticRecord(k++)));
  }
  return lines.join('\n') + '\n';
}
