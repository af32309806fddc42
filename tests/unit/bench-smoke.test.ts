import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFile } from '../../main/app/create-core';
import { parseBenchArgs, type BenchArgs } from '../../scripts/bench/args';
import { prepareData, type DataSource } from '../../scripts/bench/data-source';
import { opResult } from '../../scripts/bench/results';
import { printTable, writeResults } from '../../scripts/bench/report';
import { runBench, type BenchRun } from '../../scripts/bench/run';
import { keystrokes, mixedOf } from '../../scripts/bench/search-inputs';
import { summarize } from '../../scripts/bench/stats';

/**
 * Keeps `npm run bench` from rotting: the --quick run in process on the
 * stand-in data (cold starts and Chromium left out for time), then what it
 * reports. The figures themselves are not judged here: a benchmark is a
 * script, not a timed test.
 */
describe('the benchmark harness', () => {
  let source: DataSource;
  let run: BenchRun;
  const out = mkdtempSync(join(tmpdir(), 'bench-smoke-out-'));

  beforeAll(async () => {
    const args = { ...(parseBenchArgs(['--quick', '--words', '1', '--rounds', '1', '--check-ins', '3', '--cold-runs', '0']) as BenchArgs) };
    source = await prepareData(args);
    run = await runBench(source, args, () => {});
  }, 60_000);
  afterAll(() => {
    source?.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it('measures every operation the issue names, through the app and beside a floor', () => {
    const names = run.results.map((r) => r.name);
    for (const channel of ['visitors.search', 'people.list', 'clients.list', 'plans.list']) expect(names.some((n) => n.startsWith(`${channel} · `))).toBe(true);
    for (const cls of ['name', 'pinyin', 'initials', 'mixed', 'phone', 'company']) expect(names).toContain(`visitors.search · ${cls}`);
    for (const op of ['open the front desk', 'visits.checkIn', 'visits.checkOutByBadge', 'plans.get', 'plan calendar', 'checklists.due', 'checklists.items', 'quality.compliance', 'quality.completeness', 'audit.list', 'audit verify · full', 'audit verify · incremental', 'print.badges', 'backup', 'core open', 'desk start', 'desk start after a crash', 'first screen']) {
      expect(names.some((n) => n.startsWith(op)), op).toBe(true);
    }
    for (const r of run.results) {
      if (r.skipped) continue;
      expect(r.app?.n, r.name).toBeGreaterThan(0);
      if (r.group === 'search') expect(r.web?.n, r.name).toBe(r.app?.n);
      // Where the search index's tables are missing the floor says so; everywhere else there is one.
      if (!r.floorNote?.startsWith('floor n/a')) expect(r.floor?.n, r.name).toBeGreaterThan(0);
    }
    expect(run.memory?.rssMB).toBeGreaterThan(0);
    expect((run.meta.counts as Record<string, number>).visits).toBeGreaterThanOrEqual(60);
  });

  it('runs only the suites asked for, and the archive suite measures nothing on a set without documents', async () => {
    expect(() => parseBenchArgs(['--suites', 'archive,nope'])).toThrow(/no suite nope/);
    const args = { ...(parseBenchArgs(['--quick', '--rounds', '1', '--cold-runs', '0', '--suites', 'archive,audit']) as BenchArgs) };
    const only = await runBench(source, args, () => {});
    expect(only.results.map((r) => r.name)).toEqual([
      'audit.list, the log opened (first page and its count)',
      'audit.list, paging on (pages 2–6)',
      'audit.list, filtered by a busy action (first page and its count)',
      'audit.list, filtered by a rare action (first page and its count)',
      'audit.list, filtered by a busy actor (first page)',
      'audit.list, filtered by a rare actor (first page)',
      'audit verify · full (a job in slices)',
      'audit verify · incremental (after 5 check-ins)',
    ]);
  });

  it('typed every keystroke of a search and found what it typed', () => {
    const name = run.results.find((r) => r.name === 'visitors.search · name')!;
    expect(name.detail?.emptyAnswers).toBe(0);
    expect(name.detail?.keystrokes).toBeGreaterThan(1);
    // Where the file has the search index, its floor must find what the app finds (a wrong token would be fast for nothing).
    for (const r of run.results.filter((x) => x.group === 'search' && x.floor)) {
      expect(r.detail?.floorEmptyAnswers, r.name).toBeLessThanOrEqual(r.detail?.emptyAnswers as number);
    }
  });

  it('leaves no scratch tables of its floors in the file it measured', () => {
    const db = new Database(databaseFile(source.dataDir), { readonly: true });
    try {
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'bench%'`).pluck().all()).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('prints a table and writes the JSON, never over an earlier run of the same day', () => {
    const lines: string[] = [];
    printTable(run, (l) => lines.push(l));
    expect(lines.join('\n')).toMatch(/visits\.checkIn \(new walk-in, durable\)/);
    const first = writeResults(run, undefined, out);
    const second = writeResults(run, undefined, out);
    expect(first).toBe(join(out, `${String(run.meta.started).slice(0, 10)}-quick.json`));
    expect(second).toBe(first.replace(/\.json$/, '-2.json'));
    expect(JSON.parse(readFileSync(second, 'utf8')).results).toHaveLength(run.results.length);
  });
});

describe('the bench figures', () => {
  it('reports nearest-rank percentiles: a p95 is a time that happened', () => {
    const s = summarize(Array.from({ length: 20 }, (_, i) => i + 1))!;
    expect([s.p50, s.p95, s.max]).toEqual([10, 19, 20]);
    expect(summarize([])).toBeNull();
  });

  it('checks budgets and the ratio to the floor', () => {
    const r = opResult({ group: 'search', name: 'x', budget: 'search', app: [1, 2, 3], web: [20], floor: [1, 1, 1] });
    expect(r.checks.map((c) => [c.what, c.pass])).toEqual([
      ['app.p95 < 5 ms', true],
      ['web.p95 < 16 ms', false],
      ['app p95 ≤ 2× floor p95', false],
    ]);
  });

  it('types a word key by key', () => {
    expect(keystrokes('name', '欧阳娜娜').map((k) => k.text)).toEqual(['欧', '欧阳', '欧阳娜', '欧阳娜娜']);
    expect(mixedOf('吕伟')).toBe('吕wei');
  });
});
