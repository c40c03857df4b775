/**
 * Thresholds of the clean stage, in one place. Each was set by reading the development
 * corpus and checking `npm run eval` (clean-text F1, noise leak) on gold/dev.
 */
export const CLEAN = {
  /** A related headline has at least this many words (shorter: a phrase of the body). */
  headlineMinWords: 3,
  /** ... and at most this many (longer: a sentence of the body). */
  headlineMaxWords: 24,
  /** Share of non-function words that must be capitalised in a bare related headline. */
  headlineCapsShare: 0.75,
  /** A heading is a short line: at most this many words. */
  headingMaxWords: 10,
  /** A rubric line in a seed-style header: at most this many words. */
  rubricMaxWords: 3,
  /** Paragraphs shorter than this (normalised chars) are never treated as duplicates. */
  duplicateMinChars: 24,
  /** A line is a glued copy when later paragraphs cover at least this share of it. */
  gluedCopyCoverage: 0.5,
  /** Uncovered stretches of a glued copy shorter than this (normalised chars) are dropped. */
  gluedCopyKeepMinChars: 40,
  /** Whole-line noise is at most this long ("Baca juga: <headline>" included). */
  noiseLineMaxChars: 300,
  /** A related headline alone on its line has at least this many words (a subheading fewer). */
  standaloneHeadlineMinWords: 6,
  /** ... and shares less than this share of its content words with the paragraphs around it. */
  standaloneHeadlineMaxOverlap: 0.3,
  /** Trailer (tags, promos) after the closing credit code: at most this many lines. */
  trailerMaxLines: 20,
} as const;
