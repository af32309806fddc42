import type { Page } from '../lib/useHashRoute';

/** What each screen needs; the navigation shows a screen only to those main would let use it. */
export const PAGE_PERMISSION: Record<Page, string> = {
  desk: 'desk.view',
  clients: 'clients.view',
  users: 'users.manage',
  audit: 'audit.view',
  security: 'keys.manage',
};

export function allowedPages(can: (permission: string) => boolean): Page[] {
  return (Object.keys(PAGE_PERMISSION) as Page[]).filter((page) => can(PAGE_PERMISSION[page]));
}

/**
 * Screens shown as tabs of another screen rather than in the header's
 * navigation (the header has room for four items, with short labels, in English at 1366 px).
 */
export const TAB_OF: Partial<Record<Page, Page>> = { security: 'users' };

/** The navigation item a screen lights up. */
export function navPage(page: Page): Page {
  return TAB_OF[page] ?? page;
}
