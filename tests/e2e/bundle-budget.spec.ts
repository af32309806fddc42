import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { OUT, builtFiles, entryFiles, kB } from '../../scripts/bundle-sizes';
import { expect, test } from './web-shell-fixture';

/**
 * The renderer starts light (issue 10, item 5). Budgets are gzip bytes, about
 * 12 % above what the build gave when they were set (entry 119.5 kB,
 * sign-in 301.5 kB, print 136.5 kB): growing past one is a decision to make
 * on purpose (raise it here and say why), not a drift. Runs after the build.
 */
// Raised from 135 kB for issue 13: the words of checklists, quality and emergencies in both
// languages (about 11 kB gzip) load with the entry, as every screen's words do today; loading a
// lazy screen's words with its own chunk is the way back down.
// Raised from 146 kB for issue 14: incidents, feedback, follow-ups and the task inbox bring their
// words (about 6 kB gzip) and the header's task count and search; the same way back down applies.
// Raised from 156 kB for issue 15: documents, past visits, retention and storage bring their words
// (about 10 kB gzip) with the entry; the same way back down applies, and is now due.
// Raised from 168 kB for issue 16: reports, exports and imports bring their words (about 8 kB gzip in the
// bundle) and the export buttons of the desk's lists; the build gave 170.2 kB. Loading each lazy screen's
// words with its own chunk is the way back down, for every screen at once (issue 17 touches start-up).
const ENTRY_JS_GZIP_BUDGET = 176 * 1024;
/** Every script the sign-in screen fetches, entry included. */
// Raised from 340 kB for issue 15 with the entry (above).
const SIGN_IN_JS_GZIP_BUDGET = 362 * 1024;
/** Every script a print page fetches: main renders one for each badge and document job. */
// Raised from 153 kB with the entry (above), plus the checklist, hand-off and roll-call documents (1.5 kB);
// from 164 kB for issue 14 with the entry again, plus the incident report, questionnaire (its QR code) and follow-up sheet.
// From 178 kB for issue 15 with the entry again, plus the visit file and the destruction certificate, and the
// audit log's labels (9.3 kB) the visit file's audit trail names its actions with: every print page fetches
// them today; loading a document's code with its job kind is the way back down.
// From 204 kB for issue 16 with the entry again (206.8 kB built); the monthly report's charts load only for its job.
const PRINT_JS_GZIP_BUDGET = 212 * 1024;

/** Chunks named for screens behind sign-in (rolldown names a lazy chunk after its module). */
const SCREENS_BEHIND_SIGN_IN = ['SignedInApp', 'DeskScreen', 'PlansScreen', 'ClientsScreen', 'AdminScreen', 'UsersScreen', 'SecurityScreen', 'AuditScreen', 'SettingsDrawer', 'SetupWizard', 'ChecklistsScreen', 'TodoScreen', 'TemplatesScreen', 'QualityScreen', 'EmergencyScreen'];
/** Class names only FullCalendar's code holds. */
const FULLCALENDAR_MARKERS = ['fc-daygrid', 'fc-timegrid'];

const gzipOf = (file: string) => gzipSync(readFileSync(join(OUT, 'renderer', 'assets', file)), { level: 9 }).length;

/** The built scripts a page fetches from its first request on, by file name. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(basename(path));
  });
  return scripts;
}

test('the entry chunk stays under its budget, and the preload carries no zod', () => {
  const entryJs = entryFiles().filter((f) => f.path.endsWith('.js'));
  expect(entryJs).toHaveLength(1);
  test.info().annotations.push({ type: 'entry', description: `${entryJs[0]!.path}: ${kB(entryJs[0]!.raw)}, gzip ${kB(entryJs[0]!.gzip)}` });
  expect(entryJs[0]!.gzip).toBeLessThanOrEqual(ENTRY_JS_GZIP_BUDGET);

  // Minified: no file of the build keeps the bundler's per-module banner comments.
  for (const part of ['main', 'preload', 'renderer'] as const) {
    for (const file of builtFiles(part).filter((f) => f.path.endsWith('js'))) {
      expect(readFileSync(join(OUT, file.path), 'utf8'), file.path).not.toMatch(/^\/\/ (node_modules|renderer|contract|main)\//m);
    }
  }

  const preload = readFileSync(join(OUT, 'preload', 'index.cjs'), 'utf8');
  expect(preload).toContain('exposeInMainWorld');
  // zod's error class and its schema constructor names survive minification as strings.
  expect(preload).not.toMatch(/ZodError|\$ZodType|zod/i);
});

test('the sign-in screen fetches neither FullCalendar nor any screen behind it', async ({ page, desk }) => {
  await desk.api('session.signOut', {});
  const scripts = recordScripts(page);
  await page.goto(desk.url);
  await expect(page.getByTestId('signin-login')).toBeVisible();
  // Nothing more is on its way: the page has settled on sign-in.
  await page.waitForLoadState('networkidle');

  expect(scripts.length).toBeGreaterThan(1);
  for (const script of scripts) {
    const source = readFileSync(join(OUT, 'renderer', 'assets', script), 'utf8');
    for (const marker of FULLCALENDAR_MARKERS) expect(source.includes(marker), `${script} holds FullCalendar (${marker})`).toBe(false);
    expect(SCREENS_BEHIND_SIGN_IN.filter((name) => script.startsWith(`${name}-`)), script).toEqual([]);
  }
  const total = scripts.reduce((sum, script) => sum + gzipOf(script), 0);
  test.info().annotations.push({ type: 'sign-in scripts', description: `${scripts.length} files, gzip ${kB(total)}` });
  expect(total).toBeLessThanOrEqual(SIGN_IN_JS_GZIP_BUDGET);

  // Not vacuous: signing in fetches the desk's screen, and the plans screen brings FullCalendar.
  await page.getByTestId('signin-login').fill('admin');
  await page.getByTestId('signin-password').fill('Admin-pass-1');
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  expect(scripts.some((s) => s.startsWith('DeskScreen-'))).toBe(true);
  await page.getByTestId('nav-plans').click();
  await expect(page.getByTestId('plans-screen')).toBeVisible();
  const plansChunk = scripts.find((s) => s.startsWith('PlansScreen-'));
  expect(readFileSync(join(OUT, 'renderer', 'assets', plansChunk!), 'utf8')).toContain(FULLCALENDAR_MARKERS[0]);
});

test('a print page fetches its own small chunk and none of the desk screens', async ({ page, desk }) => {
  const scripts = recordScripts(page);
  // An unknown job: the print route still loads all of its code to say so.
  await page.goto(desk.url.replace(/#.*$/, '') + '#/print/no-such-job');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.startsWith('PrintRoute-'))).toBe(true);
  expect(scripts.filter((s) => s.startsWith('App-') || SCREENS_BEHIND_SIGN_IN.some((name) => s.startsWith(`${name}-`)))).toEqual([]);
  const total = scripts.reduce((sum, script) => sum + gzipOf(script), 0);
  test.info().annotations.push({ type: 'print scripts', description: `${scripts.length} files, gzip ${kB(total)}` });
  expect(total).toBeLessThanOrEqual(PRINT_JS_GZIP_BUDGET);
});

/** Libraries only printing, spreadsheets, imports or PDFs need: main loads them when first used (main/files/heavy-modules.ts). */
const LOADED_WHEN_USED = ['exceljs', 'pdf-lib', 'playwright-core', '@e965/xlsx', 'mammoth', 'unpdf'];

/** The modules a built main file imports statically (loaded with it), and the ones it imports when a line runs. */
function mainImports(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(OUT, 'main', file), 'utf8');
  const found = (re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!);
  return { static: found(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g), dynamic: found(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g) };
}

test("the web shell's start loads no library that only printing, spreadsheets or PDFs need, and bundles drizzle", () => {
  // Everything the entry reaches through static imports, chunk by chunk.
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of mainImports(file).static) {
      if (spec.startsWith('./') || spec.startsWith('../')) visit(join(file, '..', spec).replace(/^\.\//, ''));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit('web.js');
  // The shell's own code is behind the compile cache's dynamic import: follow that one too.
  for (const spec of mainImports('web.js').dynamic) if (spec.startsWith('./')) visit(join('.', spec));
  expect(seen.size).toBeGreaterThan(2);
  expect([...packages].filter((p) => LOADED_WHEN_USED.some((heavy) => p === heavy || p.startsWith(`${heavy}/`)))).toEqual([]);
  // Loaded from node_modules, drizzle-orm costs a fresh process ~0.8 s in file reads: it is bundled.
  expect([...packages].filter((p) => p.startsWith('drizzle-orm'))).toEqual([]);
  expect(packages).toContain('better-sqlite3');
  // And the heavy ones are still there to load when used.
  const dynamic = new Set([...seen].flatMap((f) => mainImports(f).dynamic));
  for (const heavy of ['exceljs', 'pdf-lib', 'playwright-core']) expect(dynamic, heavy).toContain(heavy);
  // The static file server (send, with the MIME table it fills at import) is bundled in a chunk of its own,
  // loaded with the first file asked for: the first call is answered without it (issue 17).
  const isSendChunk = (f: string) => /(^|\/)send-[\w-]+\.js$/.test(f);
  expect([...seen].filter(isSendChunk)).toEqual([]);
  expect([...dynamic].some(isSendChunk)).toBe(true);
});
