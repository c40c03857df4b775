/**
 * Typed errors. A bug or unusable input is a WartaError with a stable `code`; a recoverable
 * oddity is a Diagnostic on the article instead (see types.ts).
 */
export type ErrorCode =
  | 'usage'
  | 'not-found'
  | 'unreadable'
  | 'empty-input'
  | 'empty-text'
  | 'binary-input'
  | 'too-large'
  | 'bad-json'
  | 'bad-article'
  | 'bad-csv'
  | 'missing-column'
  | 'internal';

export class WartaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WartaError';
  }
}

export function errorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof WartaError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message };
}
