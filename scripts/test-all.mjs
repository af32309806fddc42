// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from './electron-binary.mjs';

// A fresh machine lacks these more often than anything else: say so plainly.
function preflight() {
  const problems = [];
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!chromium) problems.push('Chromium (Debian package chromium, or set CHROMIUM_PATH)');
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (!fonts.stdout?.trim()) problems.push('a Chinese font (Debian package fonts-noto-cjk), or Chinese renders as boxes');
  if (spawnSync('pdftotext', ['-v']).error) problems.push('pdftotext/pdfinfo (Debian package poppler-utils)');
  if (problems.length === 0) return;
  console.error(`npm test needs:\n  - ${problems.join('\n  - ')}`);
  console.error('Install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk poppler-utils xvfb xauth');
  console.error('(or run bash .ci/run, which installs them and then runs npm test)');
  process.exit(1);
}
preflight();

const steps = [
  ['types', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['eslint', '.']],
  ['unit and integration (Vitest, real SQLite)', ['vitest', 'run']],
  ['build', ['electron-vite', 'build']],
  ['end to end (Playwright, Chromium via the web shell; Electron where a binary exists)', ['playwright', 'test']],
];

for (const [name, command] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npx', command, { cwd: ROOT, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
