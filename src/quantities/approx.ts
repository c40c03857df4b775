/** Approximation words before (or after) an amount, and what they mean. */
import type { Approx } from '../types.js';
import { alternation } from '../lang/id/units.js';

export const APPROX_WORDS: ReadonlyMap<string, Approx> = new Map<string, Approx>([
  ['sekitar', 'about'], ['sekira', 'about'], ['sekitaran', 'about'], ['kira-kira', 'about'],
  ['kira kira', 'about'], ['kurang lebih', 'about'], ['lebih kurang', 'about'], ['kurleb', 'about'],
  ['berkisar', 'about'], ['berkisar antara', 'about'], ['kisaran', 'about'],
  ['lebih dari', 'more-than'], ['lebih daripada', 'more-than'],
  ['sedikitnya', 'at-least'], ['setidaknya', 'at-least'], ['setidak-tidaknya', 'at-least'],
  ['sekurang-kurangnya', 'at-least'], ['sekurangnya', 'at-least'], ['paling sedikit', 'at-least'],
  ['minimal', 'at-least'], ['minimum', 'at-least'], ['tidak kurang dari', 'at-least'],
  ['tak kurang dari', 'at-least'],
  ['hampir', 'almost'], ['nyaris', 'almost'], ['mendekati', 'almost'],
  ['paling banyak', 'at-most'], ['maksimal', 'at-most'], ['maksimum', 'at-most'],
  ['sebanyak-banyaknya', 'at-most'], ['tidak lebih dari', 'at-most'], ['tak lebih dari', 'at-most'],
]);

/** An approximation phrase ending right before the amount (group 1 is the phrase). */
export const APPROX_PREFIX_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${alternation([...APPROX_WORDS.keys()])})` +
    `(?:\\s+(?:sekitar|sekira|kira-kira))?\\s*$`,
  'iu',
);
