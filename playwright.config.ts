import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './main/shells/web/find-chromium';

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  // Bounds for a slow, shared 2-core machine, not expectations of speed: a
  // test's time includes starting its web shell (up to 90 s under load, see
  // tests/e2e/web-shell-fixture.ts), and the first paint of the renderer
  // bundle can take many seconds while other tests run beside it.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
