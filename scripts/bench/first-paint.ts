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
import { setUpDesk, startWebShell, stopWebShell } from '../../tests/e2e/web-shell-fixture';
import { kB, printBundleSizes } from '../bundle-sizes';
import { measureFirstScreen, type PaintSample } from './suites/first-screen';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

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
    const samples: PaintSample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measureFirstScreen(shell.url));
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
