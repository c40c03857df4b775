/** Mentions over time as an inline SVG bar chart; missing periods are shown as empty. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TimelinePoint } from '../api.js';

function nextPeriod(p: string): string {
  if (p.length === 7) {
    const [y, m] = p.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${p}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last, with zeros where nothing was published. */
export function fillPeriods(points: readonly TimelinePoint[], max = 400): TimelinePoint[] {
  if (points.length < 2) return points.slice();
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const last = points[points.length - 1]!.period;
  const out: TimelinePoint[] = [];
  for (let p = points[0]!.period; out.length < max; p = nextPeriod(p)) {
    out.push(byPeriod.get(p) ?? { period: p, articles: 0, mentions: 0 });
    if (p >= last) return out;
  }
  // Too long a span to draw every period: only the periods that have mentions.
  return points.slice();
}

export function TimelineChart({ points, metric, label }: { points: TimelinePoint[]; metric: 'mentions' | 'articles'; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [W, setW] = useState(640);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setW(Math.max(240, Math.round(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const data = fillPeriods(points);
  if (data.length === 0) return <p class="muted">No dated mentions.</p>;
  const H = 200;
  const pad = { l: 34, r: 8, t: 10, b: 28 };
  const top = Math.max(1, ...data.map((d) => d[metric]));
  const bw = (W - pad.l - pad.r) / data.length;
  const barW = Math.max(1, Math.min(bw * 0.8, 48));
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / top);
  const every = Math.max(1, Math.ceil(data.length / Math.max(2, Math.floor(W / 80))));
  return (
    <div class="chart-box" ref={box}>
    <svg class="chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={pad.l} x2={W - pad.r} y1={y(0)} y2={y(0)} class="axis" />
      <line x1={pad.l} x2={W - pad.r} y1={y(top)} y2={y(top)} class="grid" />
      <text x={pad.l - 4} y={y(top) + 4} class="tick" text-anchor="end">
        {top}
      </text>
      <text x={pad.l - 4} y={y(0)} class="tick" text-anchor="end">
        0
      </text>
      {data.map((d, i) => {
        const h = y(0) - y(d[metric]);
        return (
          <g key={d.period} class="bar" data-period={d.period}>
            <rect x={pad.l + i * bw + (bw - barW) / 2} width={barW} y={y(d[metric])} height={Math.max(0, h)}>
              <title>{`${d.period}: ${d.mentions} mention${d.mentions === 1 ? '' : 's'} in ${d.articles} article${d.articles === 1 ? '' : 's'}`}</title>
            </rect>
            {i % every === 0 && (
              <text x={pad.l + i * bw + bw / 2} y={H - 8} class="tick" text-anchor="middle">
                {d.period}
              </text>
            )}
          </g>
        );
      })}
    </svg>
    </div>
  );
}
