// The storage health check's speed and the desk's responsiveness while it runs:
// `npx tsx scripts/bench/documents-health.ts [files] [kib]` seals that many random files
// into a temp store, checks them all in the documents worker, and reports files/s, MB/s and
// the worst delay the main thread's event loop saw meanwhile (what a click would wait).
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SealingWriter } from '../../main/documents/file-cipher';
import { storedPath } from '../../main/documents/layout';
import { DocumentsWorker } from '../../main/documents/worker-client';

const files = Number(process.argv[2] ?? 2000);
const kib = Number(process.argv[3] ?? 256);
const dir = mkdtempSync(join(tmpdir(), 'documents-bench-'));
const key = randomBytes(32);
const list: { path: string; contentHash: string }[] = [];
for (let i = 0; i < files; i++) {
  const plain = randomBytes(kib * 1024);
  const name = createHash('sha256').update(`${i}`).digest('hex');
  const path = storedPath(dir, name);
  mkdirSync(join(dir, name.slice(0, 2)), { recursive: true });
  const fd = openSync(path, 'w');
  const writer = new SealingWriter(fd, key);
  writer.write(plain);
  writer.finish();
  closeSync(fd);
  list.push({ path, contentHash: createHash('sha256').update(plain).digest('hex') });
}
const worker = new DocumentsWorker();
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
const started = performance.now();
const results = await worker.run({ op: 'verify', key, files: list });
const seconds = (performance.now() - started) / 1000;
lag.disable();
await worker.close();
rmSync(dir, { recursive: true, force: true });
const bad = results.filter((r) => r.state !== 'ok').length;
console.log(
  `${files} files of ${kib} KiB: ${seconds.toFixed(2)} s, ${(files / seconds).toFixed(0)} files/s, ${((files * kib) / 1024 / seconds).toFixed(0)} MB/s; ` +
    `main thread's worst event-loop delay ${(lag.max / 1e6).toFixed(1)} ms (p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms); not ok: ${bad}`,
);
