/** A local change to a string: replace [start, end) with `fixed`. Used by repair passes. */
export interface Edit {
  start: number;
  end: number;
  fixed: string;
  kind: string;
}
