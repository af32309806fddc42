import { useEffect, useState } from 'react';

/** The screens of the signed-in app, each at `#/<page>`. */
export const PAGES = ['desk', 'clients', 'users', 'audit', 'security'] as const;
export type Page = (typeof PAGES)[number];

export type Route = { kind: 'page'; page: Page } | { kind: 'print'; jobId: string };

/**
 * `#/print/<jobId>` is the badge print route main renders; `#/users` and
 * `#/audit` are screens; anything else is the front desk.
 */
export function parseHash(hash: string): Route {
  const print = /^#\/print\/([^/?#]+)$/.exec(hash);
  if (print) return { kind: 'print', jobId: decodeURIComponent(print[1]!) };
  const page = /^#\/([a-z]+)$/.exec(hash)?.[1];
  return { kind: 'page', page: (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'desk' };
}

export function pageHash(page: Page): string {
  return `#/${page}`;
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
