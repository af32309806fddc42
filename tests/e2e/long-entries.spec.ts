import type { Locator, Page } from '@playwright/test';
import dayjs from 'dayjs';
import { expect, test } from './web-shell-fixture';
import { artifact, residentId } from './ui-helpers';

/**
 * Issue 9 item 6(c): an over-long entry says so instead of being cut silently.
 * Text pasted past a field's limit stays whole in the field, the error names
 * the limit (read from the contract) and nothing is saved — on the desk's
 * check-in form and in a plan's itinerary sheet. And the plans week calendar
 * shows a long title whole, wrapped in its block.
 */

const TOO_LONG = {
  zh: (max: number, count: number) => `最多 ${max} 个字，现在有 ${count} 个字`,
  en: (max: number, count: number) => `At most ${max} characters; this has ${count}`,
};

/** Pasted as a person would: through the clipboard, so the browser's own length cap (if any) applies. */
async function paste(page: Page, field: Locator, text: string) {
  await field.click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

for (const lang of ['zh', 'en'] as const) {
  test(`desk: pasted name, company and purpose past their limits stay whole, the limits are named, nobody is registered (${lang})`, async ({ page, desk }) => {
    if (lang === 'en') await desk.api('session.setLocale', { locale: 'en' });
    await page.goto(desk.url);
    await expect(page.getByTestId('checkin-form')).toBeVisible();

    const name = (lang === 'zh' ? '欧阳' : 'Alexandra ').padEnd(60, lang === 'zh' ? '娜' : 'x');
    const company = '深圳市前海华星光电科技有限公司'.repeat(8); // 120
    const purpose = '商务洽谈并参观展厅，'.repeat(22); // 220
    await paste(page, page.getByTestId('field-name'), name);
    await paste(page, page.getByTestId('field-company'), company);
    await page.getByTestId('field-id-number').fill(residentId('11010519900307123'));
    await page.getByTestId('field-host').fill('王芳');
    await paste(page, page.getByTestId('field-purpose'), purpose);
    await page.getByTestId('field-privacy').check();

    // Kept whole: nothing was cut as it was pasted.
    await expect(page.getByTestId('field-name')).toHaveValue(name);
    await expect(page.getByTestId('field-company')).toHaveValue(company);
    await expect(page.getByTestId('field-purpose')).toHaveValue(purpose);

    // The desk's keyboard flow is unchanged: Ctrl+Enter submits, and the form refuses, naming each limit.
    await page.getByTestId('field-host').press('Control+Enter');
    const form = page.getByTestId('checkin-form');
    await expect(form.locator('.ant-form-item-explain-error').filter({ hasText: TOO_LONG[lang](50, 60) })).toBeVisible();
    await expect(form.locator('.ant-form-item-explain-error').filter({ hasText: TOO_LONG[lang](100, 120) })).toBeVisible();
    await expect(form.locator('.ant-form-item-explain-error').filter({ hasText: TOO_LONG[lang](200, 220) })).toBeVisible();
    // The count on the field shows the same limit.
    await expect(form.locator('.ant-input-affix-wrapper', { has: page.getByTestId('field-company') })).toContainText('120 / 100');
    await page.screenshot({ path: artifact(`long-entries-desk-${lang}.png`) });

    const list = await desk.api<{ rows: unknown[] }>('visits.list', { scope: 'today' });
    expect(list.ok).toBe(true);
    expect(list.value.rows).toHaveLength(0);

    // Esc still clears the form at once (no discard question on the desk).
    await page.getByTestId('field-name').press('Escape');
    await expect(page.getByTestId('field-name')).toHaveValue('');
    await expect(page.locator('.ant-modal-confirm')).toHaveCount(0);
  });

  test(`itinerary: a place pasted past its limit stays whole in the cell, the save is refused naming the limit (${lang})`, async ({ page, desk }) => {
    if (lang === 'en') await desk.api('session.setLocale', { locale: 'en' });
    const day = dayjs().add(7, 'day').format('YYYY-MM-DD');
    const made = await desk.api<{ id: string }>('plans.create', { title: '华兴科技来访', arrivalAt: `${day}T09:00`, departureAt: `${day}T17:00` });
    expect(made.ok).toBe(true);
    await page.goto(`${desk.url}#/plans/${made.value.id}`);
    await page.getByTestId('plan-tab-itinerary').click();
    await page.getByTestId('itinerary-add').click();
    const row = page.getByTestId('itinerary-row').first();
    await row.getByTestId('itinerary-activity').fill('参观');
    await page.keyboard.press('Escape');

    const place = '深圳市南山区科技园南区高新南七道'.repeat(9).slice(0, 130);
    const cell = row.getByTestId('itinerary-place');
    await paste(page, cell, place);
    await expect(cell).toHaveValue(place);
    // Marked as it is pasted, with the count past the limit.
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(row.locator('.ant-input-affix-wrapper', { has: page.getByTestId('itinerary-place') })).toContainText('130 / 100');

    await page.getByTestId('itinerary-save').click();
    const refusal = page.locator('.ant-message-notice').filter({ hasText: TOO_LONG[lang](100, 130) });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(lang === 'zh' ? '地点' : 'Place');
    await expect(cell).toHaveValue(place);
    await page.screenshot({ path: artifact(`long-entries-itinerary-${lang}.png`) });

    const saved = await desk.api<{ itinerary: unknown[] }>('plans.get', { id: made.value.id });
    expect(saved.value.itinerary).toHaveLength(0);
  });

  test(`plans week: a long title is shown whole, wrapped in its block, at 1366x768 (${lang})`, async ({ page, desk }) => {
    if (lang === 'en') await desk.api('session.setLocale', { locale: 'en' });
    const today = dayjs().format('YYYY-MM-DD');
    const title = lang === 'zh' ? '华为技术有限公司高管年度战略交流会暨新品联合发布' : 'Annual strategy exchange with Huawei Technologies executives';
    const made = await desk.api<{ id: string }>('plans.create', { title, arrivalAt: `${today}T10:00`, departureAt: `${today}T11:30`, expectedHeadcount: 6 });
    expect(made.ok).toBe(true);
    // A visit over several days sits in the week's multi-day row: its title wraps there too.
    const longer = lang === 'zh' ? '华东区域经销商年度大会及工厂参观考察活动（三天）' : 'East China distributors annual conference and three-day factory tour';
    const tomorrow = dayjs().add(1, 'day').format('YYYY-MM-DD');
    const spanning = await desk.api('plans.create', { title: longer, arrivalAt: `${today}T09:00`, departureAt: `${tomorrow}T17:00` });
    expect(spanning.ok).toBe(true);
    await page.goto(`${desk.url}#/plans`);
    await expect(page.getByTestId('plans-calendar')).toHaveAttribute('data-view', 'week');
    const multiDayTitle = page.getByTestId('plan-event').filter({ hasText: longer }).locator('.plan-event__title');
    await expect(multiDayTitle).toHaveText(longer);
    expect(await multiDayTitle.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);

    const event = page.getByTestId('plan-event').filter({ hasText: title });
    const titleBox = event.locator('.plan-event__title');
    await expect(titleBox).toHaveText(title);
    await titleBox.scrollIntoViewIfNeeded();
    // Whole: the title's text fits its own box (not cut with an ellipsis) and the box lies within the event's visible block.
    const fits = await titleBox.evaluate((el) => {
      const hit = el.closest('.plan-event__hit')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { overflowX: el.scrollWidth - el.clientWidth, inside: box.bottom <= hit.bottom + 0.5 && box.right <= hit.right + 0.5 };
    });
    expect(fits).toEqual({ overflowX: 0, inside: true });
    await page.screenshot({ path: artifact(`long-entries-week-${lang}.png`) });

    await page.getByTestId('plans-view-day').click();
    await expect(page.getByTestId('plans-calendar')).toHaveAttribute('data-view', 'day');
    // The day view names level and status after the title, in the same line box.
    await expect(titleBox).toContainText(title);
    const dayFits = await titleBox.evaluate((el) => {
      const hit = el.closest('.plan-event__hit')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { overflowX: el.scrollWidth - el.clientWidth, inside: box.bottom <= hit.bottom + 0.5 && box.right <= hit.right + 0.5 };
    });
    expect(dayFits).toEqual({ overflowX: 0, inside: true });
    await page.screenshot({ path: artifact(`long-entries-day-${lang}.png`) });
  });
}

