/**
 * What the API accepts, as zod schemas: query parameters of each route (strings in,
 * typed values out; an empty parameter counts as absent) and their limits.
 */
import { z } from 'zod';

export const STANCES = ['confirm', 'deny', 'refuse-to-deny', 'claim', 'accuse', 'warn', 'question'] as const;
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;
/** Largest request body (POST /api/analyze), in bytes. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
/** Largest page any list route returns. */
export const MAX_PAGE = 100;

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `at most ${max} characters`).optional());

const date = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
);

const int = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'expected a whole number')
      .transform(Number)
      .pipe(z.number().int().min(min, `at least ${min}`).max(max, `at most ${max}`))
      .optional()
      .transform((v) => v ?? fallback),
  );

const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(['1', '0', 'true', 'false'], { errorMap: () => ({ message: 'expected 1, 0, true or false' }) })
    .optional()
    .transform((v) => v === '1' || v === 'true'),
);

const entityType = z.preprocess(
  (v) => (typeof blankToUndefined(v) === 'string' ? (v as string).trim().toUpperCase() : undefined),
  z.enum(ENTITY_TYPES, { errorMap: () => ({ message: 'expected PER, ORG or LOC' }) }).optional(),
);

const stance = z.preprocess(
  blankToUndefined,
  z.enum(STANCES, { errorMap: () => ({ message: `expected one of ${STANCES.join(', ')}` }) }).optional(),
);

export const ArticlesQuery = z.object({
  q: text(500),
  entity: text(200),
  speaker: text(200),
  outlet: text(100),
  from: date,
  to: date,
  limit: int(0, MAX_PAGE, 10),
  offset: int(0, 100_000, 0),
  facets: flag,
});

export const EntitiesQuery = z.object({
  type: entityType,
  q: text(200),
  top: int(1, MAX_PAGE, 20),
  offset: int(0, 100_000, 0),
});

export const EntityQuery = z.object({
  by: z.preprocess(blankToUndefined, z.enum(['month', 'day'], { errorMap: () => ({ message: 'expected month or day' }) }).optional()),
  quotes: int(0, MAX_PAGE, 20),
  co: int(0, MAX_PAGE, 12),
});

export const QuotesQuery = z.object({
  speaker: text(200),
  entity: z.preprocess(blankToUndefined, z.string().regex(/^\d{1,9}$/, 'expected an entity id').transform(Number).optional()),
  stance,
  from: date,
  to: date,
  limit: int(1, MAX_PAGE, 20),
  offset: int(0, 100_000, 0),
});
