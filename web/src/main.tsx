/** warta's web UI: search, articles, entities, and analysing a pasted article. */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { AnalyzePage } from './pages/Analyze.js';
import { ArticlePage } from './pages/Article.js';
import { EntityPage } from './pages/Entity.js';
import { SearchPage } from './pages/Search.js';
import { interceptLinks, useLocation } from './router.js';
import { useFetch } from './hooks.js';
import type { Stats } from './api.js';
import './style.css';

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function App() {
  const loc = useLocation();
  const stats = useFetch<Stats>('/api/stats');
  let page;
  let m: RegExpExecArray | null;
  if ((m = /^\/articles\/(.+)$/.exec(loc.path))) page = <ArticlePage id={decode(m[1]!)} key={m[1]} />;
  else if ((m = /^\/entities\/(.+)$/.exec(loc.path))) page = <EntityPage entityRef={decode(m[1]!)} key={m[1]} />;
  else if (loc.path === '/analyze') page = <AnalyzePage />;
  else if (loc.path === '/' || loc.path === '/search') page = <SearchPage loc={loc} />;
  else page = <p class="error">No page here. <a href="/">Search</a></p>;
  useEffect(() => {
    const h1 = document.querySelector('h1')?.textContent;
    document.title = h1 && loc.path !== '/' ? `${h1} — warta` : 'warta';
  });
  return (
    <>
      <header class="top">
        <a class="brand" href="/">
          warta
        </a>
        <nav>
          <a href="/" class={loc.path === '/' ? 'on' : ''}>
            Search
          </a>
          <a href="/analyze" class={loc.path === '/analyze' ? 'on' : ''}>
            Paste an article
          </a>
        </nav>
        {stats.data && (
          <span class="corpus" title={`${stats.data.quotes} quotes, ${stats.data.entities} entities`}>
            {stats.data.articles.toLocaleString('en-US')} articles
          </span>
        )}
      </header>
      <main>{page}</main>
    </>
  );
}

interceptLinks();
render(<App />, document.getElementById('app')!);
