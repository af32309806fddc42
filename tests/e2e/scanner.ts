import type { Page } from '@playwright/test';

/**
 * Types a code the way a USB barcode scanner does: keys 8 ms apart by their
 * event timestamps, then Enter. CDP timestamps make the timing exact even when
 * the test machine is busy (Playwright's keyboard.type gaps vary with load).
 */
export async function scan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const at = (i: number) => start + i * 0.008;
  let i = 0;
  for (const ch of code) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, timestamp: at(i) });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, timestamp: at(i) + 0.002 });
    i++;
  }
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', timestamp: at(i) });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter, timestamp: at(i) + 0.002 });
  await cdp.detach();
}
