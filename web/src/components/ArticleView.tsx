/** An analysed article: clean text with entities, quotes, amounts and dates highlighted. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { entityHref, formatDate, formatNumber, TYPE_NAMES, TYPE_ONE, type Article, type EntityType, type Quantity, type Quote } from '../api.js';
import { annotations, nest, within, type Piece } from '../highlight.js';

const APPROX: Record<string, string> = { 'at-least': 'at least', about: 'about', 'more-than': 'more than', almost: 'almost', 'at-most': 'at most' };

export function quantityTip(q: Quantity): string {
  const parts: string[] = [];
  if (q.value !== null) parts.push(`${formatNumber(q.value)}${q.valueMax !== undefined ? `–${formatNumber(q.valueMax)}` : ''}`);
  if (q.unit) parts.push(q.unit);
  const extra = [q.approx ? APPROX[q.approx] ?? q.approx : null, q.vague ? `vague: ${q.vague}` : null].filter(Boolean);
  return `= ${parts.join(' ') || '?'}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

export function quoteTip(q: Quote): string {
  return `${q.speaker.name} — ${q.kind} quote, cue “${q.cue.text}”${q.stance ? `, stance: ${q.stance}` : ''}`;
}

function speakerHref(a: Article, q: Quote): string {
  const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker.entity) : undefined;
  return entityHref(e?.type ?? 'PER', e?.name ?? q.speaker.name);
}

function toggleTip(e: JSX.TargetedMouseEvent<HTMLElement> | JSX.TargetedKeyboardEvent<HTMLElement>): void {
  if ('key' in e && e.key !== 'Enter' && e.key !== ' ') return;
  const el = e.currentTarget;
  const open = !el.classList.contains('tip-open');
  document.querySelectorAll('.tip-open').forEach((x) => x.classList.remove('tip-open'));
  if (open) el.classList.add('tip-open');
  e.stopPropagation();
}

function render(a: Article, pieces: Array<Piece | string>): Array<JSX.Element | string> {
  return pieces.map((p, i) => {
    if (typeof p === 'string') return p;
    const kids = render(a, p.children);
    const ann = p.ann;
    switch (ann.kind) {
      case 'quote': {
        const q = ann.quote;
        const first = ann.start === q.content.start;
        return (
          <span
            key={i}
            class={`hl quote quote-${q.kind}`}
            id={first ? `q-${ann.index}` : undefined}
            data-speaker={q.speaker.name}
            data-stance={q.stance ?? undefined}
            title={quoteTip(q)}
          >
            {kids}
            {ann.end === q.content.end && (
              <a class="speaker-chip" href={speakerHref(a, q)} title={`Everything ${q.speaker.name} said`}>
                {q.speaker.name}
              </a>
            )}
          </span>
        );
      }
      case 'entity':
        return (
          <a key={i} class={`hl ent ent-${ann.entity.type}`} href={entityHref(ann.entity.type, ann.entity.name)} title={`${TYPE_ONE[ann.entity.type]}: ${ann.entity.name}`} data-entity={ann.entity.name}>
            {kids}
          </a>
        );
      case 'quantity':
        return (
          <span key={i} class="hl qty" tabIndex={0} title={quantityTip(ann.quantity)} data-tip={quantityTip(ann.quantity)} data-value={ann.quantity.value ?? undefined} onClick={toggleTip} onKeyDown={toggleTip}>
            {kids}
          </span>
        );
      case 'time':
        return (
          <time key={i} class="hl tm" tabIndex={0} dateTime={ann.time.value} title={`= ${ann.time.value}`} data-tip={`= ${ann.time.value}`} onClick={toggleTip} onKeyDown={toggleTip}>
            {kids}
          </time>
        );
    }
  });
}

const LAYERS = [
  ['PER', 'People'],
  ['ORG', 'Organisations'],
  ['LOC', 'Places'],
  ['quote', 'Quotes'],
  ['qty', 'Amounts'],
  ['tm', 'Dates'],
] as const;

export function ArticleView({ article: a }: { article: Article }) {
  const anns = useMemo(() => annotations(a), [a]);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  useEffect(() => {
    const close = () => document.querySelectorAll('.tip-open').forEach((x) => x.classList.remove('tip-open'));
    document.addEventListener('click', close);
    return () => document.removeEventListener('click', close);
  }, []);
  useEffect(() => {
    // A link to a quote (#q-3) scrolls to it once the text is there.
    if (location.hash.startsWith('#q-')) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [a]);
  const byType = useMemo(() => {
    const m: Record<EntityType, Article['entities']> = { PER: [], ORG: [], LOC: [] };
    for (const e of a.entities) m[e.type]?.push(e);
    for (const t of Object.keys(m) as EntityType[]) m[t].sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
    return m;
  }, [a]);
  const blocks = a.blocks.length ? a.blocks : [{ kind: 'paragraph' as const, start: 0, end: a.text.length }];
  const toggle = (k: string) => {
    const next = new Set(hidden);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setHidden(next);
  };
  const pub = a.published;
  return (
    <article class="article">
      <header class="article-head">
        {a.category && <div class="rubric">{a.category}</div>}
        <h1 class="article-title">{a.title || '(untitled)'}</h1>
        {a.lead && <p class="lead">{a.lead}</p>}
        <p class="meta">
          {pub.value && (
            <time dateTime={pub.value} title={`${pub.value}${pub.raw ? ` — as written: ${pub.raw}` : ''} (${pub.source})`}>
              {formatDate(pub.value)}
            </time>
          )}
          {a.outlet && <span>{a.outlet}</span>}
          {a.author && <span>by {a.author}</span>}
          {a.dateline && <span title="Dateline">{[a.dateline.place, a.dateline.agency].filter(Boolean).join(', ')}</span>}
          {a.url && (
            <a href={a.url} target="_blank" rel="noopener noreferrer nofollow">
              source
            </a>
          )}
        </p>
      </header>
      <div class="article-grid">
        <div class="article-main">
          <fieldset class="legend" aria-label="Highlights">
            {LAYERS.map(([k, label]) => (
              <label key={k} class={`chip key-${k}`}>
                <input type="checkbox" checked={!hidden.has(k)} onChange={() => toggle(k)} /> {label}
              </label>
            ))}
          </fieldset>
          <div class={`article-text ${[...hidden].map((h) => `hide-${h}`).join(' ')}`} lang="id">
            {blocks.map((b, i) => {
              const kids = render(a, nest(a.text, within(anns, b.start, b.end), b.start, b.end));
              return b.kind === 'heading' ? <h3 key={i}>{kids}</h3> : <p key={i}>{kids}</p>;
            })}
          </div>
          {a.removed.length > 0 && (
            <details class="noise">
              <summary>Removed noise ({a.removed.length})</summary>
              <ul>
                {a.removed.map((r, i) => (
                  <li key={i}>
                    <span class={`kind kind-${r.kind}`}>{r.kind}</span> <span class="noise-text">{r.text}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {a.repairs.length > 0 && (
            <details class="noise repairs">
              <summary>Repairs ({a.repairs.length})</summary>
              <ul>
                {a.repairs.map((r, i) => (
                  <li key={i}>
                    <span class="kind">{r.kind}</span> <del>{r.raw}</del> → <ins>{r.fixed}</ins>
                    {r.count && r.count > 1 ? ` ×${r.count}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
        <aside class="article-side">
          {(['PER', 'ORG', 'LOC'] as EntityType[]).map((t) =>
            byType[t].length ? (
              <section key={t} class="side-box">
                <h2>{TYPE_NAMES[t]}</h2>
                <ul class="ent-list">
                  {byType[t].map((e) => (
                    <li key={e.id}>
                      <a class={`ent ent-${t}`} href={entityHref(t, e.name)}>
                        {e.name}
                      </a>{' '}
                      <span class="count">{e.mentions.length}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null,
          )}
          {a.quotes.length > 0 && (
            <section class="side-box">
              <h2>Quotes ({a.quotes.length})</h2>
              <ol class="quote-list">
                {a.quotes.map((q, i) => (
                  <li key={i}>
                    <a href={speakerHref(a, q)} class="speaker">
                      {q.speaker.name}
                    </a>{' '}
                    <span class="cue">{q.cue.text}</span>
                    {q.stance && <span class={`stance stance-${q.stance}`}>{q.stance}</span>}
                    <a class="quote-jump" href={`#q-${i}`} onClick={(e) => { e.preventDefault(); document.getElementById(`q-${i}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }); }}>
                      “{q.content.text.length > 140 ? `${q.content.text.slice(0, 140)}…` : q.content.text}”
                    </a>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {a.quantities.length > 0 && (
            <section class="side-box">
              <h2>Amounts ({a.quantities.length})</h2>
              <ul class="plain">
                {a.quantities.map((q, i) => (
                  <li key={i}>
                    <span class="qty">{q.text}</span> <span class="norm">{quantityTip(q)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {a.times.length > 0 && (
            <section class="side-box">
              <h2>Dates ({a.times.length})</h2>
              <ul class="plain">
                {a.times.map((t, i) => (
                  <li key={i}>
                    <span class="tm">{t.text}</span> <span class="norm">= {t.value}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {a.diagnostics.length > 0 && (
            <details class="side-box diagnostics">
              <summary>Diagnostics ({a.diagnostics.length})</summary>
              <ul class="plain">
                {a.diagnostics.map((d, i) => (
                  <li key={i}>
                    <span class={`kind sev-${d.severity}`}>{d.code}</span> {d.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </aside>
      </div>
    </article>
  );
}
