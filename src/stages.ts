/**
 * The annotator stages: each reads earlier layers and adds one frozen layer of offset spans
 * into the clean text.
 */
import type { Stage } from './pipeline.js';
import { extractEntities } from './entities/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractTimes } from './times/index.js';
import { extractQuotes } from './quotes/index.js';

export const entityStage: Stage = {
  name: 'entities',
  requires: ['clean', 'sentences'],
  provides: 'entities',
  run(doc) {
    doc.extra.entities = extractEntities(doc.clean!.text, doc.sentences!, doc.clean!.dateline);
  },
};

export const quantityStage: Stage = {
  name: 'quantities',
  requires: ['clean'],
  provides: 'quantities',
  run(doc) {
    doc.extra.quantities = extractQuantities(doc.clean!.text);
  },
};

export const timeStage: Stage = {
  name: 'times',
  requires: ['clean', 'published'],
  provides: 'times',
  run(doc) {
    const { times, diagnostics } = extractTimes(doc.clean!.text, doc.anchor ?? null);
    doc.extra.times = times;
    doc.diagnostics.push(...diagnostics);
  },
};

export const quoteStage: Stage = {
  name: 'quotes',
  requires: ['clean', 'sentences', 'entities'],
  provides: 'quotes',
  run(doc) {
    doc.extra.quotes = extractQuotes(doc.clean!.text, doc.sentences!, doc.extra.entities ?? []);
  },
};

export const ANNOTATOR_STAGES: readonly Stage[] = [entityStage, quantityStage, timeStage, quoteStage];
