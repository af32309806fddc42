import type { Page } from '@playwright/test';
import { artifact, localToday, residentId } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';
import { signedInUserId } from './account-manager';

/**
 * Lists show who is there: at 1366×768, in both languages, every name in the
 * desk's lists is shown whole (3-character and compound Chinese names,
 * 30-character English names, a planned guest with a long plan title), and no
 * header or cell the user reads is cut with an ellipsis.
 */

const WALK_INS = [
  { name: '张伟明', company: '北京字节跳动科技有限公司' },
  { name: '欧阳娜娜', company: '上海明远贸易有限公司' },
  { name: '司马相如', company: '' },
  { name: 'Alexandra Catherine Whitmoreby', company: 'Siemens Healthineers AG' },
  { name: 'Maximilian Ferdinand Oppenheim', company: 'Oppenheim & Söhne Logistik GmbH' },
  { name: 'Li Na', company: 'ACME' },
];
const PLANNED = { name: '上官婉儿', plan: '华为技术有限公司高管年度战略交流会' };
/** Still expected: the arrivals panel shows them with their title and company. */
const EXPECTED = { name: 'Konstantin Alexandrov Petrovsky', title: 'Senior Vice President, Global Procurement', company: 'Oppenheim & Söhne Logistik International GmbH' };
const ALL_NAMES = [...WALK_INS.map((w) => w.name), PLANNED.name];

async function call<T>(shell: WebShell, name: string, input: unknown): Promise<T> {
  const result = await shell.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function seed(desk: WebShell) {
  let n = 0;
  for (const w of WALK_INS) {
    // The widest ID the lists show (an 18-character resident ID mask) beside short passport masks.
    const id = n === 0 ? { idType: 'resident_id', idNumber: residentId('11010519491231002') } : { idType: 'passport', idNumber: `E${20000000 + n}` };
    n++;
    await call(desk, 'visits.checkIn', { ...w, host: '李娜', ...id, privacyAck: true });
  }
  // One walk-in has left: the today list shows both times and the undo button.
  const out = await call<{ id: string }>(desk, 'visits.checkIn', { name: '诸葛明亮', host: '王芳', idType: 'passport', idNumber: 'E29999999', privacyAck: true });
  await call(desk, 'visits.checkOut', { visitId: out.id });
  // A planned guest whose plan title is long: the tag must not cut the name.
  const day = localToday();
  const person = await call<{ id: string }>(desk, 'people.create', { name: PLANNED.name, title: '', phone: '13900001111' });
  const { id: planId } = await call<{ id: string }>(desk, 'plans.create', {
    title: PLANNED.plan,
    clientId: null,
    level: 'vip',
    arrivalAt: `${day}T00:00`,
    departureAt: `${day}T23:59`,
    expectedHeadcount: 1,
    purpose: '商务交流',
  });
  const waiting = await call<{ id: string }>(desk, 'people.create', { name: EXPECTED.name, title: EXPECTED.title, company: EXPECTED.company, phone: '13900001112' });
  const needs = { diet: '', transport: '', accessibility: '', other: '' };
  await call(desk, 'plans.setGuests', {
    planId,
    guests: [
      { personId: person.id, isLead: true, needs },
      { personId: waiting.id, isLead: false, needs: { ...needs, diet: 'Vegetarian, no nuts, no shellfish' } },
    ],
  });
  await call(desk, 'plans.transition', { id: planId, to: 'confirmed' });
  await call(desk, 'visits.checkInPlanned', { planId, personIds: [person.id], privacyAck: true });
}

/**
 * Text the page cuts: every element under `root` that clips its text with an
 * ellipsis (or hides overflow) while its content is wider than its box.
 * Elements marked `data-clip-ok` (a plan tag whose full title is in its
 * tooltip) are allowed to.
 */
export async function clippedTexts(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('[data-clip-ok], .ant-table-measure-row, [aria-hidden="true"]') || !el.textContent?.trim()) continue;
        const style = getComputedStyle(el);
        const clips = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip';
        if (clips && el.scrollWidth > el.clientWidth + 1) out.push(el.textContent.trim());
      }
    }
    return [...new Set(out)];
  }, rootSelector);
}

/** Every name's element is wholly inside its cell and shows all of its text. */
async function namesShownWhole(page: Page, tableTestId: string, names: string[]) {
  const table = page.getByTestId(tableTestId);
  for (const name of names) {
    const cell = table.locator('.visitor-cell__name', { hasText: name });
    await expect(cell).toHaveCount(1);
    const fits = await cell.evaluate((el) => {
      const td = el.closest('td')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return el.scrollWidth <= el.clientWidth + 1 && r.left >= td.left - 1 && r.right <= td.right + 1;
    });
    expect(fits, `${name} shown whole in ${tableTestId}`).toBe(true);
  }
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the desk's lists show every name whole at 1366×768 (${lang})`, async ({ page, desk }) => {
    await seed(desk);
    await page.goto(desk.url);
    if (lang === 'en') await page.getByTestId('lang-switch').getByText('English').click();
    const onSite = page.getByTestId('onsite-table');
    await expect(onSite.locator('tbody tr.ant-table-row')).toHaveCount(WALK_INS.length + 1, { timeout: 30_000 });
    await namesShownWhole(page, 'onsite-table', [...WALK_INS.map((w) => w.name), PLANNED.name]);
    expect(await clippedTexts(page, '[data-testid="onsite-table"]')).toEqual([]);
    await page.screenshot({ path: artifact(`list-columns-onsite-${lang}.png`) });

    await page.getByTestId('today-tab').click();
    const today = page.getByTestId('today-table');
    await expect(today.locator('tbody tr.ant-table-row')).toHaveCount(WALK_INS.length + 2);
    await namesShownWhole(page, 'today-table', [...ALL_NAMES, '诸葛明亮']);
    expect(await clippedTexts(page, '[data-testid="today-table"]')).toEqual([]);
    await page.screenshot({ path: artifact(`list-columns-today-${lang}.png`) });

    // The expected arrivals: the group's long title, the guest's 30-character name, title and company.
    await page.getByTestId('expected-tab').click();
    const panel = page.getByTestId('arrivals-panel');
    await expect(panel).toContainText(EXPECTED.name);
    await expect(panel).toContainText(PLANNED.plan);
    expect(await clippedTexts(page, '[data-testid="arrivals-panel"]')).toEqual([]);
    await page.screenshot({ path: artifact(`list-columns-expected-${lang}.png`) });
  });
}

/** The same names and long labels in the other lists: clients, plans, users and the audit log. */
async function seedOtherLists(desk: WebShell) {
  const clients = [
    { name: '欧阳娜娜工作室', tier: 'vip', industry: '文化传媒与艺术经纪' },
    { name: 'Oppenheim & Söhne Logistik International GmbH', tier: 'key', industry: 'Logistics and Supply Chain' },
  ];
  for (const [i, c] of clients.entries()) {
    const client = await call<{ id: string }>(desk, 'clients.create', { ...c, ...(c.tier === 'vip' && { accountManagerUserId: await signedInUserId(desk.api) }) });
    await call(desk, 'people.create', { name: i ? 'Maximilian Ferdinand Oppenheim' : '司马相如', clientId: client.id, title: 'Chief Procurement Officer', phone: `1390000222${i}` });
  }
  const day = localToday();
  await call(desk, 'plans.create', {
    title: '华为技术有限公司高管年度战略交流会',
    clientId: null,
    level: 'vip',
    arrivalAt: `${day}T09:30`,
    departureAt: `${day}T17:00`,
    expectedHeadcount: 4,
    purpose: '商务交流',
  });
  await call(desk, 'users.create', { login: 'ouyang', name: '欧阳娜娜', department: '行政部前台接待组', roles: ['receptionist', 'coordinator'], password: 'Recep-pass-1' });
  await call(desk, 'users.create', { login: 'whitmoreby', name: 'Alexandra Catherine Whitmoreby', department: 'Facilities', roles: ['manager'], password: 'Recep-pass-1' });
}

const OTHER_LISTS = [
  { hash: '#/clients', table: 'clients-table', names: ['欧阳娜娜工作室', 'Oppenheim & Söhne Logistik International GmbH'] },
  { hash: '#/plans', table: 'plans-list', names: ['华为技术有限公司高管年度战略交流会'] },
  { hash: '#/users', table: 'users-table', names: ['欧阳娜娜', 'Alexandra Catherine Whitmoreby'] },
  { hash: '#/audit', table: 'audit-table', names: [] },
];

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the other lists cut no name either at 1366×768 (${lang})`, async ({ page, desk }) => {
    await seedOtherLists(desk);
    await page.goto(desk.url);
    if (lang === 'en') await page.getByTestId('lang-switch').getByText('English').click();
    for (const list of OTHER_LISTS) {
      await page.evaluate((hash) => (window.location.hash = hash), list.hash);
      // The plans screen opens on its calendar; its view switch goes to the list.
      if (list.table === 'plans-list') await page.locator('.ant-segmented-item').filter({ hasText: /^(List|列表)$/ }).click();
      const table = page.getByTestId(list.table);
      await expect(table.locator('.ant-table-row').first()).toBeVisible();
      for (const name of list.names) await expect(table).toContainText(name);
      await page.screenshot({ path: artifact(`list-columns-${list.table}-${lang}.png`) });
      expect(await clippedTexts(page, `[data-testid="${list.table}"]`), list.table).toEqual([]);
    }
  });
}
