/**
 * `npm run bench:start`: how light the renderer starts. Prints the built bundle's
 * sizes, then opens the sign-in screen of a set-up desk in Chromium through the
 * web shell, several times, each in a new browser (cold cache), and reports the
 * first contentful paint and the moment the sign-in form is on screen.
 * Needs a build (`npm run build`). A script for the notes, not a timed test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../main/shells/web/find-chromium';
import { setUpDesk, startWebShell, stopWebShell } from '../tests/e2e/web-shell-fixture';
import { kB, printBundleSizes } from './bundle-sizes';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Sample {
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

async function measureOnce(url: string): Promise<Sample> {
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

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  printBundleSizes();
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-paint-'));
  const { shell, child } = await startWebShell(dataDir);
  try {
    await setUpDesk(shell);
    // Set-up leaves the administrator signed in: sign out so the page opens on sign-in.
    await shell.api('session.signOut', {});
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measureOnce(shell.url));
    console.log(`\nSign-in screen through the web shell, ${RUNS} cold runs (each a new Chromium):`);
    for (const s of samples) console.log(`  FCP ${s.fcp.toFixed(0).padStart(5)} ms   sign-in form ${s.signInVisible.toFixed(0).padStart(5)} ms   ${s.scripts} scripts, ${kB(s.scriptBytes)}`);
    console.log(`  median: FCP ${median(samples.map((s) => s.fcp)).toFixed(0)} ms, sign-in form ${median(samples.map((s) => s.signInVisible)).toFixed(0)} ms`);
  } finally {
    await stopWebShell(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
