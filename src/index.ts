/** warta's public API. */
import { Pipeline, CORE_STAGES, type Stage } from './pipeline.js';
import { ANNOTATOR_STAGES } from './stages.js';
import type { Article, ArticleInput } from './types.js';

export * from './types.js';
export { WartaError } from './errors.js';
export { Pipeline, CORE_STAGES } from './pipeline.js';
export { ANNOTATOR_STAGES } from './stages.js';
export type { Stage, Doc, Layer } from './pipeline.js';

/** Every stage, in order. */
export const ALL_STAGES: readonly Stage[] = [...CORE_STAGES, ...ANNOTATOR_STAGES];

let defaultPipeline: Pipeline | null = null;

/** Analyse one article (an article object, or raw seed-style text). */
export function analyze(input: ArticleInput | string): Article {
  defaultPipeline ??= new Pipeline(ALL_STAGES);
  return defaultPipeline.run(typeof input === 'string' ? { text: input } : input);
}
