import type { Page } from '@playwright/test';
import { artifact, localMinutesAgo, localToday } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * The checklist screen (清单) end to end in Chinese: a manager adapts a
 * template, the desk ticks a visit's items from the keyboard (a problem needs
 * a note), a drill is logged, and the quality tab's on-time figures match
 * what was ticked. Screenshots of every tab in both languages.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** A local day `n` days from today. */
function dayFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface PlanItem {
  id: string;
  text: { zh: string };
  department: string;
  status: string;
  dueAt: string | null;
  statusByName: string;
  note: string;
}
interface PlanLists {
  lists: { items: PlanItem[] }[];
}

/** A VIP visit in two days (so every item is due in the future: a tick now is on time), confirmed: its lists exist. */
async function seedVisit(desk: WebShell, title = '华兴科技董事长来访', guestNames = ['陈建国', '刘晓梅']): Promise<string> {
  const day = dayFromToday(2);
  const plan = await call(desk, 'plans.create', { title, level: 'vip', arrivalAt: `${day}T10:00`, departureAt: `${day}T12:00`, expectedHeadcount: 4 });
  const guests: string[] = [];
  for (const name of guestNames) guests.push((await call(desk, 'people.create', { name })).id);
  await call(desk, 'plans.setGuests', {
    planId: plan.id,
    guests: guests.map((personId, i) => ({ personId, isLead: i === 0, needs: { diet: '', transport: '', accessibility: '', other: '' } })),
  });
  await call(desk, 'plans.setTeam', {
    planId: plan.id,
    members: [{ role: 'greeter', primaryName: '王管理', primaryPhone: '13800138001', backupName: '李娜', backupPhone: '13800138002' }],
  });
  await call(desk, 'plans.transition', { id: plan.id, to: 'confirmed' });
  return plan.id;
}

async function planItems(desk: WebShell, planId: string): Promise<PlanItem[]> {
  const lists = await call<PlanLists>(desk, 'checklists.forPlan', { planId });
  return lists.lists.flatMap((l) => l.items);
}

/** Counts the calls the page makes to one channel. */
function countCalls(page: Page, channel: string): () => number {
  let n = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/${channel}`) n += 1;
  });
  return () => n;
}

async function signInAsManager(page: Page, desk: WebShell) {
  await call(desk, 'users.create', { login: 'zhaomin', name: '赵敏', roles: ['manager'], password: 'Welcome123' });
  await page.goto(desk.url);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await page.getByTestId('signin-login').fill('zhaomin');
  await page.getByTestId('signin-password').fill('Welcome123');
  await page.getByTestId('signin-password').press('Enter');
  await page.getByTestId('change-password-current').fill('Welcome123');
  await page.getByTestId('change-password-next').fill('Zhao-own-2026');
  await page.getByTestId('change-password-next2').fill('Zhao-own-2026');
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('nav-checklists')).toBeVisible();
}

test('经理调整模板：改一项的文字和完成时间，保存；未保存时关闭会先问', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAsManager(page, desk);
  await page.getByTestId('nav-checklists').click();
  await page.getByTestId('tab-templates').click();
  const row = page.locator('[data-testid="template-row"][data-name="场地与设备"]');
  await expect(row).toBeVisible();
  await row.getByTestId('template-edit').click();

  const editor = page.getByTestId('template-editor');
  await expect(editor.getByTestId('tpl-name-zh')).toHaveValue('场地与设备');
  // The first item: the cleaners' one, due 2 hours before arrival.
  const first = editor.getByTestId('tpl-item').first();
  await expect(first.getByTestId('tpl-item-zh')).toHaveValue('会议室清洁完毕（桌面、地面、垃圾桶）');
  await first.getByTestId('tpl-item-zh').fill('会议室清洁完毕（桌面、地面、垃圾桶、窗台）');
  await first.getByTestId('tpl-item-due-preset').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '到达前 24 小时' }).click();

  // Enter in an item adds the next one, with the focus in it; an empty item is refused by the contract's own rule.
  await first.getByTestId('tpl-item-zh').press('Enter');
  const added = editor.getByTestId('tpl-item').nth(1);
  await expect(added.getByTestId('tpl-item-zh')).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(added.locator('.tpl-error')).toHaveText('必填');
  await added.getByTestId('tpl-item-zh').fill('窗帘与灯光调试');

  // Escape with changes asks first; keep editing keeps everything.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('discard-keep-editing')).toBeVisible();
  await page.getByTestId('discard-keep-editing').click();
  await expect(first.getByTestId('tpl-item-zh')).toHaveValue('会议室清洁完毕（桌面、地面、垃圾桶、窗台）');

  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message')).toContainText('模板已保存');
  await page.getByTestId('tpl-close').click();
  await expect(editor).toBeHidden();

  const templates = await call<{ name: { zh: string }; sections: { items: { text: { zh: string }; due: { anchor: string; offsetMinutes: number } }[] }[] }[]>(
    desk,
    'checklists.templates',
    { includeInactive: true },
  );
  const venue = templates.find((x) => x.name.zh === '场地与设备')!;
  expect(venue.sections[0]!.items[0]).toMatchObject({ text: { zh: '会议室清洁完毕（桌面、地面、垃圾桶、窗台）' }, due: { anchor: 'arrival', offsetMinutes: -1440 } });
  expect(venue.sections[0]!.items[1]!.text.zh).toBe('窗帘与灯光调试');

  // A plan confirmed now takes the adapted item.
  const planId = await seedVisit(desk);
  const items = await planItems(desk, planId);
  expect(items.map((i) => i.text.zh)).toContain('窗帘与灯光调试');
});

test('待办：键盘勾选，一次一个调用；有问题必须写说明；质量页的按时完成率与勾选一致', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const planId = await seedVisit(desk);
  await seedVisit(desk, '明远贸易采购洽谈', ['周明远', '吴佳怡']);
  const ticks = countCalls(page, 'checklists.setStatus');
  await page.goto(`${desk.url.replace(/#.*$/, '')}#/checklists/${planId}`);

  const list = page.getByTestId('todo-list');
  await expect(list.getByTestId('todo-visit')).toHaveCount(1);
  await expect(list.getByTestId('todo-visit')).toContainText('华兴科技董事长来访');
  const rows = list.getByTestId('todo-item');
  const total = await rows.count();
  expect(total).toBeGreaterThan(10);
  await list.focus();

  // Space: done; the next item becomes active.
  await page.keyboard.press('Space');
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'done');
  await expect(rows.nth(1)).toHaveClass(/todo-item--active/);
  // N: not applicable.
  await page.keyboard.press('n');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'na');
  // P: a problem asks for a note; Enter without one is refused, with the contract's message.
  await page.keyboard.press('p');
  const note = page.getByTestId('problem-note');
  await expect(note).toBeFocused();
  await note.press('Enter');
  await expect(page.getByTestId('problem-note-error')).toHaveText('有问题的事项请写明情况');
  await note.fill('投影仪灯泡发暗，已报修');
  await note.press('Enter');
  await expect(note).toBeHidden();
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'problem');
  await expect(rows.nth(2)).toContainText('投影仪灯泡发暗，已报修');
  // The focus came back to the list: the keys go on working.
  await expect(list).toBeFocused();
  // U opens it again; j moves on without ticking.
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'open');
  await page.keyboard.press('p');
  await page.getByTestId('problem-note').fill('投影仪灯泡发暗，已报修');
  await page.getByTestId('problem-note').press('Enter');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'problem');

  // Shift+↓ twice selects three items; D ticks all three in one call.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('todo-selected')).toHaveText('已选 3 项');
  const before = ticks();
  await page.keyboard.press('d');
  for (const i of [3, 4, 5]) await expect(rows.nth(i)).toHaveAttribute('data-status', 'done');
  expect(ticks() - before).toBe(1);
  expect(ticks()).toBe(6);
  await expect(list.getByTestId('todo-visit-progress')).toHaveText(`5/${total} 已完成`);

  const items = await planItems(desk, planId);
  const byStatus = (s: string) => items.filter((i) => i.status === s);
  expect(byStatus('done')).toHaveLength(4);
  expect(byStatus('na')).toHaveLength(1);
  expect(byStatus('problem')).toHaveLength(1);
  expect(byStatus('problem')[0]!.note).toBe('投影仪灯泡发暗，已报修');
  expect(new Set(byStatus('done').map((i) => i.statusByName))).toEqual(new Set(['王管理']));
  await page.screenshot({ path: artifact('checklists-todo-ticked-zh-CN.png') });

  // Quality: the reception department's on-time figures are what was ticked (everything is due in the future).
  await page.getByTestId('tab-quality').click();
  const range = page.getByTestId('quality-range');
  await range.locator('input').first().click();
  await range.locator('input').first().fill(localToday());
  await range.locator('input').nth(1).fill(dayFromToday(5));
  await range.locator('input').nth(1).press('Enter');
  // Everything is due in two days: what was ticked counts (on time), what is still open is not due yet.
  const ticked = items.filter((i) => i.status === 'done' || i.status === 'na');
  const departments = [...new Set(ticked.map((i) => i.department))];
  expect(departments.length).toBeGreaterThan(1);
  await expect(page.getByTestId('compliance-row')).toHaveCount(departments.length);
  for (const department of departments) {
    const mine = ticked.filter((i) => i.department === department);
    const done = mine.filter((i) => i.status === 'done').length;
    const cells = page.locator(`[data-testid="compliance-row"][data-key="${department}"] td`);
    await expect(cells.nth(1)).toHaveText(String(done));
    await expect(cells.nth(2)).toHaveText(String(done));
    await expect(cells.nth(3)).toHaveText('0');
    await expect(cells.nth(4)).toHaveText('0');
    await expect(cells.nth(5)).toHaveText(String(mine.length - done));
  }
  const totalCells = page.locator('[data-testid="compliance-total"] td');
  await expect(totalCells.nth(1)).toHaveText('4');
  await expect(totalCells.nth(2)).toHaveText('4');
  await expect(totalCells.nth(5)).toHaveText('1');
  await expect(totalCells.nth(6)).toHaveText('100%');
  await page.screenshot({ path: artifact('checklists-quality-compliance-zh-CN.png') });
});

test('待办：部门交接回收——筛选保安，全选本接待，一次全部完成', async ({ page, desk }) => {
  const planId = await seedVisit(desk);
  await page.goto(`${desk.url.replace(/#.*$/, '')}#/checklists/${planId}`);
  await page.getByTestId('todo-filter-department').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '安保' }).click();
  const rows = page.getByTestId('todo-item');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await page.getByTestId('todo-select-visit').click();
  await expect(page.getByTestId('todo-selected')).toHaveText(`已选 ${count} 项`);
  await page.getByTestId('todo-action-done').click();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toHaveAttribute('data-status', 'done');
  const items = await planItems(desk, planId);
  expect(items.filter((i) => i.department === 'security').every((i) => i.status === 'done')).toBe(true);
  expect(items.filter((i) => i.department !== 'security').every((i) => i.status === 'open')).toBe(true);
  // The security department's sheet for the walk-through prints on A4, as a PDF here.
  await page.getByTestId('checklist-print').click();
  await expect(page.locator('.ant-message')).toContainText(/检查清单.*PDF|PDF.*检查清单/);

  // Enter opens the visit's plan.
  await page.getByTestId('todo-list').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/plans/${planId}$`));
});

test('应急：记录一次演练，修改集合地点', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${desk.url.replace(/#.*$/, '')}#/emergency`);
  await page.getByTestId('emergency-plan-edit').click();
  await page.getByTestId('emergency-assembly').fill('东门广场旗杆下');
  await page.getByTestId('emergency-plan-save').click();
  await expect(page.getByTestId('emergency-plan')).toContainText('东门广场旗杆下');

  // Opened and left untouched, the dialogs close at once (nothing to lose); typed into, they ask first.
  await page.getByTestId('drill-add').click();
  const dialog = page.getByTestId('drill-dialog');
  await expect(page.getByTestId('drill-title')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('discard-confirm')).toHaveCount(0);
  await page.getByTestId('emergency-plan-edit').click();
  await page.getByTestId('emergency-plan-cancel').click();
  await expect(page.getByTestId('emergency-plan-form')).toBeHidden();
  await expect(page.getByTestId('discard-confirm')).toHaveCount(0);

  await page.getByTestId('drill-add').click();
  await page.getByTestId('drill-title').fill('一楼大厅火警疏散');
  // No participant: refused before it is sent.
  await page.getByTestId('drill-save').click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('必填');
  const people = page.getByTestId('drill-participants').locator('input');
  for (const name of ['王芳', '李娜', '张伟']) {
    await people.fill(name);
    await people.press('Enter');
  }
  await page.getByTestId('drill-findings').fill('二号楼梯间有杂物，疏散用时 4 分钟');
  await page.keyboard.press('Escape');
  await page.getByTestId('discard-keep-editing').click();
  await page.getByTestId('drill-save').click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('drill-row').first();
  await expect(row).toContainText('一楼大厅火警疏散');
  await expect(row).toContainText('王芳、李娜、张伟');
  await expect(row).toContainText('火警疏散');
  const drills = await call<{ title: string; participants: string[]; findings: string; scenario: string }[]>(desk, 'quality.drills', {});
  expect(drills).toMatchObject([{ title: '一楼大厅火警疏散', participants: ['王芳', '李娜', '张伟'], findings: '二号楼梯间有杂物，疏散用时 4 分钟', scenario: 'fire' }]);
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`every tab of the checklist screen, to look at (${locale})`, async ({ page, desk }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    if (locale === 'en') await call(desk, 'session.setLocale', { locale: 'en' });
    // A site name of eight characters: the five header items still fit, the name gives way.
    await call(desk, 'settings.update', { siteName: '总部大楼一层前台' });
    const planId = await seedVisit(desk);
    const items = await planItems(desk, planId);
    await call(desk, 'checklists.setStatus', { itemIds: items.slice(0, 5).map((i) => i.id), status: 'done', note: '' });
    await call(desk, 'checklists.setStatus', { itemIds: [items[5]!.id], status: 'problem', note: '横幅尺寸不对，重做中' });
    await call(desk, 'quality.saveDrill', { heldAt: localMinutesAgo(30), scenario: 'fire', title: '一楼大厅火警疏散', participants: ['王芳', '李娜'], findings: '二号楼梯间有杂物' });
    const base = desk.url.replace(/#.*$/, '');

    await page.goto(`${base}#/checklists`);
    await expect(page.getByTestId('todo-item').first()).toBeVisible();
    const nav = (await page.locator('.app-nav').boundingBox())!;
    for (const name of ['desk', 'plans', 'checklists', 'clients', 'admin']) {
      const box = (await page.getByTestId(`nav-${name}`).boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(nav.y + nav.height);
    }
    await page.getByTestId('todo-list').focus();
    await page.screenshot({ path: artifact(`checklists-todo-${locale}.png`) });

    await page.getByTestId('tab-templates').click();
    await expect(page.getByTestId('template-row').first()).toBeVisible();
    await page.screenshot({ path: artifact(`checklists-templates-${locale}.png`) });
    await page.locator('[data-testid="template-row"][data-name="场地与设备"]').getByTestId('template-edit').click();
    await expect(page.getByTestId('tpl-name-zh')).toBeVisible();
    await page.screenshot({ path: artifact(`checklists-template-editor-${locale}.png`) });
    await page.getByTestId('tpl-close').click();

    await page.getByTestId('tab-quality').click();
    await expect(page.getByTestId('compliance')).toBeVisible();
    await page.screenshot({ path: artifact(`checklists-quality-${locale}.png`) });
    await page.getByTestId('quality-section-inspections').click();
    await page.getByTestId('inspection-record').click();
    await expect(page.getByTestId('inspection-item').first()).toBeVisible();
    await page.getByTestId('inspection-item').first().getByText(locale === 'en' ? 'Fail' : '不合格').click();
    await page.screenshot({ path: artifact(`checklists-inspection-${locale}.png`) });
    await page.getByTestId('inspection-save').click();
    await expect(page.getByTestId('inspection-row')).toHaveCount(1);
    await page.getByTestId('quality-section-completeness').click();
    await expect(page.getByTestId('completeness-summary')).toBeVisible();
    await page.screenshot({ path: artifact(`checklists-completeness-${locale}.png`) });

    await page.getByTestId('tab-emergency').click();
    await expect(page.getByTestId('drill-row')).toHaveCount(1);
    await page.screenshot({ path: artifact(`checklists-emergency-${locale}.png`) });
  });
}
