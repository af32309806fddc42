import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { pdfPageSizesMm, savedPdf } from './pdf-tools';
import { artifact, localToday, signInAs } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * Past visits: a completed plan's file opens read-only in the archive; a
 * coordinator asks for a change to its record with a reason, a manager
 * approves it (the change is in the file at once) and prints the file as one
 * A4 PDF; then the same screens in English.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

const TITLE = '华为技术交流';

/** A plan taken through the desk's own channels: guest invited, confirmed, checked in and out, completed. */
async function seed(desk: WebShell): Promise<string> {
  const today = localToday();
  await call(desk, 'users.create', { login: 'coord', name: '王芳', roles: ['coordinator'], password: 'Welcome123' });
  await call(desk, 'users.create', { login: 'boss', name: '李经理', roles: ['manager'], password: 'Welcome123' });
  const client = await call(desk, 'clients.create', { name: '华为技术有限公司', tier: 'key' });
  const person = await call(desk, 'people.create', { name: '张伟', clientId: client.id, phone: '13800138000', confirmNew: true });
  const plan = await call(desk, 'plans.create', { title: TITLE, clientId: client.id, purpose: '技术交流', arrivalAt: `${today}T00:00`, departureAt: `${today}T23:59`, expectedHeadcount: 1 });
  await call(desk, 'plans.setGuests', { planId: plan.id, guests: [{ personId: person.id, isLead: true }] });
  await call(desk, 'plans.transition', { id: plan.id, to: 'confirmed' });
  await call(desk, 'plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
  const arrived = await call<{ visits: { id: string }[] }>(desk, 'visits.checkInPlanned', { planId: plan.id, personIds: [person.id], host: '王芳', privacyAck: true });
  await call(desk, 'visits.checkOut', { visitId: arrived.visits[0]!.id });
  await call(desk, 'plans.transition', { id: plan.id, to: 'completed' });
  return plan.id;
}

test('a completed visit opens read-only; a coordinator asks for a change, a manager approves it and prints the file', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await seed(desk);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${desk.url}#/pastVisits`);
  await signInAs(page, 'coord');
  await page.goto(`${desk.url}#/pastVisits`);

  // The list: the completed plan; its file, read-only, with its check-in and out.
  await page.getByTestId('past-visits-search').fill('huawei');
  const row = page.getByTestId('past-visit-row').filter({ hasText: TITLE });
  await expect(row).toContainText('华为技术有限公司');
  await page.screenshot({ path: artifact('past-visits-list-zh-CN.png') });
  await row.click();
  await expect(page.getByTestId('past-visit-banner')).toContainText('已归档 · 只读');
  await expect(page.getByTestId('past-visit-visits')).toContainText('张伟');
  await expect(page.getByTestId('past-visit-reopen')).toHaveCount(0);

  // A change to the record, with a reason: pending until a manager decides.
  await page.getByTestId('past-visit-request-change').click();
  await page.getByTestId('request-change-value').fill('签约仪式');
  await page.getByTestId('request-change-reason').fill('来访目的记录有误');
  await page.screenshot({ path: artifact('past-visits-request-zh-CN.png') });
  await page.getByTestId('request-change-submit').click();
  await page.getByTestId('past-visit-tab-changes').click();
  await expect(page.getByTestId('change-row')).toContainText('技术交流 → 签约仪式');
  await expect(page.getByTestId('change-status')).toContainText('待审批');
  await expect(page.getByTestId('change-approve')).toHaveCount(0);
  await expect(page.getByTestId('past-visit-purpose')).toHaveText('技术交流');

  // The manager sees it waiting above the list and approves it: the file shows the new value.
  await signInAs(page, 'boss');
  await page.goto(`${desk.url}#/pastVisits`);
  const pending = page.getByTestId('past-visits-pending');
  await expect(pending).toContainText('来访目的记录有误');
  await page.screenshot({ path: artifact('past-visits-pending-zh-CN.png') });
  await pending.getByTestId('change-approve').click();
  await expect(pending).toHaveCount(0);
  await page.getByTestId('past-visit-row').filter({ hasText: TITLE }).click();
  await expect(page.getByTestId('past-visit-purpose')).toHaveText('签约仪式');
  await expect(page.getByTestId('past-visit-reopen')).toBeVisible();
  await page.screenshot({ path: artifact('past-visits-file-zh-CN.png'), fullPage: true });

  // The file as one A4 PDF: the plan, the guest's check-in, the approved change.
  await page.getByTestId('visit-file-print').click();
  const pdf = await savedPdf(desk, 'visit-file-');
  expect(pdfPageSizesMm(pdf.path).every((p) => p.widthMm === 210 && p.heightMm === 297)).toBe(true);
  for (const words of ['接待档案', TITLE, '华为技术有限公司', '张伟', '签到签退', '签约仪式', '来访目的记录有误', '已批准', '操作日志']) expect(pdf.text, words).toContain(words);
  copyFileSync(pdf.path, artifact('visit-file-zh-CN.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, artifact('visit-file-zh-CN')]);

  // The same file and screen in English.
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('past-visit-banner')).toContainText('Archived · read-only');
  await page.getByTestId('past-visit-tab-changes').click();
  await expect(page.getByTestId('change-status')).toContainText('Approved');
  await page.screenshot({ path: artifact('past-visits-file-en.png'), fullPage: true });
  await page.getByTestId('past-visit-reopen').click();
  await expect(page.getByTestId('reopen-submit')).toBeDisabled();
  await page.getByTestId('reopen-reason').fill('Itinerary to be completed');
  await page.screenshot({ path: artifact('past-visits-reopen-en.png') });
  await page.getByTestId('reopen-submit').click();
  await expect(page.getByTestId('past-visit-banner')).toHaveCount(0);
  await expect(page.getByTestId('past-visit-title')).toContainText('In progress');
});
