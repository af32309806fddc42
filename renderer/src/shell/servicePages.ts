import type { Page } from '../lib/useHashRoute';

/** The screens after the visit, as tabs of the 服务 / Service header item, in tab order. */
export const SERVICE_PAGES = ['tasks', 'incidents', 'feedback', 'followups', 'scripts'] as const satisfies readonly Page[];
export type ServicePage = (typeof SERVICE_PAGES)[number];

export function isServicePage(page: Page): page is ServicePage {
  return (SERVICE_PAGES as readonly string[]).includes(page);
}
