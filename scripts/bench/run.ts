import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import type Database from 'better-sqlite3';
import { databaseFile } from '../../main/app/create-core';
import type { BenchArgs } from './args';
import { BUDGETS, FLOOR_RATIO } from './budgets';
import { openBenchCore, ROOT } from './bench-core';
import type { DataSource } from './data-source';
import { openFloorDb } from './floor-db';
import { skipped, type OpResult } from './results';
import { benchAudit } from './suites/audit';
import { benchAuditVerify } from './suites/audit-verify';
import { BADGE_PDF, benchBadgePdf } from './suites/badge-pdf';
import { benchRestore, benchSnapshot } from './suites/backup';
import { benchCheckIn } from './suites/check-in';
import { benchAfterVisit } from './suites/after-visit';
import { benchArchive } from './suites/archive';
import { benchChecklists } from './suites/checklists';
import { benchColdStart, benchCrashStart, benchShellStart, COLD_START, CRASH_START, SHELL_START } from './suites/cold-start';
import { benchDesk } from './suites/desk';
import { benchFirstScreen, benchFirstScreenFromStart, FIRST_SCREEN, FIRST_SCREEN_FROM_START } from './suites/first-screen';
import { benchPlans } from './suites/plans';
import { benchReports } from './suites/reports';
import { benchSearch } from './suites/search';

export interface BenchRun {
  meta: Record<string, unknown>;
  memory: Record<string, number> | null;
  results: OpResult[];
}

/** Plans opened, spread over the calendar. */
const PLANS_OPENED = 20;
/** Badge PDFs to time after the first (which starts Chromium). */
const BADGES = 15;
const MB = 1024 * 1024;

function counts(db: Database.Database): Record<string, number> {
  const tables = ['people', 'visits', 'clients', 'visit_plans', 'plan_guests', 'itinerary_items', 'plan_team', 'users', 'audit_log'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** What the machine was doing: a run beside other work is not the idle machine the budgets assume. */
const machine = () => ({ loadavg: loadavg().map((x) => Math.round(x * 100) / 100), freeMemMB: Math.round(freemem() / MB) });

/** Memory the app holds once everything has run (after a full collection where `--expose-gc` allows). */
function memoryHeld(): Record<string, number> {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rssMB: Math.round(m.rss / MB), heapUsedMB: Math.round(m.heapUsed / MB), heapTotalMB: Math.round(m.heapTotal / MB), externalMB: Math.round(m.external / MB) };
}

/**
 * Every suite in an order that keeps one from disturbing the next: cold starts
 * before the core is opened (the folder is locked while it is), reads before
 * writes, Chromium (badge PDFs) last and closed before memory is read, and
 * the first screen once the bench's core has let go of the folder.
 */
export async function runBench(source: DataSource, args: BenchArgs, print: (line: string) => void = console.log): Promise<BenchRun> {
  const results: OpResult[] = [];
  // Each suite starts on a collected heap, so one suite's garbage is not collected in the next one's timings.
  const log = (line: string) => {
    (globalThis as { gc?: () => void }).gc?.();
    print(line);
  };
  // --suites: the named ones only; the rest are left out of the run (not reported as skipped: they were not asked for).
  const want = (suite: string) => !args.suites || args.suites.includes(suite);
  const started = new Date();
  const before = machine();
  if (!want('cold-start')) {
    // not asked for
  } else if (args.coldRuns > 0) {
    log(`cold start × ${args.coldRuns} ...`);
    results.push(await benchColdStart(source.dataDir, args.coldRuns));
    log(`desk start (built web shell) × ${args.coldRuns} ...`);
    results.push(await benchShellStart(source.dataDir, args.coldRuns));
    log(`desk start after a crash (built web shell) × ${args.coldRuns} ...`);
    results.push(await benchCrashStart(source.dataDir, args.coldRuns));
  } else results.push(skipped('start', COLD_START, '--cold-runs 0'), skipped('start', SHELL_START, '--cold-runs 0'), skipped('start', CRASH_START, '--cold-runs 0'));

  const bench = await openBenchCore(source.manifest, source.dataDir);
  const db = openFloorDb(databaseFile(source.dataDir));
  let memory: Record<string, number> | null = null;
  const meta: Record<string, unknown> = {
    started: started.toISOString(),
    preset: source.preset,
    origin: source.origin,
    commit: gitCommit(),
    node: process.version,
    sqlite: db.prepare('SELECT sqlite_version()').pluck().get(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    totalMemMB: Math.round(totalmem() / MB),
    counts: counts(db),
    searchTables: db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\\_%' ESCAPE '\\'`).pluck().all(),
    args,
    budgets: { ...BUDGETS, floorRatio: FLOOR_RATIO, at: '2M visits, 400k visitors, 2 cores' },
    machineBefore: before,
  };
  try {
    if (want('desk')) {
      log('front desk ...');
      results.push(...(await benchDesk(bench, db, args.rounds * 10)));
    }
    if (want('search')) {
      log('search, every keystroke ...');
      results.push(...(await benchSearch(bench, db, source.manifest, { words: args.words, rounds: args.rounds })));
    }
    if (want('plans')) {
      log('plans ...');
      results.push(...(await benchPlans(bench, db, { plans: PLANS_OPENED, rounds: args.rounds })));
    }
    if (want('checklists')) {
      log('checklists ...');
      results.push(...(await benchChecklists(bench, db, args.rounds * 10)));
    }
    if (want('after-visit')) {
      log('after the visit ...');
      results.push(...(await benchAfterVisit(bench, db, args.rounds * 10)));
    }
    if (want('archive')) {
      log('archive ...');
      results.push(...(await benchArchive(bench, db, args.rounds * 10, { storageCheck: !args.quick })));
    }
    if (want('reports')) {
      log('reports ...');
      results.push(...(await benchReports(bench, db, args.rounds * 2)));
    }
    if (want('audit')) {
      log('audit log ...');
      results.push(...(await benchAudit(bench, db, args.rounds * 10)));
      log('audit verify, full and incremental ...');
      results.push(...(await benchAuditVerify(bench, db)));
    }
    if (want('backup')) {
      log('backup: first snapshot ...');
      results.push(await benchSnapshot(bench, databaseFile(source.dataDir), 'backup.run · first snapshot'));
    }
    let visitIds: string[] = [];
    if (want('check-in') || want('badge-pdf')) {
      log('check-in and scan ...');
      const checkIns = await benchCheckIn(bench, db, args.checkIns);
      if (want('check-in')) results.push(...checkIns.results);
      visitIds = checkIns.visitIds;
    }
    if (!want('badge-pdf')) {
      // not asked for
    } else if (args.quick) results.push(skipped('print', BADGE_PDF, '--quick (starts Chromium)'));
    else {
      log('badge PDFs ...');
      results.push(await benchBadgePdf(bench, visitIds.slice(0, BADGES + 1)));
    }
    if (want('backup')) {
      log('backup: next snapshot, restore ...');
      results.push(await benchSnapshot(bench, databaseFile(source.dataDir), 'backup.run · next snapshot'));
      results.push(await benchRestore(bench, databaseFile(source.dataDir)));
    }
    memory = memoryHeld();
  } finally {
    db.close();
    await bench.close();
  }
  if (!want('first-screen')) {
    // not asked for
  } else if (args.quick || args.coldRuns === 0) results.push(...[FIRST_SCREEN, FIRST_SCREEN_FROM_START].map((name) => skipped('start', name, args.quick ? '--quick (starts Chromium)' : '--cold-runs 0')));
  else {
    log('first screen ...');
    results.push(await benchFirstScreen(source.dataDir, source.manifest.recoveryPassphrase, args.coldRuns));
    log('desk start → first screen ...');
    results.push(await benchFirstScreenFromStart(source.dataDir, args.coldRuns));
  }
  meta.finished = new Date().toISOString();
  meta.machineAfter = machine();
  return { meta, memory, results };
}
