/**
 * Nesting an article's annotations for display. Spans may nest (an entity inside a quote)
 * and, rarely, cross; a crossing span is cut at its parent's end. Quotes are outermost,
 * then entities, amounts and dates.
 */
import type { Article, Entity, Quantity, Quote, TimeExpr } from './api.js';

export type Ann =
  | { kind: 'quote'; start: number; end: number; quote: Quote; index: number }
  | { kind: 'entity'; start: number; end: number; entity: Entity }
  | { kind: 'quantity'; start: number; end: number; quantity: Quantity }
  | { kind: 'time'; start: number; end: number; time: TimeExpr };

export interface Piece {
  ann: Ann;
  children: Array<Piece | string>;
}

const RANK: Record<Ann['kind'], number> = { quote: 0, entity: 1, quantity: 2, time: 3 };

export function annotations(a: Article): Ann[] {
  const out: Ann[] = [];
  a.quotes.forEach((quote, index) => out.push({ kind: 'quote', start: quote.content.start, end: quote.content.end, quote, index }));
  for (const entity of a.entities) {
    for (const m of entity.mentions) if (m.start !== undefined && m.end !== undefined) out.push({ kind: 'entity', start: m.start, end: m.end, entity });
  }
  for (const quantity of a.quantities) out.push({ kind: 'quantity', start: quantity.start, end: quantity.end, quantity });
  for (const time of a.times) out.push({ kind: 'time', start: time.start, end: time.end, time });
  return out
    .filter((x) => x.end > x.start)
    .sort((x, y) => x.start - y.start || y.end - x.end || RANK[x.kind] - RANK[y.kind]);
}

/** The text of [from, to) with the (sorted) annotations inside it nested. */
export function nest(text: string, anns: readonly Ann[], from: number, to: number): Array<Piece | string> {
  const out: Array<Piece | string> = [];
  let pos = from;
  let i = 0;
  while (i < anns.length) {
    const a = anns[i]!;
    const start = Math.max(a.start, pos);
    const end = Math.min(a.end, to);
    if (start >= end) {
      i++;
      continue;
    }
    if (start > pos) out.push(text.slice(pos, start));
    const kids: Ann[] = [];
    let j = i + 1;
    for (; j < anns.length && anns[j]!.start < end; j++) kids.push(anns[j]!);
    out.push({ ann: { ...a, start, end } as Ann, children: nest(text, kids, start, end) });
    pos = end;
    i = j;
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}

/** The annotations overlapping [from, to), still sorted. */
export function within(anns: readonly Ann[], from: number, to: number): Ann[] {
  return anns.filter((a) => a.start < to && a.end > from);
}
