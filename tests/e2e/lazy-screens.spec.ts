import type { Route } from '@playwright/test';
import { artifact } from './ui-helpers';
import { expect, test } from './web-shell-fixture';

/**
 * Screens load when first opened (issue 10, item 5). While one's code is on its
 * way the user sees a spinner and a word in their language, then the screen:
 * never a blank page, and nothing lost on the way.
 */
for (const [lang, opening] of [
  ['zh-CN', '正在打开…'],
  ['en', 'Opening…'],
] as const) {
  test(`a screen opened for the first time shows "${opening}" until its code arrives (${lang})`, async ({ page, desk }) => {
    if (lang === 'en') await desk.api('session.setLocale', { locale: 'en' });
    // Hold the plans screen's code until the waiting state has been seen.
    const held: Route[] = [];
    await page.route(/\/assets\/PlansScreen-[^/]+\.js$/, (route) => void held.push(route));
    await page.goto(desk.url);
    await expect(page.getByTestId('checkin-form')).toBeVisible();

    await page.getByTestId('nav-plans').click();
    const loading = page.getByTestId('screen-loading');
    await expect(loading).toHaveText(opening);
    await expect(loading.locator('.ant-spin')).toBeVisible();
    // The header stays, with the new item lit: only the screen's own place waits.
    await expect(page.getByTestId('nav-plans')).toBeVisible();
    await page.screenshot({ path: artifact(`lazy-screen-loading-${lang}.png`) });

    await expect.poll(() => held.length).toBe(1);
    await held[0]!.continue();
    await expect(page.getByTestId('plans-screen')).toBeVisible();
    await expect(loading).toHaveCount(0);
  });
}
