import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../main/shells/web/find-chromium';
import { startWebShell, stopWebShell } from '../../../tests/e2e/web-shell-fixture';
import { ROOT } from '../bench-core';
import { opResult, skipped, type OpResult } from '../results';
import { startShellTimed } from '../shell-start';

export interface PaintSample {
  /** First contentful paint, ms after navigation start. */
  fcp: number;
  /** The sign-in form's login field first shown, ms after navigation start (taken on the frame after it appears). */
  signInVisible: number;
  /** Script bytes the page fetched to show sign-in (transfer size, uncompressed here: the web shell sends no gzip). */
  scriptBytes: number;
  scripts: number;
}

// Runs in the page before any of its scripts: note the frame on which the login field first exists.
// A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
const WATCH_FOR_SIGN_IN = `
  new MutationObserver((_, observer) => {
    if (window.__signInVisible !== undefined || !document.querySelector('[data-testid="signin-login"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__signInVisible ??= performance.now()));
  }).observe(document, { childList: true, subtree: true });
`;

/** Opens the sign-in screen in a new Chromium (cold cache) and reads when it was drawn. */
export async function measureFirstScreen(url: string): Promise<PaintSample> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(WATCH_FOR_SIGN_IN);
    await page.goto(url);
    await page.getByTestId('signin-login').waitFor({ state: 'visible' });
    await page.waitForFunction(() => (window as unknown as { __signInVisible?: number }).__signInVisible !== undefined);
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'script' || /\.js($|\?)/.test(e.name));
      return {
        fcp,
        signInVisible: (window as unknown as { __signInVisible: number }).__signInVisible,
        scriptBytes: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
        scripts: scripts.length,
      };
    });
  } finally {
    await browser.close();
  }
}

export const FIRST_SCREEN = 'first screen drawn (sign-in, web shell + Chromium)';

/**
 * The first screen on this data folder: the built web shell started on it
 * (unsealed with the recovery passphrase, as automation does), the sign-in
 * form drawn in a new Chromium each run. Run after the bench's own core has
 * closed the folder.
 */
export async function benchFirstScreen(dataDir: string, passphrase: string, runs: number): Promise<OpResult> {
  if (!existsSync(join(ROOT, 'out', 'main', 'web.js'))) return skipped('start', FIRST_SCREEN, 'no build: run `npm run build` first');
  const previous = process.env.RECEPTION_RECOVERY_PASSPHRASE;
  process.env.RECEPTION_RECOVERY_PASSPHRASE = passphrase;
  const { shell, child } = await startWebShell(dataDir).finally(() => {
    if (previous === undefined) delete process.env.RECEPTION_RECOVERY_PASSPHRASE;
    else process.env.RECEPTION_RECOVERY_PASSPHRASE = previous;
  });
  try {
    const samples: PaintSample[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureFirstScreen(shell.url));
    return opResult({
      group: 'start',
      name: FIRST_SCREEN,
      budget: 'firstScreen',
      app: samples.map((s) => s.signInVisible),
      floorNote: 'floor n/a: drawing a screen, not a SQL question',
      detail: { fcpMs: samples.map((s) => Math.round(s.fcp)), scriptBytes: samples[0]?.scriptBytes, scripts: samples[0]?.scripts },
    });
  } finally {
    await stopWebShell(child);
  }
}

export const FIRST_SCREEN_FROM_START = 'desk start → first screen drawn (built web shell spawned, then the window)';

// The first screen a start leads to: the unseal form (the web shell starts sealed) or sign-in.
const FIRST_FORM = '[data-testid="unseal-passphrase"], [data-testid="signin-login"]';

/**
 * The whole start as the receptionist waits for it: the built web shell
 * spawned on the folder, and as soon as it is listening a window (a new
 * page of an already running Chromium, as Electron's window is part of its
 * own process) opens it; timed from spawn until the first form is drawn.
 * Sealed, as the web shell starts: the first form is the unseal form.
 */
export async function benchFirstScreenFromStart(dataDir: string, runs: number): Promise<OpResult> {
  if (!existsSync(join(ROOT, 'out', 'main', 'web.js'))) return skipped('start', FIRST_SCREEN_FROM_START, 'no build: run `npm run build` first');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const drawn: number[] = [];
  const answered: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const began = performance.now();
      const shell = await startShellTimed(dataDir);
      try {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const page = await context.newPage();
        await page.goto(shell.url);
        await page.locator(FIRST_FORM).first().waitFor({ state: 'visible' });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
        // The first start is untimed (compile cache, start-up work a generated folder owes).
        if (i > 0) {
          drawn.push(performance.now() - began);
          answered.push(shell.answeredMs);
        }
        await context.close();
      } finally {
        await shell.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return opResult({
    group: 'start',
    name: FIRST_SCREEN_FROM_START,
    budget: 'firstScreen',
    app: drawn,
    floorNote: 'floor n/a: drawing a screen, not a SQL question',
    detail: { runs, firstAnswerMs: answered.map((x) => Math.round(x)) },
  });
}
