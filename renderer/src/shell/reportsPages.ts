import type { Page } from '../lib/useHashRoute';

/** The 报表 / Reports header item's screens, in tab order: the figures, then Excel out and in. */
export const REPORTS_PAGES = ['reports', 'dataExport', 'dataImport'] as const satisfies readonly Page[];
export type ReportsPage = (typeof REPORTS_PAGES)[number];

export function isReportsPage(page: Page): page is ReportsPage {
  return (REPORTS_PAGES as readonly string[]).includes(page);
}
