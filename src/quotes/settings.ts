/**
 * Thresholds of the quote stage. Each was set on the quotes evaluation (`npx tsx eval/quotes.ts`,
 * gold seed + dev) and is a round number that the scores are not sensitive to.
 */
export const SETTINGS = {
  /** Words a cue-less quote needs to count as a statement rather than a title or scare quote. */
  minInheritWords: 4,
  /** How far back from an opening mark a reporting verb may stand ("mengecam tindakan tersebut “…”"). */
  preCueWindow: 6,
  /** Words allowed between that verb and the mark when no comma or colon introduces the quote. */
  preCueMaxBetween: 3,
  /** Words between a verb and its "bahwa" (an adjunct or addressee), or in a "kepada X," addressee. */
  bahwaWindow: 8,
  /** Words in which a "clause" verb's complement must show a verb or auxiliary. */
  clauseWindow: 5,
  /** Words before ", kata X, …" that make it a closing attribution rather than a parenthesis. */
  inlineClauseWords: 8,
  /** Longest time or place adjunct skipped before a comma at the start of a claim. */
  leadingAdjunctWords: 7,
  /** Longest date segment skipped after a source ("Seperti dilansir AP, Sabtu (21/6/2008), …"). */
  dateSegmentWords: 6,
  /** Shortest reported clause. */
  minIndirectWords: 2,
} as const;
