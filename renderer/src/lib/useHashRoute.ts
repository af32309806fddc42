import { useEffect, useState } from 'react';

/** The screens of the signed-in app, each at `#/<page>`. */
export const PAGES = ['desk', 'plans', 'clients', 'users', 'audit', 'security', 'backup', 'checklists', 'templates', 'quality', 'emergency', 'tasks', 'incidents', 'feedback', 'followups', 'scripts', 'documents', 'pastVisits', 'retention', 'storage', 'reports', 'dataExport', 'dataImport'] as const;
export type Page = (typeof PAGES)[number];

/** `id` is the record a screen opens at, e.g. `#/plans/<planId>` opens that plan's editor. */
export type Route = { kind: 'page'; page: Page; id?: string } | { kind: 'print'; jobId: string };

/**
 * `#/print/<jobId>` is the print route main renders; `#/users`, `#/plans`
 * and `#/plans/<id>` are screens; anything else is the front desk.
 */
export function parseHash(hash: string): Route {
  const print = /^#\/print\/([^/?#]+)$/.exec(hash);
  if (print) return { kind: 'print', jobId: decodeURIComponent(print[1]!) };
  const match = /^#\/([a-zA-Z]+)(?:\/([^/?#]+))?$/.exec(hash);
  const page = match?.[1];
  if (!page || !(PAGES as readonly string[]).includes(page)) return { kind: 'page', page: 'desk' };
  return match[2] ? { kind: 'page', page: page as Page, id: decodeURIComponent(match[2]) } : { kind: 'page', page: page as Page };
}

export function pageHash(page: Page, id?: string): string {
  return id ? `#/${page}/${encodeURIComponent(id)}` : `#/${page}`;
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
