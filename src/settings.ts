/** Engine-wide limits. */
export const LIMITS = {
  /** Longest article text accepted, in UTF-16 code units (2 M: a long report is ~100 k). */
  maxTextLength: 2_000_000,
  /** Longest input line accepted in JSONL (bytes); longer lines are rejected, the run goes on. */
  maxLineBytes: 16 * 1024 * 1024,
} as const;
