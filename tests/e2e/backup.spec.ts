import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, setUpDesk, startWebShell, stopWebShell, test } from './web-shell-fixture';
import { artifact, removeTempFolder, residentId } from './ui-helpers';
import { signInAfterRestart, waitForSnapshots } from './backup-helpers';

/** The backup screen as an administrator uses it, and a restore that can itself be undone. */

test('the backup screen: back up now, see it in the history, verify it, copy it to a second folder (zh-CN, en)', async ({ page, desk }) => {
  const usb = mkdtempSync(join(tmpdir(), 'reception-usb-'));
  try {
    await page.goto(`${desk.url}#/backup`);
    await expect(page.getByTestId('backup-screen')).toBeVisible();
    await expect(page.getByTestId('backup-last')).toHaveText('还没有备份');

    await page.getByTestId('backup-run').click();
    const rows = page.getByTestId('snapshot-row');
    await expect(rows).toHaveCount(1, { timeout: 60_000 });
    await expect(rows.first()).toContainText('手动');
    await expect(page.getByTestId('backup-health')).toHaveText('正常');
    await expect(page.getByTestId('backup-last')).toContainText('手动');

    await rows.first().getByTestId('snapshot-verify').click();
    await expect(rows.first().getByTestId('snapshot-verified')).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });

    // A folder that is not absolute never reaches main.
    await page.getByTestId('backup-target-folder').fill('backup');
    await page.getByTestId('backup-target-add').click();
    await expect(page.getByText('请输入完整的文件夹路径')).toBeVisible();
    await page.getByTestId('backup-target-folder').fill(usb);
    await page.getByTestId('backup-target-add').click();
    const target = page.getByTestId('backup-target');
    await expect(target).toContainText(usb);
    await page.getByTestId('backup-sync').click();
    await expect(target.getByTestId('backup-target-sync')).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });
    // The copy is a store of its own (encrypted packs and snapshot files) in the chosen folder.
    const stores = readdirSync(usb).filter((name) => name.startsWith('ReceptionDesk-'));
    expect(stores).toHaveLength(1);
    expect(readdirSync(join(usb, stores[0]!, 'snapshots')).filter((f) => f.endsWith('.snap'))).toHaveLength(1);

    await page.screenshot({ path: artifact('backup-screen-zh-CN.png'), fullPage: true });
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect(page.getByTestId('backup-health')).toHaveText('OK');
    await page.screenshot({ path: artifact('backup-screen-en.png'), fullPage: true });
  } finally {
    removeTempFolder(usb);
  }
});

test('a restore brings back the data of a snapshot, and can itself be undone (zh-CN)', async ({ page, desk }) => {
  await desk.api('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true });
  await desk.api('backup.run');
  const [kept] = await waitForSnapshots(desk, 1);
  // Registered after the snapshot: the restore takes it away, undoing the restore brings it back.
  await desk.api('visits.checkIn', { name: '赵六', host: '李娜', privacyAck: true, idType: 'resident_id', idNumber: residentId('11010519900307123') });

  await page.goto(`${desk.url}#/backup`);
  const rows = page.getByTestId('snapshot-row');
  await expect(rows).toHaveCount(1);
  await rows.first().getByTestId('snapshot-restore').click();
  const wizard = page.getByTestId('restore-wizard');
  await expect(wizard).toContainText('恢复前');
  await expect(page.getByTestId('restore-submit')).toBeDisabled();
  await page.screenshot({ path: artifact('backup-restore-wizard-zh-CN.png') });
  await page.getByTestId('restore-confirm').click();
  await page.getByTestId('restore-submit').click();
  await signInAfterRestart(page, desk);

  // The page reloaded where it was (the backup screen); the desk shows the restored day.
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('onsite-table')).toContainText('张伟');
  await expect(page.getByTestId('onsite-table')).not.toContainText('赵六');

  // The state replaced was saved first, as a 'restore' snapshot: restoring it undoes the restore.
  await page.goto(`${desk.url}#/backup`);
  const saved = page.locator('[data-testid="snapshot-row"][data-reason="restore"]');
  await expect(saved).toHaveCount(1);
  await expect(page.locator(`[data-testid="snapshot-row"][data-id="${kept!.id}"]`)).toHaveCount(1);
  await saved.getByTestId('snapshot-restore').click();
  await page.getByTestId('restore-confirm').click();
  await page.getByTestId('restore-submit').click();
  await signInAfterRestart(page, desk);
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('onsite-table')).toContainText('赵六');
});

test('a new PC restores the desk from its USB copy and the recovery passphrase, with every ID number readable (en, zh-CN)', async ({ page, desk, freshDesk }) => {
  const usb = mkdtempSync(join(tmpdir(), 'reception-usb-'));
  try {
    const id = residentId('11010519900307123');
    await desk.api('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true, idType: 'resident_id', idNumber: id });
    expect(await desk.api('backup.addTarget', { folder: usb })).toMatchObject({ ok: true });
    await desk.api('backup.run');
    await waitForSnapshots(desk, 1);
    await expect
      .poll(async () => (await desk.api<{ targets: Array<{ lastSync: { ok: boolean } | null }> }>('backup.status')).value.targets[0]?.lastSync?.ok, { timeout: 60_000 })
      .toBe(true);
    expect(existsSync(usb)).toBe(true);

    await page.goto(freshDesk.url);
    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByTestId('setup-mode-restore').click();
    await page.screenshot({ path: artifact('setup-restore-en.png') });
    await page.getByTestId('lang-switch').getByText('中文').click();
    await expect(page.getByTestId('setup-restore-find')).toContainText('备份文件夹');
    await page.screenshot({ path: artifact('setup-restore-zh-CN.png') });
    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByTestId('setup-restore-folder').fill(join(usb, 'nothing-here'));
    await page.getByTestId('setup-restore-passphrase').fill(desk.recovery);
    await page.getByTestId('setup-restore-find-submit').click();
    await expect(page.getByText('There is no such folder or file')).toBeVisible();
    await page.getByTestId('setup-restore-folder').fill(usb);
    await page.getByTestId('setup-restore-passphrase').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    await page.getByTestId('setup-restore-find-submit').click();
    await expect(page.getByText('Wrong recovery passphrase')).toBeVisible();
    await page.getByTestId('setup-restore-passphrase').fill(desk.recovery);
    await page.getByTestId('setup-restore-find-submit').click();
    await expect(page.getByTestId('setup-snapshot')).toHaveCount(1);
    await page.getByTestId('lang-switch').getByText('中文').click();
    await page.screenshot({ path: artifact('setup-restore-choose-zh-CN.png') });
    await page.getByTestId('setup-restore-submit').click();

    // The new desk opens with the old desk's accounts and every record.
    await signInAfterRestart(page, { ...freshDesk, recovery: desk.recovery });
    const row = page.getByTestId('onsite-table').locator('tr', { hasText: '张伟' });
    await expect(row).toBeVisible();
    const badgeNo = /V\d{6}[A-Z]{3}\d{4,}/.exec((await row.textContent()) ?? '')![0];
    await page.getByTestId(`reveal-${badgeNo}`).click();
    await page.getByTestId('reveal-reason').fill('核对身份');
    await page.getByTestId('reveal-submit').click();
    await expect(page.getByTestId(`revealed-${badgeNo}`)).toHaveText(id);
  } finally {
    removeTempFolder(usb);
  }
});

test('the front desk warns while the desk has no backup, an administrator follows the link, and the warning goes once one is made (zh-CN, en)', async ({ page, desk }) => {
  await page.goto(desk.url);
  const banner = page.getByTestId('backup-banner');
  await expect(banner).toHaveAttribute('data-state', 'never');
  await expect(banner).toContainText('这台接待台还没有备份过');
  // The check-in form stays in view under the one-line warning.
  await expect(page.getByTestId('checkin-submit')).toBeInViewport();
  await page.screenshot({ path: artifact('backup-banner-zh-CN.png') });
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(banner).toContainText('This desk has never been backed up');
  await page.screenshot({ path: artifact('backup-banner-en.png') });

  await page.getByTestId('backup-banner-open').click();
  await expect(page.getByTestId('backup-screen')).toBeVisible();
  await page.getByTestId('backup-run').click();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(1, { timeout: 60_000 });
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('a desk whose database is lost says so at start and restores its newest snapshot (zh-CN, en)', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
  try {
    const first = await startWebShell(dataDir);
    first.shell.recovery = await setUpDesk(first.shell);
    await first.shell.api('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true });
    await first.shell.api('backup.run');
    await waitForSnapshots(first.shell, 1);
    expect(await stopWebShell(first.child)).toBe(0);
    // The disk lost the database; the key file and the local snapshots are still there.
    for (const file of ['reception.sqlite3', 'reception.sqlite3-wal', 'reception.sqlite3-shm']) rmSync(join(dataDir, file), { force: true });

    const second = await startWebShell(dataDir);
    try {
      await page.goto(second.shell.url);
      await expect(page.getByTestId('damaged-screen')).toBeVisible();
      await expect(page.getByTestId('setup-restore-folder')).toHaveValue(join(dataDir, 'backups', 'store'));
      await page.screenshot({ path: artifact('backup-damaged-zh-CN.png') });
      await page.getByTestId('lang-switch').getByText('English').click();
      await expect(page.getByTestId('damaged-screen')).toContainText('cannot be opened');
      await page.screenshot({ path: artifact('backup-damaged-en.png') });
      await page.getByTestId('setup-restore-passphrase').fill(first.shell.recovery);
      await page.getByTestId('setup-restore-find-submit').click();
      await expect(page.getByTestId('setup-snapshot').first()).toBeVisible();
      await page.getByTestId('setup-restore-submit').click();
      await signInAfterRestart(page, { ...second.shell, recovery: first.shell.recovery });
      await expect(page.getByTestId('onsite-table')).toContainText('张伟');
    } finally {
      expect(await stopWebShell(second.child)).toBe(0);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
