/**
 * One call at a time. The PostgreSQL store talks over a single connection, so calls that
 * overlap (an HTTP server answering several requests, or Promise.all over store reads) would
 * pile queries onto a connection still busy with another — which pg queues today but
 * deprecates, and which would let a read slip into a write transaction. The server wraps its
 * store in this queue; the SQLite store runs synchronously underneath and loses nothing.
 */
import type { Store } from './types.js';

export function serialized<S extends Store>(store: S): S {
  let tail: Promise<unknown> = Promise.resolve();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const run = tail.then(
          () => value.apply(target, args),
          () => value.apply(target, args),
        );
        tail = run.catch(() => undefined);
        return run;
      };
    },
  });
}
