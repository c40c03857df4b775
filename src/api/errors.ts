/**
 * Errors at the HTTP boundary: every failure leaves as `{"error": {"code", "message"}}` with
 * a status that says whose fault it was. Typed errors (WartaError codes) map to 4xx; anything
 * else is logged on the server and answered with a plain 500 that carries no stack or detail.
 */
import type { ZodError } from 'zod';
import { WartaError, type ErrorCode } from '../errors.js';

export type ApiStatus = 400 | 404 | 405 | 413 | 415 | 422 | 500 | 503;

export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** A request the API refuses, with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: ApiStatus,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS: Record<ErrorCode, ApiStatus> = {
  usage: 400,
  'bad-json': 400,
  'bad-article': 400,
  'bad-csv': 400,
  'missing-column': 400,
  'empty-input': 400,
  'empty-text': 400,
  'binary-input': 415,
  'too-large': 413,
  'not-found': 404,
  unreadable: 503,
  internal: 500,
};

/** The status and body for any thrown value; `log` receives what the client must not see. */
export function toErrorResponse(err: unknown, log: (msg: string) => void): { status: ApiStatus; body: ApiErrorBody } {
  if (err instanceof ApiError) return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  if (err instanceof WartaError && err.code !== 'internal') {
    const status = STATUS[err.code] ?? 500;
    // A store that cannot be read is the server's problem: say so without its path or URL.
    const message = status === 503 ? 'the store is not available' : err.message;
    if (status === 503) log(`warta serve: ${err.message}`);
    return { status, body: { error: { code: err.code, message } } };
  }
  log(`warta serve: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}

/** One line per problem: "limit: Number must be less than or equal to 100". */
export function zodMessage(err: ZodError, where: string): string {
  return err.issues
    .map((i) => {
      const path = i.path.join('.');
      return `${path ? `${where === 'body' ? '' : `${where} `}${path}: ` : ''}${i.message}`;
    })
    .join('; ');
}
