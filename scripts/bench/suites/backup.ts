import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BackupStatus } from '../../../contract/backup';
import { restoreSnapshot } from '../../../main/backup';
import type { BenchCore } from '../bench-core';
import { opResult, type OpResult } from '../results';

const MB = 1024 * 1024;
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉';
let walkIns = 0;

/** A walk-in's check-in while the snapshot runs: the desk must not wait for the backup. */
async function checkIn(bench: BenchCore): Promise<number> {
  const i = walkIns++;
  const run = String(Date.now() % 1000).padStart(3, '0');
  const t = performance.now();
  await bench.call('visits.checkIn', { name: `备${GIVEN[i % 31]}${GIVEN[(i * 7 + 3) % 31]}`, company: '基准公司', phone: `137${run}${String(i).padStart(5, '0')}`.slice(0, 11), idType: 'passport', idNumber: `K${run}${String(i).padStart(6, '0')}`, host: '李娜', privacyAck: true });
  return performance.now() - t;
}

/**
 * One snapshot through the app (backup.run, then its progress until it ends),
 * with the desk checking a visitor in every 200 ms meanwhile: the snapshot's
 * time and what it stored, the main thread's longest stall (event-loop delay)
 * and the slowest of those check-ins.
 */
export async function benchSnapshot(bench: BenchCore, name: string): Promise<OpResult> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  await bench.call('backup.run', {});
  const checkIns: number[] = [];
  let status = await bench.call<BackupStatus>('backup.status', {});
  while (status.running) {
    checkIns.push(await checkIn(bench));
    await new Promise((r) => setTimeout(r, 200));
    status = await bench.call<BackupStatus>('backup.status', {});
  }
  const ms = performance.now() - started;
  loop.disable();
  if (!status.lastAttempt?.ok || !status.last) throw new Error(`backup failed: ${JSON.stringify(status.lastAttempt)}`);
  return opResult({
    group: 'backup',
    name,
    budget: 'none',
    app: [ms],
    detail: {
      dbMB: Math.round(status.last.dbBytes / MB),
      storedMB: Math.round((status.last.newBytes / MB) * 10) / 10,
      storeMB: Math.round(status.space.storeBytes / MB),
      snapshotMs: status.last.durationMs,
      mainThreadStallMaxMs: Math.round((loop.max / 1e6) * 10) / 10,
      checkInsMeanwhile: checkIns.length,
      slowestCheckInMs: checkIns.length ? Math.round(Math.max(...checkIns) * 10) / 10 : null,
    },
  });
}

/** The newest snapshot written back to a file, checked whole (chunks, checksum, integrity), as a restore does before the swap. */
export async function benchRestore(bench: BenchCore): Promise<OpResult> {
  const status = await bench.call<BackupStatus>('backup.status', {});
  const out = mkdtempSync(join(tmpdir(), 'bench-restore-'));
  try {
    const t = performance.now();
    await restoreSnapshot({ storeDir: status.storeFolder, id: status.last!.id, backupKey: bench.core.runtime.backupKey(), outFile: join(out, 'restored.sqlite3') });
    return opResult({ group: 'backup', name: 'restore to a file', budget: 'none', app: [performance.now() - t], detail: { dbMB: Math.round(status.last!.dbBytes / MB) } });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
