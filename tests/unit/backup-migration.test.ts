import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SnapshotView } from '../../contract/backup';
import { createCore, type Core } from '../../main/app/create-core';
import { saveIntoFolder } from '../../main/files/file-delivery';
import { jsonFileBackend } from '../../main/pc-settings/json-file-backend';
import { openPcSettings } from '../../main/pc-settings/pc-settings-store';
import { DataKeyStore } from '../../main/security/data-key-store';
import { migrationsBefore } from '../helpers/migrations-before';
import { ADMIN, RecordingPrintEngine, REPO_ROOT } from '../helpers/test-core';
import journal from '../../db/migrations/meta/_journal.json';

/**
 * Before a migration the app takes a real snapshot (encrypted, self-contained,
 * listed and restorable like any other) where the data key is open at start;
 * where it is still sealed, the plain verified copy it always took.
 */
const root = mkdtempSync(join(tmpdir(), 'rd-migration-snapshot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const lastTag = journal.entries.at(-1)!.tag;
/** An app folder as the previous release shipped it: the same code, one migration fewer. */
const olderApp = join(root, 'older-app');
mkdirSync(join(olderApp, 'db'), { recursive: true });
const olderMigrations = migrationsBefore(root, lastTag);
rmSync(join(olderApp, 'db', 'migrations'), { recursive: true, force: true });

function open(dataDir: string, appRoot: string, passphrase?: string): Promise<Core> {
  return createCore({
    dataDir,
    appRoot,
    appVersion: appRoot === REPO_ROOT ? 'new' : 'old',
    shell: 'web',
    keys: new DataKeyStore(join(dataDir, 'data-key.json'), null),
    printEngine: new RecordingPrintEngine(),
    pcSettings: openPcSettings(jsonFileBackend(dataDir)),
    handOver: saveIntoFolder(join(dataDir, 'downloads')),
    automaticBackups: false,
    ...(passphrase && { autoUnsealPassphrase: passphrase }),
  });
}

async function deskOnOlderApp(): Promise<{ dataDir: string; recovery: string }> {
  const dataDir = mkdtempSync(join(root, 'desk-'));
  const { cpSync } = await import('node:fs');
  cpSync(olderMigrations, join(olderApp, 'db', 'migrations'), { recursive: true });
  const core = await open(dataDir, olderApp);
  const call = async <T>(name: string, input: unknown) => {
    const r = await core.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const recovery = (await call<{ passphrase: string }>('setup.recoveryPassphrase', {})).passphrase;
  await call('setup.complete', { siteName: '旧版园区', locale: 'zh-CN', adminLogin: ADMIN.login, adminName: ADMIN.name, adminPassword: ADMIN.password, recoveryPassphrase: recovery });
  await core.close();
  return { dataDir, recovery };
}

describe('a snapshot before every migration', () => {
  it('is an encrypted snapshot of the older schema where the key opens at start', async () => {
    const { dataDir, recovery } = await deskOnOlderApp();
    const core = await open(dataDir, REPO_ROOT, recovery);
    try {
      expect(core.preMigrationBackup).toMatch(/^\d{8}T\d+Z-[0-9a-f]+$/);
      await core.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password });
      const list = await core.dispatch('backup.list', {});
      const snapshots = (list as { ok: true; value: { snapshots: SnapshotView[] } }).value.snapshots;
      expect(snapshots).toHaveLength(1);
      expect(snapshots[0]).toMatchObject({ id: core.preMigrationBackup, reason: 'migration', appVersion: 'new', schemaVersion: journal.entries.length - 1 });
    } finally {
      await core.close();
    }
  });

  it('is the plain verified copy where the key is still sealed at start', async () => {
    const { dataDir } = await deskOnOlderApp();
    const core = await open(dataDir, REPO_ROOT);
    try {
      expect(core.preMigrationBackup).toMatch(/backups\/pre-migration-v\d+-.*\.sqlite3$/);
    } finally {
      await core.close();
    }
  });
});
