import type { Edit } from './edit.js';

/**
 * A working copy of the raw input that remembers, for every character, where it came from.
 * Each repair pass returns a new MappedText; `map[i]` is the raw offset of `text[i]`
 * (an inserted character maps to the raw offset of what it replaced), and
 * `map[text.length]` is the raw end. This is the "map back to the raw input" that lets a
 * user see where any clean span came from.
 */
export class MappedText {
  private constructor(
    readonly text: string,
    readonly map: Int32Array,
  ) {}

  static from(raw: string): MappedText {
    const map = new Int32Array(raw.length + 1);
    for (let i = 0; i <= raw.length; i++) map[i] = i;
    return new MappedText(raw, map);
  }

  /** Apply sorted, non-overlapping edits. Edits out of order or overlapping are skipped. */
  apply(edits: readonly Edit[]): MappedText {
    if (edits.length === 0) return this;
    const parts: string[] = [];
    let len = 0;
    let pos = 0;
    const kept: Edit[] = [];
    for (const e of edits) {
      if (e.start < pos || e.end < e.start || e.end > this.text.length) continue;
      kept.push(e);
      len += e.start - pos + e.fixed.length;
      pos = e.end;
    }
    len += this.text.length - pos;
    const map = new Int32Array(len + 1);
    let out = 0;
    pos = 0;
    for (const e of kept) {
      parts.push(this.text.slice(pos, e.start), e.fixed);
      map.set(this.map.subarray(pos, e.start), out);
      out += e.start - pos;
      const anchor = this.map[e.start]!;
      // Characters of `fixed` that are a plain copy of the replaced text keep their origin.
      const replaced = this.text.slice(e.start, e.end);
      for (let k = 0, j = 0; k < e.fixed.length; k++) {
        if (j < replaced.length && e.fixed[k] === replaced[j]) {
          map[out + k] = this.map[e.start + j]!;
          j++;
        } else {
          map[out + k] = j < replaced.length ? this.map[e.start + j]! : anchor;
        }
      }
      out += e.fixed.length;
      pos = e.end;
    }
    parts.push(this.text.slice(pos));
    map.set(this.map.subarray(pos), out);
    return new MappedText(parts.join(''), map);
  }

  /** The raw span a working span came from. */
  rawSpan(start: number, end: number): { start: number; end: number } {
    const s = this.map[start]!;
    const e = end > start ? this.map[end - 1]! + 1 : s;
    return { start: s, end: Math.max(s, e) };
  }
}
