import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfPageSizesMm, pdfText, savedPrints } from './pdf-tools';
import { expect, test, type WebShell } from './web-shell-fixture';
import { artifact, localToday, recordApiCalls } from './ui-helpers';
import { signedInUserId } from './account-manager';

/**
 * The desk's expected arrivals end to end through the web shell: guests of
 * today's confirmed reception plans grouped by plan, found by pinyin, checked
 * in one at a time or as a group on their own directory records, their badges
 * printed in one batch, and never checked in twice.
 */

interface Guest {
  name: string;
  title?: string;
  lead?: boolean;
  diet?: string;
  accessibility?: string;
}

interface Plan {
  title: string;
  client?: { name: string; tier: 'vip' | 'key' | 'normal' };
  level: 'vip' | 'key' | 'normal';
  /** HH:mm today. */
  arrival: string;
  departure: string;
  guests: Guest[];
  greeter?: string;
  confirm?: boolean;
}

let phoneSeq = 0;

async function call<T>(shell: WebShell, name: string, input: unknown): Promise<T> {
  const result = await shell.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** A client, its people and a plan for today, made through the API as a coordinator would; confirmed unless asked not to be. */
async function planForToday(shell: WebShell, plan: Plan): Promise<{ planId: string; personIds: string[] }> {
  const day = localToday();
  const manager = plan.client?.tier === 'vip' ? { accountManagerUserId: await signedInUserId(shell.api) } : {};
  const client = plan.client ? await call<{ id: string }>(shell, 'clients.create', { ...plan.client, ...manager }) : null;
  const personIds: string[] = [];
  for (const g of plan.guests) {
    const person = await call<{ id: string }>(shell, 'people.create', {
      name: g.name,
      title: g.title ?? '',
      phone: `1390000${String(++phoneSeq).padStart(4, '0')}`,
      ...(client ? { clientId: client.id } : {}),
    });
    personIds.push(person.id);
  }
  const { id: planId } = await call<{ id: string }>(shell, 'plans.create', {
    title: plan.title,
    clientId: client?.id ?? null,
    level: plan.level,
    arrivalAt: `${day}T${plan.arrival}`,
    departureAt: `${day}T${plan.departure}`,
    expectedHeadcount: plan.guests.length,
    purpose: '商务交流',
  });
  await call(shell, 'plans.setGuests', {
    planId,
    guests: plan.guests.map((g, i) => ({
      personId: personIds[i],
      isLead: Boolean(g.lead),
      needs: { diet: g.diet ?? '', transport: '', accessibility: g.accessibility ?? '', other: '' },
    })),
  });
  if (plan.greeter) await call(shell, 'plans.setTeam', { planId, members: [{ role: 'greeter', primaryName: plan.greeter, backupName: '李娜' }] });
  if (plan.confirm !== false) await call(shell, 'plans.transition', { id: planId, to: 'confirmed' });
  return { planId, personIds };
}

const HUAWEI: Plan = {
  title: '华为高管来访',
  client: { name: '华为技术有限公司', tier: 'vip' },
  level: 'vip',
  arrival: '09:30',
  departure: '17:00',
  greeter: '王芳',
  guests: [
    { name: '任正飞', title: '董事长', lead: true },
    { name: '孟晚秋', title: '副总裁', diet: '素食' },
    { name: '徐直军', title: '副总裁', accessibility: '轮椅' },
    { name: '胡厚昆', title: '副总裁' },
  ],
};

const MINGYUAN: Plan = {
  title: '明远贸易供应商审核',
  client: { name: '上海明远贸易有限公司', tier: 'key' },
  level: 'key',
  arrival: '10:30',
  departure: '12:00',
  greeter: '刘洋',
  guests: [
    { name: '曾小凡', title: '采购经理', lead: true, diet: '不吃辣' },
    { name: '单田芳', title: '质量工程师' },
    { name: '吴敏', title: '工程师' },
  ],
};

const group = (page: Page, title: string) => page.getByTestId('arrival-group').filter({ hasText: title });
const row = (page: Page, name: string) => page.getByTestId('arrival-row').filter({ hasText: name });

async function expectBatchPdf(dataDir: string, count: number, names: string[]) {
  await expect.poll(() => savedPrints(dataDir).length, { timeout: 20_000 }).toBe(count);
  const file = join(dataDir, 'prints', savedPrints(dataDir).at(-1)!);
  const text = pdfText(file);
  for (const name of names) expect(text).toContain(name);
  // One 89×36 mm label per guest, in one file: one batch.
  expect(pdfPageSizesMm(file)).toEqual(names.map(() => ({ widthMm: 89, heightMm: 36 })));
}

test('expected guests: one found by pinyin, then the rest of the group at once, on their own records (zh-CN)', async ({ page, desk }) => {
  const huawei = await planForToday(desk, HUAWEI);
  await planForToday(desk, MINGYUAN);
  // A plan still in draft is not the desk's business yet.
  await planForToday(desk, { title: '草稿方案', level: 'normal', arrival: '15:00', departure: '16:00', guests: [{ name: '草稿客人' }], confirm: false });

  await page.goto(desk.url);
  await expect(page.getByTestId('expected-count')).toHaveText('7');
  await page.getByTestId('expected-tab').click();
  const vip = group(page, '华为高管来访');
  await expect(vip).toContainText('09:30');
  await expect(vip).toContainText('华为技术有限公司');
  await expect(vip).toContainText('VIP 接待');
  await expect(vip).toContainText('接待：王芳');
  await expect(vip.getByTestId('arrival-group-count')).toHaveText('已到 0/4');
  await expect(row(page, '任正飞').getByTestId('arrival-lead')).toHaveText('领队');
  await expect(row(page, '孟晚秋').getByTestId('need-diet')).toHaveText('素食');
  await expect(row(page, '徐直军').getByTestId('need-accessibility')).toHaveText('轮椅');
  await expect(group(page, '明远贸易供应商审核')).toContainText('重点接待');
  await expect(page.getByTestId('arrivals-panel')).not.toContainText('草稿客人');

  // F3 from anywhere puts the cursor in the search; initials find 孟晚秋, Enter asks to check her in.
  await page.getByTestId('field-name').focus();
  await page.keyboard.press('F3');
  await expect(page.getByTestId('list-filter')).toBeFocused();
  await page.keyboard.type('mwq');
  await expect(page.getByTestId('arrival-row')).toHaveCount(1);
  await expect(row(page, '孟晚秋')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('arrival-dialog');
  await expect(dialog.getByTestId('arrival-dialog-guests')).toHaveText(/孟晚秋/);
  await expect(dialog.getByTestId('arrival-dialog-host')).toHaveValue('王芳');
  // The acknowledgement takes the focus (on the frame after the dialog opens), so Space ticks it.
  await expect(dialog.locator('input[type="checkbox"]:focus')).toHaveCount(1);
  // Not without the privacy acknowledgement.
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('arrival-dialog-ack-error')).toHaveText('请先让访客阅读并同意告知');
  await expect(page.getByTestId('onsite-count')).toHaveText('0');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('arrivals-success')).toHaveText(/^已登记 孟晚秋，胸卡 V\d{6}[A-Z]{3}\d{4}$/);
  await expect(dialog).toHaveCount(0);
  await expect(row(page, '孟晚秋')).toHaveAttribute('data-state', 'arrived');
  await expect(row(page, '孟晚秋').getByTestId('arrival-state')).toContainText(/已到 \d\d:\d\d\s*V\d{6}[A-Z]{3}\d{4}/);
  await expect(page.getByTestId('expected-count')).toHaveText('6');
  await expect(page.getByTestId('onsite-count')).toHaveText('1');
  await expectBatchPdf(desk.dataDir, 1, ['孟晚秋']);

  // The rest of the group in one go, with another host.
  await page.getByTestId('list-filter').fill('');
  await expect(vip.getByTestId('arrival-group-checkin')).toHaveText(/全部登记（3）/);
  await vip.getByTestId('arrival-group-checkin').click();
  await expect(page.locator('.ant-modal-title')).toHaveText('登记 3 位来宾');
  await expect(dialog.getByTestId('arrival-dialog-guests').locator('li')).toHaveText([/任正飞/, /徐直军/, /胡厚昆/]);
  await dialog.getByTestId('arrival-dialog-host').fill('李娜');
  await expect(dialog.getByTestId('arrival-dialog-print')).toBeChecked();
  await dialog.getByTestId('arrival-privacy').check();
  await dialog.getByTestId('arrival-dialog-host').press('Enter');
  await expect(page.getByTestId('arrivals-success')).toHaveText(/^已登记 3 位，胸卡 V\d{6}[A-Z]{3}\d{4}–\d{4}$/);
  await expect(vip.getByTestId('arrival-group-count')).toHaveText(/已全部到达/);
  await expect(page.getByTestId('expected-count')).toHaveText('3');
  await expect(page.getByTestId('onsite-count')).toHaveText('4');
  await expectBatchPdf(desk.dataDir, 2, ['任正飞', '徐直军', '胡厚昆']);

  // A group that has all arrived folds away; opened, it has no check-in left to offer.
  await expect(vip.getByTestId('arrival-row')).toHaveCount(0);
  await vip.getByTestId('arrival-group-toggle').click();
  await expect(vip.locator('[data-testid="arrival-row"][data-state="arrived"]')).toHaveCount(4);
  await expect(vip.getByTestId('arrival-checkin')).toHaveCount(0);

  await page.getByTestId('onsite-tab').click();
  const onSite = page.getByTestId('onsite-table');
  await expect(onSite.locator('tr', { hasText: '任正飞' })).toContainText('李娜');
  await expect(onSite.locator('tr', { hasText: '孟晚秋' })).toContainText('王芳');
  await expect(onSite.locator('tr', { hasText: '任正飞' })).toContainText('华为高管来访');

  // Their own directory records, never a second one; the plan is now under way.
  for (const name of ['任正飞', '孟晚秋', '徐直军', '胡厚昆']) {
    expect((await call<unknown[]>(desk, 'visitors.search', { query: name })).length).toBe(1);
  }
  expect((await call<{ status: string }>(desk, 'plans.get', { id: huawei.planId })).status).toBe('in_progress');
  // And the same guest again gets no second visit: main says they are already checked in.
  const again = await desk.api('visits.checkInPlanned', { planId: huawei.planId, personIds: [huawei.personIds[0]], privacyAck: true });
  expect(again).toMatchObject({ ok: true, value: { visits: [], guests: [{ name: '任正飞', outcome: 'alreadyCheckedIn' }] } });
});

test('a check-in another desk already made is refused with the reason and changes nothing (zh-CN)', async ({ page, desk }) => {
  const mingyuan = await planForToday(desk, MINGYUAN);
  await page.goto(desk.url);
  await page.getByTestId('expected-tab').click();
  await row(page, '曾小凡').getByTestId('arrival-checkin').click();
  const dialog = page.getByTestId('arrival-dialog');
  await expect(dialog.getByTestId('arrival-dialog-guests')).toContainText('不吃辣');

  // Meanwhile, at the other desk.
  const {
    visits: [visit],
  } = await call<{ visits: { badgeNo: string }[] }>(desk, 'visits.checkInPlanned', { planId: mingyuan.planId, personIds: [mingyuan.personIds[0]], privacyAck: true });
  await dialog.getByTestId('arrival-privacy').check();
  await page.getByTestId('arrival-dialog-submit').click();
  await expect(dialog.getByTestId('arrival-dialog-error')).toContainText(`曾小凡 已为本次来访登记（胸卡 ${visit!.badgeNo}）`);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The list caught up with the other desk; nothing else changed.
  await expect(row(page, '曾小凡')).toHaveAttribute('data-state', 'arrived');
  await expect(page.getByTestId('expected-count')).toHaveText('2');
  await expect(page.getByTestId('onsite-count')).toHaveText('1');
  expect(savedPrints(desk.dataDir)).toEqual([]);
});

test('selected guests of a group, without badges, in English', async ({ page, desk }) => {
  await planForToday(desk, MINGYUAN);
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('expected-tab')).toContainText('Expected');
  await page.getByTestId('expected-tab').click();
  const mingyuan = group(page, '明远贸易供应商审核');
  await expect(mingyuan).toContainText('Greeter: 刘洋');
  await expect(mingyuan).toContainText('Arrived 0/3');
  await expect(row(page, '曾小凡').getByTestId('arrival-lead')).toHaveText('Lead');

  await row(page, '曾小凡').getByTestId('arrival-select').check();
  await row(page, '吴敏').getByTestId('arrival-select').check();
  await expect(mingyuan.getByTestId('arrival-group-checkin')).toHaveText(/Check in selected \(2\)/);
  await mingyuan.getByTestId('arrival-group-checkin').click();
  await expect(page.locator('.ant-modal-title')).toHaveText('Check in 2 guests');
  const dialog = page.getByTestId('arrival-dialog');
  await dialog.getByTestId('arrival-dialog-print').uncheck();
  await dialog.getByTestId('arrival-privacy').check();
  const calls = recordApiCalls(page);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('arrivals-success')).toHaveText(/^Checked in: 2 guests, badges V\d{6}[A-Z]{3}\d{4}–\d{4}$/);
  await expect(mingyuan).toContainText('Arrived 2/3');
  await expect(row(page, '单田芳')).toHaveAttribute('data-state', 'expected');
  await expect(row(page, '吴敏').getByTestId('arrival-state')).toContainText(/Arrived \d\d:\d\d/);
  await expect(page.getByTestId('expected-count')).toHaveText('1');
  // "Print badges" was unticked: no badge was made. The app decides that once both lists are
  // refreshed after the check-in, so wait until they are shown and nothing is in flight.
  await expect(page.getByTestId('onsite-count')).toHaveText('2');
  await expect.poll(() => calls.sent().slice(calls.sent().indexOf('visits.checkInPlanned') + 1)).toEqual(expect.arrayContaining(['visits.list', 'visits.expected']));
  await expect.poll(() => calls.inFlight()).toBe(0);
  expect(calls.sent()).not.toContain('print.badges');
  expect(savedPrints(desk.dataDir)).toEqual([]);
});

test('an empty day says so; an auditor sees the guests but cannot check them in (zh-CN)', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByTestId('expected-tab').click();
  await expect(page.getByTestId('expected-count')).toHaveText('0');
  await expect(page.getByTestId('arrivals-empty')).toContainText('今天没有预约来访');

  await planForToday(desk, HUAWEI);
  await call(desk, 'users.create', { login: 'audit1', name: '审计员', roles: ['auditor'], password: 'Audit-pass-1' });
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await page.getByTestId('signin-login').fill('audit1');
  await page.getByTestId('signin-password').fill('Audit-pass-1');
  await page.getByTestId('signin-password').press('Enter');
  await page.getByTestId('change-password-current').fill('Audit-pass-1');
  await page.getByTestId('change-password-next').fill('Audit-pass-2');
  await page.getByTestId('change-password-next2').fill('Audit-pass-2');
  await page.getByTestId('change-password-submit').click();

  await page.getByTestId('expected-tab').click();
  await expect(group(page, '华为高管来访')).toContainText('已到 0/4');
  await expect(row(page, '孟晚秋').getByTestId('need-diet')).toHaveText('素食');
  await expect(row(page, '孟晚秋').getByTestId('arrival-state')).toHaveText('待到达');
  await expect(page.getByTestId('arrival-checkin')).toHaveCount(0);
  await expect(page.getByTestId('arrival-group-checkin')).toHaveCount(0);
  await expect(page.getByTestId('arrival-select')).toHaveCount(0);
});

test('a group with one guest already on site: named before the attempt, the others checked in (zh-CN, then en)', async ({ page, desk }) => {
  const mingyuan = await planForToday(desk, MINGYUAN);
  // 单田芳 came in earlier as a walk-in, on her own directory record.
  const walkIn = await call<{ badgeNo: string }>(desk, 'visits.checkIn', {
    personId: mingyuan.personIds[1],
    name: '单田芳',
    company: '',
    phone: '',
    host: '李娜',
    privacyAck: true,
  });
  await page.goto(desk.url);
  await page.getByTestId('expected-tab').click();
  const card = group(page, '明远贸易供应商审核');
  // The list already says she is here, with her badge, and offers no check-in for her.
  await expect(row(page, '单田芳').getByTestId('arrival-onsite')).toHaveText(`已在场 · 胸卡 ${walkIn.badgeNo}`);
  await expect(row(page, '单田芳').getByTestId('arrival-checkin')).toHaveCount(0);

  await card.getByTestId('arrival-group-checkin').click();
  const dialog = page.getByTestId('arrival-dialog');
  // Before anything is sent: who is on site, and that the others go ahead.
  await expect(dialog.getByTestId('arrival-dialog-skip')).toContainText('单田芳 已在场，将跳过；其余 2 位照常登记。');
  await expect(dialog.getByTestId('arrival-dialog-skip')).toContainText(`单田芳 已在场（胸卡 ${walkIn.badgeNo}），不会重复登记`);
  await expect(dialog.getByTestId('arrival-dialog-guests').locator('li', { hasText: '单田芳' }).getByTestId('arrival-dialog-onsite')).toBeVisible();
  await expect(page.getByTestId('arrival-dialog-submit')).toContainText('登记其余 2 位');
  await dialog.getByTestId('arrival-dialog-print').uncheck();
  await dialog.getByTestId('arrival-privacy').check();
  await page.screenshot({ path: artifact('arrivals-group-onsite-zh-CN.png') });
  await page.getByTestId('arrival-dialog-submit').click();

  // The others are in; she is named as skipped, not a failure of the whole group.
  await expect(page.getByTestId('arrivals-success')).toHaveText(/^已登记 2 位，胸卡 V\d{6}[A-Z]{3}\d{4}–\d{4}$/);
  await expect(page.getByTestId('arrivals-skipped')).toHaveText(`单田芳 已在场（胸卡 ${walkIn.badgeNo}），未重复登记`);
  await expect(dialog).toHaveCount(0);
  await expect(row(page, '曾小凡')).toHaveAttribute('data-state', 'arrived');
  await expect(row(page, '吴敏')).toHaveAttribute('data-state', 'arrived');
  await expect(card.getByTestId('arrival-group-count')).toHaveText('已到 2/3');
  await expect(page.getByTestId('onsite-count')).toHaveText('3');
  // The dialog has gone: the cursor is back in the guest search, ready for the next arrival.
  await expect(page.getByTestId('list-filter')).toBeFocused();

  // In English, the one left is on site already: the dialog says nobody is left to check in.
  await page.getByTestId('lang-switch').getByText('English').click();
  await card.getByTestId('arrival-group-checkin').click();
  await expect(dialog.getByTestId('arrival-dialog-skip')).toContainText('Everyone selected is already on site: nobody to check in.');
  await expect(dialog.getByTestId('arrival-dialog-skip')).toContainText(`单田芳 is already on site (badge ${walkIn.badgeNo}) and will not be checked in again`);
  await expect(page.getByTestId('arrival-dialog-submit')).toBeDisabled();
  await page.screenshot({ path: artifact('arrivals-group-onsite-en.png') });
});
