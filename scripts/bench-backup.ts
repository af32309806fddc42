// Backup engine figures on a generated data set (a COPY: the app writes check-ins into it).
//   npx tsx scripts/bench-backup.ts /tmp/bk-100k [/tmp/bk-full …]
// Per data set: first and next snapshot (time, stored size), restore and verify time, the main
// thread's longest event-loop stall while a snapshot runs in the worker with the desk checking
// visitors in, and integrity_check against quick_check on the restored file.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { createSnapshot, restoreSnapshot, storeUsage, verifySnapshot, type SnapshotInfo } from '../main/backup';
import { openBenchCore, type BenchCore } from './bench/bench-core';
import type { GeneratedManifest } from './bench/manifest';

const MB = 1024 * 1024;
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉';
let visitor = 0;

async function checkIn(bench: BenchCore): Promise<number> {
  const i = visitor++;
  const t = performance.now();
  const r = await bench.call<{ visit?: { badgeNo: string } }>('visits.checkIn', { name: `备${GIVEN[i % 31]}${GIVEN[(i * 7) % 31]}`, company: `公司${i % 17}`, phone: `138${String(10000000 + i)}`, idType: 'passport', idNumber: `B${String(i).padStart(7, '0')}`, host: '李娜', privacyAck: true });
  if (i % 2 === 0 && r.visit?.badgeNo) await bench.call('visits.checkOutByBadge', { badgeNo: r.visit.badgeNo });
  return performance.now() - t;
}

/** A snapshot while the desk keeps checking visitors in (one every 250 ms): its time, the longest stall of this thread, the slowest check-in. */
async function measuredSnapshot(bench: BenchCore | null, o: Parameters<typeof createSnapshot>[0]) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let slowest = 0;
  let desk = 0;
  let running = true;
  let phase = 'start';
  /** The slowest check-in per phase of the snapshot: which step competes with the desk's commits. */
  const byPhase: Record<string, number> = {};
  const deskLoop = (async () => {
    while (running && bench) {
      const ms = await checkIn(bench);
      slowest = Math.max(slowest, ms);
      byPhase[phase] = Math.max(byPhase[phase] ?? 0, Math.round(ms));
      desk++;
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  loop.enable();
  const t = performance.now();
  const info = await createSnapshot({ ...o, onProgress: (p) => (phase = p.phase) });
  const seconds = (performance.now() - t) / 1000;
  loop.disable();
  running = false;
  await deskLoop;
  return { info, seconds, stallMs: loop.max / 1e6, slowestCheckInMs: slowest, checkIns: desk, byPhase };
}

function timedCheck(file: string, kind: 'quick_check' | 'integrity_check'): number {
  const db = new Database(file, { readonly: true });
  const t = performance.now();
  const r = db.pragma(kind, { simple: true });
  db.close();
  if (r !== 'ok') throw new Error(`${kind}: ${String(r)}`);
  return (performance.now() - t) / 1000;
}

async function bench(dataDir: string) {
  const dbFile = join(dataDir, 'reception.sqlite3');
  const storeDir = `${dataDir}-store`;
  const outFile = `${dataDir}-restored.sqlite3`;
  rmSync(storeDir, { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(dataDir, 'generated.json'), 'utf8')) as GeneratedManifest;
  const deviceId = readFileSync(join(dataDir, 'device-id'), 'utf8').trim();
  const backupKey = randomBytes(32);
  const base = { dbFile, storeDir, backupKey, keysHeader: { bench: true }, appVersion: 'bench', deviceId };
  console.log(`${dataDir}: ${(statSync(dbFile).size / MB).toFixed(0)} MB; opening the app…`);
  const core = await openBenchCore(manifest, dataDir);
  try {
    const first = await measuredSnapshot(core, { ...base, reason: 'manual' });
    const afterFirst = await storeUsage(storeDir);
    console.log(`first snapshot ${first.seconds.toFixed(1)} s, stored ${(afterFirst.totalBytes / MB).toFixed(0)} MB`);
    const t = performance.now();
    for (let i = 0; i < 700; i++) await checkIn(core);
    console.log(`700 check-ins (350 checked out) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const next = await measuredSnapshot(core, { ...base, reason: 'scheduled' });
    const afterNext = await storeUsage(storeDir);
    console.log(`next snapshot ${next.seconds.toFixed(1)} s; slowest check-in per phase (first, next):`, first.byPhase, next.byPhase);
    await core.close();
    // The engine alone, no desk writes on this thread: its own cost on the main thread.
    const idle = await measuredSnapshot(null, { ...base, reason: 'manual' });
    console.log(`snapshot with the desk idle: ${idle.seconds.toFixed(1)} s, main-thread stall ${idle.stallMs.toFixed(1)} ms`);
    let rs = performance.now();
    await restoreSnapshot({ storeDir, id: next.info.id, backupKey, outFile });
    const restoreS = (performance.now() - rs) / 1000;
    rs = performance.now();
    const verified = await verifySnapshot(storeDir, next.info.id, backupKey);
    const verifyS = (performance.now() - rs) / 1000;
    if (!verified.ok) throw new Error(`verify: ${verified.message}`);
    const quickS = timedCheck(outFile, 'quick_check');
    const fullS = timedCheck(outFile, 'integrity_check');
    rmSync(outFile, { force: true });
    return { dataDir, dbMB: statSync(dbFile).size / MB, first, next, idle, storedFirstMB: afterFirst.totalBytes / MB, storedNextMB: (afterNext.totalBytes - afterFirst.totalBytes) / MB, restoreS, verifyS, quickS, fullS };
  } finally {
    if (existsSync(outFile)) rmSync(outFile, { force: true });
  }
}

const row = (r: Awaited<ReturnType<typeof bench>>) => {
  const n = (x: SnapshotInfo) => `${x.newChunks}/${x.chunkCount} chunks`;
  return [
    `| ${r.dataDir} (${r.dbMB.toFixed(0)} MB, check: ${r.first.info.integrity}) |`,
    `| first snapshot | ${r.first.seconds.toFixed(1)} s | ${r.storedFirstMB.toFixed(0)} MB stored (${n(r.first.info)}) | stall ${r.first.stallMs.toFixed(0)} ms, slowest check-in ${r.first.slowestCheckInMs.toFixed(0)} ms over ${r.first.checkIns} |`,
    `| next snapshot (after 700 check-ins) | ${r.next.seconds.toFixed(1)} s | ${r.storedNextMB.toFixed(1)} MB stored (${n(r.next.info)}) | stall ${r.next.stallMs.toFixed(0)} ms, slowest check-in ${r.next.slowestCheckInMs.toFixed(0)} ms over ${r.next.checkIns} |`,
    `| snapshot, desk idle | ${r.idle.seconds.toFixed(1)} s | ${r.idle.info.newChunks} new chunks | stall ${r.idle.stallMs.toFixed(1)} ms (the engine's own main-thread cost) |`,
    `| restore | ${r.restoreS.toFixed(1)} s | verify ${r.verifyS.toFixed(1)} s | quick_check ${r.quickS.toFixed(1)} s, integrity_check ${r.fullS.toFixed(1)} s (restored file) |`,
  ].join('\n');
};

const results = [];
for (const dir of process.argv.slice(2)) results.push(await bench(dir));
console.log('\n| data set | time | size | main thread |\n|---|---|---|---|');
for (const r of results) console.log(row(r));
