import type { Page } from '../lib/useHashRoute';

/** The archive's screens, as tabs of the 档案 / Archive header item, in tab order. */
export const ARCHIVE_PAGES = ['documents', 'pastVisits', 'retention', 'storage'] as const satisfies readonly Page[];
export type ArchivePage = (typeof ARCHIVE_PAGES)[number];

export function isArchivePage(page: Page): page is ArchivePage {
  return (ARCHIVE_PAGES as readonly string[]).includes(page);
}
