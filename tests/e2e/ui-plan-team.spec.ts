import type { Locator, Page } from '@playwright/test';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * The plan editor's Team and Rooms & vehicles tabs end to end through the web
 * shell: the A/B rule and double-booked staff, booking conflicts shown before
 * saving (and a booking taken by another desk while editing), spares for a VIP
 * visit, and managing rooms and vehicles.
 */

async function ok<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

const DAY = '2030-05-14';

/** Two rooms, a dinner room and a van; a VIP visit, and another visit the same afternoon holding room 1 and 李娜. */
async function seed(desk: WebShell) {
  const room1 = await ok(desk, 'resources.create', { kind: 'room', name: '一号会议室', capacity: 20, notes: '投影、视频会议' });
  const room2 = await ok(desk, 'resources.create', { kind: 'room', name: '二号会议室', capacity: 12 });
  const dinner = await ok(desk, 'resources.create', { kind: 'room', name: '贵宾餐厅', capacity: 12 });
  await ok(desk, 'resources.create', { kind: 'vehicle', name: '别克GL8 沪A·D1234', capacity: 6 });
  const vip = await ok(desk, 'plans.create', { title: '华兴科技董事长来访', level: 'vip', arrivalAt: `${DAY}T09:00`, departureAt: `${DAY}T17:00`, expectedHeadcount: 6 });
  const other = await ok(desk, 'plans.create', { title: '明远贸易采购洽谈', arrivalAt: `${DAY}T13:00`, departureAt: `${DAY}T17:00`, expectedHeadcount: 4 });
  await ok(desk, 'plans.setBookings', { planId: other.id, bookings: [{ resourceId: room1.id, startsAt: `${DAY}T13:00`, endsAt: `${DAY}T17:00` }] });
  await ok(desk, 'plans.setTeam', { planId: other.id, members: [{ role: 'greeter', primaryName: '李娜', primaryPhone: '13900139000' }] });
  return { room1, room2, dinner, vip, other };
}

/** Picks an option from the antd Select dropdown that is open now. */
async function pickResource(page: Page, name: string) {
  await page.locator(`.ant-select-dropdown:visible [data-testid="resource-option"][data-name="${name}"]`).click();
}

function teamRow(page: Page, role: string): Locator {
  return page.locator(`[data-testid="team-row"][data-role="${role}"]`);
}

function bookingRow(page: Page, resource: string): Locator {
  return page.locator(`[data-testid="booking-row"][data-resource="${resource}"]`);
}

test('team: standard roles, A/B rule, phone check, double booking (zh-CN)', async ({ page, desk }) => {
  const { vip } = await seed(desk);
  await page.goto(`${desk.url}#/plans/${vip.id}`);
  await page.getByTestId('plan-tab-team').click();
  const section = page.getByTestId('team-section');
  await expect(section).toContainText('尚未安排接待团队');

  await page.getByTestId('team-add-standard').click();
  await expect(section.getByTestId('team-row')).toHaveCount(4);
  await expect(section.locator('[data-testid="team-row"] .ant-select-content, [data-testid="team-row"] .ant-select-selection-item').first()).toHaveText('接待');

  // Greeter with lead and stand-in; 李娜 also serves on the other visit that afternoon.
  const greeter = teamRow(page, 'greeter');
  await greeter.getByTestId('team-primaryName').fill('王芳');
  await greeter.getByTestId('team-primaryPhone').fill('12345');
  await greeter.getByTestId('team-backupName').click();
  await expect(greeter).toContainText('请输入有效的手机或电话号码');
  await greeter.getByTestId('team-primaryPhone').fill('138 0013 8000');
  await expect(greeter).not.toContainText('请输入有效的手机或电话号码');
  await greeter.getByTestId('team-backupName').fill('李娜');
  await greeter.getByTestId('team-backupPhone').fill('13900139000');
  await expect(greeter.getByTestId('team-needs-backup')).toHaveCount(0);

  // Presenter without a stand-in: marked as it is typed, before saving.
  const presenter = teamRow(page, 'presenter');
  await presenter.getByTestId('team-primaryName').fill('陈杰');
  await expect(presenter.getByTestId('team-needs-backup')).toHaveText('缺少 B 角');

  // A stand-in who is the lead is no stand-in.
  const noteTaker = teamRow(page, 'noteTaker');
  await noteTaker.getByTestId('team-primaryName').fill('赵敏');
  await noteTaker.getByTestId('team-backupName').fill('赵敏');
  await noteTaker.getByTestId('team-backupPhone').click();
  await expect(noteTaker).toContainText('B 角不能与 A 角是同一人');
  await noteTaker.getByTestId('team-backupName').fill('');
  await teamRow(page, 'logistics').getByTestId('team-remove').click();
  await expect(section.getByTestId('team-row')).toHaveCount(3);

  // Saved with the editor's Ctrl+S.
  await expect(page.getByTestId('team-save-state')).toContainText('有未保存的修改');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.ant-message')).toContainText('接待团队已保存');
  await expect(page.getByTestId('team-save-state')).toContainText('已全部保存');
  await expect(greeter.getByTestId('team-double-booked')).toContainText('明远贸易采购洽谈');
  await expect(page.getByTestId('plan-warnings')).toContainText('按接待级别需要 B 角的岗位尚未安排 B 角');

  const saved = await ok<{ team: { role: string; primaryName: string; primaryPhone: string; backupName: string }[] }>(desk, 'plans.get', { id: vip.id });
  expect(saved.team.map((m) => [m.role, m.primaryName, m.primaryPhone, m.backupName])).toEqual([
    ['greeter', '王芳', '13800138000', '李娜'],
    ['presenter', '陈杰', '', ''],
    ['noteTaker', '赵敏', '', ''],
  ]);

  // A custom role needs its name.
  await page.getByTestId('team-add').click();
  const custom = teamRow(page, 'logistics');
  await expect(custom).toHaveCount(1);
  await custom.getByTestId('team-role').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '其他岗位' }).click();
  await teamRow(page, 'custom').getByTestId('team-primaryName').fill('张师傅');
  await page.getByTestId('team-save').click();
  await expect(teamRow(page, 'custom')).toContainText('必填');
  await teamRow(page, 'custom').getByTestId('team-custom-label').fill('司机调度');
  await page.getByTestId('team-save').click();
  await expect(page.getByTestId('team-save-state')).toContainText('已全部保存');
  await page.reload();
  await page.getByTestId('plan-tab-team').click();
  await expect(teamRow(page, 'custom').getByTestId('team-custom-label')).toHaveValue('司机调度');
});

test('team names: a name from any team is offered by its pinyin initials, and picking it fills the phone (zh-CN)', async ({ page, desk }) => {
  const { vip } = await seed(desk);
  await page.goto(`${desk.url}#/plans/${vip.id}`);
  await page.getByTestId('plan-tab-team').click();
  await page.getByTestId('team-add-standard').click();
  const greeter = teamRow(page, 'greeter');
  // 李娜 serves on the other visit only: main's search offers her as "ln" is typed.
  await greeter.getByTestId('team-primaryName').pressSequentially('ln');
  const option = page.locator('.ant-select-dropdown:visible .staff-option', { hasText: '李娜' });
  await expect(option).toContainText('13900139000');
  await option.click();
  await expect(greeter.getByTestId('team-primaryName')).toHaveValue('李娜');
  await expect(greeter.getByTestId('team-primaryPhone')).toHaveValue('13900139000');
});

test('bookings: conflicts before saving, a race lost, spares kept after reload (zh-CN)', async ({ page, desk }) => {
  const { room1, dinner, vip, other } = await seed(desk);
  await page.goto(`${desk.url}#/plans/${vip.id}`);
  await page.getByTestId('plan-tab-bookings').click();
  const section = page.getByTestId('bookings-section');
  await expect(page.getByTestId('bookings-vip-hint')).toContainText('备用会议室和一辆备用车辆');

  // The picker says who holds room 1 during the visit.
  await page.getByTestId('booking-add').click();
  await expect(page.locator('.ant-select-dropdown:visible [data-name="一号会议室"]')).toContainText('已被“明远贸易采购洽谈”占用');
  await expect(page.locator('.ant-select-dropdown:visible [data-name="二号会议室"]')).toContainText('空闲');
  await pickResource(page, '一号会议室');

  // Shown on the row before saving; Save stays off.
  const taken = bookingRow(page, '一号会议室');
  await expect(taken.getByTestId('booking-conflict')).toHaveText(/“明远贸易采购洽谈”已占用 2030-05-14 13:00 – 2030-05-14 17:00/);
  await expect(page.getByTestId('bookings-conflicts')).toBeVisible();
  await expect(page.getByTestId('bookings-save')).toBeDisabled();

  // Another room instead: free.
  await taken.getByTestId('booking-resource').click();
  await pickResource(page, '二号会议室');
  const room2 = bookingRow(page, '二号会议室');
  await expect(room2.getByTestId('booking-ok')).toHaveText(/无冲突/);
  await expect(page.getByTestId('bookings-conflicts')).toHaveCount(0);
  await expect(page.getByTestId('bookings-save')).toBeEnabled();

  // Room 1 once more, for the morning only: typed times end the clash.
  await page.getByTestId('booking-add').click();
  await pickResource(page, '一号会议室');
  const morning = bookingRow(page, '一号会议室');
  await expect(morning.getByTestId('booking-conflict')).toBeVisible();
  await expect(morning.getByTestId('booking-start')).toHaveValue('2030-05-14 09:00');
  const end = morning.getByTestId('booking-end');
  await end.click();
  await end.press('Control+a');
  await end.pressSequentially('2030-05-14 12:30');
  await end.press('Enter');
  await expect(morning.getByTestId('booking-ok')).toBeVisible();
  await expect(page.getByTestId('bookings-save')).toBeEnabled();

  // The van as the spare vehicle, and the dinner room as the spare room.
  await page.getByTestId('booking-add').click();
  await pickResource(page, '别克GL8 沪A·D1234');
  await bookingRow(page, '别克GL8 沪A·D1234').getByTestId('booking-spare').check();
  await page.getByTestId('booking-add').click();
  await pickResource(page, '贵宾餐厅');
  await bookingRow(page, '贵宾餐厅').getByTestId('booking-spare').check();
  await expect(page.getByTestId('bookings-vip-hint')).toHaveCount(0);
  await expect(bookingRow(page, '贵宾餐厅').getByTestId('booking-ok')).toBeVisible();

  // Meanwhile another desk gives the dinner room to the other visit: main refuses, the edits stay.
  await ok(desk, 'plans.setBookings', {
    planId: other.id,
    bookings: [
      { resourceId: room1.id, startsAt: `${DAY}T13:00`, endsAt: `${DAY}T17:00` },
      { resourceId: dinner.id, startsAt: `${DAY}T15:00`, endsAt: `${DAY}T17:00` },
    ],
  });
  await page.getByTestId('bookings-save').click();
  await expect(page.getByTestId('bookings-save-error')).toHaveText('贵宾餐厅 在 2030-05-14 15:00–2030-05-14 17:00 已被“明远贸易采购洽谈”占用');
  await expect(section.getByTestId('booking-row')).toHaveCount(4);
  await expect(bookingRow(page, '贵宾餐厅').getByTestId('booking-conflict')).toBeVisible();
  await expect(page.getByTestId('bookings-save')).toBeDisabled();

  // Without it the rest saves; a spare room is then missing again.
  await bookingRow(page, '贵宾餐厅').getByTestId('booking-remove').click();
  await expect(page.getByTestId('bookings-vip-hint')).toContainText('还缺一间备用会议室');
  await page.getByTestId('bookings-save').click();
  await expect(page.locator('.ant-message')).toContainText('会议室与车辆预订已保存');
  await expect(page.getByTestId('bookings-save-state')).toContainText('已全部保存');

  await page.reload();
  await page.getByTestId('plan-tab-bookings').click();
  await expect(section.getByTestId('booking-row')).toHaveCount(3);
  await expect(bookingRow(page, '二号会议室').getByTestId('booking-spare')).not.toBeChecked();
  await expect(bookingRow(page, '别克GL8 沪A·D1234').getByTestId('booking-spare')).toBeChecked();
  await expect(bookingRow(page, '一号会议室').getByTestId('booking-end')).toHaveValue('2030-05-14 12:30');
  await expect(section.getByTestId('booking-conflict')).toHaveCount(0);
  const saved = await ok<{ bookings: { resourceName: string; spare: boolean; startsAt: string; endsAt: string }[] }>(desk, 'plans.get', { id: vip.id });
  expect(saved.bookings.map((b) => [b.resourceName, b.spare, b.startsAt, b.endsAt]).sort()).toEqual([
    ['一号会议室', false, `${DAY}T09:00`, `${DAY}T12:30`],
    ['二号会议室', false, `${DAY}T09:00`, `${DAY}T17:00`],
    ['别克GL8 沪A·D1234', true, `${DAY}T09:00`, `${DAY}T17:00`],
  ]);
});

test('rooms and vehicles: add, a taken name refused on the field, deactivate (zh-CN)', async ({ page, desk }) => {
  const { vip } = await seed(desk);
  await page.goto(`${desk.url}#/plans/${vip.id}`);
  await page.getByTestId('plan-tab-bookings').click();
  await page.getByTestId('bookings-manage-resources').click();
  const panel = page.getByTestId('resources-panel');
  await expect(panel.getByTestId('resource-row')).toHaveCount(4);
  await expect(panel.locator('[data-testid="resource-row"][data-name="一号会议室"]')).toContainText('投影、视频会议');

  await panel.getByTestId('resource-create').click();
  await page.getByTestId('resource-form-name').fill('多功能厅');
  await page.getByTestId('resource-form-capacity').fill('40');
  await page.getByTestId('resource-form-notes').fill('可容纳 40 人，适合签约仪式');
  await page.getByTestId('resource-form-name').press('Enter');
  await expect(page.locator('.ant-modal')).toHaveCount(0);
  const hall = panel.locator('[data-testid="resource-row"][data-name="多功能厅"]');
  await expect(hall).toContainText('40 人');
  await expect(hall).toContainText('可预订');

  await panel.getByTestId('resource-create').click();
  await page.getByTestId('resource-form-name').fill('一号会议室');
  await page.getByTestId('resource-form-submit').click();
  await expect(page.locator('.ant-modal .ant-form-item-explain-error')).toHaveText('已有同名的会议室或车辆');
  // Esc with a typed name asks before throwing it away.
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-modal-confirm')).toContainText('放弃未保存的修改？');
  await page.getByTestId('discard-confirm').click();
  await expect(page.locator('.ant-modal')).toHaveCount(0);
  await expect(panel.locator('[data-testid="resource-row"][data-name="一号会议室"]')).toHaveCount(1);

  await hall.getByTestId('resource-deactivate').click();
  await page.getByTestId('resource-deactivate-confirm').click();
  await expect(hall).toHaveCount(0);
  await panel.getByTestId('resources-show-inactive').check();
  await expect(hall.getByTestId('resource-status')).toHaveText('已停用');

  // A deactivated room is no longer offered for booking.
  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('booking-add').click();
  await expect(page.locator('.ant-select-dropdown:visible [data-name="二号会议室"]')).toBeVisible();
  await expect(page.locator('.ant-select-dropdown:visible [data-name="多功能厅"]')).toHaveCount(0);
});

test('team and bookings in English', async ({ page, desk }) => {
  const { vip, room2 } = await seed(desk);
  await ok(desk, 'plans.setTeam', { planId: vip.id, members: [{ role: 'presenter', primaryName: 'Chen Jie', primaryPhone: '+447700900123' }] });
  await ok(desk, 'plans.setBookings', { planId: vip.id, bookings: [{ resourceId: room2.id, startsAt: `${DAY}T09:00`, endsAt: `${DAY}T12:00` }] });
  await ok(desk, 'settings.update', { locale: 'en' });
  await page.goto(`${desk.url}#/plans/${vip.id}`);
  await page.getByTestId('plan-tab-team').click();
  await expect(page.getByTestId('team-section')).toContainText('Primary (A)');
  await expect(page.getByTestId('team-section')).toContainText('Backup (B)');
  await expect(teamRow(page, 'presenter').getByTestId('team-needs-backup')).toHaveText('No backup');
  await page.getByTestId('plan-tab-bookings').click();
  await expect(bookingRow(page, '二号会议室').getByTestId('booking-ok')).toHaveText(/No clash/);
  await expect(page.getByTestId('bookings-vip-hint')).toContainText('spare room and a spare vehicle');
});
