import type { Page } from '@playwright/test';

/** Today in this machine's time zone: the web shell runs here too, so the desk and the test agree. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Picks an option from the antd Select dropdown that is open now. */
export async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
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
