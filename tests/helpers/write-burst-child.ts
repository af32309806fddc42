// A desk checking visitors in as fast as it can while snapshots run, until it is killed (kill -9).
// It prints `ack <visitId>` only after the call returned (the write committed), and `snapshot`
// each time a snapshot starts, so the parent knows what must survive and when to strike.
//   npx tsx tests/helpers/write-burst-child.ts <dataDir> <passphrase> <run> (each run its own people)
import { makeTestCore, WALK_IN } from './test-core';

const [dataDir, passphrase, run] = process.argv.slice(2) as [string, string, string];
const core = await makeTestCore({ dataDir, setUp: false });
if ((await core.call<{ phase: string }>('session.status', {})).phase === 'sealed') await core.call('session.unseal', { passphrase });
await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
for (let i = 0; ; i++) {
  if (i % 25 === 0) {
    const started = await core.dispatch('backup.run', {});
    if (started.ok) process.stdout.write('snapshot\n');
  }
  const visit = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, name: `连续${run}号${i}`, phone: `136${run.padStart(4, '0')}${String(i % 10000).padStart(4, '0')}`, idType: 'passport', idNumber: `E${run}${String(i).padStart(7, '0')}` });
  process.stdout.write(`ack ${visit.id}\n`);
  if (process.env.KB_DEBUG && i % 500 === 0) process.stderr.write(`${i} ${JSON.stringify((await core.call<{ running: unknown }>("backup.status", {})).running)}\n`);
}
