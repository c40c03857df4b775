/**
 * Sentences and tokens: Indonesian-aware, offset-preserving sentence splitting and tokenisation.
 * All offsets are UTF-16 indices into the original string; the text is never normalised.
 */
export type { TokenTable, KindedTokenTable } from './tokenize.js';
export { tokenize, tokenizeKinds, TokenKind } from './tokenize.js';
export { splitSentences, splitSentencesWith, sentenceOf } from './sentences.js';
export type { SplitOptions } from './sentences.js';
