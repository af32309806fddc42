import type { Page } from '@playwright/test';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * The visit-plan editor end to end through the web shell: basics saved with
 * Ctrl+S, guests added from the directory by pinyin and by name (one created
 * in place), a lead chosen, an itinerary typed in with an overlap that is
 * highlighted and warned about, the plan confirmed, completed and then only
 * viewable; refusals explained; one English pass.
 */

interface Seeded {
  clientId: string;
  planId: string;
}

async function seedPlan(desk: WebShell, plan: Record<string, unknown> = {}): Promise<Seeded> {
  const client = await desk.api<{ id: string }>('clients.create', { name: '北京华兴科技有限公司', industry: '信息技术', tier: 'key' });
  expect(client.ok).toBe(true);
  const people = [
    { name: '张伟', title: '总经理', phone: '13800138000', dietary: '清真' },
    { name: '李娜', title: '采购总监', phone: '13900139000' },
  ];
  for (const p of people) expect((await desk.api('people.create', { ...p, clientId: client.value.id })).ok).toBe(true);
  // Someone in the directory who does not belong to the client.
  expect((await desk.api('people.create', { name: '陈静', company: '上海明远贸易有限公司', phone: '13700137000' })).ok).toBe(true);
  const created = await desk.api<{ id: string }>('plans.create', {
    title: '华兴科技来访交流',
    clientId: client.value.id,
    level: 'key',
    arrivalAt: '2026-12-10T09:00',
    departureAt: '2026-12-10T17:30',
    expectedHeadcount: 4,
    ...plan,
  });
  expect(created.ok).toBe(true);
  return { clientId: client.value.id, planId: created.value.id };
}

async function openPlan(page: Page, desk: WebShell, planId: string) {
  await page.goto(`${desk.url}#/plans/${planId}`);
  await expect(page.getByTestId('plan-editor')).toBeVisible();
}

/** Types into the guest search and takes the first match with Enter, as a coordinator would. */
async function addGuest(page: Page, query: string, expected: string) {
  const search = page.getByTestId('guest-search');
  await search.fill(query);
  await expect(page.locator('.ant-select-dropdown:visible').getByTestId('guest-search-option').first()).toContainText(expected);
  await search.press('Enter');
  await expect(page.getByTestId('guest-table')).toContainText(expected);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
}

function itineraryRow(page: Page, index: number) {
  return page.getByTestId('itinerary-table').getByTestId('itinerary-row').nth(index);
}

test('plan editor: basics, guests, itinerary with an overlap, confirm, complete, read-only (zh-CN)', async ({ page, desk }) => {
  const { planId } = await seedPlan(desk);
  await openPlan(page, desk, planId);

  // The header: what, where it stands, who and when.
  await expect(page.getByTestId('plan-title')).toHaveText('华兴科技来访交流');
  await expect(page.getByTestId('plan-status')).toHaveText('草稿');
  await expect(page.getByTestId('plan-level')).toHaveText('重点接待');
  await expect(page.getByTestId('plan-client')).toContainText('北京华兴科技有限公司');
  await expect(page.getByTestId('plan-span')).toContainText('2026-12-10');
  await expect(page.getByTestId('plan-span')).toContainText('09:00–17:30');
  await expect(page.getByTestId('plan-guest-count')).toHaveText(/来宾 0\/4/);

  // Basics: change two fields, Ctrl+S saves only those.
  await page.getByTestId('basics-purpose').fill('洽谈年度合作，参观生产线');
  await page.getByTestId('basics-headcount').fill('3');
  await expect(page.getByTestId('basics-save-state')).toHaveText(/有未保存的修改/);
  await expect(page.getByTestId('plan-tab-basics')).toHaveAttribute('data-dirty', 'true');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('basics-save-state')).toHaveText(/已全部保存/);
  await expect(page.getByTestId('plan-guest-count')).toHaveText(/来宾 0\/3/);
  const afterBasics = await desk.api<{ purpose: string; expectedHeadcount: number; title: string }>('plans.get', { id: planId });
  expect(afterBasics.value).toMatchObject({ purpose: '洽谈年度合作，参观生产线', expectedHeadcount: 3, title: '华兴科技来访交流' });

  // Unsaved edits are not lost by a stray Esc: the editor asks first.
  await page.getByTestId('basics-title').fill('华兴科技来访');
  await page.getByTestId('plan-title').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-modal-confirm')).toContainText('基本信息的修改还没有保存');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '继续编辑' }).click();
  await expect(page.getByTestId('plan-editor')).toBeVisible();
  // Nor by the header's navigation.
  await page.getByTestId('nav-clients').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('离开前保存修改？');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '继续编辑' }).click();
  await expect(page).toHaveURL(new RegExp(`#/plans/${planId}$`));
  await expect(page.getByTestId('basics-title')).toHaveValue('华兴科技来访');
  await page.getByTestId('basics-discard').click();
  await page.getByTestId('basics-discard-confirm').click();
  await expect(page.getByTestId('basics-title')).toHaveValue('华兴科技来访交流');

  // Guests (Alt+2): by pinyin initials, by name, and a new person created in place.
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('plan-guests')).toBeVisible();
  await page.getByTestId('guest-search').focus();
  await addGuest(page, 'zw', '张伟');
  await addGuest(page, '李娜', '李娜');
  const search = page.getByTestId('guest-search');
  await search.fill('赵敏');
  await expect(page.locator('.ant-select-dropdown:visible').getByTestId('guest-search-create')).toContainText('通讯录中没有“赵敏”');
  await search.press('Enter');
  await expect(page.getByTestId('person-form-name')).toHaveValue('赵敏');
  await expect(page.getByTestId('person-form-client')).toContainText('北京华兴科技有限公司');
  await page.getByTestId('person-form-title').fill('技术经理');
  await page.getByTestId('person-form-phone').fill('13600136000');
  await page.getByTestId('person-form-submit').click();
  const guests = page.getByTestId('guest-table');
  await expect(guests.locator('tbody tr.ant-table-row')).toHaveCount(3);
  await expect(guests.locator('tr', { hasText: '赵敏' })).toContainText('技术经理');
  // The directory's standing diet became this visit's default.
  await expect(guests.locator('tr', { hasText: '张伟' }).getByTestId('guest-need-diet')).toHaveValue('清真');
  await expect(guests.locator('tr', { hasText: '张伟' })).toContainText('总经理');
  await guests.locator('tr', { hasText: '李娜' }).getByTestId('guest-lead').check();
  await guests.locator('tr', { hasText: '赵敏' }).getByTestId('guest-need-transport').fill('自驾，需要车位');
  await expect(page.getByTestId('guest-count')).toHaveText(/名单 3 人 · 预计 3 人/);
  await page.getByTestId('guests-save').click();
  await expect(page.getByTestId('guests-save-state')).toHaveText(/已全部保存/);
  await expect(page.getByTestId('plan-guest-count')).toHaveText(/来宾 3\/3/);
  await expect(page.getByTestId('plan-tab-guests')).toContainText('3');
  const afterGuests = await desk.api<{ guests: { name: string; isLead: boolean; needs: { transport: string } }[] }>('plans.get', { id: planId });
  expect(afterGuests.value.guests.map((g) => g.name)).toEqual(['李娜', '张伟', '赵敏']);
  expect(afterGuests.value.guests.find((g) => g.isLead)?.name).toBe('李娜');
  expect(afterGuests.value.guests.find((g) => g.name === '赵敏')?.needs.transport).toBe('自驾，需要车位');
  // The guests' warnings are gone; a key visit still asks for two staff, and the link leads to the team.
  await expect(page.getByTestId('plan-warning')).toHaveCount(1);
  await expect(page.getByTestId('plan-warning')).toHaveAttribute('data-warning', 'tooFewStaff');
  await page.getByTestId('plan-warning-fix-tooFewStaff').click();
  await expect(page.getByTestId('team-staff-short')).toHaveText('还差 2 人');

  // Itinerary (Alt+3): typed as a sheet; Enter in the last cell starts the next line at the previous end.
  await page.keyboard.press('Alt+3');
  await page.getByTestId('itinerary-add').click();
  await expect(itineraryRow(page, 0).getByTestId('itinerary-start')).toBeFocused();
  await expect(itineraryRow(page, 0).getByTestId('itinerary-start')).toHaveValue('09:00');
  await page.keyboard.press('Tab');
  await page.keyboard.type('930');
  await page.keyboard.press('Tab');
  await expect(itineraryRow(page, 0).getByTestId('itinerary-end')).toHaveValue('09:30');
  await page.keyboard.type('接站');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.type('一楼大堂');
  await itineraryRow(page, 0).getByTestId('itinerary-notes').fill('举欢迎牌');
  await itineraryRow(page, 0).getByTestId('itinerary-notes').press('Enter');
  await expect(itineraryRow(page, 1).getByTestId('itinerary-start')).toBeFocused();
  await expect(itineraryRow(page, 1).getByTestId('itinerary-start')).toHaveValue('09:30');
  await itineraryRow(page, 1).getByTestId('itinerary-end').fill('1130');
  await itineraryRow(page, 1).getByTestId('itinerary-activity').fill('会议');
  await itineraryRow(page, 1).getByTestId('itinerary-notes').press('Enter');
  // This one starts before the meeting ends: highlighted while typing, before any save.
  await itineraryRow(page, 2).getByTestId('itinerary-start').fill('11:00');
  await itineraryRow(page, 2).getByTestId('itinerary-end').fill('12:00');
  await itineraryRow(page, 2).getByTestId('itinerary-activity').fill('参观生产线');
  await expect(itineraryRow(page, 2).getByTestId('itinerary-clash')).toContainText('与 “09:30–11:30 会议” 时间重叠');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('itinerary-save-state')).toHaveText(/已全部保存/);
  await expect(page.getByTestId('itinerary-table').locator('tr.itinerary-row--clash')).toHaveCount(2);
  await expect(itineraryRow(page, 1).getByTestId('itinerary-clash')).toContainText('参观生产线');
  const warnings = page.getByTestId('plan-warnings');
  await expect(warnings).toContainText('日程中有时间重叠的安排');
  await expect(page.getByTestId('plan-tab-itinerary')).toHaveAttribute('data-warning', 'true');
  const afterItinerary = await desk.api<{ itinerary: { activity: string; startsAt: string; endsAt: string; overlapsWith: string[] }[] }>('plans.get', { id: planId });
  expect(afterItinerary.value.itinerary.map((i) => [i.startsAt, i.endsAt, i.activity])).toEqual([
    ['2026-12-10T09:00', '2026-12-10T09:30', '接站'],
    ['2026-12-10T09:30', '2026-12-10T11:30', '会议'],
    ['2026-12-10T11:00', '2026-12-10T12:00', '参观生产线'],
  ]);

  // The warning's link leads to the tab that fixes it.
  await page.keyboard.press('Alt+1');
  await warnings.getByTestId('plan-warning-fix-itineraryOverlap').click();
  await expect(page.getByTestId('plan-itinerary')).toBeVisible();

  // Confirm: main allows it with warnings open, the editor asks first.
  await page.getByTestId('plan-to-confirmed').click();
  await expect(page.getByTestId('plan-confirm-warnings')).toContainText('日程中有时间重叠的安排');
  await page.getByTestId('plan-confirm-anyway').click();
  await expect(page.getByTestId('plan-status')).toHaveText('已确认');
  await expect(page.getByTestId('plan-to-draft')).toHaveText(/退回草稿/);

  // Start, then complete: the key visit's required checklist items are all open, so the start is refused;
  // the administrator may start it anyway and says why. A completed plan is history, visible but not editable.
  await page.getByTestId('plan-to-in_progress').click();
  await expect(page.getByTestId('start-blocked')).toContainText(/到达前必做的清单事项还有 \d+ 项未完成/);
  await page.getByTestId('start-override-reason').fill('演示：清单在现场补做');
  await page.getByTestId('start-override-submit').click();
  await expect(page.getByTestId('plan-status')).toHaveText('接待中');
  await page.getByTestId('plan-to-completed').click();
  await page.getByTestId('plan-close-confirm').click();
  await expect(page.getByTestId('plan-status')).toHaveText('已完成');
  await expect(page.getByTestId('plan-readonly')).toContainText('该方案已完成，只能查看');
  await expect(page.getByTestId('itinerary-save')).toHaveCount(0);
  await expect(page.getByTestId('itinerary-table').locator('input')).toHaveCount(0);
  await expect(page.getByTestId('itinerary-table')).toContainText('参观生产线');
  await page.keyboard.press('Alt+2');
  // The guests are shown first, so the search is known to be left out of them.
  await expect(page.getByTestId('guest-table')).toContainText('自驾，需要车位');
  await expect(page.getByTestId('guest-search')).toHaveCount(0);
  await expect(page.getByTestId('guest-table').getByTestId('guest-lead-mark')).toHaveCount(1);
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('basics-title')).toBeDisabled();
  await expect(page.getByTestId('plan-to-archived')).toBeVisible();

  // Esc with nothing unsaved goes straight back to the calendar.
  await page.getByTestId('plan-title').click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/plans$/);
});

test('plan editor: confirming an incomplete plan says what is missing; cancelling asks why; unknown plan (zh-CN)', async ({ page, desk }) => {
  const { planId } = await seedPlan(desk, { arrivalAt: null, departureAt: null });
  await openPlan(page, desk, planId);
  await expect(page.getByTestId('plan-span')).toHaveText(/未定到访时间/);

  await page.getByTestId('plan-to-confirmed').click();
  // An empty key visit is warned about (too few staff) before main says what it lacks.
  await page.getByTestId('plan-confirm-anyway').click();
  const incomplete = page.getByTestId('plan-incomplete');
  await expect(incomplete).toContainText('到达和离开时间');
  await expect(incomplete).toContainText('至少一位来宾');
  await expect(page.getByTestId('plan-status')).toHaveText('草稿');
  await incomplete.getByTestId('plan-incomplete-fix-guests').click();
  await expect(page.getByTestId('plan-guests')).toBeVisible();

  // Every contact of the client at once.
  await page.getByTestId('guest-add-client-people').click();
  await expect(page.getByTestId('guest-table').locator('tbody tr.ant-table-row')).toHaveCount(2);
  await page.getByTestId('guests-save').click();
  await expect(page.getByTestId('guests-save-state')).toHaveText(/已全部保存/);
  // The guests are in now; only the times are still missing.
  await expect(incomplete).not.toContainText('至少一位来宾');
  await expect(incomplete).toContainText('到达和离开时间');

  // The times, typed in; a departure before the arrival is refused on its field.
  await incomplete.getByTestId('plan-incomplete-fix-times').click();
  const arrival = page.getByTestId('basics-arrival');
  await arrival.click();
  await arrival.fill('2026-12-11 09:00');
  await arrival.press('Enter');
  const departure = page.getByTestId('basics-departure');
  await departure.click();
  await departure.fill('2026-12-11 08:00');
  await departure.press('Enter');
  await page.getByTestId('basics-save').click();
  await expect(page.getByText('离开时间应晚于到达时间')).toBeVisible();
  await departure.click();
  await departure.fill('2026-12-11 16:30');
  await departure.press('Enter');
  await expect(page.getByTestId('basics-length')).toHaveText('共 7 小时 30 分');
  await page.getByTestId('basics-save').click();
  await expect(page.getByTestId('basics-save-state')).toHaveText(/已全部保存/);
  await expect(page.getByTestId('plan-span')).toContainText('2026-12-11');
  await expect(page.getByTestId('plan-span')).toContainText('09:00–16:30');
  await expect(incomplete).toHaveCount(0);
  await page.keyboard.press('Alt+2');
  // Two guests, four expected and nobody leading: main's warnings, here.
  const warnings = page.getByTestId('plan-warnings');
  await expect(warnings).toContainText('来宾名单人数与预计人数不符');
  await expect(warnings).toContainText('尚未指定带队来宾');
  await expect(page.getByTestId('plan-guest-count')).toHaveText(/来宾 2\/4/);

  // Edits wait: the status cannot move while a tab has unsaved changes.
  await page.getByTestId('guest-table').locator('tr', { hasText: '张伟' }).getByTestId('guest-remove').click();
  await page.getByTestId('plan-to-cancelled').click();
  await expect(page.locator('.ant-message')).toContainText('来宾有未保存的修改');
  await page.getByTestId('guests-discard').click();
  await page.getByTestId('guests-discard-confirm').click();

  // Cancelling needs a reason.
  await page.getByTestId('plan-to-cancelled').click();
  await page.getByTestId('plan-cancel-submit').click();
  await expect(page.locator('.ant-modal')).toContainText('请填写取消原因');
  await page.getByTestId('plan-cancel-reason').fill('客户行程变更');
  await page.getByTestId('plan-cancel-reason').press('Enter');
  await expect(page.getByTestId('plan-status')).toHaveText('已取消');
  await expect(page.getByTestId('plan-readonly')).toContainText('该方案已取消');
  await expect(page.getByTestId('plan-to-draft')).toHaveText(/重新启用/);

  // A plan that does not exist.
  await page.goto(`${desk.url}#/plans/0190a0a0-0000-7000-8000-000000000000`);
  await expect(page.getByText('找不到这个接待方案')).toBeVisible();
  await page.getByTestId('plan-not-found-back').click();
  await expect(page).toHaveURL(/#\/plans$/);
});

test('plan editor: a receptionist sees the plan but changes nothing (zh-CN)', async ({ page, desk }) => {
  const { planId } = await seedPlan(desk);
  expect((await desk.api('users.create', { login: 'reception1', name: '前台小李', roles: ['receptionist'], password: 'Recep-pass-1' })).ok).toBe(true);
  await desk.api('session.signOut');
  await desk.api('session.signIn', { login: 'reception1', password: 'Recep-pass-1' });
  await desk.api('session.changePassword', { current: 'Recep-pass-1', next: 'Recep-pass-2' });
  await openPlan(page, desk, planId);
  await expect(page.getByTestId('plan-readonly')).toContainText('您的角色只能查看接待方案');
  await expect(page.getByTestId('plan-to-confirmed')).toHaveCount(0);
  await expect(page.getByTestId('basics-title')).toBeDisabled();
  await expect(page.getByTestId('basics-save')).toHaveCount(0);
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('itinerary-table')).toBeVisible();
  await expect(page.getByTestId('itinerary-add')).toHaveCount(0);
});

test('plan editor in English: tabs, warnings, itinerary reasons and actions', async ({ page, desk }) => {
  const { planId } = await seedPlan(desk);
  await desk.api('plans.saveItinerary', {
    planId,
    items: [
      { startsAt: '2026-12-10T08:00', endsAt: '2026-12-10T09:00', activity: 'Breakfast' },
      { startsAt: '2026-12-10T18:00', endsAt: '2026-12-10T20:00', activity: 'Dinner' },
    ],
  });
  await page.goto(desk.url);
  // openPlan loads the page again: the choice must be stored before that load reads it back.
  const stored = page.waitForResponse((r) => r.url().includes('/api/session.setLocale'));
  await page.getByTestId('lang-switch').getByText('English').click();
  await stored;
  await openPlan(page, desk, planId);
  await expect(page.getByTestId('plan-status')).toHaveText('Draft');
  await expect(page.getByTestId('plan-tab-guests')).toContainText('Guests');
  await expect(page.getByTestId('plan-tab-bookings')).toContainText('Rooms & vehicles');
  await expect(page.getByTestId('plan-warnings')).toContainText('Check before confirming');
  await expect(page.getByTestId('plan-to-confirmed')).toHaveText(/Confirm plan/);
  await page.keyboard.press('Alt+3');
  await expect(itineraryRow(page, 0).getByTestId('itinerary-clash')).toContainText('Before arrival at 12-10 09:00');
  await expect(itineraryRow(page, 1).getByTestId('itinerary-clash')).toContainText('After departure at 12-10 17:30');
  await expect(page.getByTestId('itinerary-save')).toHaveText(/Save/);
});
