import type { Page } from '@playwright/test';
import { artifact, localToday, residentId } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

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
  await call(desk, 'plans.setGuests', { planId, guests: [{ personId: person.id, isLead: true, needs: { diet: '', transport: '', accessibility: '', other: '' } }] });
  await call(desk, 'plans.transition', { id: planId, to: 'confirmed' });
  await call(desk, 'visits.checkInPlanned', { planId, personIds: [person.id], privacyAck: true });
}

/**
 * Text the page cuts: every element in `root` that clips its text with an
 * ellipsis (or hides overflow) while its content is wider than its box.
 * Elements marked `data-clip-ok` (a plan tag whose full title is in its
 * tooltip) are allowed to.
 */
export async function clippedTexts(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const el of root.querySelectorAll<HTMLElement>('th, td, th *, td *')) {
        if (el.closest('[data-clip-ok]') || !el.textContent?.trim()) continue;
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
  });
}
