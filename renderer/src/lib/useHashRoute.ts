import { useEffect, useState } from 'react';

export type Route = { kind: 'desk' } | { kind: 'print'; jobId: string };

/** `#/print/<jobId>` is the badge print route main renders; anything else is the desk. */
export function parseHash(hash: string): Route {
  const match = /^#\/print\/([^/?#]+)$/.exec(hash);
  return match ? { kind: 'print', jobId: decodeURIComponent(match[1]!) } : { kind: 'desk' };
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
