/**
 * End to end: `bin/warta ingest` the test corpus, `bin/warta serve` it, and drive Debian's
 * Chromium (headless, through playwright-core) over the UI: search, open an article, check
 * a highlighted quote and its speaker, open the speaker's page, paste an article; then the
 * same pages at phone size. Screenshots go to artifacts/e2e/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../util/paths.js';
import { apiCorpusJsonl } from './fixtures.js';

const CHROMIUM = process.env.WARTA_CHROMIUM || '/usr/bin/chromium';
const ROOT = repoRoot();
const BIN = join(ROOT, 'bin', 'warta');
const SHOTS = join(ROOT, 'artifacts', 'e2e');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function startServer(db: string): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`warta serve did not start: ${err}`)), 20_000);
    proc.stderr!.setEncoding('utf8').on('data', (s: string) => {
      err += s;
      const m = / at (http:\/\/\S+) /.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1]! });
      }
    });
    proc.once('exit', (code) => reject(new Error(`warta serve exited ${code}: ${err}`)));
  });
}

test('e2e: ingest, serve, and use the UI in Chromium (desktop and phone)', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) assert.fail(`Chromium is needed at ${CHROMIUM} (bash scripts/ensure-chromium.sh installs Debian's package)`);
    t.skip(`no Chromium at ${CHROMIUM} (bash scripts/ensure-chromium.sh installs it)`);
    return;
  }
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) assert.fail('the web UI is not built: npm run build:web');
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'warta-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, apiCorpusJsonl());
  const db = join(dir, 'e2e.db');
  const ing = spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--workers', '1'], { encoding: 'utf8' });
  assert.equal(ing.status, 0, ing.stderr);
  const { proc, url } = await startServer(db);
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    const shot = async (name: string) => {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    };

    // Search: every article listed, facets beside; a search narrows them.
    await page.goto(url);
    await page.locator('.hit').first().waitFor();
    assert.equal(await page.locator('.hit').count(), 5);
    assert.match((await page.locator('.total').textContent())!, /^5 articles/);
    assert.equal(await page.locator('[data-facet="outlet"] li').count(), 3);
    await shot('1-search-desktop');
    await page.fill('input[name="q"]', 'bus tambahan');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/\?q=bus\+tambahan/);
    await page.locator('.total', { hasText: /^1 article/ }).waitFor();
    await shot('2-results-desktop');

    // Facets: a person from the entity facet filters the results.
    await page.goto(url);
    await page.locator('[data-facet="entity"] a.ent', { hasText: 'Hartono Wibisono' }).click();
    await page.waitForURL(/entity=Hartono/);
    await page.locator('.total', { hasText: /^3 articles/ }).waitFor();
    await page.locator('.filter-chip', { hasText: 'Hartono Wibisono' }).waitFor();

    // An article: the quote highlighted with its speaker, entities, amounts and dates with values.
    await page.locator('a.hit-title', { hasText: 'Bus Tambahan' }).click();
    await page.waitForURL(/\/articles\/bus-lebaran$/);
    const quote = page.locator('.article-text .quote', { hasText: 'Kami memperkirakan jumlah penumpang' });
    await quote.waitFor();
    assert.equal(await quote.getAttribute('data-speaker'), 'Hartono Wibisono');
    assert.match((await quote.getAttribute('title'))!, /^Hartono Wibisono — direct quote/);
    const chip = quote.locator('.speaker-chip');
    assert.ok(await chip.isVisible());
    assert.equal(await chip.textContent(), 'Hartono Wibisono');
    assert.ok((await page.locator('.article-text .ent-PER', { hasText: 'Hartono Wibisono' }).count()) >= 1);
    const money = page.locator('.article-text .qty', { hasText: 'Rp 1,2 miliar' });
    assert.match((await money.getAttribute('title'))!, /1,200,000,000 IDR/);
    await money.click();
    assert.match((await money.getAttribute('class'))!, /tip-open/);
    assert.equal(await page.locator('.article-text time.tm', { hasText: '28/6/2025' }).getAttribute('datetime'), '2025-06-28');
    const noise = page.locator('details.noise').first();
    assert.equal(await noise.locator('li').first().isVisible(), false, 'the noise list starts closed');
    await noise.locator('summary').click();
    await noise.locator('li', { hasText: 'Baca juga: Tarif Tol Trans Jawa' }).waitFor();
    assert.equal(await noise.locator('li').count(), 3);
    await shot('3-article-desktop');

    // The speaker's page: mentions over time and everything the speaker said.
    await chip.click();
    await page.waitForURL(/\/entities\//);
    await page.locator('h1', { hasText: 'Hartono Wibisono' }).waitFor();
    await page.locator('.entity-quote').first().waitFor();
    assert.equal(await page.locator('svg.chart .bar').count(), 2);
    assert.match((await page.locator('svg.chart .bar[data-period="2025-06"] title').textContent())!, /^2025-06: \d+ mentions in 2 articles$/);
    assert.equal(await page.locator('.entity-quote').count(), 6);
    await page.locator('.entity-quote', { hasText: 'Terminal ini akan melayani 5.000 penumpang' }).waitFor();
    await page.locator('.co-list a', { hasText: 'Surabaya' }).first().waitFor();
    await shot('4-entity-desktop');
    await page.locator('.seg button', { hasText: 'day' }).click();
    await page.locator('svg.chart .bar[data-period="2025-06-13"]').waitFor();

    // Paste an article: analysed on the spot.
    await page.locator('header.top a', { hasText: 'Paste an article' }).click();
    await page.waitForURL(/\/analyze$/);
    const example = readFileSync(join(ROOT, 'examples', 'article.txt'), 'utf8');
    await page.fill('textarea[name="text"]', example);
    await page.locator('button[type="submit"]', { hasText: 'Analyse' }).click();
    await page.locator('.analyze-result h1', { hasText: 'Pemerintah Kota Bandung Tetapkan Status Siaga Banjir' }).waitFor();
    const pasted = page.locator('.analyze-result .article-text .quote', { hasText: 'Kami sudah menyiapkan 14 posko' });
    assert.equal(await pasted.getAttribute('data-speaker'), 'Ratna Wijayanti');
    assert.ok((await page.locator('.analyze-result details.noise li').count()) >= 2);
    await shot('5-analyze-desktop');
    // An empty paste is refused in the page; the API's error is shown, not a blank page.
    await page.fill('textarea[name="text"]', '   ');
    await page.locator('button[type="submit"]').click();
    await page.locator('.error', { hasText: 'Paste the article text first' }).waitFor();

    // Phone size: the same pages fit the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, path, ready] of [
      ['6-search-phone', '/?q=Hartono', '.hit'],
      ['7-article-phone', '/articles/bus-lebaran', '.article-text .quote'],
      ['8-entity-phone', '/entities/PER%3AHartono%20Wibisono', 'svg.chart .bar'],
      ['9-analyze-phone', '/analyze', 'textarea'],
    ] as const) {
      await page.goto(url + path);
      await page.locator(ready).first().waitFor();
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(width <= 390, `${path} is ${width}px wide on a 390px screen`);
      await shot(name);
    }
    assert.deepEqual(problems, []);
  } finally {
    await ctx.close();
    proc.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
