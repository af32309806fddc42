import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, expect, setUpDesk, startWebShell, stopWebShell, test } from './web-shell-fixture';
import { pageHolds } from './ui-helpers';

/** Protection as a person meets it: a sealed start, a tampered log, a key rotation, an idle lock mid-typing. */

test('a PC without a keychain asks for the recovery passphrase at start (zh-CN)', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
  try {
    const first = await startWebShell(dataDir);
    const recovery = await setUpDesk(first.shell);
    expect(await stopWebShell(first.child)).toBe(0);

    const second = await startWebShell(dataDir);
    await page.goto(second.shell.url);
    await page.getByTestId('unseal-passphrase').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    await page.getByTestId('unseal-submit').click();
    await expect(page.getByText('恢复口令不正确')).toBeVisible();
    await page.getByTestId('unseal-passphrase').fill(recovery.toLowerCase());
    await page.getByTestId('unseal-submit').click();
    await page.getByTestId('signin-login').fill(ADMIN.login);
    await page.getByTestId('signin-password').fill(ADMIN.password);
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('checkin-form')).toBeVisible();
    expect(await stopWebShell(second.child)).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the audit screen names the first entry edited behind the app (zh-CN)', async ({ page, desk }) => {
  await desk.api('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true });
  const db = new Database(join(desk.dataDir, 'reception.sqlite3'));
  const seq = db.prepare("SELECT seq FROM audit_log WHERE action = 'visit.checkIn'").pluck().get() as number;
  // The check-in's entry says a visitor record was made (the visit row holds the rest): say otherwise behind the app.
  const edited = db.prepare(`UPDATE audit_log SET detail = replace(detail, '"newVisitor":true', '"newVisitor":false') WHERE seq = ? AND detail LIKE '%"newVisitor":true%'`).run(seq);
  db.close();
  expect(edited.changes).toBe(1);
  await page.goto(`${desk.url}`);
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-audit').click();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(`第 ${seq} 条`);
});

test('the audit screen tells the newest entries removed behind the app, which the hash chain alone cannot (zh-CN, en)', async ({ page, desk }) => {
  await desk.api('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true });
  await desk.api('visits.checkIn', { name: '王芳', host: '李娜', privacyAck: true });
  const db = new Database(join(desk.dataDir, 'reception.sqlite3'));
  const device = readFileSync(join(desk.dataDir, 'device-id'), 'utf8').trim();
  const head = () => db.prepare('SELECT MAX(device_seq) FROM audit_log WHERE device_id = ?').pluck().get(device) as number;
  const sealFile = join(desk.dataDir, 'audit-seal.json');
  // The seal follows the last write by about a second.
  // Both are read on each poll: the storage check the desk runs at start may add an entry meanwhile.
  await expect.poll(() => existsSync(sealFile) && (JSON.parse(readFileSync(sealFile, 'utf8')) as { deviceSeq: number }).deviceSeq === head()).toBe(true);
  const sealed = head();
  db.prepare('DELETE FROM audit_log WHERE device_id = ? AND device_seq > ?').run(device, sealed - 2);
  db.close();
  await page.goto(`${desk.url}`);
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-audit').click();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(`封存时本前台有 ${sealed} 条`);
  await page.screenshot({ path: test.info().outputPath('audit-seal-short.zh-CN.png') });
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(`this desk had ${sealed}`);
  await page.screenshot({ path: test.info().outputPath('audit-seal-short.en.png') });
});

test('an administrator rotates the data key while the desk keeps its data (en)', async ({ page, desk }) => {
  // Setup is over: the passphrase is never shown again.
  expect(await desk.api('setup.recoveryPassphrase')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  await desk.api('visits.checkIn', { name: 'Anna Li', host: 'Li Na', privacyAck: true, idType: 'passport', idNumber: 'E12345678' });
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-security').click();
  await expect(page.getByTestId('key-status')).toContainText('Generation 1');
  await page.getByTestId('rotate-key').click();
  await page.getByTestId('rotate-passphrase').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
  await page.getByTestId('rotate-submit').click();
  await expect(page.getByText('That is not the recovery passphrase')).toBeVisible();
  await page.getByTestId('rotate-passphrase').fill(desk.recovery);
  await page.getByTestId('rotate-submit').click();
  await expect(page.getByTestId('key-status')).toContainText('Generation 2');
  await expect(page.getByTestId('rotation-done')).toContainText('1 in all');
  const found = await desk.api<unknown[]>('visitors.search', { query: 'E12345678' });
  expect(found.value).toHaveLength(1);
});

test('the desk locks itself when left idle, in the middle of typing, and lets another user sign in (zh-CN)', async ({ page, desk }) => {
  await desk.api('settings.update', { idleLockMinutes: 1 });
  await page.clock.install();
  await page.goto(desk.url);
  await page.getByTestId('field-name').fill('没填完的访客');
  expect(await pageHolds(page, '没填完的访客')).toBe(true);
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  expect(await pageHolds(page, '没填完的访客')).toBe(false);
  await page.getByTestId('lock-signout').click();
  await expect(page.getByTestId('signin-login')).toBeVisible();
});
