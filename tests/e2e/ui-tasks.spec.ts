import type { Page } from '@playwright/test';
import { artifact } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * The task inbox end to end, in Chinese: the header counts what is overdue,
 * the inbox lists overdue first, then today, then what comes up, and opens a
 * task from the keyboard; a manager's team view; the header's search finds an
 * incident by the initials of the visitor's name. Screenshots in both languages.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A local minute `hours` from now. */
function localMinuteIn(hours: number): string {
  const d = new Date(Date.now() + hours * 3_600_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface Counts {
  overdue: number;
  today: number;
  open: number;
}

interface PlanItem {
  id: string;
  text: { zh: string; en: string };
  required: boolean;
  department: string;
  role: string | null;
  due: { anchor: string; offsetMinutes: number };
  dueAt: string | null;
}

/**
 * The administrator's duties: two checklist items of a visit arriving within
 * the hour, given to them by name (王管理), one already late and one later;
 * an incident given to them that is due within the hour (critical: one
 * hour), with a visitor on file; and an incident for a colleague.
 */
async function seed(desk: WebShell): Promise<{ adminId: string; incidentId: string; colleagueId: string }> {
  const adminId = (await call<{ user: { id: string } }>(desk, 'session.status', {})).user.id;
  const plan = await call(desk, 'plans.create', { title: '华兴科技来访', level: 'vip', arrivalAt: localMinuteIn(1), departureAt: localMinuteIn(3), expectedHeadcount: 3 });
  const guest = await call(desk, 'people.create', { name: '刘晓梅' });
  await call(desk, 'plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true, needs: { diet: '', transport: '', accessibility: '', other: '' } }] });
  await call(desk, 'plans.transition', { id: plan.id, to: 'confirmed' });
  const items = (await call<{ lists: { items: PlanItem[] }[] }>(desk, 'checklists.forPlan', { planId: plan.id })).lists.flatMap((l) => l.items);
  const now = localMinuteIn(0);
  const late = items.find((i) => i.dueAt !== null && i.dueAt < now);
  const later = items.find((i) => i.dueAt !== null && i.dueAt > localMinuteIn(0.5));
  if (!late || !later) throw new Error('the visit has no late and no later item to give');
  for (const item of [late, later]) {
    await call(desk, 'checklists.updateItem', { id: item.id, text: item.text, required: item.required, department: item.department, role: item.role, due: item.due, assigneeName: '王管理' });
  }
  const visitor = await call(desk, 'people.create', { name: '陈建国', phone: '13912345678' });
  const incident = await call(desk, 'incidents.record', { category: 'complaint', tier: 'critical', title: '会议室空调不制冷', personId: visitor.id, ownerUserId: adminId });
  const colleague = await call(desk, 'users.create', { login: 'lina', name: '李娜', roles: ['receptionist'], password: 'Welcome123' });
  await call(desk, 'incidents.record', { category: 'enquiry', tier: 'urgent', title: '访客询问停车位', contactName: '周先生', ownerUserId: colleague.id });
  return { adminId, incidentId: incident.id, colleagueId: colleague.id };
}

/** Before a screenshot: the reminders' toasts closed and the pointer off the header's tooltips, so the list shows whole. */
async function clearView(page: Page) {
  await expect(page.getByTestId('task-reminder').first()).toBeVisible();
  // All at once: closing one moves the others up under the pointer.
  await page.locator('.ant-notification-notice-close').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
  await expect(page.locator('.ant-notification-notice')).toHaveCount(0);
  await page.mouse.move(600, 700);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('.ant-tooltip:not(.ant-tooltip-hidden)')).toHaveCount(0);
}

async function openInbox(page: Page) {
  // A record opened from a task (the incident's drawer) covers the header as any drawer does: close it first, as a user
  // would — once it has opened (the URL changes before its animation ends).
  if (/#\/incidents\/[^/]+$/.test(page.url())) {
    const drawer = page.locator('.ant-drawer-content-wrapper');
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }
  await page.getByTestId('task-count').click();
  await expect(page).toHaveURL(/#\/tasks$/);
  await expect(page.getByTestId('my-tasks')).toBeVisible();
}

test('逾期任务：顶栏计数与收件箱一致，逾期在前、今天其次，键盘打开任务', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { incidentId } = await seed(desk);
  const counts = await call<Counts>(desk, 'tasks.count', {});
  expect(counts.overdue).toBeGreaterThan(0);
  await page.goto(desk.url);
  await expect(page.getByTestId('task-count-overdue')).toHaveText(String(counts.overdue));
  if (counts.today > 0) await expect(page.getByTestId('task-count-today')).toHaveText(String(counts.today));
  // The in-app reminder of the incident due within the hour: a click opens it.
  await page.getByTestId('task-reminder').filter({ hasText: '会议室空调不制冷' }).click();
  await expect(page).toHaveURL(new RegExp(`#/incidents/${incidentId}$`));
  await openInbox(page);

  const groups = page.locator('[data-testid^="task-group-"]');
  const order = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(order[0]).toBe('task-group-overdue');
  expect(order).toEqual([...order].sort((a, b) => ['task-group-overdue', 'task-group-today', 'task-group-upcoming'].indexOf(a!) - ['task-group-overdue', 'task-group-today', 'task-group-upcoming'].indexOf(b!)));
  await expect(page.getByTestId('task-group-overdue').getByTestId('task-row')).toHaveCount(counts.overdue);
  await expect(page.getByTestId('my-tasks').getByTestId('task-row')).toHaveCount(counts.open);
  const incidentRow = page.getByTestId('task-row').filter({ hasText: '会议室空调不制冷' });
  await expect(incidentRow).toContainText('问题处理');
  await clearView(page);
  await page.screenshot({ path: artifact('tasks-inbox-zh-CN.png') });

  // The keyboard: the list is one stop; ↓ moves, Enter opens the chosen task's record.
  const rows = page.getByTestId('my-tasks').getByTestId('task-row');
  const index = await rows.evaluateAll((els) => els.findIndex((e) => e.textContent?.includes('会议室空调不制冷')));
  await page.getByTestId('my-tasks').focus();
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(rows.nth(index)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/incidents/${incidentId}$`));

  // A checklist item opens its visit.
  await openInbox(page);
  await page.getByTestId('task-group-overdue').getByTestId('task-row').first().click();
  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]+$/);
});

test('经理的团队视图：按人看计数，选一个人看他的任务', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seed(desk);
  await page.goto(desk.url);
  await openInbox(page);
  await page.getByTestId('tasks-view-team').click();
  const lina = page.getByTestId('team-person').filter({ hasText: '李娜' });
  await expect(lina).toContainText('1');
  await lina.click();
  const tasks = page.getByTestId('team-tasks').getByTestId('task-row');
  await expect(tasks).toHaveCount(1);
  await expect(tasks.first()).toContainText('访客询问停车位');
  await clearView(page);
  await page.screenshot({ path: artifact('tasks-team-zh-CN.png') });
});

test('全局搜索：Ctrl+K，用访客姓名的拼音首字母找到问题，Enter 打开', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { incidentId } = await seed(desk);
  await page.goto(desk.url);
  // The desk puts the cursor in its check-in form as it opens; Ctrl+K takes it from there.
  await expect(page.getByTestId('checkin-form').locator('input').first()).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('global-search-input')).toBeFocused();
  await page.keyboard.type('cjg');
  const incidents = page.getByTestId('global-search-group-incidents');
  await expect(incidents.getByTestId('global-search-item')).toContainText(['会议室空调不制冷']);
  // The visitor himself is found too, among the people.
  await expect(page.getByTestId('global-search-group-people')).toContainText('陈建国');
  await page.screenshot({ path: artifact('global-search-zh-CN.png') });
  const items = page.getByTestId('global-search-item');
  const index = await items.evaluateAll((els) => els.findIndex((e) => e.textContent?.includes('会议室空调不制冷')));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/incidents/${incidentId}$`));
  await expect(page.getByTestId('global-search-results')).toBeHidden();
});

test('the inbox, the team view and the search, to look at (en)', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seed(desk);
  await call(desk, 'session.setLocale', { locale: 'en' });
  await page.goto(desk.url);
  await openInbox(page);
  await expect(page.getByTestId('task-group-overdue')).toContainText('Overdue');
  await clearView(page);
  await page.screenshot({ path: artifact('tasks-inbox-en.png') });
  await page.getByTestId('tasks-view-team').click();
  await page.getByTestId('team-person').filter({ hasText: '王管理' }).click();
  await expect(page.getByTestId('team-tasks')).toBeVisible();
  await page.screenshot({ path: artifact('tasks-team-en.png') });
  await page.getByTestId('global-search-open').click();
  await page.getByTestId('global-search-input').fill('chen');
  await expect(page.getByTestId('global-search-group-incidents')).toBeVisible();
  await page.screenshot({ path: artifact('global-search-en.png') });
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`the header keeps its title, navigation and buttons apart at the narrowest window (${locale})`, async ({ page, desk }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    if (locale === 'en') await call(desk, 'session.setLocale', { locale: 'en' });
    await page.goto(desk.url);
    await expect(page.getByTestId('user-menu')).toBeVisible();
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const title = await box('.app-header__title');
    const nav = await box('.app-nav');
    const status = await box('.app-header__status');
    expect(title.x + title.width, 'the title ends before the navigation starts').toBeLessThanOrEqual(nav.x);
    expect(nav.x + nav.width, 'the navigation ends before the buttons start').toBeLessThanOrEqual(status.x);
    expect(status.x + status.width, 'the buttons stay inside the window').toBeLessThanOrEqual(1280);
    await page.screenshot({ path: artifact(`tasks-header-1280-${locale}.png`), clip: { x: 0, y: 0, width: 1280, height: 64 } });
  });
}
