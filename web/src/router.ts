/** A small history router: the path and query of the page, and navigation without reloads. */
import { useEffect, useState } from 'preact/hooks';

export interface Loc {
  path: string;
  params: URLSearchParams;
  hash: string;
}

function current(): Loc {
  return { path: location.pathname, params: new URLSearchParams(location.search), hash: location.hash };
}

const listeners = new Set<() => void>();

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const l of listeners) l();
  if (!href.includes('#')) window.scrollTo(0, 0);
}

export function useLocation(): Loc {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/** Same-origin links navigate in place (a modifier key or target keeps the browser's way). */
export function interceptLinks(): void {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
    if (a.pathname.startsWith('/api/') || a.pathname === '/openapi.json') return;
    e.preventDefault();
    navigate(a.pathname + a.search + a.hash);
  });
}
