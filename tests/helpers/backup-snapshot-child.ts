// Runs one snapshot in its own process (for the kill -9 test); reports progress as JSON lines on stdout.
import { createSnapshot } from '../../main/backup';

const args = JSON.parse(process.argv[2] as string) as { dbFile: string; storeDir: string; key: string; packLimit: number };
const info = await createSnapshot({
  dbFile: args.dbFile,
  storeDir: args.storeDir,
  backupKey: Buffer.from(args.key, 'hex'),
  keysHeader: null,
  reason: 'scheduled',
  appVersion: 't',
  deviceId: 'dev-0001',
  packLimit: args.packLimit,
  onProgress: (p) => process.stdout.write(`${JSON.stringify(p)}\n`),
});
process.stdout.write(`${JSON.stringify({ done: info.id })}\n`);
