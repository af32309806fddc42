import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pdfText } from './pdf-tools';
import { artifact } from './ui-helpers';
import { ADMIN, expect, test, type WebShell } from './web-shell-fixture';

/**
 * Feedback end to end in Chinese: staff switch the desk into the kiosk, a
 * visitor answers with a low score, nothing else is reachable (a hash route,
 * an API call from the page: KIOSK), a manager signs in at the kiosk and sees
 * the red alert and its complaint; a paper questionnaire prints with its code
 * and is typed back in by that code. Screenshots of every screen in both languages.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

const MANAGER = { login: 'zhaomin', name: '赵敏', password: 'Zhao-own-2026' };

/** A manager with their own password (first sign-in done), then the administrator back at the desk. */
async function addManager(desk: WebShell) {
  await call(desk, 'users.create', { login: MANAGER.login, name: MANAGER.name, roles: ['manager'], password: 'Welcome123' });
  await call(desk, 'session.signIn', { login: MANAGER.login, password: 'Welcome123' });
  await call(desk, 'session.changePassword', { current: 'Welcome123', next: MANAGER.password });
  await call(desk, 'session.signIn', { login: ADMIN.login, password: ADMIN.password });
}

/** A visit of today taken to completed: the completion asks for feedback (a request with a code). */
async function completedVisit(desk: WebShell, title: string, clientName: string): Promise<string> {
  const day = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  const client = await call(desk, 'clients.create', { name: clientName });
  const guest = await call(desk, 'people.create', { name: '陈建国', clientId: client.id, confirmNew: true });
  const plan = await call(desk, 'plans.create', { title, clientId: client.id, arrivalAt: `${today}T00:10`, departureAt: `${today}T00:50`, expectedHeadcount: 1 });
  await call(desk, 'plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
  await call(desk, 'plans.transition', { id: plan.id, to: 'confirmed' });
  await call(desk, 'plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
  await call(desk, 'plans.transition', { id: plan.id, to: 'completed' });
  return plan.id;
}

async function openFeedback(page: Page, desk: WebShell, tab?: string) {
  await page.goto(`${desk.url}#/feedback`);
  await expect(page.getByTestId('feedback-screen')).toBeVisible();
  if (!tab) return;
  await page.getByTestId(`fb-tab-${tab}`).click();
  // The segmented control's thumb slides over; the screenshot waits until it has settled on the tab.
  await expect(page.locator('.fb-tabs .ant-segmented-item-selected')).toContainText(await page.getByTestId(`fb-tab-${tab}`).innerText());
  await expect(page.locator('.fb-tabs .ant-segmented-thumb')).toHaveCount(0);
}

test('the kiosk: a visitor answers low, nothing else is reachable, a manager signs in and sees the red alert', async ({ page, desk }) => {
  test.setTimeout(180_000);
  await addManager(desk);
  await completedVisit(desk, '华兴科技董事长来访', '华兴科技');

  await openFeedback(page, desk, 'requests');
  const row = page.getByTestId('fb-request-row').filter({ hasText: '华兴科技董事长来访' });
  await expect(row).toBeVisible();
  await page.screenshot({ path: artifact('feedback-requests-open-zh.png'), fullPage: true, animations: 'disabled' });
  await row.getByTestId('fb-request-kiosk').click();
  await expect(page.getByTestId('fb-kiosk-template')).toContainText('接待服务满意度');
  await page.screenshot({ path: artifact('feedback-kiosk-start-zh.png'), animations: 'disabled' });
  await page.getByTestId('fb-kiosk-confirm').click();
  const kiosk = page.getByTestId('kiosk-screen');
  await expect(kiosk).toBeVisible();
  await expect(kiosk).toContainText('华兴科技，欢迎您');
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
  await page.screenshot({ path: artifact('feedback-kiosk-zh.png'), fullPage: true, animations: 'disabled' });

  // Nothing else is reachable: an address typed in shows the kiosk still; main refuses staff channels from the page.
  await page.evaluate(() => (window.location.hash = '#/clients'));
  await expect(kiosk).toBeVisible();
  await page.goto(`${desk.url}#/plans`);
  await expect(page.getByTestId('kiosk-screen')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
  const refused = await page.evaluate(async () => {
    const token = sessionStorage.getItem('reception-desk.token') ?? '';
    const answer = async (name: string) => ((await (await fetch(`/api/${name}`, { method: 'POST', headers: { 'x-desk-token': token }, body: '{}' })).json()) as { error?: { code: string } }).error?.code;
    return [await answer('clients.list'), await answer('visits.list'), await answer('feedback.responses')];
  });
  expect(refused).toEqual(['KIOSK', 'KIOSK', 'KIOSK']);

  // The visitor: number keys for the stars (1 star on the first: a red alert), a choice, a comment.
  await page.keyboard.press('1');
  await page.keyboard.press('4');
  await page.keyboard.press('4');
  await page.keyboard.press('5');
  const questions = page.getByTestId('fb-question');
  await expect(questions.nth(0).locator('.fb-star--on')).toHaveCount(1);
  await expect(questions.nth(3).locator('.fb-star--on')).toHaveCount(5);
  await questions.nth(4).getByText('不确定').click();
  await questions.nth(5).locator('textarea').fill('等候时间太久，没人招呼');
  await page.getByTestId('kiosk-name').fill('陈先生');
  await page.getByTestId('kiosk-submit').click();
  await expect(page.getByTestId('kiosk-thanks')).toBeVisible();
  await page.screenshot({ path: artifact('feedback-kiosk-thanks-zh.png'), fullPage: true, animations: 'disabled' });
  await page.getByTestId('kiosk-next').click();
  await expect(page.getByTestId('kiosk-submit')).toBeVisible();
  await expect(questions.nth(0).locator('.fb-star--on')).toHaveCount(0);

  // The next visitor reads English; a required question left out is marked, not sent.
  await page.getByTestId('kiosk-lang-en').click();
  await expect(kiosk).toContainText('Overall satisfaction');
  await page.getByTestId('kiosk-submit').click();
  await expect(page.getByTestId('kiosk-error')).toBeVisible();
  await page.screenshot({ path: artifact('feedback-kiosk-en.png'), fullPage: true, animations: 'disabled' });

  // A staff member signs in at the kiosk: the desk is theirs again.
  await page.getByTestId('kiosk-staff').click();
  await page.getByTestId('kiosk-login').fill(MANAGER.login);
  await page.getByTestId('kiosk-password').fill('wrong-pass-1');
  await page.getByTestId('kiosk-signin').click();
  await expect(page.getByTestId('kiosk-signin-error')).toBeVisible();
  await page.screenshot({ path: artifact('feedback-kiosk-staff-en.png'), animations: 'disabled' });
  await page.getByTestId('kiosk-password').fill(MANAGER.password);
  await page.getByTestId('kiosk-signin').click();
  await expect(page.getByTestId('kiosk-screen')).toHaveCount(0);
  await expect(page.getByTestId('user-menu')).toBeVisible();

  // The manager sees the red alert, and its complaint exists.
  const incidents = await call<{ items: { id: string; code: string; category: string; source: string }[] }>(desk, 'incidents.list', {});
  const complaint = incidents.items.find((i) => i.source === 'feedback');
  expect(complaint).toMatchObject({ category: 'complaint' });
  await openFeedback(page, desk);
  const response = page.getByTestId('fb-response-row').filter({ hasText: '华兴科技' });
  await expect(response.getByTestId('fb-red-alert')).toBeVisible();
  await expect(response).toContainText('自助填写');
  await page.screenshot({ path: artifact('feedback-responses-zh.png'), fullPage: true, animations: 'disabled' });
  await response.click();
  await expect(page.getByTestId('fb-detail-alert')).toContainText('最低评分 1 星');
  await expect(page.getByTestId('fb-detail-incident')).toHaveAttribute('href', `#/incidents/${complaint!.id}`);
  await expect(page.getByTestId('fb-detail-incident')).toContainText(complaint!.code);
  await expect(page.getByTestId('fb-detail-answers')).toContainText('等候时间太久');
  await page.screenshot({ path: artifact('feedback-detail-zh.png'), fullPage: true, animations: 'disabled' });

  // Every other tab, in Chinese and then in English.
  for (const locale of ['zh', 'en'] as const) {
    if (locale === 'en') await call(desk, 'session.setLocale', { locale: 'en' });
    for (const tab of ['responses', 'entry', 'requests', 'summary', 'templates', 'rules']) {
      await openFeedback(page, desk, tab);
      await expect(page.getByTestId(`fb-${tab === 'entry' ? 'entry' : tab}`)).toBeVisible();
      if (tab === 'summary') await expect(page.getByTestId('fb-summary-counts')).toHaveAttribute('data-red', '1');
      await page.screenshot({ path: artifact(`feedback-${tab}-${locale}.png`), fullPage: true, animations: 'disabled' });
      if (tab === 'templates') {
        await page.getByTestId('fb-template-edit').first().click();
        await expect(page.getByTestId('fb-question-editor')).toHaveCount(6);
        await page.screenshot({ path: artifact(`feedback-template-editor-${locale}.png`), animations: 'disabled' });
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('fb-question-editor')).toHaveCount(0);
      }
    }
  }
  await page.goto(`${desk.url}#/feedback`);
  await page.getByTestId('fb-response-row').first().click();
  await expect(page.getByTestId('fb-detail-alert')).toContainText('Lowest rating: 1 of 5');
  await page.screenshot({ path: artifact('feedback-detail-en.png'), fullPage: true, animations: 'disabled' });
});

test('a paper questionnaire prints with its code and is typed back in by that code', async ({ page, desk }) => {
  test.setTimeout(150_000);
  await completedVisit(desk, '中兴通讯参观', '中兴通讯');
  const [request] = await call<{ id: string; code: string; templateId: string }[]>(desk, 'feedback.requests', { status: 'open' });
  for (const locale of ['zh-CN', 'en'] as const) {
    const printed = await call<{ outcome: string; fileName: string; code: string; pages: number }>(desk, 'print.questionnaire', { templateId: request!.templateId, requestId: request!.id, locale, printerId: 'pdf' });
    expect(printed).toMatchObject({ outcome: 'saved', code: request!.code, pages: 1 });
    const file = join(desk.dataDir, 'prints', printed.fileName);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain(request!.code);
    expect(text).toContain(locale === 'en' ? 'Overallsatisfaction' : '总体满意度');
    expect(text).toContain('中兴通讯参观');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', file, artifact(`feedback-questionnaire-${locale}`).replace(/\.png$/, '')]);
  }

  await openFeedback(page, desk, 'entry');
  await page.getByTestId('fb-entry-channel-paper').click();
  await page.getByTestId('fb-entry-code').locator('input').fill(request!.code.toLowerCase());
  await page.getByTestId('fb-entry-code').locator('input').press('Enter');
  await expect(page.getByTestId('fb-entry-linked')).toContainText('中兴通讯参观');
  const questions = page.getByTestId('fb-question');
  for (let i = 0; i < 4; i++) await questions.nth(i).getByTestId(/-stars-5$/).click();
  await questions.nth(4).getByText('愿意', { exact: true }).click();
  await page.getByTestId('fb-entry-respondent').fill('李经理');
  await page.screenshot({ path: artifact('feedback-entry-filled-zh.png'), fullPage: true, animations: 'disabled' });
  await page.getByTestId('fb-entry-submit').click();
  await expect(page.getByText('反馈已保存')).toBeVisible();
  const [answered] = await call<{ status: string; responseId: string | null }[]>(desk, 'feedback.requests', { status: 'answered' });
  expect(answered).toMatchObject({ status: 'answered' });
  const response = await call<{ channel: string; score: number; redAlert: boolean; planTitle: string }>(desk, 'feedback.response', { id: answered!.responseId });
  expect(response).toMatchObject({ channel: 'paper', score: 5, redAlert: false, planTitle: '中兴通讯参观' });
});
