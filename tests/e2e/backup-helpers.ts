import type { Page } from '@playwright/test';
import { ADMIN, expect, type WebShell } from './web-shell-fixture';

/** Waits until the desk's snapshot history holds `count` snapshots and nothing runs (main backs up in the background). */
export async function waitForSnapshots(shell: WebShell, count: number): Promise<Array<{ id: string; reason: string }>> {
  let snapshots: Array<{ id: string; reason: string }> = [];
  await expect
    .poll(
      async () => {
        const status = await shell.api<{ running: unknown }>('backup.status');
        snapshots = (await shell.api<{ snapshots: Array<{ id: string; reason: string }> }>('backup.list')).value.snapshots;
        return status.value.running === null ? snapshots.length : -1;
      },
      { timeout: 60_000 },
    )
    .toBe(count);
  return snapshots;
}

/**
 * After a restore the desk restarts: nobody is signed in. A PC without a
 * keychain (the web shell) asks for the recovery passphrase first.
 */
export async function signInAfterRestart(page: Page, shell: WebShell): Promise<void> {
  const login = page.getByTestId('signin-login');
  const unseal = page.getByTestId('unseal-passphrase');
  await expect(login.or(unseal)).toBeVisible({ timeout: 60_000 });
  if (await unseal.isVisible()) {
    await unseal.fill(shell.recovery);
    await page.getByTestId('unseal-submit').click();
  }
  await login.fill(ADMIN.login);
  await page.getByTestId('signin-password').fill(ADMIN.password);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('nav-admin')).toBeVisible();
}
