import type { Page } from '../lib/useHashRoute';

/** What each screen needs; the navigation shows a screen only to those main would let use it. */
export const PAGE_PERMISSION: Record<Page, string> = {
  desk: 'desk.view',
  plans: 'plans.view',
  clients: 'clients.view',
  users: 'users.manage',
  audit: 'audit.view',
  security: 'keys.manage',
  backup: 'backup.manage',
  // The to-do list, quality figures and emergency plan are everyone's; templates are the managers'.
  checklists: 'checklists.view',
  templates: 'checklists.manage',
  quality: 'checklists.view',
  emergency: 'checklists.view',
  // After the visit: the task inbox is everyone's; the rest as main's channels allow.
  tasks: 'app.view',
  incidents: 'incidents.view',
  feedback: 'feedback.view',
  followups: 'followups.view',
  scripts: 'incidents.view',
  // The archive: documents and past visits are everyone's to see; destruction records too (auditors check them); the storage check is the managers'.
  documents: 'archive.view',
  pastVisits: 'archive.view',
  retention: 'archive.view',
  storage: 'archive.manage',
  // Reports and Excel in and out: the figures for managers, coordinators and auditors; exports and imports by their own permissions.
  reports: 'reports.view',
  dataExport: 'data.export',
  dataImport: 'data.import',
};

export function allowedPages(can: (permission: string) => boolean): Page[] {
  return (Object.keys(PAGE_PERMISSION) as Page[]).filter((page) => can(PAGE_PERMISSION[page]));
}

/** The header's items. Administration gathers accounts, data security, backups and the audit log as tabs. */
export const NAV_ITEMS = ['desk', 'plans', 'checklists', 'service', 'archive', 'clients', 'reports', 'admin'] as const;
export type NavItem = (typeof NAV_ITEMS)[number];

/** The header has room for four short items in English at 1366 px, so the rarely used screens share one. */
const NAV_OF: Record<Page, NavItem> = {
  desk: 'desk',
  plans: 'plans',
  clients: 'clients',
  users: 'admin',
  security: 'admin',
  audit: 'admin',
  backup: 'admin',
  checklists: 'checklists',
  templates: 'checklists',
  quality: 'checklists',
  emergency: 'checklists',
  tasks: 'service',
  incidents: 'service',
  feedback: 'service',
  followups: 'service',
  scripts: 'service',
  documents: 'archive',
  pastVisits: 'archive',
  retention: 'archive',
  storage: 'archive',
  reports: 'reports',
  dataExport: 'reports',
  dataImport: 'reports',
};

/** The header item a screen lights up. */
export function navItemOf(page: Page): NavItem {
  return NAV_OF[page];
}

/** The screens behind one header item that this user may open, in tab order. */
export function pagesOf(item: NavItem, pages: Page[]): Page[] {
  return pages.filter((page) => NAV_OF[page] === item);
}

/** Header items with at least one screen this user may open. */
export function navItems(pages: Page[]): NavItem[] {
  return NAV_ITEMS.filter((item) => pagesOf(item, pages).length > 0);
}
