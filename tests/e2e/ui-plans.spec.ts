import type { Page } from '@playwright/test';
import dayjs from 'dayjs';
import { expect, test, type WebShell } from './web-shell-fixture';
import { pickOption, typeDate } from './ui-helpers';
import { signedInUserId } from './account-manager';

/**
 * The Plans screen end to end through the web shell: plans made through the
 * API show on their day in the month, week and day views and in the list;
 * the status filter, the search, the unscheduled link, jumping to a date and
 * coming back from a plan's editor to the same place; a new plan made from the
 * calendar lands in its editor; a receptionist sees no create button; and the
 * screen in English.
 */

const TODAY = dayjs().format('YYYY-MM-DD');
/** A Tuesday far from today, reached with the date picker. */
const LATER = '2030-03-12';

interface Seeded {
  today: string;
  other: string;
  cancelled: string;
  vip: string;
  unscheduled: string;
}

async function create(desk: WebShell, input: Record<string, unknown>): Promise<string> {
  const made = await desk.api<{ id: string }>('plans.create', input);
  expect(made.ok, JSON.stringify(made)).toBe(true);
  return made.value.id;
}

async function seed(desk: WebShell): Promise<Seeded> {
  const huaxing = (await desk.api<{ id: string }>('clients.create', { name: '北京华兴科技有限公司', tier: 'vip', accountManagerUserId: await signedInUserId(desk.api) })).value.id;
  const mingyuan = (await desk.api<{ id: string }>('clients.create', { name: '上海明远贸易有限公司' })).value.id;
  const at = (hm: string) => `${TODAY}T${hm}`;
  const ids: Seeded = {
    today: await create(desk, { title: '华兴科技战略洽谈', clientId: huaxing, level: 'key', arrivalAt: at('10:00'), departureAt: at('11:30'), expectedHeadcount: 6 }),
    other: await create(desk, { title: '明远贸易年度回访', clientId: mingyuan, arrivalAt: at('15:00'), departureAt: at('16:00'), expectedHeadcount: 3 }),
    cancelled: await create(desk, { title: '已取消的参观', clientId: mingyuan, arrivalAt: at('13:00'), departureAt: at('14:00') }),
    vip: await create(desk, {
      title: '华兴集团董事长考察',
      clientId: huaxing,
      level: 'vip',
      arrivalAt: `${LATER}T09:00`,
      departureAt: '2030-03-14T17:00',
      expectedHeadcount: 12,
    }),
    unscheduled: await create(desk, { title: '待定：华东经销商大会', expectedHeadcount: 60 }),
  };
  expect((await desk.api('plans.transition', { id: ids.cancelled, to: 'cancelled', reason: '客户改期' })).ok).toBe(true);
  return ids;
}

const event = (page: Page, title: string) => page.getByTestId('plan-event').filter({ hasText: title });

async function openPlans(page: Page, desk: WebShell) {
  await page.goto(desk.url);
  await page.getByTestId('nav-plans').click();
  await expect(page).toHaveURL(/#\/plans$/);
  await expect(page.getByTestId('plans-calendar')).toBeVisible();
}

test('plans: day, week, month and list; filters, search, jump and back (zh-CN)', async ({ page, desk }) => {
  const ids = await seed(desk);
  await openPlans(page, desk);

  // The week opens on today: the plan at its hours, with client and headcount; the cancelled one hidden.
  const calendar = page.getByTestId('plans-calendar');
  await expect(calendar).toHaveAttribute('data-view', 'week');
  await expect(event(page, '华兴科技战略洽谈')).toContainText('北京华兴科技有限公司');
  await expect(event(page, '华兴科技战略洽谈')).toContainText('预计 6 人');
  await expect(event(page, '华兴科技战略洽谈')).toHaveAttribute('data-level', 'key');
  await expect(event(page, '明远贸易年度回访')).toBeVisible();
  await expect(event(page, '已取消的参观')).toHaveCount(0);

  // Month: on its own day's cell.
  await page.getByTestId('plans-view-month').click();
  await expect(calendar).toHaveAttribute('data-view', 'month');
  await expect(page.getByTestId('plans-period')).toHaveText(dayjs().format('YYYY年M月'));
  await expect(page.locator(`td.fc-daygrid-day[data-date="${TODAY}"]`).getByTestId('plan-event').filter({ hasText: '华兴科技战略洽谈' })).toBeVisible();

  // Day.
  await page.getByTestId('plans-view-day').click();
  await expect(calendar).toHaveAttribute('data-view', 'day');
  await expect(event(page, '华兴科技战略洽谈')).toContainText('10:00');
  await expect(event(page, '明远贸易年度回访')).toBeVisible();

  // The status filter: adding 已取消 shows the cancelled plan, taking it off hides it again.
  await page.getByTestId('plans-status').click();
  await pickOption(page, '已取消');
  await page.keyboard.press('Escape');
  await expect(event(page, '已取消的参观')).toHaveAttribute('data-status', 'cancelled');
  await page.getByTestId('plans-status').click();
  await pickOption(page, '已取消');
  await page.keyboard.press('Escape');
  await expect(event(page, '已取消的参观')).toHaveCount(0);
  await expect(event(page, '华兴科技战略洽谈')).toBeVisible();

  // List: from today on, sorted by arrival; the search narrows it in main.
  await page.getByTestId('plans-view-list').click();
  const rows = page.getByTestId('plans-list').getByTestId('plans-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('华兴科技战略洽谈');
  await expect(rows.nth(1)).toContainText('明远贸易年度回访');
  await expect(rows.nth(2)).toContainText('华兴集团董事长考察');
  await expect(rows.nth(2)).toContainText('VIP 接待');
  await expect(page.getByTestId('plans-list')).not.toContainText('已取消的参观');
  // ↑ ↓ move between rows.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toBeFocused();
  await page.getByTestId('plans-search').fill('明远');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('上海明远贸易有限公司');
  await page.getByTestId('plans-search').fill('');
  await expect(rows).toHaveCount(3);
  // Latest arrival first.
  const arrival = page.getByTestId('plans-list').locator('th', { hasText: '到达' });
  await arrival.click();
  await expect(arrival).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText('华兴集团董事长考察');
  await expect(rows.last()).toContainText('华兴科技战略洽谈');
  await arrival.click();
  await expect(arrival).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText('华兴科技战略洽谈');

  // Plans with no times: counted under the calendar, listed on their own.
  await page.getByTestId('plans-view-week').click();
  await expect(page.getByTestId('plans-unscheduled')).toHaveText(/未排期 1/);
  await page.getByTestId('plans-unscheduled').click();
  await expect(page.getByTestId('plans-list-unscheduled')).toBeChecked();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('待定：华东经销商大会');
  await expect(rows.first()).toContainText('未排期');
  // The keyboard opens a row.
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/plans/${ids.unscheduled}$`));
  await page.goBack();
  await expect(page.getByTestId('plans-list-unscheduled')).toBeChecked();
  await page.getByTestId('plans-list-unscheduled').uncheck();

  // Jump to a day: the VIP visit spans its three days in the week's multi-day row.
  await page.getByTestId('plans-view-week').click();
  await typeDate(page, 'plans-date', LATER);
  await expect(page.getByTestId('plans-period')).toContainText('2030年3月');
  const vip = event(page, '华兴集团董事长考察');
  await expect(vip).toHaveAttribute('data-level', 'vip');
  await expect(vip.locator('[aria-label="VIP 接待"]')).toBeVisible();
  await expect(page.locator('.fc-timegrid-axis', { hasText: '跨天' })).toBeVisible();
  await expect(event(page, '华兴科技战略洽谈')).toHaveCount(0);

  // Opening it leads to its editor; coming back finds the same week.
  // A click that lands while the calendar re-renders the range it just fetched is lost
  // (FullCalendar replaces the element between press and release): click again, as a person would.
  await expect(async () => {
    await vip.click();
    await expect(page).toHaveURL(new RegExp(`#/plans/${ids.vip}$`), { timeout: 3000 });
  }).toPass();
  await expect(page.getByTestId('plans-calendar')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('plans-period')).toContainText('2030年3月');
  await expect(page.getByTestId('plans-calendar')).toHaveAttribute('data-view', 'week');

  // Today brings the calendar back; one-key shortcuts switch views; Enter on a focused plan opens it.
  await page.getByTestId('plans-today').click();
  await expect(event(page, '华兴科技战略洽谈')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 760 } });
  await page.keyboard.press('m');
  await expect(calendar).toHaveAttribute('data-view', 'month');
  await page.keyboard.press('d');
  await expect(calendar).toHaveAttribute('data-view', 'day');
  await page.locator('.fc-event', { has: event(page, '明远贸易年度回访') }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/plans/${ids.other}$`));
});

test('plans: a new plan from the calendar lands in its editor (zh-CN)', async ({ page, desk }) => {
  await desk.api('clients.create', { name: '北京华兴科技有限公司', tier: 'vip', accountManagerUserId: await signedInUserId(desk.api) });
  await openPlans(page, desk);

  // A click on an empty hour of today suggests that hour, for two hours.
  const today = page.locator(`.fc-timegrid-col[data-date="${TODAY}"]`);
  const column = (await today.boundingBox())!;
  const slot = (await page.locator('td.fc-timegrid-slot-lane[data-time="10:00:00"]').boundingBox())!;
  await page.mouse.click(column.x + column.width / 2, slot.y + slot.height / 2);
  const form = page.getByTestId('plan-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('plan-form-arrival').locator('xpath=descendant-or-self::input')).toHaveValue(`${TODAY} 10:00`);
  await expect(page.getByTestId('plan-form-departure').locator('xpath=descendant-or-self::input')).toHaveValue(`${TODAY} 12:00`);
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  // N opens the same form (a receptionist's N must not: see below).
  await page.locator('body').click({ position: { x: 5, y: 760 } });
  await page.keyboard.press('n');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);

  // Through the button: a title is required, and departure must follow arrival.
  await page.getByTestId('plans-create').click();
  await page.getByTestId('plan-form-submit').click();
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText('必填');
  await page.getByTestId('plan-form-title').fill('华兴集团董事长考察');
  await page.getByTestId('plan-form-client').click();
  await page.keyboard.type('华兴');
  await pickOption(page, '北京华兴科技有限公司');
  await page.getByTestId('plan-form-level').click();
  await pickOption(page, 'VIP 接待');
  await typeDate(page, 'plan-form-arrival', '2030-03-12 09:30');
  // The departure follows: two hours later.
  await expect(page.getByTestId('plan-form-departure').locator('xpath=descendant-or-self::input')).toHaveValue('2030-03-12 11:30');
  await typeDate(page, 'plan-form-departure', '2030-03-12 08:00');
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText('离开时间应晚于到达时间');
  await typeDate(page, 'plan-form-departure', '2030-03-14 17:00');
  await expect(form.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.getByTestId('plan-form-purpose').fill('参观生产线，签署战略合作协议');
  // Enter in a field submits the dialog.
  const headcount = page.getByTestId('plan-form-headcount').locator('xpath=descendant-or-self::input');
  await headcount.fill('12');
  await headcount.press('Enter');

  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}$/);
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const plan = await desk.api<Record<string, unknown>>('plans.get', { id });
  expect(plan.value).toMatchObject({
    title: '华兴集团董事长考察',
    clientName: '北京华兴科技有限公司',
    level: 'vip',
    status: 'draft',
    arrivalAt: '2030-03-12T09:30',
    departureAt: '2030-03-14T17:00',
    expectedHeadcount: 12,
    purpose: '参观生产线，签署战略合作协议',
  });
});

test('plans: a receptionist sees the calendar but cannot create', async ({ page, desk }) => {
  await seed(desk);
  expect((await desk.api('users.create', { login: 'reception1', name: '前台小李', roles: ['receptionist'], password: 'Recep-pass-1' })).ok).toBe(true);
  await desk.api('session.signOut');
  await desk.api('session.signIn', { login: 'reception1', password: 'Recep-pass-1' });
  await desk.api('session.changePassword', { current: 'Recep-pass-1', next: 'Recep-pass-2' });
  await openPlans(page, desk);
  await expect(event(page, '华兴科技战略洽谈')).toBeVisible();
  await expect(page.getByTestId('plans-toolbar')).toBeVisible();
  await expect(page.getByTestId('plans-create')).toHaveCount(0);
  // No new plan from an empty slot or the N key either. D (day view) comes after them:
  // once it has taken effect, the click and N were handled too.
  const column = (await page.locator(`.fc-timegrid-col[data-date="${TODAY}"]`).boundingBox())!;
  const slot = (await page.locator('td.fc-timegrid-slot-lane[data-time="12:00:00"]').boundingBox())!;
  await page.mouse.click(column.x + column.width / 2, slot.y + slot.height / 2);
  await page.locator('body').click({ position: { x: 5, y: 760 } });
  await page.keyboard.press('n');
  await page.keyboard.press('d');
  await expect(page.getByTestId('plans-calendar')).toHaveAttribute('data-view', 'day');
  await expect(page.getByTestId('plan-form')).toHaveCount(0);
});

test('plans: labels in English', async ({ page, desk }) => {
  await seed(desk);
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByTestId('nav-plans').click();
  await expect(page.getByTestId('plans-views')).toHaveText(/Day\s*Week\s*Month\s*List/);
  await expect(page.getByTestId('plans-today')).toHaveText('Today');
  await expect(page.getByTestId('plans-create')).toHaveText('New plan');
  await expect(page.getByTestId('plans-status')).toContainText('No cancelled/archived');
  await expect(page.getByTestId('plans-search')).toHaveAttribute('placeholder', 'Title or client');
  await expect(page.getByTestId('plans-period')).toContainText(dayjs().format('YYYY'));
  await expect(event(page, '华兴科技战略洽谈')).toContainText('6 expected');
  await expect(page.getByTestId('plans-legend')).toContainText('Dashed: draft');
  await expect(page.getByTestId('plans-unscheduled')).toHaveText('1 unscheduled');

  await page.getByTestId('plans-view-list').click();
  await expect(page.getByTestId('plans-list').locator('thead')).toContainText(/Arrival.*Departure.*Title.*Client.*Level.*Status.*Guests \/ expected/);
  await expect(page.getByTestId('plans-list')).toContainText('3 plans');
  await expect(page.getByTestId('plans-list').getByTestId('plans-row').first()).toContainText('Key');

  await page.getByTestId('plans-create').click();
  await expect(page.locator('.ant-modal-title')).toHaveText('New visit plan');
  await expect(page.getByTestId('plan-form')).toContainText('Reception level');
  await expect(page.getByTestId('plan-form-submit')).toHaveText('Create and edit');
  await expect(page.locator('body')).not.toContainText('接待级别');

  // Back to Chinese on the spot: the calendar's own words follow.
  await page.keyboard.press('Escape');
  await page.getByTestId('plans-view-month').click();
  await expect(page.getByTestId('plans-period')).toHaveText(dayjs().locale('en').format('MMMM YYYY'));
  await page.getByTestId('lang-switch').getByText('中文').click();
  await expect(page.getByTestId('plans-period')).toHaveText(dayjs().format('YYYY年M月'));
  await expect(page.getByTestId('plans-create')).toHaveText(/新建接待/);
});
