/** A readable view of an analysed article, for `warta analyze --format text`. */
import type { Article } from '../types.js';

export function formatArticleText(a: Article): string {
  const lines: string[] = [];
  lines.push(`# ${a.title}`);
  if (a.lead) lines.push(`  ${a.lead}`);
  const meta = [
    a.category && `rubric: ${a.category}`,
    a.dateline && `dateline: ${a.dateline.place}${a.dateline.agency ? ` (${a.dateline.agency})` : ''}`,
    a.published.value && `published: ${a.published.value} [${a.published.source}]`,
    a.author && `author: ${a.author}`,
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '));
  lines.push('');
  if (a.quotes.length) {
    lines.push('Who said what:');
    for (const q of a.quotes) {
      const stance = q.stance ? ` [${q.stance}]` : '';
      lines.push(`  ${q.speaker.name} — ${q.cue.text}${stance} — ${q.kind === 'direct' ? `“${q.content.text}”` : q.content.text}`);
    }
    lines.push('');
  }
  if (a.entities.length) lines.push(`Entities: ${a.entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  if (a.quantities.length) lines.push(`Amounts: ${a.quantities.map((q) => q.text).join('; ')}`);
  if (a.times.length) lines.push(`Dates: ${a.times.map((t) => `${t.text} = ${t.value}`).join('; ')}`);
  if (a.removed.length) lines.push(`Removed: ${a.removed.length} piece(s) of noise (${[...new Set(a.removed.map((r) => r.kind))].join(', ')})`);
  lines.push('');
  return lines.join('\n');
}
