import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedInUserId } from './account-manager';
import { pdfText, savedPrints } from './pdf-tools';
import { artifact, chooseOption } from './ui-helpers';
import { setClockOffset, setUpDesk, startWebShell, stopWebShell, type WebShell } from './web-shell-fixture';

/**
 * 问题处理 end to end in Chinese, on a desk whose clock the test moves: a
 * receptionist records a complaint for a visitor on site, the time limit
 * passes, the incident escalates by itself to the next tier's owner (a
 * manager's queue) and a manager sees it; it is resolved with a root cause,
 * the call-back is logged with a score, the report prints as a PDF.
 * Screenshots of the list, the detail, the record dialog, the analysis and
 * the reply scripts in both languages.
 */

interface ClockDesk extends WebShell {
  clockFile: string;
}

const test = base.extend<{ desk: ClockDesk }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
    const clockFile = join(dataDir, 'test-clock');
    setClockOffset(clockFile, 0);
    const { shell, child } = await startWebShell(dataDir, { clockFile });
    shell.recovery = await setUpDesk(shell);
    await use({ ...shell, clockFile });
    expect(await stopWebShell(child)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** Milliseconds since the epoch of a local `YYYY-MM-DDTHH:mm` (the shell runs on this machine, in its time zone). */
function localMs(minute: string): number {
  const [day, time] = minute.split('T') as [string, string];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, mi).getTime();
}

/** Signs the desk out and a user in, through the screens; a first sign-in sets the user's own password. */
async function signIn(page: Page, login: string, password: string, ownPassword: string) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await page.getByTestId('signin-login').fill(login);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-password').press('Enter');
  await page.getByTestId('change-password-current').fill(password);
  await page.getByTestId('change-password-next').fill(ownPassword);
  await page.getByTestId('change-password-next2').fill(ownPassword);
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** A screenshot once antd's open and close animations have settled, as a person sees the screen. */
async function shot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: artifact(name) });
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test('前台登记投诉，超时自动升级到主管；主管解决、回访打分并打印报告', async ({ page, desk }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  await call(desk, 'users.create', { login: 'lina', name: '李娜', roles: ['receptionist'], password: 'Welcome123' });
  await call(desk, 'users.create', { login: 'zhaomin', name: '赵敏', roles: ['manager'], password: 'Welcome123' });
  const visit = await call<{ id: string; badgeNo: string }>(desk, 'visits.checkIn', { name: '张伟', company: '华兴科技', host: '王经理', privacyAck: true });

  // The receptionist, at the desk: the visitor's row records a complaint for him.
  await page.goto(desk.url);
  await signIn(page, 'lina', 'Welcome123', 'Lina-own-2026');
  await page.getByTestId(`incident-${visit.badgeNo}`).click();
  const dialog = page.getByTestId('incident-record-dialog');
  await expect(dialog.getByTestId('incident-record-linked')).toContainText('张伟');
  // 1 picks 投诉 and moves on to the summary; the complaint scripts stand beside the form.
  await page.keyboard.press('1');
  await expect(dialog.getByTestId('incident-category-complaint')).toHaveAttribute('aria-checked', 'true');
  await expect(dialog.getByTestId('incident-record-title')).toBeFocused();
  await expect(dialog.getByTestId('scripts-scenario')).toContainText('投诉处理');
  await expect(dialog.getByTestId('script-card').first()).toBeVisible();
  await page.keyboard.type('会议室空调不制冷，访客投诉等候太久');
  await shot(page, 'incident-record-zh-CN.png');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('incident-saved')).toBeVisible();
  await expect(dialog.getByTestId('incident-saved')).toContainText('前台接待（待认领）');

  const { items } = await call<{ items: { id: string; code: string; deadlineAt: string; tier: string }[] }>(desk, 'incidents.list', { filter: 'open' });
  expect(items).toHaveLength(1);
  const recorded = items[0]!;
  expect(recorded.tier).toBe('ordinary');
  await expect(dialog.getByTestId('incident-saved-deadline')).toContainText(recorded.deadlineAt.replace('T', ' '));
  await dialog.getByTestId('incident-saved-close').click();

  // The 8 working hours pass (and half an hour more): main escalates it to 紧急, owned by the managers' queue.
  setClockOffset(desk.clockFile, localMs(recorded.deadlineAt) - Date.now() + 30 * 60_000);
  await go(page, '#/incidents');
  // Hours went by with nobody at the desk: it locked itself, and the receptionist unlocks it.
  await page.getByTestId('unlock-password').fill('Lina-own-2026');
  await page.getByTestId('unlock-submit').click();
  const row = page.locator(`[data-testid="incident-row"][data-code="${recorded.code}"]`);
  await expect(row.getByTestId('incident-tier')).toHaveAttribute('data-tier', 'urgent', { timeout: 20_000 });
  await expect(row.getByTestId('incident-escalated')).toBeVisible();
  await expect(row.getByTestId('incident-owner')).toHaveText('行政主管（待认领）');

  // A manager sees it too, opens it, and resolves it with a root cause.
  await signIn(page, 'zhaomin', 'Welcome123', 'Zhao-own-2026');
  await go(page, '#/incidents');
  await expect(row.getByTestId('incident-tier')).toHaveAttribute('data-tier', 'urgent');
  await shot(page, 'incident-list-zh-CN.png');
  await row.click();
  await expect(page).toHaveURL(new RegExp(`#/incidents/${recorded.id}$`));
  const drawer = page.getByTestId('incident-detail');
  await expect(drawer.getByTestId('incident-event').filter({ hasText: '超时升级为紧急' })).toBeVisible();
  await drawer.getByTestId('incident-action-resolve').click();
  const action = page.getByTestId('incident-action-dialog');
  await chooseOption(page, action.getByTestId('incident-root-cause'), '设施设备');
  await action.getByTestId('incident-action-text').fill('已安排物业维修空调，并为访客换到 3 号会议室');
  await action.getByTestId('incident-action-save').click();
  await expect(action).toBeHidden();
  await expect(drawer).toHaveAttribute('data-status', 'resolved');
  await expect(drawer.getByTestId('incident-root-cause-shown')).toHaveText('设施设备');

  // The call-back within 24 hours: reached, 4 of 5, a comment.
  const card = drawer.getByTestId('callback-card');
  await expect(card).toHaveAttribute('data-status', 'open');
  await card.getByTestId('callback-rate').locator('.ant-rate-star').nth(3).click();
  await card.getByTestId('callback-comment').fill('换了会议室后很满意');
  await card.getByTestId('callback-save').click();
  await expect(card).toHaveAttribute('data-status', 'reached');
  await expect(card.getByTestId('callback-score')).toContainText('满意度 4 分');

  // Kept informed, then the manager's review closes the loop: accepted, archived.
  await drawer.getByTestId('incident-action-contact').click();
  await action.getByTestId('incident-action-text').fill('已电话告知访客空调已修好');
  await action.getByTestId('incident-action-save').click();
  await expect(action).toBeHidden();
  await expect(drawer.getByTestId('incident-event').filter({ hasText: '告知访客（电话）' })).toContainText('已电话告知访客空调已修好');
  await drawer.getByTestId('incident-action-accept').click();
  await action.getByTestId('incident-action-save').click();
  await expect(drawer).toHaveAttribute('data-status', 'reviewed');
  await drawer.getByTestId('incident-action-archive').click();
  await page.getByTestId('incident-archive-confirm').click();
  await expect(drawer).toHaveAttribute('data-status', 'archived');
  await expect(drawer.getByTestId('incident-steps')).toContainText('赵敏');
  await shot(page, 'incident-detail-zh-CN.png');

  // The report, as a PDF here (no printer).
  const before = savedPrints(desk.dataDir).length;
  await page.getByTestId('incident-print').click();
  await expect(page.locator('.ant-message')).toContainText(/问题处理报告.*PDF|PDF.*问题处理报告/);
  await expect.poll(() => savedPrints(desk.dataDir).length).toBe(before + 1);
  const pdf = savedPrints(desk.dataDir).at(-1)!;
  expect(pdfText(join(desk.dataDir, 'prints', pdf)).replace(/\s+/g, '')).toContain(recorded.code);

  // The analysis counts it: one complaint, escalated once, resolved late.
  await page.getByTestId('incident-drawer').getByRole('button', { name: /close|关闭/i }).first().click();
  await page.getByTestId('incident-view-analysis').click();
  const analysis = page.getByTestId('incident-analysis');
  await expect(analysis.getByTestId('analysis-row').first()).toContainText('投诉');
  await shot(page, 'incident-analysis-zh-CN.png');
  await page.getByTestId('incident-view-rules').click();
  await expect(page.getByTestId('rule-urgent-preview')).not.toBeEmpty();
  await shot(page, 'incident-rules-zh-CN.png');

  // The reply scripts' library.
  await go(page, '#/scripts');
  await expect(page.getByTestId('scripts-screen').getByTestId('script-card').first()).toBeVisible();
  await shot(page, 'incident-scripts-zh-CN.png');

  // The same screens in English.
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('scripts-screen')).toContainText('Copy');
  await shot(page, 'incident-scripts-en.png');
  await go(page, '#/incidents');
  await page.getByTestId('incident-filter-all').click();
  await expect(row.getByTestId('incident-tier')).toContainText('Urgent');
  await shot(page, 'incident-list-en.png');
  await page.getByTestId('incident-view-analysis').click();
  await expect(page.getByTestId('incident-analysis')).toContainText('Complaint');
  await shot(page, 'incident-analysis-en.png');
  await page.getByTestId('incident-view-rules').click();
  await shot(page, 'incident-rules-en.png');
  await go(page, `#/incidents/${recorded.id}`);
  await expect(page.getByTestId('incident-detail')).toContainText('Facilities');
  await shot(page, 'incident-detail-en.png');
  await go(page, '#/desk');
  await expect(page.getByTestId('incident-record-open')).toBeVisible();
  await shot(page, 'incident-desk-en.png');
  await page.keyboard.press('F8');
  await expect(page.getByTestId('incident-record-title')).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByTestId('scripts-scenario')).toContainText('Enquiry');
  await page.keyboard.type('Where is the visitor parking?');
  await shot(page, 'incident-record-en.png');
});

test('接待计划和客户详情里登记问题，自动关联计划与客户', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  const client = await call(desk, 'clients.create', { name: '华为技术有限公司', tier: 'vip', industry: '通信设备', accountManagerUserId: await signedInUserId(desk.api) });
  const plan = await call(desk, 'plans.create', { title: '华为高管来访', clientId: client.id, level: 'vip', expectedHeadcount: 3 });

  await page.goto(desk.url);
  await go(page, `#/plans/${plan.id}`);
  await expect(page.getByTestId('plan-incident')).toBeVisible();
  await shot(page, 'incident-plan-zh-CN.png');
  await page.getByTestId('plan-incident').click();
  await expect(page.getByTestId('incident-record-linked')).toContainText('华为高管来访');
  await page.keyboard.press('4');
  await page.keyboard.type('三号会议室投影仪无信号');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('incident-saved')).toBeVisible();
  await page.getByTestId('incident-saved-close').click();

  await go(page, '#/clients');
  await page.locator('.client-row', { hasText: '华为技术有限公司' }).click();
  await expect(page.getByTestId('client-incident')).toBeVisible();
  await shot(page, 'incident-client-zh-CN.png');
  await page.getByTestId('client-incident').click();
  await expect(page.getByTestId('incident-record-linked')).toContainText('华为技术有限公司');
  await page.keyboard.press('3');
  await page.keyboard.type('合同盖章需要加急办理');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('incident-saved')).toBeVisible();

  const { items } = await call<{ items: { title: string; category: string; source: string; planTitle: string | null; clientName: string | null }[] }>(desk, 'incidents.list', {
    filter: 'all',
  });
  const byTitle = Object.fromEntries(items.map((i) => [i.title, i]));
  expect(byTitle['三号会议室投影仪无信号']).toMatchObject({ category: 'equipment', source: 'plan', planTitle: '华为高管来访', clientName: '华为技术有限公司' });
  expect(byTitle['合同盖章需要加急办理']).toMatchObject({ category: 'business', source: 'client', planTitle: null, clientName: '华为技术有限公司' });
});
