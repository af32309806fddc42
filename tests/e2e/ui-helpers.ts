import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { residentIdCheckChar } from '../../contract/id-documents';

/** Where specs leave screenshots of the screens they change, for a person to look at. */
const ARTIFACTS = resolve(import.meta.dirname, '..', 'artifacts');

/** The path of a screenshot under tests/artifacts (the folder is made on first use). */
export function artifact(fileName: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, fileName);
}

/** A real-looking resident ID, its check digit made by the contract's own GB 11643 rule. */
export function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

/** Today in this machine's time zone: the web shell runs here too, so the desk and the test agree. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A local date-time (YYYY-MM-DDTHH:mm) some minutes ago: for what the desk refuses in the future, whatever hour the run starts. */
export function localMinutesAgo(minutes: number): string {
  const then = new Date(Date.now() - minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}T${pad(then.getHours())}:${pad(then.getMinutes())}`;
}

/**
 * Removes a test's temp folder that a desk may still be writing to (a backup
 * target the desks go on syncing until their fixtures stop, after the test):
 * now if it can, else when the test process ends. Only a temp folder is at stake.
 */
export function removeTempFolder(path: string): void {
  const remove = () => rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  try {
    remove();
  } catch {
    process.once('exit', () => {
      try {
        remove();
      } catch {
        // Left in the OS's temp folder.
      }
    });
  }
}

/** Picks an option from the antd Select dropdown that is open now. */
export async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/**
 * Opens an antd Select and picks an option, opening it again if it closed
 * before the click landed (a list refreshing behind it on a loaded machine
 * can take its focus and close the dropdown).
 */
export async function chooseOption(page: Page, select: Locator, text: string | RegExp): Promise<void> {
  await expect(async () => {
    if ((await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).filter({ visible: true }).count()) === 0) await select.click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).filter({ visible: true }).first().click({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

/** Types a day (and time) into an antd date picker, as a keyboard user would. */
export async function typeDate(page: Page, testId: string, value: string): Promise<void> {
  const picker = page.getByTestId(testId);
  const input = (await picker.evaluate((el) => el.tagName)) === 'INPUT' ? picker : picker.locator('input').first();
  await input.click();
  await input.press('Control+a');
  await input.pressSequentially(value);
  await input.press('Enter');
}

export interface ApiCalls {
  /** Channel names of every call the page made, in the order it sent them. */
  sent: () => string[];
  /** Calls sent and not yet answered. */
  inFlight: () => number;
}

/**
 * Records the page's calls to main, so a test can wait until the app has acted
 * on something (its follow-up calls answered) before it asserts that a call
 * did not happen.
 */
export function recordApiCalls(page: Page): ApiCalls {
  const sent: string[] = [];
  let open = 0;
  const name = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\/api\//, ''));
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/api/')) return;
    sent.push(name(r.url()));
    open++;
  });
  const done = (r: { url: () => string }) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) open--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { sent: () => [...sent], inFlight: () => open };
}

/**
 * Whether the page still holds some text anywhere a user could find it: in its
 * markup or in the current value of a field (typed values are not in the markup,
 * so `page.content()` alone never sees them).
 */
export async function pageHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (needle) =>
      document.documentElement.outerHTML.includes(needle) ||
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((f) => f.value.includes(needle)),
    text,
  );
}

/** Signs out whoever is at the desk and in as a new user, who then sets their own password. */
export async function signInAs(page: Page, login: string) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await page.getByTestId('signin-login').fill(login);
  await page.getByTestId('signin-password').fill('Welcome123');
  await page.getByTestId('signin-password').press('Enter');
  await page.getByTestId('change-password-current').fill('Welcome123');
  await page.getByTestId('change-password-next').fill(`${login}-Own-2026`);
  await page.getByTestId('change-password-next2').fill(`${login}-Own-2026`);
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}
