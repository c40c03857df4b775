/** Human-readable quotes: one "speaker — cue — content" line per quote. */
import type { Quote } from '../types.js';

export function formatQuotes(article: { quotes: Quote[] }): string {
  return article.quotes
    .map((q) => {
      const content = q.kind === 'direct' ? `“${q.content.text}”` : q.content.text;
      const notes = [q.stance, q.hedge ? `hedge: ${q.hedge}` : null].filter((x): x is string => !!x);
      const tail = notes.length ? ` [${notes.join('; ')}]` : '';
      return `${q.speaker.name} — ${q.cue.text} — ${content}${tail}`;
    })
    .join('\n');
}
