import { pdfPageSizesMm, savedPdf } from './pdf-tools';
import { artifact, signInAs } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';
import { signedInUserId } from './account-manager';

/**
 * A VIP visit run through its checklists, in Chinese: a coordinator confirms
 * the plan and its lists and materials appear, ticks items from the keyboard,
 * prints a department's hand-off sheet; an overdue item shows on the desk and
 * is ticked there; starting the visit with a required item open is refused for
 * the coordinator, and a manager starts it anyway with a reason (audited); the
 * roll call prints everyone on site.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local `YYYY-MM-DDTHH:mm`, `minutes` from now, on a five-minute step. */
function localIn(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000);
  d.setMinutes(Math.floor(d.getMinutes() / 5) * 5);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const TITLE = '东方电气集团高层考察';

/** A VIP client, a VIP plan arriving in 90 minutes with six guests and a full A/B team, and two visitors already on site. */
async function seed(desk: WebShell) {
  const client = await call(desk, 'clients.create', { name: '中国东方电气集团有限公司', industry: '能源装备', tier: 'vip', accountManager: '李娜', accountManagerUserId: await signedInUserId(desk.api) });
  const guests = [];
  for (const [i, name] of ['王建国', '刘晓梅', '陈志强', '赵敏', '孙立军', '周婷'].entries()) {
    guests.push(await call(desk, 'people.create', { name, title: '', phone: `1390101000${i}`, clientId: client.id }));
  }
  // No level given: the plan takes the client's tier (VIP).
  const plan = await call<{ id: string; level: string }>(desk, 'plans.create', {
    title: TITLE,
    clientId: client.id,
    arrivalAt: localIn(90),
    departureAt: localIn(330),
    expectedHeadcount: 6,
  });
  expect(plan.level).toBe('vip');
  await call(desk, 'plans.setGuests', { planId: plan.id, guests: guests.map((g, i) => ({ personId: g.id, isLead: i === 0 })) });
  await call(desk, 'plans.setTeam', {
    planId: plan.id,
    members: [
      { role: 'greeter', primaryName: '王芳', primaryPhone: '13800138001', backupName: '陈静', backupPhone: '13800138002' },
      { role: 'presenter', primaryName: '张伟', primaryPhone: '13800138003', backupName: '刘洋', backupPhone: '13800138004' },
      { role: 'noteTaker', primaryName: '周琳', primaryPhone: '13800138005', backupName: '吴磊', backupPhone: '13800138006' },
      { role: 'logistics', primaryName: '赵磊', primaryPhone: '13800138007', backupName: '孙浩', backupPhone: '13800138008' },
    ],
  });
  await call(desk, 'visits.checkIn', { name: '欧阳娜娜', company: '华兴科技', host: '李娜', privacyAck: true });
  await call(desk, 'visits.checkIn', { name: 'Hans Müller', company: 'Siemens AG', host: '张伟', privacyAck: true });
  // A manager's own template for ordinary visits: not copied onto a VIP plan by itself.
  await call(desk, 'checklists.saveTemplate', {
    name: { zh: '签约仪式', en: 'Signing ceremony' },
    kind: 'preparation',
    levels: ['normal'],
    sections: [{ title: { zh: '签约', en: 'Signing' }, items: [{ text: { zh: '签约台、背景板与签字笔就位', en: 'Signing table, backdrop and pens ready' }, department: 'logistics', due: { anchor: 'arrival', offsetMinutes: -60 } }] }],
  });
  await call(desk, 'users.create', { login: 'coord', name: '王芳', roles: ['coordinator'], password: 'Welcome123' });
  await call(desk, 'users.create', { login: 'boss', name: '赵经理', roles: ['manager'], password: 'Welcome123' });
  return plan.id;
}

test('a coordinator runs a VIP visit through its checklists; the desk sees what is due; a manager overrides the start; the roll call prints', async ({ page, desk }) => {
  test.setTimeout(240_000);
  const planId = await seed(desk);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${desk.url}#/plans/${planId}`);
  await signInAs(page, 'coord');

  // Confirm: the VIP plan's lists are created from the matching templates.
  await page.goto(`${desk.url}#/plans/${planId}`);
  await page.getByTestId('plan-to-confirmed').click();
  // A VIP visit without a rehearsal or spares is warned about; the coordinator confirms anyway.
  await page.getByTestId('plan-confirm-anyway').click();
  await expect(page.getByTestId('plan-status')).toHaveText('已确认');
  await expect(page.getByTestId('plan-warning').and(page.locator('[data-warning="noRehearsal"]'))).toHaveText(/彩排/);

  await page.getByTestId('plan-tab-checklists').click();
  const section = page.getByTestId('checklists-section');
  await expect(section.getByTestId('checklist-card').first()).toBeVisible();
  expect(await section.getByTestId('checklist-card').count()).toBeGreaterThanOrEqual(3);
  await expect(section).toContainText('场地与设备');
  // Items due 24 h before arrival are already overdue.
  await expect(section.locator('[data-testid="checklist-item"][data-due="overdue"]').first()).toBeVisible();
  await expect(page.getByTestId('checklists-required-open')).toBeVisible();

  // Materials from the headcount: tea breaks for six.
  const materials = page.getByTestId('materials-panel');
  await expect(materials.getByTestId('material-row').first()).toBeVisible();
  await expect(materials.locator('[data-testid="material-row"][data-kind="teaBreak"]').getByTestId('material-quantity')).toHaveText('6');
  await materials.locator('[data-testid="material-row"][data-kind="teaBreak"]').getByTestId('material-ready').check();
  await expect(page.locator('.ant-message-notice', { hasText: '物资清单已保存' })).toBeVisible();
  // The level asks for a rehearsal and none is set.
  await expect(page.getByTestId('rehearsal-required')).toHaveText('要求彩排，尚未安排');
  await page.screenshot({ path: artifact('plan-checklists-zh-CN.png'), fullPage: false });

  // Tick from the keyboard: D done on the first open item, P a problem with its note.
  const first = section.locator('[data-testid="checklist-item"][data-status="open"]').first();
  const firstId = await first.getAttribute('data-item-id');
  await first.focus();
  await page.keyboard.press('d');
  const ticked = section.locator(`[data-testid="checklist-item"][data-item-id="${firstId}"]`);
  await expect(ticked).toHaveAttribute('data-status', 'done');
  await expect(ticked.getByTestId('checklist-item-by')).toContainText('已完成 · 王芳');
  const next = section.locator('[data-testid="checklist-item"][data-status="open"]').first();
  const nextId = await next.getAttribute('data-item-id');
  await next.focus();
  await page.keyboard.press('p');
  await page.getByTestId('checklist-problem-note').fill('纸巾已用完，已通知保洁补货');
  await page.getByTestId('checklist-problem-ok').click();
  const problem = section.locator(`[data-testid="checklist-item"][data-item-id="${nextId}"]`);
  await expect(problem).toHaveAttribute('data-status', 'problem');
  await expect(problem.getByTestId('checklist-item-note')).toHaveText('纸巾已用完，已通知保洁补货');

  // The coordinator adds an item of the plan's own: 2 hours before arrival, for IT, required.
  const venue = section.getByTestId('checklist-card').filter({ hasText: '场地与设备' });
  await venue.getByTestId('checklist-add-item').click();
  await page.getByTestId('checklist-item-section').locator('input').fill('设备测试');
  await page.getByTestId('checklist-item-text').fill('同传耳机 20 副充电');
  // Due 90 minutes before arrival: not one of the usual times, so put together by hand.
  await page.getByTestId('checklist-item-due-preset').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '自定义' }).click();
  await page.getByTestId('checklist-item-due-amount').fill('90');
  await page.getByTestId('checklist-item-due-unit').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '分钟' }).click();
  await page.getByTestId('checklist-item-department-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '信息技术' }).click();
  await page.getByTestId('checklist-item-save').click();
  const added = venue.getByTestId('checklist-item').filter({ hasText: '同传耳机 20 副充电' });
  await expect(added).toContainText('信息技术');
  await expect(added).toContainText('必做');
  const saved = (await call<{ lists: { items: { text: { zh: string }; due: unknown }[] }[] }>(desk, 'checklists.forPlan', { planId })).lists.flatMap((l) => l.items).find((i) => i.text.zh === '同传耳机 20 副充电');
  expect(saved?.due).toEqual({ anchor: 'arrival', offsetMinutes: -90 });
  // Edited: not required after all; then removed.
  await added.getByTestId('checklist-item-edit').click();
  await page.getByTestId('checklist-item-required').uncheck();
  await page.getByTestId('checklist-item-save').click();
  await expect(added).not.toContainText('必做');
  await added.getByTestId('checklist-item-remove').click();
  await page.getByTestId('checklist-item-remove-ok').click();
  await expect(added).toHaveCount(0);

  // A list the plan did not get by its level, added by hand from the library.
  const lists = await section.getByTestId('checklist-card').count();
  await page.getByTestId('checklist-add-list').click();
  await page.getByTestId('checklist-template-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '签约仪式' }).click();
  await page.getByTestId('checklist-add-list-ok').click();
  await expect(section.getByTestId('checklist-card')).toHaveCount(lists + 1);
  await expect(section.getByTestId('checklist-card').filter({ hasText: '签约仪式' })).toContainText('签约台、背景板与签字笔就位');

  // The hand-off sheet for security, printed as a PDF, marks the security items handed off.
  await page.getByTestId('handoff-print-menu').click();
  await page.getByTestId('handoff-print-security').click();
  const sheet = await savedPdf(desk, 'handoff-security-');
  expect(pdfPageSizesMm(sheet.path)[0]).toEqual({ widthMm: 210, heightMm: 297 });
  for (const words of [TITLE, '安保']) expect(sheet.text).toContain(words);
  await expect(section.getByTestId('checklist-item-department').filter({ hasText: '安保' }).first()).toContainText('已交接');

  // Starting the visit with required items open is refused; a coordinator cannot override and is sent to the list.
  await page.getByTestId('plan-to-in_progress').click();
  await expect(page.getByTestId('start-blocked')).toContainText(/到达前必做的清单事项还有 \d+ 项未完成/);
  await expect(page.getByTestId('start-override-reason')).toHaveCount(0);
  await page.getByTestId('start-blocked-show-list').click();
  await expect(section).toBeVisible();
  await expect(page.getByTestId('plan-status')).toHaveText('已确认');

  // The desk: the overdue item with its visit's title, ticked there with one click.
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  const due = page.getByTestId('desk-due');
  await expect(due.getByTestId('desk-due-overdue')).toBeVisible();
  const overdue = due.locator('[data-testid="desk-due-item"][data-due="overdue"]').first();
  await expect(overdue).toContainText(TITLE);
  const overdueId = await overdue.getAttribute('data-item-id');
  await page.screenshot({ path: artifact('desk-due-zh-CN.png') });
  await overdue.getByTestId('desk-due-tick').click();
  await expect(due.locator(`[data-item-id="${overdueId}"]`)).toHaveCount(0);
  // The check-in form keeps the cursor.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('checkin_name');

  // The roll call: everyone on site, on A4, one press.
  await page.getByTestId('roll-call-print').click();
  const roll = await savedPdf(desk, 'roll');
  expect(pdfPageSizesMm(roll.path)[0]).toEqual({ widthMm: 210, heightMm: 297 });
  for (const words of ['紧急点名表', '在场2人', '欧阳娜娜', '华兴科技', 'Hans', 'Müller', 'SiemensAG', '张伟']) expect(roll.text).toContain(words);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('checkin_name');

  // A manager starts the visit anyway, with a reason; the audit log keeps it.
  await signInAs(page, 'boss');
  await page.goto(`${desk.url}#/plans/${planId}`);
  await page.getByTestId('plan-to-in_progress').click();
  await expect(page.getByTestId('start-blocked')).toBeVisible();
  await page.getByTestId('start-override-submit').click();
  await expect(page.getByTestId('start-blocked')).toContainText('请填写强制开始的原因');
  await page.getByTestId('start-override-reason').fill('来宾提前到达，剩余事项现场补做');
  await page.getByTestId('start-override-submit').click();
  await expect(page.getByTestId('plan-status')).toHaveText('接待中');
  const audit = await call<{ entries: { actor: string; detail: Record<string, unknown> }[] }>(desk, 'audit.list', { action: 'plan.transition' });
  const overridden = audit.entries.find((e) => e.detail.override === true);
  expect(JSON.stringify(overridden)).toContain('来宾提前到达，剩余事项现场补做');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the checklist screens as an administrator sees them (${lang})`, async ({ page, desk }) => {
    test.setTimeout(180_000);
    const planId = await seed(desk);
    await call(desk, 'plans.transition', { id: planId, to: 'confirmed' });
    if (lang === 'en') await call(desk, 'session.setLocale', { locale: 'en' });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The desk: the due panel beside the lists, the roll call beside the scan box.
    await page.goto(desk.url);
    await expect(page.getByTestId('desk-due-item').first()).toBeVisible();
    await expect(page.getByTestId('roll-call-print')).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('checkin_name');
    await page.screenshot({ path: artifact(`desk-due-${lang}.png`) });

    // The plans list: the overdue marker in red with its count.
    await page.goto(`${desk.url}#/plans`);
    await page.getByTestId('plans-view-list').click();
    const marker = page.getByTestId('plans-row').filter({ hasText: TITLE }).getByTestId('checklist-marker');
    await expect(marker).toHaveAttribute('data-state', 'overdue');
    await page.screenshot({ path: artifact(`plans-list-checklists-${lang}.png`) });

    // The calendar's week: the plan's box carries the overdue marker.
    await page.getByTestId('plans-view-week').click();
    await expect(page.locator('[data-testid="plan-event"]').filter({ hasText: TITLE }).getByTestId('checklist-marker')).toHaveAttribute('data-state', 'overdue');
    await page.screenshot({ path: artifact(`plans-week-checklists-${lang}.png`) });

    // A new plan for a VIP client starts at the client's tier.
    await page.getByTestId('plans-create').click();
    await page.getByTestId('plan-form-client').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '中国东方电气集团有限公司' }).click();
    await expect(page.getByTestId('plan-form-level')).toContainText(lang === 'en' ? 'VIP' : 'VIP 接待');
    await page.screenshot({ path: artifact(`plan-new-level-from-client-${lang}.png`) });
    await page.keyboard.press('Escape');

    // The plan: its lists, then the team with its duties, then the refused start with the override dialog.
    await page.goto(`${desk.url}#/plans/${planId}`);
    await page.getByTestId('plan-tab-checklists').click();
    await expect(page.getByTestId('checklist-card').first()).toBeVisible();
    await page.screenshot({ path: artifact(`plan-checklists-${lang}.png`) });
    await page.getByTestId('materials-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact(`plan-materials-${lang}.png`) });
    await page.getByTestId('plan-tab-team').click();
    await expect(page.getByTestId('team-duties')).toBeVisible();
    await expect(page.getByTestId('team-level-needs')).toContainText(lang === 'en' ? 'at least 4 staff' : '至少 4 人');
    await page.screenshot({ path: artifact(`plan-team-duties-${lang}.png`) });
    await page.getByTestId('plan-tab-basics').click();
    await expect(page.getByTestId('basics-visit-type')).toBeVisible();
    await page.screenshot({ path: artifact(`plan-basics-visit-type-${lang}.png`) });
    await page.getByTestId('plan-to-in_progress').click();
    await expect(page.getByTestId('start-override-reason')).toBeVisible();
    await page.screenshot({ path: artifact(`plan-start-override-${lang}.png`) });
  });
}

test("a visit shows the site's emergency plan until the coordinator writes its own", async ({ page, desk }) => {
  const planId = await seed(desk);
  await call(desk, 'quality.saveEmergencyPlan', { planId: null, plan: { contacts: [{ name: '陈保安', role: '安保主管', phone: '13811112222' }], assemblyPoint: '东门广场旗杆下', spareRoom: '', spareVehicle: '', procedures: '' } });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${desk.url}#/plans/${planId}`);
  await signInAs(page, 'coord');
  await page.goto(`${desk.url}#/plans/${planId}`);
  await page.getByTestId('plan-tab-checklists').click();
  const card = page.getByTestId('checklists-section').getByTestId('emergency-plan');
  await expect(card).toContainText('本次接待应急预案');
  await expect(card.getByTestId('emergency-plan-inherited')).toBeVisible();
  await expect(card).toContainText('东门广场旗杆下');
  // Written for this visit: it starts from the site's plan and is kept apart from it.
  await card.getByTestId('emergency-plan-edit').click();
  await expect(card.getByTestId('emergency-assembly')).toHaveValue('东门广场旗杆下');
  await card.getByTestId('emergency-assembly').fill('二号楼南侧停车场');
  await card.getByTestId('emergency-plan-save').click();
  await expect(card.getByTestId('emergency-plan-inherited')).toBeHidden();
  await expect(card).toContainText('二号楼南侧停车场');
  expect(await call<{ assemblyPoint: string; inherited: boolean }>(desk, 'quality.emergencyPlan', { planId })).toMatchObject({ assemblyPoint: '二号楼南侧停车场', inherited: false });
  expect(await call<{ assemblyPoint: string }>(desk, 'quality.emergencyPlan', { planId: null })).toMatchObject({ assemblyPoint: '东门广场旗杆下' });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('plan-emergency-zh-CN.png') });
});
