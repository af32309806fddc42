// One-off experiment: how many fixed-size chunks change over a day of desk writes.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync, statSync, readFileSync } from 'node:fs';
import { openBenchCore } from './bench/bench-core';

const dir = process.argv[2]!;
const manifest = JSON.parse(readFileSync(`${dir}/generated.json`, 'utf8'));
async function snap(to: string) {
  const db = new Database(`${dir}/reception.sqlite3`, { readonly: true });
  const t = Date.now();
  await db.backup(to, { progress: () => 1e9 });
  db.close();
  console.log('backup', to, Date.now() - t, 'ms', statSync(to).size);
}
function hashes(file: string, size: number): string[] {
  const fd = openSync(file, 'r'); const buf = Buffer.alloc(size); const out: string[] = [];
  for (let pos = 0; ; pos += size) { const n = readSync(fd, buf, 0, size, pos); if (n <= 0) break; out.push(createHash('sha256').update(buf.subarray(0, n)).digest('hex')); }
  closeSync(fd); return out;
}
await snap('/tmp/exp/a.db');
const bench = await openBenchCore(manifest, dir);
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉';
const t = Date.now();
for (let i = 0; i < 700; i++) {
  const r = await bench.call<{ visit: { badgeNo: string } }>('visits.checkIn', { name: `测${GIVEN[i % 31]}${GIVEN[(i * 7) % 31]}`, company: `公司${i % 17}`, phone: `139${String(10000000 + i)}`, idType: 'passport', idNumber: `E${String(i).padStart(7, '0')}`, host: '李娜', privacyAck: true });
  const badge = (r as any).visit?.badgeNo ?? (r as any).badgeNo;
  if (i % 2 === 0 && badge) await bench.call('visits.checkOutByBadge', { badgeNo: badge });
}
console.log('writes', Date.now() - t);
await bench.close();
await snap('/tmp/exp/b.db');
for (const size of [4096, 16384, 65536, 262144, 1048576]) {
  const a = new Set(hashes('/tmp/exp/a.db', size)); const b = hashes('/tmp/exp/b.db', size);
  const changed = b.filter((h) => !a.has(h)).length;
  console.log(`chunk ${size}: ${b.length} chunks, ${changed} new = ${(changed * size / 1048576).toFixed(1)} MB`);
}
