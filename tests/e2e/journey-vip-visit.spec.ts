import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { pdfPageSizesMm, pdfText, savedPrints } from './pdf-tools';
import { expect, test, type WebShell } from './web-shell-fixture';
import { localToday, pickOption, typeDate } from './ui-helpers';
import { signedInUserId } from './account-manager';

/**
 * The whole journey the issue is judged by, in Chinese, through the screens:
 * a coordinator plans a VIP visit for twelve with a dinner and two vehicles
 * (plus spares), sees a room clash refused, confirms and prints the guests'
 * itinerary; then a receptionist receives the group at the desk in one go.
 * Only what a coordinator would already have on file is made through the API:
 * the client with its people, the rooms and vehicles, and another visit.
 */

const PEOPLE = [
  { name: '王建国', title: '董事长', diet: '不吃辣' },
  { name: '刘晓梅', title: '总经理', diet: '素食' },
  { name: '陈志强', title: '副总经理' },
  { name: '赵敏', title: '财务总监' },
  { name: '孙立军', title: '技术总监' },
  { name: '周婷', title: '采购部部长' },
  { name: '吴刚', title: '质量部部长' },
  { name: '郑浩', title: '项目经理' },
  { name: '冯雪', title: '项目经理' },
  { name: '褚亮', title: '工程师' },
  { name: '卫东', title: '工程师' },
  { name: '蒋琳', title: '董事长助理' },
];

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function seedDirectory(desk: WebShell, day: string): Promise<void> {
  const client = await call(desk, 'clients.create', { name: '中国东方电气集团有限公司', industry: '能源装备', tier: 'vip', accountManager: '李娜', accountManagerUserId: await signedInUserId(desk.api) });
  for (const [i, p] of PEOPLE.entries()) {
    await call(desk, 'people.create', { name: p.name, title: p.title, phone: `1390101${String(i).padStart(4, '0')}`, dietary: p.diet ?? '', clientId: client.id });
  }
  const resources: [string, string, number][] = [
    ['room', '一号会议室', 20],
    ['room', '二号会议室', 16],
    ['room', '三号会议室', 10],
    ['room', '贵宾餐厅', 16],
    ['vehicle', '考斯特 沪A·K8888', 19],
    ['vehicle', '别克GL8 沪A·D1234', 6],
    ['vehicle', '别克GL8 沪A·D5678', 6],
  ];
  const ids: Record<string, string> = {};
  for (const [kind, name, capacity] of resources) ids[name] = (await call(desk, 'resources.create', { kind, name, capacity })).id;
  // Another visit already holds room 1 for the morning.
  const other = await call(desk, 'plans.create', { title: '明远贸易采购洽谈', arrivalAt: `${day}T09:00`, departureAt: `${day}T12:00`, expectedHeadcount: 3 });
  await call(desk, 'plans.setBookings', { planId: other.id, bookings: [{ resourceId: ids['一号会议室'], startsAt: `${day}T09:00`, endsAt: `${day}T12:00` }] });
}

async function newPlan(page: Page, day: string): Promise<string> {
  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plans-create').click();
  await page.getByTestId('plan-form-title').fill('东方电气集团高层考察交流');
  await page.getByTestId('plan-form-client').click();
  await page.keyboard.type('东方电气');
  await pickOption(page, '中国东方电气集团有限公司');
  await page.getByTestId('plan-form-level').click();
  await pickOption(page, 'VIP 接待');
  await typeDate(page, 'plan-form-arrival', `${day} 09:30`);
  await typeDate(page, 'plan-form-departure', `${day} 21:00`);
  await page.getByTestId('plan-form-purpose').fill('参观生产线，洽谈年度合作');
  const headcount = page.getByTestId('plan-form-headcount').locator('xpath=descendant-or-self::input');
  await headcount.fill('12');
  await headcount.press('Enter');
  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('plan-status')).toHaveText('草稿');
  return decodeURIComponent(page.url().split('/').pop()!);
}

async function addGuests(page: Page) {
  await page.keyboard.press('Alt+2');
  await page.getByTestId('guest-add-client-people').click();
  const guests = page.getByTestId('guest-table');
  await expect(guests.locator('tbody tr.ant-table-row')).toHaveCount(12);
  await guests.locator('tr', { hasText: '王建国' }).getByTestId('guest-lead').check();
  await expect(guests.locator('tr', { hasText: '刘晓梅' }).getByTestId('guest-need-diet')).toHaveValue('素食');
  await page.getByTestId('guests-save').click();
  await expect(page.getByTestId('guests-save-state')).toHaveText(/已全部保存/);
  await expect(page.getByTestId('plan-guest-count')).toHaveText(/来宾 12\/12/);
}

function itineraryRow(page: Page, index: number): Locator {
  return page.getByTestId('itinerary-table').getByTestId('itinerary-row').nth(index);
}

async function typeItinerary(page: Page) {
  await page.keyboard.press('Alt+3');
  const items = [
    ['09:30', '10:00', '接站', '一楼大堂'],
    ['10:00', '12:00', '会议', '二号会议室'],
    ['12:00', '13:30', '午餐', '员工餐厅'],
    ['14:00', '16:30', '参观', '生产线'],
    ['18:00', '20:30', '晚宴', '贵宾餐厅'],
  ];
  await page.getByTestId('itinerary-add').click();
  for (const [i, [start, end, activity, place]] of items.entries()) {
    if (i > 0) await itineraryRow(page, i - 1).getByTestId('itinerary-notes').press('Enter');
    const row = itineraryRow(page, i);
    await row.getByTestId('itinerary-start').fill(start!);
    await row.getByTestId('itinerary-end').fill(end!);
    await row.getByTestId('itinerary-activity').fill(activity!);
    await row.getByTestId('itinerary-place').fill(place!);
  }
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('itinerary-save-state')).toHaveText(/已全部保存/);
  await expect(page.getByTestId('itinerary-table').locator('tr.itinerary-row--clash')).toHaveCount(0);
}

function teamRow(page: Page, role: string): Locator {
  return page.locator(`[data-testid="team-row"][data-role="${role}"]`);
}

async function fillTeam(page: Page) {
  await page.getByTestId('plan-tab-team').click();
  await page.getByTestId('team-add-standard').click();
  const staff: [string, string, string, string, string][] = [
    ['greeter', '王芳', '13800138000', '李娜', '13900139000'],
    ['presenter', '陈杰', '13800138001', '赵磊', '13900139001'],
    ['noteTaker', '周琪', '13800138002', '孙丽', '13900139002'],
    ['logistics', '张师傅', '13800138003', '刘师傅', '13900139003'],
  ];
  for (const [role, primary, primaryPhone, backup, backupPhone] of staff) {
    const row = teamRow(page, role);
    await row.getByTestId('team-primaryName').fill(primary);
    await row.getByTestId('team-primaryPhone').fill(primaryPhone);
    if (backup) {
      await row.getByTestId('team-backupName').fill(backup);
      await row.getByTestId('team-backupPhone').fill(backupPhone);
    }
  }
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('team-save-state')).toContainText('已全部保存');
}

/** A VIP visit is rehearsed (the level asks for it): set on the checklists tab, with the team as attendees. */
async function planRehearsal(page: Page, day: string) {
  await page.getByTestId('plan-tab-checklists').click();
  await expect(page.getByTestId('rehearsal-required')).toHaveText('要求彩排，尚未安排');
  await typeDate(page, 'rehearsal-at', `${day} 08:00`);
  await page.getByTestId('rehearsal-place').fill('一号楼大堂');
  await page.getByTestId('rehearsal-attendees').click();
  await pickOption(page, '王芳');
  await pickOption(page, '陈杰');
  await page.keyboard.press('Escape');
  await page.getByTestId('rehearsal-save').click();
  await expect(page.getByTestId('rehearsal-required')).toHaveText('该接待级别要求彩排');
}

function bookingRow(page: Page, resource: string): Locator {
  return page.locator(`[data-testid="booking-row"][data-resource="${resource}"]`);
}

async function addBooking(page: Page, resource: string) {
  await page.getByTestId('booking-add').click();
  await page.locator(`.ant-select-dropdown:visible [data-testid="resource-option"][data-name="${resource}"]`).click();
  await expect(bookingRow(page, resource)).toHaveCount(1);
}

async function bookRoomsAndVehicles(page: Page) {
  await page.getByTestId('plan-tab-bookings').click();
  await expect(page.getByTestId('bookings-vip-hint')).toBeVisible();
  // Room 1 is another visit's this morning: shown before saving, and Save stays off.
  await addBooking(page, '一号会议室');
  await expect(bookingRow(page, '一号会议室').getByTestId('booking-conflict')).toContainText('明远贸易采购洽谈');
  await expect(page.getByTestId('bookings-save')).toBeDisabled();
  await bookingRow(page, '一号会议室').getByTestId('booking-remove').click();
  await addBooking(page, '二号会议室');
  await addBooking(page, '贵宾餐厅');
  await addBooking(page, '考斯特 沪A·K8888');
  await addBooking(page, '别克GL8 沪A·D1234');
  await addBooking(page, '别克GL8 沪A·D5678');
  await bookingRow(page, '别克GL8 沪A·D5678').getByTestId('booking-spare').check();
  await addBooking(page, '三号会议室');
  await bookingRow(page, '三号会议室').getByTestId('booking-spare').check();
  await expect(page.getByTestId('bookings-vip-hint')).toHaveCount(0);
  await expect(page.getByTestId('bookings-save')).toBeEnabled();
  await page.getByTestId('bookings-save').click();
  await expect(page.getByTestId('bookings-save-state')).toContainText('已全部保存');
}

async function printGuestItinerary(page: Page, desk: WebShell) {
  await page.getByTestId('plan-print-menu').click();
  await page.getByTestId('plan-print-guest-itinerary').click();
  await expect(page.locator('.ant-message-notice', { hasText: '行程单 PDF已下载' })).toBeVisible({ timeout: 30_000 });
  const file = savedPrints(desk.dataDir).find((f) => f.startsWith('itinerary-guests-'));
  expect(file).toMatch(/^itinerary-guests-.+\.pdf$/);
  const path = join(desk.dataDir, 'prints', file!);
  expect(pdfPageSizesMm(path)[0]).toEqual({ widthMm: 210, heightMm: 297 });
  const text = pdfText(path).replace(/\s+/g, '');
  for (const words of ['东方电气集团高层考察交流', '晚宴', '贵宾餐厅', '参观']) expect(text).toContain(words);
  // The guests' copy carries no staff phones but the greeter's.
  expect(text).not.toContain('13800138001');
}

async function signInAsNewReceptionist(page: Page, desk: WebShell) {
  await call(desk, 'users.create', { login: 'lina', name: '李娜', roles: ['receptionist'], password: 'Welcome123' });
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await page.getByTestId('signin-login').fill('lina');
  await page.getByTestId('signin-password').fill('Welcome123');
  await page.getByTestId('signin-password').press('Enter');
  await page.getByTestId('change-password-current').fill('Welcome123');
  await page.getByTestId('change-password-next').fill('Lina-own-2026');
  await page.getByTestId('change-password-next2').fill('Lina-own-2026');
  await page.getByTestId('change-password-submit').click();
  // Signing in keeps the screen that was open (the plan, read-only for this role); the desk is one click away.
  await expect(page.getByTestId('plan-readonly')).toBeVisible();
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
}

test('a VIP visit for twelve, planned in Chinese, then received at the desk in one go', async ({ page, desk }) => {
  test.setTimeout(180_000);
  const day = localToday();
  await seedDirectory(desk, day);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(desk.url);

  const planId = await newPlan(page, day);
  await addGuests(page);
  await typeItinerary(page);
  await fillTeam(page);
  await planRehearsal(page, day);
  await bookRoomsAndVehicles(page);

  // Everything a VIP visit needs is in place: no warning left, confirmed at once.
  await expect(page.getByTestId('plan-warnings')).toHaveCount(0);
  await page.getByTestId('plan-to-confirmed').click();
  await expect(page.getByTestId('plan-status')).toHaveText('已确认');
  await printGuestItinerary(page, desk);

  const plan = await call<{ status: string; bookings: { resourceName: string; spare: boolean }[]; itinerary: { activity: string }[] }>(desk, 'plans.get', { id: planId });
  expect(plan.status).toBe('confirmed');
  expect(plan.itinerary.map((i) => i.activity)).toEqual(['接站', '会议', '午餐', '参观', '晚宴']);
  expect(plan.bookings.filter((b) => !b.spare && b.resourceName.includes('沪A'))).toHaveLength(2);

  // The receptionist: the group is on the expected list, needs in sight, and goes in with one confirmation.
  await signInAsNewReceptionist(page, desk);
  await page.keyboard.press('F3');
  const group = page.getByTestId('arrival-group').filter({ hasText: '东方电气集团高层考察交流' });
  await expect(group.getByTestId('arrival-group-count')).toHaveText('已到 0/12');
  await expect(group.getByTestId('arrival-row').filter({ hasText: '刘晓梅' })).toContainText('素食');
  await group.getByTestId('arrival-group-checkin').click();
  const dialog = page.getByTestId('arrival-dialog');
  await expect(dialog.getByTestId('arrival-dialog-guests').locator('li')).toHaveCount(12);
  await expect(dialog.getByTestId('arrival-dialog-host')).toHaveValue('王芳');
  await dialog.getByTestId('arrival-privacy').check();
  await page.getByTestId('arrival-dialog-submit').click();
  await expect(page.getByTestId('arrivals-success')).toHaveText(/^已登记 12 位，胸卡 V\d{6}[A-Z]{3}\d{4}–\d{4}$/);
  await expect(group.getByTestId('arrival-group-count')).toHaveText(/已全部到达/);

  // Twelve badges in one batch, twelve on site on their directory records, and the visit under way.
  await expect.poll(() => savedPrints(desk.dataDir).filter((f) => f.startsWith('badges-')).length).toBe(1);
  const badges = savedPrints(desk.dataDir).find((f) => f.startsWith('badges-'))!;
  const badgeText = pdfText(join(desk.dataDir, 'prints', badges));
  for (const p of PEOPLE) expect(badgeText).toContain(p.name);
  const onSite = (await call<{ rows: { name: string; host: string }[] }>(desk, 'visits.list', { scope: 'on_site' })).rows;
  expect(onSite).toHaveLength(12);
  expect(new Set(onSite.map((v) => v.host))).toEqual(new Set(['王芳']));
  expect((await call<{ status: string }>(desk, 'plans.get', { id: planId })).status).toBe('in_progress');
  for (const p of PEOPLE.slice(0, 3)) expect(await call<unknown[]>(desk, 'visitors.search', { query: p.name })).toHaveLength(1);
});
