import type { Page } from '@playwright/test';
import { expect, type WebShell } from './web-shell-fixture';
import { localToday, residentId } from './ui-helpers';
import { signedInUserId } from './account-manager';

/**
 * A walk through every screen and dialog of the app on one fresh web shell,
 * as a new desk meets them: the setup wizard, sign-in, the desk and its tabs,
 * plans, resources, clients, administration, settings, password change and
 * the lock screen. At each stop it calls `check(page, stop)`, so any page-wide
 * check (axe, a scan for untranslated text, a screenshot) runs everywhere with
 * one line. Dialogs are opened and closed one after another. Stop names say
 * what is in front: `dialog/...` a modal, `drawer/...` a drawer, `menu/...` a
 * dropdown, anything else a whole screen.
 */

export type TourLocale = 'zh-CN' | 'en';
export type TourCheck = (page: Page, stop: string) => Promise<void>;

export const TOUR_ADMIN = { login: 'admin', name: '王管理', password: 'Admin-pass-1' };

const ID = residentId('11010519900307123');

async function call<T = { id: string }>(shell: WebShell, name: string, input: unknown): Promise<T> {
  const result = await shell.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/**
 * What the tour needs to find on each screen: a visitor on site with an ID on
 * file, one who left, a confirmed plan for today with a group of guests, a
 * team and a booking, rooms and a vehicle, a client with people and a second
 * user. Made through the API as the signed-in administrator.
 */
export async function seedTour(shell: WebShell): Promise<{ planId: string }> {
  const day = localToday();
  const room = await call(shell, 'resources.create', { kind: 'room', name: '一号会议室', capacity: 20, notes: '投影、视频会议' });
  await call(shell, 'resources.create', { kind: 'vehicle', name: '沪A·66888 别克 GL8', capacity: 7 });
  const client = await call(shell, 'clients.create', { name: '华为技术有限公司', tier: 'vip', industry: '通信设备', accountManagerUserId: await signedInUserId(shell.api) });
  const guests: string[] = [];
  for (const [i, name] of ['任正飞', '孟晚秋', 'Alexander Montgomery'].entries()) {
    guests.push((await call(shell, 'people.create', { name, title: '副总裁', phone: `1390000000${i}`, clientId: client.id })).id);
  }
  const plan = await call(shell, 'plans.create', {
    title: '华为高管来访',
    clientId: client.id,
    level: 'vip',
    arrivalAt: `${day}T09:30`,
    departureAt: `${day}T17:00`,
    expectedHeadcount: 3,
    purpose: '商务交流',
  });
  await call(shell, 'plans.setGuests', {
    planId: plan.id,
    guests: guests.map((personId, i) => ({ personId, isLead: i === 0, needs: { diet: i === 1 ? '素食' : '', transport: '', accessibility: '', other: '' } })),
  });
  await call(shell, 'plans.setTeam', {
    planId: plan.id,
    members: [
      { role: 'greeter', primaryName: '王芳', primaryPhone: '13800138001', backupName: '李娜', backupPhone: '13800138002' },
      { role: 'presenter', primaryName: '张伟', primaryPhone: '13800138003' },
    ],
  });
  await call(shell, 'plans.setBookings', { planId: plan.id, bookings: [{ resourceId: room.id, startsAt: `${day}T10:00`, endsAt: `${day}T12:00` }] });
  await call(shell, 'plans.transition', { id: plan.id, to: 'confirmed' });
  await call(shell, 'plans.create', { title: '明远贸易采购洽谈', level: 'normal', arrivalAt: `${day}T14:00`, departureAt: `${day}T16:00`, expectedHeadcount: 2 });

  const left = await call(shell, 'visits.checkIn', {
    name: '张伟',
    company: '华为技术有限公司',
    phone: '13800138000',
    idType: 'resident_id',
    idNumber: ID,
    host: '李娜',
    purpose: '商务洽谈',
    privacyAck: true,
  });
  await call(shell, 'visits.checkOut', { visitId: left.id });
  await call(shell, 'visits.checkIn', { name: 'Anna Li', company: 'Contoso Ltd.', host: 'Li Na', privacyAck: true, idType: 'passport', idNumber: 'E12345678' });
  await call(shell, 'users.create', { login: 'reception1', name: '李前台', roles: ['receptionist'], password: 'Recept-pass-1' });
  return { planId: plan.id };
}


const OPEN_DIALOGS = '.ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible';

/**
 * Closes the dialog in front with Esc, as a keyboard user would, or with its
 * close button when focus has left it (Esc goes to the focused dialog only),
 * and waits until `left` dialogs remain.
 */
async function closeFront(page: Page, left = 0): Promise<void> {
  const open = page.locator(OPEN_DIALOGS);
  await page.keyboard.press('Escape');
  const closed = await expect(open)
    .toHaveCount(left, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (closed) return;
  await page.locator('.ant-modal-close:visible, .ant-drawer-close:visible').last().click();
  await expect(open).toHaveCount(left);
}

/** Lets antd's open and close animations settle, so a check sees the screen as a person does. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
}

export interface TourOptions {
  locale: TourLocale;
  check: TourCheck;
}

/**
 * Walks a fresh (never set up) web shell through every screen in one
 * language. Stop names are stable across languages (`desk/today`,
 * `dialog/reveal-reason`, ...), so a report can compare them.
 */
export async function runScreenTour(page: Page, shell: WebShell, { locale, check }: TourOptions): Promise<string[]> {
  const visited: string[] = [];
  const stop = async (name: string) => {
    await settle(page);
    visited.push(name);
    await check(page, name);
  };
  const en = locale === 'en';

  // First-run setup, in the chosen language.
  await page.goto(shell.url);
  await expect(page.getByTestId('setup-site-name')).toBeVisible();
  if (en) await page.getByTestId('lang-switch').getByText('English').click();
  await stop('setup/site');
  await page.getByTestId('setup-mode-restore').click();
  await expect(page.getByTestId('setup-restore-find')).toBeVisible();
  await stop('setup/restore');
  await page.getByTestId('setup-mode').getByText(en ? 'Set up a new desk' : '设置新的接待台').click();
  await expect(page.getByTestId('setup-site-name')).toBeVisible();
  await page.getByTestId('setup-site-name').fill('总部大楼一层前台');
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-admin-login')).toBeVisible();
  await stop('setup/admin');
  await page.getByTestId('setup-admin-login').fill(TOUR_ADMIN.login);
  await page.getByTestId('setup-admin-name').fill(TOUR_ADMIN.name);
  await page.getByTestId('setup-admin-password').fill(TOUR_ADMIN.password);
  await page.getByTestId('setup-admin-password2').fill(TOUR_ADMIN.password);
  await page.getByTestId('setup-next').click();
  const passphrase = page.getByTestId('setup-recovery-passphrase');
  await expect(passphrase).toContainText(/\w{4}-/);
  await stop('setup/recovery');
  await page.getByTestId('setup-recovery-confirm').fill((await passphrase.innerText()).trim());
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();

  const { planId } = await seedTour(shell);

  // Sign out and in again: the sign-in screen.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await expect(page.getByTestId('signin-login')).toBeVisible();
  await stop('signin');
  await page.getByTestId('signin-login').fill(TOUR_ADMIN.login);
  await page.getByTestId('signin-password').fill(TOUR_ADMIN.password);
  await page.getByTestId('signin-submit').click();

  // The desk and its lists.
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await expect(page.getByTestId('onsite-count')).toHaveText('1');
  await stop('desk/on-site');
  await page.locator('[data-testid^="reveal-"]:not([data-testid^="reveal-quick"]):not([data-testid="reveal-reason"])').first().click();
  await expect(page.getByTestId('reveal-reason')).toBeVisible();
  await stop('dialog/reveal-reason');
  await closeFront(page);
  await page.getByTestId('today-tab').click();
  await expect(page.getByText('张伟')).toBeVisible();
  await stop('desk/today');
  await page.getByTestId('expected-tab').click();
  await expect(page.getByTestId('arrival-group')).toBeVisible();
  await stop('desk/arrivals');
  await page.getByTestId('arrival-group-checkin').click();
  await expect(page.getByTestId('arrival-dialog')).toBeVisible();
  await stop('dialog/arrival-group');
  await closeFront(page);

  // 张伟's ID card typed with another name: the identity conflict dialog.
  await page.getByTestId('field-name').fill('张卫');
  await page.getByTestId('field-id-number').fill(ID);
  await page.getByTestId('field-host').fill('王芳');
  await page.getByTestId('field-privacy').check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('identity-conflict')).toBeVisible();
  await stop('dialog/identity-conflict');
  await closeFront(page);

  // Plans: every view, a new plan, the editor's tabs, printing and cancelling.
  await page.getByTestId('nav-plans').click();
  await expect(page.getByTestId('plans-screen')).toBeVisible();
  for (const view of ['day', 'week', 'month', 'list'] as const) {
    await page.getByTestId(`plans-view-${view}`).click();
    await expect(page.getByTestId(view === 'list' ? 'plans-list' : 'plans-calendar')).toBeVisible();
    await stop(`plans/${view}`);
  }
  await page.getByTestId('plans-create').click();
  await expect(page.getByTestId('plan-form')).toBeVisible();
  await stop('dialog/new-plan');
  await closeFront(page);
  await page.getByTestId('plans-resources').click();
  await expect(page.getByTestId('resources-panel')).toBeVisible();
  await stop('drawer/resources');
  await page.getByTestId('resource-create').click();
  await expect(page.getByTestId('resource-form-name')).toBeVisible();
  await stop('dialog/resource-form');
  await closeFront(page, 1);
  await closeFront(page);

  await page.goto(`${shell.url}#/plans/${planId}`);
  await expect(page.getByTestId('plan-editor')).toBeVisible();
  for (const section of ['basics', 'guests', 'itinerary', 'team', 'bookings', 'checklists'] as const) {
    await page.getByTestId(`plan-tab-${section}`).click();
    await expect(page.getByTestId(section === 'basics' ? 'plan-basics' : section === 'guests' ? 'plan-guests' : section === 'itinerary' ? 'plan-itinerary' : `${section}-section`)).toBeVisible();
    await stop(`plan-editor/${section}`);
  }
  await page.getByTestId('plan-print-menu').click();
  await expect(page.getByTestId('plan-print-welcome-sign')).toBeVisible();
  await stop('menu/plan-print');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('plan-print-welcome-sign')).toBeHidden();
  await page.getByTestId('plan-to-cancelled').click();
  await expect(page.getByTestId('plan-cancel-reason')).toBeVisible();
  await stop('dialog/plan-cancel');
  await closeFront(page);

  // Clients: the list, a client's drawer, the client, person and merge forms.
  await page.getByTestId('nav-clients').click();
  await expect(page.getByTestId('clients-table')).toContainText('华为技术有限公司');
  await stop('clients');
  await page.getByTestId('client-create').click();
  await expect(page.getByTestId('client-form-name')).toBeVisible();
  await stop('dialog/client-form');
  await closeFront(page);
  await page.getByTestId('person-create').click();
  await expect(page.getByTestId('person-form-name')).toBeVisible();
  await stop('dialog/person-form');
  await closeFront(page);
  await page.getByTestId('clients-table').getByText('华为技术有限公司').click();
  await expect(page.getByTestId('client-people')).toContainText('孟晚秋');
  await stop('drawer/client');
  await page.getByTestId('person-edit').first().click();
  await expect(page.getByTestId('person-form-name')).toBeVisible();
  await stop('dialog/person-edit');
  await closeFront(page, 1);
  await page.getByTestId('person-merge').first().click();
  await expect(page.getByTestId('merge-pick')).toBeVisible();
  await stop('dialog/person-merge');
  await closeFront(page, 1);
  await closeFront(page);

  // Checklists: the to-do list and its problem note, the templates and the editor, quality and an inspection, emergencies and a drill.
  await page.getByTestId('nav-checklists').click();
  await expect(page.getByTestId('todo-item').first()).toBeVisible();
  await stop('checklists/todo');
  await page.getByTestId('todo-list').focus();
  await page.keyboard.press('p');
  await expect(page.getByTestId('problem-note')).toBeFocused();
  await stop('dialog/problem-note');
  await closeFront(page);
  await page.getByTestId('tab-templates').click();
  await expect(page.getByTestId('template-row').first()).toBeVisible();
  await expect(page.getByTestId('level-rules')).toBeVisible();
  await stop('checklists/templates');
  await page.getByTestId('template-edit').first().click();
  await expect(page.getByTestId('tpl-name-zh')).toBeVisible();
  await stop('drawer/template-editor');
  await closeFront(page);
  await page.getByTestId('tab-quality').click();
  await expect(page.getByTestId('compliance')).toBeVisible();
  await stop('checklists/quality');
  await page.getByTestId('quality-section-inspections').click();
  await page.getByTestId('inspection-record').click();
  await expect(page.getByTestId('inspection-item').first()).toBeVisible();
  await stop('dialog/inspection');
  await closeFront(page);
  await page.getByTestId('quality-section-completeness').click();
  await expect(page.getByTestId('completeness-summary')).toBeVisible();
  await stop('checklists/completeness');
  await page.getByTestId('tab-emergency').click();
  await expect(page.getByTestId('drill-log')).toBeVisible();
  await stop('checklists/emergency');
  await page.getByTestId('drill-add').click();
  await expect(page.getByTestId('drill-title')).toBeVisible();
  await stop('dialog/drill');
  await closeFront(page);

  // Incidents: the record dialog with its reply scripts, an incident's drawer, the list, the analysis, the rules, the scripts' library.
  await page.evaluate(() => {
    window.location.hash = '#/incidents';
  });
  await page.getByTestId('incident-list-record').click();
  await expect(page.getByTestId('script-card').first()).toBeVisible();
  await stop('dialog/incident-record');
  await page.getByTestId('incident-record-title').fill('投影仪无信号');
  await page.getByTestId('incident-record-save').click();
  await page.getByTestId('incident-saved-open').click();
  await expect(page.getByTestId('incident-timeline')).toBeVisible();
  await stop('drawer/incident');
  await page.getByTestId('incident-action-resolve').click();
  await expect(page.getByTestId('incident-root-cause')).toBeVisible();
  await stop('dialog/incident-resolve');
  await closeFront(page, 1);
  await closeFront(page);
  await expect(page.getByTestId('incident-row').first()).toBeVisible();
  await stop('incidents/list');
  await page.getByTestId('incident-view-analysis').click();
  await expect(page.getByTestId('analysis-row').first()).toBeVisible();
  await stop('incidents/analysis');
  await page.getByTestId('incident-view-rules').click();
  await expect(page.getByTestId('rule-critical-preview')).not.toBeEmpty();
  await stop('incidents/rules');
  await page.getByTestId('tab-scripts').click();
  await expect(page.getByTestId('script-card').first()).toBeVisible();
  await stop('scripts');

  // Administration: users and roles, data security, the audit log.
  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('users-table')).toContainText('reception1');
  await stop('admin/users');
  await page.getByTestId('user-create').click();
  await expect(page.getByTestId('user-form-login')).toBeVisible();
  await stop('dialog/user-form');
  await closeFront(page);
  await page.getByTestId('user-reset-reception1').click();
  await expect(page.getByTestId('reset-password-input')).toBeVisible();
  await stop('dialog/reset-password');
  await closeFront(page);
  await page.getByTestId('tab-security').click();
  await expect(page.getByTestId('key-status')).toBeVisible();
  await stop('admin/security');
  await page.getByTestId('rotate-key').click();
  await expect(page.getByTestId('rotate-passphrase')).toBeVisible();
  await stop('dialog/rotate-key');
  await closeFront(page);
  await page.getByTestId('tab-backup').click();
  await expect(page.getByTestId('backup-screen')).toBeVisible();
  if ((await page.getByTestId('snapshot-row').count()) === 0) await page.getByTestId('backup-run').click();
  await expect(page.getByTestId('snapshot-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('backup-running')).toHaveCount(0, { timeout: 60_000 });
  await stop('admin/backup');
  await page.getByTestId('snapshot-restore').first().click();
  await expect(page.getByTestId('restore-wizard')).toBeVisible();
  await stop('dialog/restore');
  await closeFront(page);
  await page.getByTestId('tab-audit').click();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await page.getByTestId('audit-action-cell').first().click();
  await expect(page.locator('[data-testid^="audit-detail-"]').first()).toBeVisible();
  await stop('admin/audit');

  // Settings, password change, the lock screen.
  await page.getByTestId('settings-button').click();
  await expect(page.getByTestId('settings-form')).toBeVisible();
  await stop('drawer/settings');
  await closeFront(page);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-password').click();
  await expect(page.getByTestId('change-password-current')).toBeVisible();
  await stop('dialog/change-password');
  await closeFront(page);
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await stop('lock');
  await page.getByTestId('unlock-password').fill(TOUR_ADMIN.password);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  return visited;
}
