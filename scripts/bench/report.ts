import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './bench-core';
import type { OpResult } from './results';
import type { BenchRun } from './run';

const ms = (x: number | undefined | null) => (x === undefined || x === null ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

function verdict(r: OpResult): string {
  if (r.skipped) return `skipped: ${r.skipped}`;
  const known = r.checks.filter((c) => c.pass !== null);
  if (known.length === 0) return '';
  const failed = known.filter((c) => !c.pass);
  return failed.length === 0 ? 'PASS' : `FAIL ${failed.map((c) => c.what).join('; ')}`;
}

/** One line per operation: app and web beside the floor, the ratio, and the budgets' verdict. */
export function printTable(run: BenchRun, log: (line: string) => void = console.log): void {
  const head = ['operation'.padEnd(52), 'n'.padStart(5), 'app p50', 'app p95', 'web p50', 'web p95', 'flr p50', 'flr p95', '×flr p50/p95', ' verdict'];
  log(`\n${head.join(' ')}`);
  let group = '';
  for (const r of run.results) {
    if (r.group !== group) log(`── ${(group = r.group)}`);
    const cells = [r.app?.p50, r.app?.p95, r.web?.p50, r.web?.p95, r.floor?.p50, r.floor?.p95].map((x) => ms(x).padStart(7));
    const ratio = (r.ratio ? `${r.ratio.p50.toFixed(1)}/${r.ratio.p95.toFixed(1)}×` : r.floorNote?.startsWith('floor n/a') ? 'n/a' : '—').padStart(11);
    log([r.name.slice(0, 52).padEnd(52), String(r.app?.n ?? '').padStart(5), ...cells, ratio, ` ${verdict(r)}`].join(' '));
  }
  const notes = [...new Set(run.results.map((r) => r.floorNote).filter((n): n is string => !!n))];
  if (notes.length) log(`\nFloors: ${notes.map((n) => `\n  - ${n}`).join('')}`);
  const backups = run.results.filter((r) => r.group === 'backup' && r.detail);
  if (backups.length) log(`\nBackups: ${backups.map((r) => `${r.name}: ${Object.entries(r.detail!).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`).join('\n  ')}`);
  if (run.memory) log(`\nMemory held after the run: rss ${run.memory.rssMB} MB, heap ${run.memory.heapUsedMB}/${run.memory.heapTotalMB} MB, external ${run.memory.externalMB} MB`);
  const counts = run.meta.counts as Record<string, number>;
  log(`Data: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}. Load average before/after: ${JSON.stringify((run.meta.machineBefore as { loadavg: number[] }).loadavg)} / ${JSON.stringify((run.meta.machineAfter as { loadavg: number[] }).loadavg)}`);
  const load = (run.meta.machineBefore as { loadavg: number[] }).loadavg[0]!;
  if (load > cpus().length) log(`WARNING: load average ${load} on ${cpus().length} cores when the run began: other work shared the CPU, the figures (p95 most) are noisy.`);
  log('Times in ms; ×flr = app / floor at p50 and at p95. The budgets (issue 11) are set for 2M visits and 400k visitors on a 2-core machine.');
}

/**
 * Writes the run to bench-results/<date>-<preset>.json, or -2, -3 … when a run
 * of the same day and preset is already there (opened exclusively, so two runs
 * side by side never write one file).
 */
export function writeResults(run: BenchRun, out?: string, dir = join(ROOT, 'bench-results')): string {
  const body = `${JSON.stringify(run, null, 2)}\n`;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    const fd = openSync(out, 'w');
    writeSync(fd, body);
    closeSync(fd);
    return out;
  }
  mkdirSync(dir, { recursive: true });
  const base = `${String(run.meta.started).slice(0, 10)}-${String(run.meta.preset)}`;
  for (let i = 1; ; i++) {
    const file = join(dir, `${base}${i === 1 ? '' : `-${i}`}.json`);
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    writeSync(fd, body);
    closeSync(fd);
    return file;
  }
}
