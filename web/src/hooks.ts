import { useEffect, useState } from 'preact/hooks';
import { get } from './api.js';

export interface Fetched<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

/** GET a URL; refetches when it changes and drops answers that arrive late. */
export function useFetch<T>(url: string | null): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ data: null, error: null, loading: url !== null });
  useEffect(() => {
    if (url === null) return;
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    get<T>(url, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (!ctl.signal.aborted) setState({ data: null, error, loading: false });
      },
    );
    return () => ctl.abort();
  }, [url]);
  return state;
}
