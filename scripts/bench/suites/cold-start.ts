import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { databaseFile } from '../../../main/app/create-core';
import { opResult, type OpResult } from '../results';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, '..', 'cold-start-child.ts');

async function once(mode: 'app' | 'floor', dataDir: string): Promise<{ importMs: number; openToAnswerMs: number; processToAnswerMs: number }> {
  // The same Node that runs the bench (Node 22 from the devDependency), with tsx as the loader.
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir, databaseFile(dataDir)], { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { importMs: number; openToAnswerMs: number; processToAnswerMs: number };
}

export const COLD_START = 'core cold start → first answer (child process)';

/**
 * A cold start of the core in a child process: open the data folder (lock,
 * key file, quick integrity check, migrations, start-up data work) and answer
 * the first call. Timed from the first line of the child's code after its
 * imports; the whole process start to answer (Node boot, tsx, imports) is in
 * the detail. "Cold" is the process: the OS file cache stays warm (dropping it
 * needs root). The first run is untimed: it does any start-up work a freshly
 * generated folder still owes, once.
 */
export async function benchColdStart(dataDir: string, runs: number): Promise<OpResult> {
  await once('app', dataDir);
  const app: Awaited<ReturnType<typeof once>>[] = [];
  const floor: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await once('app', dataDir));
    floor.push(await once('floor', dataDir));
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]! );
  return opResult({
    group: 'start',
    name: COLD_START,
    budget: 'coldStart',
    app: app.map((r) => r.openToAnswerMs),
    floor: floor.map((r) => r.openToAnswerMs),
    floorNote: 'floor: open the same file with better-sqlite3 (WAL) and answer one query',
    detail: {
      runs,
      processStartToAnswerMsMedian: median(app.map((r) => r.processToAnswerMs)),
      importsMsMedian: median(app.map((r) => r.importMs)),
      floorProcessStartToAnswerMsMedian: median(floor.map((r) => r.processToAnswerMs)),
    },
  });
}
