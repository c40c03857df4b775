/** Search with facets: outlets, publication months, and the entities of each type. */
import { useEffect, useState } from 'preact/hooks';
import { articleHref, entityHref, formatDate, query, TYPE_NAMES, type EntityType, type SearchResponse } from '../api.js';
import { useFetch } from '../hooks.js';
import { navigate, type Loc } from '../router.js';

const PAGE = 10;
const FILTERS = ['q', 'entity', 'speaker', 'outlet', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

function filtersOf(params: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTERS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

function href(f: Filters, offset = 0): string {
  return `/${query({ ...f, offset: offset || undefined })}`;
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

const LABEL: Record<string, string> = { entity: 'Entity', speaker: 'Speaker', outlet: 'Outlet', from: 'From', to: 'To' };

export function SearchPage({ loc }: { loc: Loc }) {
  const f = filtersOf(loc.params);
  const offset = Math.max(0, Number(loc.params.get('offset')) || 0);
  const [text, setText] = useState(f.q ?? '');
  const [type, setType] = useState<EntityType>('PER');
  useEffect(() => setText(f.q ?? ''), [f.q]);
  const url = `/api/articles${query({ ...f, limit: PAGE, offset, facets: 1 })}`;
  const { data, error, loading } = useFetch<SearchResponse>(url);
  const facets = data?.facets;
  const set = (patch: Filters) => navigate(href({ ...f, ...patch }));
  const months = facets?.months ?? [];
  
  // The latest twelve months with articles one by one; earlier ones by year.
  const recent = months.slice(-12);
  const years = new Map<string, number>();
  for (const m of months.slice(0, Math.max(0, months.length - 12))) years.set(m.value.slice(0, 4), (years.get(m.value.slice(0, 4)) ?? 0) + m.count);
  const shownMonths = [...[...years].map(([value, count]) => ({ value, count })), ...recent];
  return (
    <div class="search-page">
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: text.trim() || undefined });
        }}
      >
        <input
          type="search"
          name="q"
          value={text}
          placeholder="Search the corpus: words, &quot;a phrase&quot;…"
          aria-label="Search words"
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Search</button>
      </form>
      {Object.keys(f).some((k) => k !== 'q') && (
        <div class="active-filters">
          {(['entity', 'speaker', 'outlet', 'from', 'to'] as const).map((k) =>
            f[k] ? (
              <a key={k} class="filter-chip" href={href({ ...f, [k]: undefined })} title="Remove this filter">
                {LABEL[k]}: {f[k]} <span aria-hidden="true">×</span>
              </a>
            ) : null,
          )}
          <a class="clear" href={href({ q: f.q })}>
            clear filters
          </a>
        </div>
      )}
      <div class="search-grid">
        <aside class="facets">
          <details open={typeof window !== 'undefined' && window.innerWidth > 800} class="facets-box">
            <summary>Refine {facets ? `(${facets.total} articles)` : ''}</summary>
            {facets && facets.outlets.length > 0 && (
              <section class="facet" data-facet="outlet">
                <h2>Outlet</h2>
                <ul>
                  {facets.outlets.map((o) => (
                    <li key={o.value}>
                      <a href={href({ ...f, outlet: f.outlet ? undefined : o.value || undefined })} class={f.outlet && f.outlet.toLowerCase() === o.value.toLowerCase() ? 'on' : ''}>
                        {o.value || '(none)'}
                      </a>
                      <span class="count">{o.count}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {shownMonths.length > 0 && (
              <section class="facet" data-facet="date">
                <h2>Date</h2>
                <ul class="months">
                  {/* bars scaled to the largest period shown */}
                  {shownMonths.map((m) => (
                    <li key={m.value}>
                      <a href={href({ ...f, from: m.value, to: m.value.length === 4 ? m.value : lastDay(m.value) })} title={`${m.count} articles in ${m.value}`}>
                        <span class="month">{m.value}</span>
                        <span class="bar" style={{ width: `${Math.max(4, (m.count / Math.max(1, ...shownMonths.map((x) => x.count))) * 100)}%` }} />
                        <span class="count">{m.count}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {facets && facets.types.length > 0 && (
              <section class="facet" data-facet="entity">
                <h2>Entities</h2>
                <div class="tabs" role="tablist">
                  {(['PER', 'ORG', 'LOC'] as EntityType[]).map((t) => (
                    <button key={t} type="button" role="tab" aria-selected={type === t} class={type === t ? 'on' : ''} onClick={() => setType(t)}>
                      {TYPE_NAMES[t]} <span class="count">{facets.types.find((x) => x.value === t)?.count ?? 0}</span>
                    </button>
                  ))}
                </div>
                {facets.entityBase < facets.total && <p class="note">counted in the {facets.entityBase.toLocaleString('en-US')} newest articles</p>}
                <ul>
                  {facets.entities
                    .filter((e) => e.type === type)
                    .map((e) => (
                      <li key={e.id}>
                        <a href={href({ ...f, entity: e.name })} class={`ent ent-${e.type}`} title={`Only articles naming ${e.name}`}>
                          {e.name}
                        </a>
                        <span class="count">{e.count}</span>
                        <a class="go" href={entityHref(e.type, e.name)} title={`${e.name}: mentions over time and quotes`} aria-label={`${e.name} page`}>
                          ↗
                        </a>
                      </li>
                    ))}
                </ul>
              </section>
            )}
          </details>
        </aside>
        <section class="results" aria-busy={loading}>
          {error && <p class="error">{error.message}</p>}
          {data && (
            <p class="total">
              {data.total} article{data.total === 1 ? '' : 's'}
              {data.hits.length > 0 && data.total > data.hits.length ? ` — ${offset + 1}–${offset + data.hits.length} shown` : ''}
            </p>
          )}
          <ol class="hits" start={offset + 1}>
            {data?.hits.map((h) => (
              <li key={h.id} class="hit">
                <a class="hit-title" href={articleHref(h.id)}>
                  {h.title || '(untitled)'}
                </a>
                <div class="meta">
                  {h.published && <time dateTime={h.published}>{formatDate(h.published)}</time>}
                  {h.outlet && <span>{h.outlet}</span>}
                  {h.author && <span>{h.author}</span>}
                </div>
                <p class="snippet">{h.snippet}</p>
              </li>
            ))}
          </ol>
          {data && data.total === 0 && <p class="muted">Nothing found. Fewer words, or fewer filters?</p>}
          {data && data.total > PAGE && (
            <nav class="pager" aria-label="Pages">
              {offset > 0 ? <a href={href(f, Math.max(0, offset - PAGE))}>← Previous</a> : <span />}
              <span class="muted">
                page {Math.floor(offset / PAGE) + 1} of {Math.ceil(data.total / PAGE)}
              </span>
              {offset + PAGE < data.total ? <a href={href(f, offset + PAGE)}>Next →</a> : <span />}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
