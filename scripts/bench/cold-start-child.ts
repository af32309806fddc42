/**
 * One cold start, in its own process (spawned by suites/cold-start.ts):
 * `app` opens the core on the data folder as the web shell does and answers
 * its first call; `floor` opens the database file (third argument) with better-sqlite3 and answers
 * one query. Prints one JSON line of milliseconds since the process started.
 */
const [mode, dataDir, databaseFile] = process.argv.slice(2);
const started = performance.now();

async function app(): Promise<Record<string, number>> {
  const { join } = await import('node:path');
  const { createCore } = await import('../../main/app/create-core');
  const { DataKeyStore } = await import('../../main/security/data-key-store');
  const { jsonFileBackend } = await import('../../main/pc-settings/json-file-backend');
  const { openPcSettings } = await import('../../main/pc-settings/pc-settings-store');
  const { saveIntoFolder } = await import('../../main/files/file-delivery');
  const imported = performance.now();
  const noPrinter = { listPrinters: async () => [], renderPdf: async () => Buffer.alloc(0), print: async () => undefined, close: async () => undefined };
  const core = await createCore({
    // A script's core: no daily timer, no snapshot at close (the bench times backups on its own).
    automaticBackups: false,
    dataDir: dataDir!,
    appRoot: join(import.meta.dirname, '..', '..'),
    appVersion: 'bench',
    shell: 'web',
    // Sealed start, as with an OS keychain the key opens in a call; unsealing with the passphrase (scrypt) is measured apart.
    keys: new DataKeyStore(join(dataDir!, 'data-key.json'), null),
    printEngine: noPrinter,
    pcSettings: openPcSettings(jsonFileBackend(dataDir!)),
    handOver: saveIntoFolder(join(dataDir!, 'bench-downloads')),
  });
  const r = await core.dispatch('session.status', {});
  const answered = performance.now();
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  await core.close();
  return { importMs: imported - started, openToAnswerMs: answered - imported, processToAnswerMs: answered };
}

async function floor(): Promise<Record<string, number>> {
  const { default: Database } = await import('better-sqlite3');
  const imported = performance.now();
  const db = new Database(databaseFile!);
  db.pragma('journal_mode = WAL');
  db.prepare('SELECT count(*) FROM users WHERE active = 1').get();
  const answered = performance.now();
  db.close();
  return { importMs: imported - started, openToAnswerMs: answered - imported, processToAnswerMs: answered };
}

const result = await (mode === 'floor' ? floor() : app());
console.log(JSON.stringify(result));
