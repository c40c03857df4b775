/** One entity: mentions over time, its quotes, the entities named with it, its articles. */
import { useState } from 'preact/hooks';
import { articleHref, entityHref, formatDate, query, TYPE_ONE, type EntityResponse, type SearchResponse } from '../api.js';
import { TimelineChart } from '../components/Chart.js';
import { useFetch } from '../hooks.js';

export function EntityPage({ entityRef }: { entityRef: string }) {
  const [by, setBy] = useState<'month' | 'day'>('month');
  const [metric, setMetric] = useState<'mentions' | 'articles'>('mentions');
  const { data, error } = useFetch<EntityResponse>(`/api/entities/${encodeURIComponent(entityRef)}${query({ by, quotes: 50, co: 16 })}`);
  const name = data?.entity.name;
  const articles = useFetch<SearchResponse>(name ? `/api/articles${query({ entity: name, limit: 8 })}` : null);
  if (error) return <p class="error">{error.message}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  const e = data.entity;
  return (
    <div class="entity-page">
      <header class="entity-head">
        <span class={`type-badge ent-${e.type}`}>{TYPE_ONE[e.type]}</span>
        <h1>{e.name}</h1>
        <p class="meta">
          <span>
            {e.articles} article{e.articles === 1 ? '' : 's'}
          </span>
          <span>
            {e.mentions} mention{e.mentions === 1 ? '' : 's'}
          </span>
          <a href={`/${query({ entity: e.name })}`}>search its articles</a>
        </p>
      </header>
      <section class="panel">
        <div class="panel-head">
          <h2>Mentions over time</h2>
          <div class="seg" role="group" aria-label="Period">
            <button type="button" class={by === 'month' ? 'on' : ''} onClick={() => setBy('month')}>
              month
            </button>
            <button type="button" class={by === 'day' ? 'on' : ''} onClick={() => setBy('day')}>
              day
            </button>
          </div>
          <div class="seg" role="group" aria-label="Count">
            <button type="button" class={metric === 'mentions' ? 'on' : ''} onClick={() => setMetric('mentions')}>
              mentions
            </button>
            <button type="button" class={metric === 'articles' ? 'on' : ''} onClick={() => setMetric('articles')}>
              articles
            </button>
          </div>
        </div>
        <TimelineChart points={data.timeline} metric={metric} label={`${e.name}: ${metric} per ${by}`} />
      </section>
      <div class="entity-grid">
        <section class="panel quotes-panel">
          <h2>
            Quotes by {e.name} ({data.quotes.length}
            {data.quotes.length >= 50 ? '+' : ''})
          </h2>
          {data.quotes.length === 0 && <p class="muted">No quotes attributed to {e.name}.</p>}
          <ol class="entity-quotes">
            {data.quotes.map((q) => (
              <li key={`${q.articleId}-${q.ord}`} class="entity-quote">
                <blockquote>
                  <a href={articleHref(q.articleId, q.ord)}>“{q.content}”</a>
                </blockquote>
                <div class="meta">
                  {q.published && <time dateTime={q.published}>{formatDate(q.published)}</time>}
                  <span>
                    {q.cue} ({q.kind})
                  </span>
                  {q.stance && <span class={`stance stance-${q.stance}`}>{q.stance}</span>}
                  {q.outlet && <span>{q.outlet}</span>}
                </div>
                <div class="source">
                  <a href={articleHref(q.articleId)}>{q.title}</a>
                </div>
              </li>
            ))}
          </ol>
        </section>
        <aside class="entity-side">
          <section class="panel">
            <h2>Named with</h2>
            <ul class="co-list">
              {data.coMentioned.map((c) => (
                <li key={c.id}>
                  <a class={`ent ent-${c.type}`} href={entityHref(c.type, c.name)}>
                    {c.name}
                  </a>
                  <span class="count" title={`${c.together} articles name both`}>
                    {c.together}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section class="panel">
            <h2>Latest articles</h2>
            <ul class="plain article-list">
              {articles.data?.hits.map((h) => (
                <li key={h.id}>
                  <a href={articleHref(h.id)}>{h.title}</a>
                  <div class="meta">
                    {h.published && <time dateTime={h.published}>{formatDate(h.published)}</time>}
                    {h.outlet && <span>{h.outlet}</span>}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
