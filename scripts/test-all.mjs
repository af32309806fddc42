// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { ROOT } from './electron-binary.mjs';

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
