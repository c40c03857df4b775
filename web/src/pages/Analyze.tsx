/** Paste an article: POST /api/analyze and show the result as a stored article is shown. */
import { useRef, useState } from 'preact/hooks';
import { analyzeArticle, type Article } from '../api.js';
import { ArticleView } from '../components/ArticleView.js';

const EXAMPLE = `Dinas Perhubungan Siapkan 40 Bus Tambahan untuk Libur Sekolah
SURABAYA, WARTA.com - Dinas Perhubungan Jawa Timur menyiapkan 40 bus tambahan untuk mengantisipasi lonjakan penumpang selama libur sekolah yang dimulai Sabtu (28/6/2025).
Kepala Dinas Perhubungan Jawa Timur Hartono Wibisono mengatakan bus tambahan akan melayani rute Surabaya-Malang dan Surabaya-Banyuwangi. "Kami memperkirakan jumlah penumpang naik sekitar 30 persen dibandingkan hari biasa," kata Hartono di Terminal Purabaya, Senin (23/6/2025).
Baca juga: Tarif Tol Trans Jawa Naik Mulai Bulan Depan
Menurut Hartono, anggaran operasional bus tambahan mencapai Rp 1,2 miliar. Ia membantah kabar bahwa tarif bus akan dinaikkan selama libur sekolah.
SCROLL TO CONTINUE WITH CONTENT`;

export function AnalyzePage() {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [outlet, setOutlet] = useState('');
  const [result, setResult] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ms, setMs] = useState<number | null>(null);
  const out = useRef<HTMLDivElement>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Paste the article text first.');
      return;
    }
    setBusy(true);
    setError(null);
    const t0 = performance.now();
    try {
      const a = await analyzeArticle({ text, title, published, outlet });
      setResult(a);
      setMs(Math.round(performance.now() - t0));
      requestAnimationFrame(() => out.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    } catch (err) {
      setResult(null);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const field = (label: string, value: string, set: (v: string) => void, name: string, placeholder: string) => (
    <label class="field">
      <span>{label}</span>
      <input name={name} value={value} placeholder={placeholder} onInput={(e) => set((e.target as HTMLInputElement).value)} />
    </label>
  );
  return (
    <div class="analyze-page">
      <h1>Analyse an article</h1>
      <p class="muted">
        Paste an article as a scraper left it — title on the first line, dateline, body, noise and all — or fill in the title and the
        other fields. Nothing is stored.
      </p>
      <form class="analyze-form" onSubmit={submit}>
        <div class="fields">
          {field('Title (optional)', title, setTitle, 'title', 'read from the first line when empty')}
          {field('Published (optional)', published, setPublished, 'published', 'Senin, 23 Jun 2025 10:00 WIB')}
          {field('Outlet (optional)', outlet, setOutlet, 'outlet', 'kompas')}
        </div>
        <label class="field">
          <span>Article text</span>
          <textarea name="text" rows={12} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} placeholder="Paste the article here…" />
        </label>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Analysing…' : 'Analyse'}
          </button>
          <button type="button" class="secondary" onClick={() => setText(EXAMPLE)}>
            Load an example
          </button>
          {ms !== null && result && <span class="muted">analysed in {ms} ms</span>}
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      <div ref={out} class="analyze-result">
        {result && <ArticleView article={result} />}
      </div>
    </div>
  );
}
