export { parsePublished, inferDocDate } from './published.js';
export type { ParsedPublished } from './published.js';
export { extractTimes } from './extract.js';
