import type { Page } from '@playwright/test';
import { ADMIN, expect, test, type WebShell } from './web-shell-fixture';
import { findUntranslatedText } from './text-scan';
import { artifact, localToday, residentId } from './ui-helpers';

/**
 * Every word translated, in the user's terms: the roles table, the audit log
 * (list and an opened entry), and the plans screen show no key, code or JSON
 * in Chinese, and English counts naturally ("1 plan").
 */

/** What this spec types in: people's names and logins are data, not UI words. */
const USER_DATA = [ADMIN.login, 'wangfang'];

/** Entries whose details used to show as codes: a badge reprint (reprints), a new visitor, a plan with a team and bookings. */
async function seed(desk: WebShell): Promise<void> {
  const ok = async (name: string, input: unknown) => {
    const result = await desk.api<{ id: string }>(name, input);
    expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
    return result.value;
  };
  await ok('users.create', { login: 'wangfang', name: '王芳', department: '前台', roles: ['receptionist', 'coordinator'], password: 'Wang-pass-1' });
  const visit = await ok('visits.checkIn', { name: '张伟', company: '华为技术有限公司', phone: '13800138000', idType: 'resident_id', idNumber: residentId('11010519900307123'), host: '李娜', purpose: '商务洽谈', privacyAck: true });
  await ok('print.badges', { visitIds: [visit.id], layoutId: 'a4-2x4', printerId: 'pdf', locale: 'zh-CN' });
  await ok('print.badges', { visitIds: [visit.id], layoutId: 'a4-2x4', printerId: 'pdf', locale: 'zh-CN', confirmReprint: true });
  await ok('settings.update', { autoPrintBadge: false, printerProfile: { printerId: 'pdf', profile: { layoutId: 'label-101x54', offsetXMm: 0, offsetYMm: 0 } } });
  const plan = await ok('plans.create', { title: '华兴科技战略洽谈', level: 'vip', arrivalAt: `${localToday()}T10:00`, departureAt: `${localToday()}T11:30`, expectedHeadcount: 2 });
  await ok('plans.setTeam', { planId: plan.id, members: [{ role: 'greeter', customLabel: '', primaryName: '王芳', primaryPhone: '', backupName: '李娜', backupPhone: '' }] });
  await ok('plans.update', { id: plan.id, needs: { diet: '素食', transport: '', accessibility: '', other: '' } });
}

async function expectTranslated(page: Page, screen: string) {
  const found = await findUntranslatedText(page, { userData: USER_DATA });
  expect(found, `${screen}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
}

test('users, audit and plans screens show no keys, codes or JSON in Chinese', async ({ page, desk }) => {
  await seed(desk);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(desk.url);
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await expectTranslated(page, 'desk');

  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('permission-table')).toContainText('查看接待方案');
  await expect(page.getByTestId('permission-table')).not.toContainText('plans.view');
  await expectTranslated(page, 'users and roles');
  await page.screenshot({ path: artifact('words-users-zh.png'), fullPage: true });

  await page.getByTestId('tab-audit').click();
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('打印胸卡');
  await expect(table).toContainText('重印张数：1');
  await expect(table).toContainText('新访客：是');
  // Each visit's entries name it (visitor · badge number) beside the record's kind: the details no longer repeat it.
  await expect(table.getByTestId('audit-subject').filter({ hasText: '张伟' }).first()).toHaveText(/^张伟 · V\d{6}\w+$/);
  await expectTranslated(page, 'audit list');

  // Opened entries: a badge reprint and a change (before → after), as labelled lists.
  await table.getByTestId('audit-action-cell').filter({ hasText: '打印胸卡' }).first().click();
  await table.getByTestId('audit-action-cell').filter({ hasText: '修改接待方案' }).click();
  const changes = table.getByTestId('audit-changes');
  await expect(changes).toContainText('特殊需求');
  await expect(changes).toContainText('饮食：素食');
  await expect(table.locator('.audit-detail').first()).toBeVisible();
  await expectTranslated(page, 'audit, entries opened');
  await page.screenshot({ path: artifact('words-audit-zh.png'), fullPage: true });

  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plans-view-list').click();
  await expect(page.getByTestId('plans-screen')).toContainText('华兴科技战略洽谈');
  await expectTranslated(page, 'plans list');
  await page.getByTestId('plans-view-week').click();
  await expectTranslated(page, 'plans week');
});

test('English counts naturally and names A/B as the printout does', async ({ page, desk }) => {
  await seed(desk);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plans-view-list').click();
  await expect(page.getByTestId('plans-screen')).toContainText('1 plan');
  await expect(page.getByTestId('plans-screen')).not.toContainText('1 plans');
  await expectTranslated(page, 'plans list (en)');

  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-audit').click();
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('Reprints: 1');
  await expect(table.getByTestId('audit-subject').filter({ hasText: '张伟' }).first()).toHaveText(/^张伟 · V\d{6}\w+$/);
  await expect(table).toContainText('New visitor: Yes');
  await expect(table).toContainText('Role: Greeter, Primary (A): 王芳, Backup (B): 李娜');
  await expectTranslated(page, 'audit (en)');
  // antd draws a label's colon after a gap ("Dates :"); no label on this screen may.
  const spacedColons = await page.locator('.ant-form-item-label > label').evaluateAll((labels) =>
    labels.filter((l) => {
      const after = getComputedStyle(l, '::after');
      return after.content.includes(':') && parseFloat(after.marginInlineStart) > 0;
    }).map((l) => l.textContent),
  );
  expect(spacedColons).toEqual([]);
  await page.screenshot({ path: artifact('words-audit-en.png'), fullPage: true });
});
