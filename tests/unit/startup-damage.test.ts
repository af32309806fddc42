import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../contract/session';
import { cleanCloseMarker } from '../../db/open';
import { closedCleanly, damageRecord } from '../../db/file-state';
import { createRestartableCore } from '../../main/app/restartable-core';
import { StartupError, startupFailureText, type StartupErrorCode } from '../../main/core/startup-errors';
import { ADMIN, makeTestCore, testCoreOptions, type TestCore } from '../helpers/test-core';

/** Found by truncating, corrupting and filling the data folder: each case refuses to start with its own plain message. */

const dirs: string[] = [];
let running: TestCore | null = null;
afterEach(async () => {
  await running?.cleanup();
  running = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A desk set up (with one visit's worth of data) and closed: the data folder as a real PC leaves it. */
async function usedFolder(): Promise<{ dataDir: string; recovery: string }> {
  const core = await makeTestCore({ dataDir: mkdtempSync(join(tmpdir(), 'reception-damage-')) });
  dirs.push(core.dataDir);
  await core.close();
  return { dataDir: core.dataDir, recovery: core.recovery };
}

async function startFails(dataDir: string, code: StartupErrorCode): Promise<StartupError> {
  const err = await makeTestCore({ dataDir, setUp: false }).then(
    async (core) => {
      await core.close();
      throw new Error(`the desk started on a damaged folder; expected ${code}`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StartupError);
  expect((err as StartupError).code).toBe(code);
  // Told plainly in both languages, never a raw parser or crypto error.
  const message = (err as StartupError).message;
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/SyntaxError|Unexpected token|JSON\.parse|wrong passphrase|does not open|SQLITE_/i);
  return err as StartupError;
}

const db = (dataDir: string) => join(dataDir, 'reception.sqlite3');
const keyFile = (dataDir: string) => join(dataDir, 'data-key.json');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a missing or empty database in a used data folder', () => {
  it('a zero-byte database beside the key file is damage, named with the way back, and not re-created', async () => {
    const { dataDir } = await usedFolder();
    truncateSync(db(dataDir), 0);
    const err = await startFails(dataDir, 'DATABASE_EMPTY');
    expect(err.message).toContain(db(dataDir));
    expect(err.message).toContain(join(dataDir, 'backups'));
    expect(statSync(db(dataDir)).size).toBe(0);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
  });

  it('a missing database beside the key file, or beside only the device id, is damage and no database is made', async () => {
    const { dataDir } = await usedFolder();
    rmSync(db(dataDir));
    const err = await startFails(dataDir, 'DATABASE_MISSING');
    expect(err.details.evidence).toBe('data-key.json, device-id');
    rmSync(keyFile(dataDir));
    await startFails(dataDir, 'DATABASE_MISSING');
    // No database made (the record of its last clean close stays, as it was).
    expect(readdirSync(dataDir).sort()).toEqual(['audit-seal.json', 'device-id', basename(cleanCloseMarker(db(dataDir)))]);
  });

  it('names the newest backup as the way back where one exists', async () => {
    const { dataDir } = await usedFolder();
    mkdirSync(join(dataDir, 'backups'));
    for (const name of ['pre-migration-v3-2026-01-01T00-00-00-000Z.sqlite3', 'pre-migration-v4-2026-11-01T00-00-00-000Z.sqlite3']) {
      writeFileSync(join(dataDir, 'backups', name), readFileSync(db(dataDir)));
    }
    rmSync(db(dataDir));
    const err = await startFails(dataDir, 'DATABASE_MISSING');
    expect(err.message).toContain(join(dataDir, 'backups', 'pre-migration-v4-2026-11-01T00-00-00-000Z.sqlite3'));
  });

  it('a key file beside a database with no users (an interrupted setup of an older version) is told, not "already set up"', async () => {
    const { dataDir } = await usedFolder();
    const raw = new Database(db(dataDir));
    raw.pragma('foreign_keys = OFF');
    raw.exec('DELETE FROM users');
    raw.close();
    const err = await startFails(dataDir, 'DATABASE_WITHOUT_USERS');
    expect(err.message).toContain(keyFile(dataDir));
  });

  it('a database with users but no key file is told, not offered a second setup', async () => {
    const { dataDir } = await usedFolder();
    rmSync(keyFile(dataDir));
    expect((await startFails(dataDir, 'KEY_FILE_MISSING')).message).toContain(keyFile(dataDir));
  });

  it('a damaged device id is told, not silently replaced', async () => {
    const { dataDir } = await usedFolder();
    writeFileSync(join(dataDir, 'device-id'), '0193\u0000\u0000');
    expect((await startFails(dataDir, 'DEVICE_ID_DAMAGED')).message).toContain(join(dataDir, 'device-id'));
  });

  it('a brand-new folder still starts afresh', async () => {
    running = await makeTestCore({ setUp: false });
    expect(await running.call<SessionStatus>('session.status', {})).toMatchObject({ phase: 'setup' });
  });
});

/** Flips one bit of a base64 field's decoded bytes and writes it back as valid base64 of the same length. */
function flipBit(dataDir: string, field: 'wrapped' | 'salt' | 'iv' | 'tag') {
  const file = JSON.parse(readFileSync(keyFile(dataDir), 'utf8'));
  const bytes = Buffer.from(file.keys['1'].recovery[field], 'base64');
  bytes[3]! ^= 0x10;
  file.keys['1'].recovery[field] = bytes.toString('base64');
  writeFileSync(keyFile(dataDir), JSON.stringify(file, null, 2));
}

interface KeyFileJson {
  version?: unknown;
  checksum?: unknown;
  keys: Record<string, { recovery: Record<string, unknown> & { iv: string } }>;
}

function editKeyFile(dataDir: string, edit: (file: KeyFileJson) => void) {
  const file = JSON.parse(readFileSync(keyFile(dataDir), 'utf8'));
  edit(file);
  writeFileSync(keyFile(dataDir), JSON.stringify(file, null, 2));
}

describe('a damaged key file', () => {
  it('empty', async () => {
    const { dataDir } = await usedFolder();
    truncateSync(keyFile(dataDir), 0);
    expect((await startFails(dataDir, 'KEY_FILE_EMPTY')).message).toContain(keyFile(dataDir));
  });

  it('truncated', async () => {
    const { dataDir } = await usedFolder();
    truncateSync(keyFile(dataDir), Math.floor(statSync(keyFile(dataDir)).size / 2));
    expect((await startFails(dataDir, 'KEY_FILE_TRUNCATED')).message).toContain(keyFile(dataDir));
  });

  it('not JSON at all', async () => {
    const { dataDir } = await usedFolder();
    writeFileSync(keyFile(dataDir), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await startFails(dataDir, 'KEY_FILE_NOT_JSON');
  });

  it('a structural character flipped', async () => {
    const { dataDir } = await usedFolder();
    writeFileSync(keyFile(dataDir), readFileSync(keyFile(dataDir), 'utf8').replace('"current"', '"current\''));
    await startFails(dataDir, 'KEY_FILE_NOT_JSON');
  });

  for (const field of ['wrapped', 'salt', 'iv', 'tag'] as const) {
    it(`a bit flipped in the ${field}: damage, not the passphrase`, async () => {
      const { dataDir } = await usedFolder();
      flipBit(dataDir, field);
      const err = await startFails(dataDir, 'KEY_FILE_CHECKSUM');
      expect(err.en).toContain('not a passphrase problem');
    });
  }

  it('a newer format version', async () => {
    const { dataDir } = await usedFolder();
    editKeyFile(dataDir, (f) => (f.version = 7));
    expect((await startFails(dataDir, 'KEY_FILE_NEWER')).en).toContain('Update the app');
  });

  it('an unknown format version', async () => {
    const { dataDir } = await usedFolder();
    editKeyFile(dataDir, (f) => (f.version = 'three'));
    await startFails(dataDir, 'KEY_FILE_UNKNOWN_VERSION');
  });

  for (const [path, expected] of [
    [['version'], 'version is missing'],
    [['keys', '1', 'recovery', 'salt'], 'keys.1.recovery.salt is missing'],
    [['keys', '1', 'recovery', 'N'], 'keys.1.recovery.N is missing'],
    [['keys', '1', 'recovery'], 'keys.1.recovery is missing'],
    [['current'], 'current is missing'],
    [['keys'], 'keys is missing'],
  ] as const) {
    it(`a missing field: ${path.join('.')}`, async () => {
      const { dataDir } = await usedFolder();
      editKeyFile(dataDir, (f) => {
        let at = f as unknown as Record<string, Record<string, unknown>>;
        for (const step of path.slice(0, -1)) at = at[step] as Record<string, Record<string, unknown>>;
        delete at[path.at(-1)!];
      });
      expect((await startFails(dataDir, 'KEY_FILE_FIELD')).en).toContain(expected);
    });
  }

  it('a wrap cut short, and a cost parameter changed to one that would hang the start', async () => {
    const { dataDir } = await usedFolder();
    editKeyFile(dataDir, (f) => (f.keys['1']!.recovery.iv = f.keys['1']!.recovery.iv.slice(0, 8)));
    expect((await startFails(dataDir, 'KEY_FILE_FIELD')).en).toContain('keys.1.recovery.iv has 6 bytes where 12 belong');
    const again = await usedFolder();
    editKeyFile(again.dataDir, (f) => (f.keys['1']!.recovery.N = 2 ** 30));
    expect((await startFails(again.dataDir, 'KEY_FILE_FIELD')).en).toContain('keys.1.recovery.N has a value outside');
  });

  it('a file from before the checksum still opens with the passphrase, and gains a checksum', async () => {
    const { dataDir, recovery } = await usedFolder();
    editKeyFile(dataDir, (f) => delete f.checksum);
    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.call<SessionStatus>('session.unseal', { passphrase: recovery })).toMatchObject({ phase: 'signedOut' });
    expect(JSON.parse(readFileSync(keyFile(dataDir), 'utf8')).checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    await running.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  });
});

/** The page numbers of one index's b-tree, from SQLite's own dbstat table. */
function indexPages(file: string): { pageSize: number; pages: number[]; index: string } {
  const raw = new Database(file, { readonly: true });
  try {
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const index = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND sql IS NOT NULL").pluck().get() as string;
    const pages = raw.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').pluck().all(index) as number[];
    return { pageSize, pages, index };
  } finally {
    raw.close();
  }
}

describe('a damaged database', () => {
  it('an index page overwritten: the desk answers at once, the check behind it finds the page, folds nothing into the file, and the next start refuses it at once', async () => {
    const { dataDir } = await usedFolder();
    const intact = readFileSync(db(dataDir));
    const { pageSize, pages, index } = indexPages(db(dataDir));
    expect(pages.length).toBeGreaterThan(0);
    const bytes = Buffer.from(intact);
    // Keep the page's b-tree header type, scramble its cell pointers and cells.
    const start = (pages[0]! - 1) * pageSize;
    for (let i = start + 8; i < start + pageSize; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(db(dataDir), bytes);
    const before = sha(db(dataDir));

    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.call<SessionStatus>('session.status', {})).toMatchObject({ phase: 'sealed' });
    const verdict = await running.integrity!;
    // SQLite's own check names the page we damaged, which belongs to an index (not a table).
    expect(index).toMatch(/^audit_log_/);
    expect(verdict).toMatchObject({ state: 'damaged' });
    expect(verdict.state === 'damaged' && verdict.problem).toContain(`page ${pages[0]}`);
    expect(JSON.parse(readFileSync(damageRecord(db(dataDir)), 'utf8'))).toMatchObject({ ino: statSync(db(dataDir)).ino });
    await running.close();
    running = null;
    expect(sha(db(dataDir))).toBe(before);
    expect(closedCleanly(db(dataDir))).toBe(false);

    const err = await startFails(dataDir, 'DATABASE_DAMAGED');
    expect(err.message).toContain(db(dataDir));
    expect(err.message).toContain(join(dataDir, 'backups'));
    expect(err.details.problem).toContain(`page ${pages[0]}`);
    expect(sha(db(dataDir))).toBe(before);

    // A good file put in its place (another inode: a restore, a copy) is not refused for the old one's damage.
    rmSync(`${db(dataDir)}-wal`, { force: true });
    rmSync(`${db(dataDir)}-shm`, { force: true });
    writeFileSync(`${db(dataDir)}.new`, intact);
    renameSync(`${db(dataDir)}.new`, db(dataDir));
    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.integrity).toEqual({ state: 'intact' });
    expect(existsSync(damageRecord(db(dataDir)))).toBe(false);
  });

  it('found while the desk runs, the damage takes the shell to the rescue screen by itself (restart, phase damaged)', async () => {
    const { dataDir } = await usedFolder();
    const { pageSize, pages } = indexPages(db(dataDir));
    const bytes = readFileSync(db(dataDir));
    for (let i = (pages[0]! - 1) * pageSize + 8; i < pages[0]! * pageSize; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(db(dataDir), bytes);
    const rescued: string[] = [];
    const desk = await createRestartableCore(testCoreOptions(dataDir), (failure) => rescued.push(failure.code));
    try {
      expect(await desk.current().integrity).toMatchObject({ state: 'damaged' });
      await expect.poll(async () => ((await desk.dispatch('session.status', {})) as { value: SessionStatus }).value.phase).toBe('damaged');
      expect(rescued).toEqual(['DATABASE_DAMAGED']);
    } finally {
      await desk.close();
    }
  });

  it('a file closed cleanly is trusted at the next start; damaged after it (same size, new time) it is checked and refused', async () => {
    const { dataDir } = await usedFolder();
    const stat = statSync(db(dataDir));
    expect(JSON.parse(readFileSync(cleanCloseMarker(db(dataDir)), 'utf8'))).toEqual({ size: stat.size, mtimeMs: stat.mtimeMs });
    // Untouched: starts without reading every page again, and closes cleanly again.
    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.integrity).toEqual({ state: 'intact' });
    await running.close();
    running = null;
    const { pageSize, pages } = indexPages(db(dataDir));
    const bytes = readFileSync(db(dataDir));
    for (let i = (pages[0]! - 1) * pageSize + 8; i < pages[0]! * pageSize; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(db(dataDir), bytes);
    expect(statSync(db(dataDir)).size).toBe(stat.size);
    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.integrity).toMatchObject({ state: 'damaged' });
    await running.close();
    running = null;
    await startFails(dataDir, 'DATABASE_DAMAGED');
  });

  it('a broken page a call meets is damage found: the call fails plainly, and the next start refuses the file at once', async () => {
    const { dataDir, recovery } = await usedFolder();
    const stat = statSync(db(dataDir));
    const { pageSize, pages } = indexPages(db(dataDir));
    const bytes = readFileSync(db(dataDir));
    for (let i = (pages[0]! - 1) * pageSize + 8; i < pages[0]! * pageSize; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(db(dataDir), bytes);
    // Damaged behind the clean-close record's back (it is written anew for the damaged file): trusted, so no check reads it.
    const now = statSync(db(dataDir));
    expect(now.size).toBe(stat.size);
    writeFileSync(cleanCloseMarker(db(dataDir)), JSON.stringify({ size: now.size, mtimeMs: now.mtimeMs }));
    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.integrity).toEqual({ state: 'intact' });
    await running.call('session.unseal', { passphrase: recovery });
    // The sign-in's audit entry goes into the broken index.
    const result = await running.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(existsSync(damageRecord(db(dataDir)))).toBe(true);
    await running.close();
    running = null;
    expect(closedCleanly(db(dataDir))).toBe(false);
    await startFails(dataDir, 'DATABASE_DAMAGED');
  });

  it('a crash start of an intact file: checked behind the first answer, then vouched for again at a clean close', async () => {
    const { dataDir } = await usedFolder();
    rmSync(cleanCloseMarker(db(dataDir)));
    running = await makeTestCore({ dataDir, setUp: false });
    expect(await running.integrity).toEqual({ state: 'intact' });
    await running.close();
    running = null;
    expect(existsSync(cleanCloseMarker(db(dataDir)))).toBe(true);
    // Closed before its check ended (stopped at once): not vouched for, the next start checks again.
    rmSync(cleanCloseMarker(db(dataDir)));
    running = await makeTestCore({ dataDir, setUp: false });
    await running.close();
    expect(await running.integrity).toMatchObject({ state: expect.stringMatching(/^(stopped|intact)$/) });
    if ((await running.integrity)?.state === 'stopped') expect(existsSync(cleanCloseMarker(db(dataDir)))).toBe(false);
    running = null;
  });

  it('a file that is not a database', async () => {
    const { dataDir } = await usedFolder();
    writeFileSync(db(dataDir), Buffer.alloc(8192, 0x41));
    await startFails(dataDir, 'DATABASE_DAMAGED');
  });

  it('a database cut in half', async () => {
    const { dataDir } = await usedFolder();
    truncateSync(db(dataDir), Math.floor(statSync(db(dataDir)).size / 2 / 4096) * 4096);
    await startFails(dataDir, 'DATABASE_DAMAGED');
  });
});

describe('leftovers and modes', () => {
  it('temp files of an interrupted write are removed at start; nothing else is', async () => {
    const { dataDir } = await usedFolder();
    mkdirSync(join(dataDir, 'prints'), { mode: 0o700 });
    mkdirSync(join(dataDir, 'backups'), { mode: 0o700 });
    writeFileSync(join(dataDir, 'backups', 'pre-migration-v3-2026-11-27T00-00-00-000Z.sqlite3.4242.tmp'), 'SQLite format 3');
    writeFileSync(join(dataDir, 'data-key.json.4242.tmp'), '{"version":3,');
    writeFileSync(join(dataDir, 'device-id.77.tmp'), '');
    writeFileSync(join(dataDir, 'prints', 'badges-V1-20261127.pdf.4242.tmp'), '%PDF');
    writeFileSync(join(dataDir, 'prints', 'badges-V1-20261127.pdf'), '%PDF');
    writeFileSync(join(dataDir, 'notes.1.tmp'), 'not ours');
    running = await makeTestCore({ dataDir, setUp: false });
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual(['notes.1.tmp']);
    expect(readdirSync(join(dataDir, 'prints'))).toEqual(['badges-V1-20261127.pdf']);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual([]);
  });

  it('a data folder, its files and its app folders made with default modes become owner-only at start', async () => {
    const { dataDir } = await usedFolder();
    for (const folder of ['backups', 'prints', 'exports']) {
      mkdirSync(join(dataDir, folder), { mode: 0o755 });
      writeFileSync(join(dataDir, folder, `x.${folder === 'backups' ? 'sqlite3' : 'pdf'}`), 'x', { mode: 0o644 });
      chmodSync(join(dataDir, folder), 0o755);
    }
    chmodSync(dataDir, 0o755);
    chmodSync(keyFile(dataDir), 0o644);
    chmodSync(db(dataDir), 0o644);
    running = await makeTestCore({ dataDir, setUp: false });
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    expect([mode(keyFile(dataDir)), mode(db(dataDir)), mode(join(dataDir, 'device-id'))]).toEqual([0o600, 0o600, 0o600]);
    for (const folder of ['backups', 'prints', 'exports']) {
      expect(mode(join(dataDir, folder))).toBe(0o700);
      for (const f of readdirSync(join(dataDir, folder))) expect(mode(join(dataDir, folder, f))).toBe(0o600);
    }
  });
});

describe('how a failed start is shown', () => {
  it('one text for both shells: the title, the stable code, Chinese first, then English', async () => {
    const { dataDir } = await usedFolder();
    truncateSync(db(dataDir), 0);
    const err = await makeTestCore({ dataDir, setUp: false }).catch((e: unknown) => e);
    const { title, body, code } = startupFailureText(err);
    expect(title).toBe('接待台无法启动 / Reception Desk could not start');
    expect(code).toBe('DATABASE_EMPTY');
    const [first, zh, , en] = body.split('\n');
    expect(first).toBe('[DATABASE_EMPTY]');
    expect(zh).toMatch(/^数据库文件 .* 是空的/);
    expect(en).toMatch(/^The database .* is empty/);
    expect(existsSync(db(dataDir))).toBe(true);
  });

  it('an error no check foresaw is still shown in both languages, as UNEXPECTED', () => {
    const { body, code } = startupFailureText(new Error('boom'));
    expect(code).toBe('UNEXPECTED');
    expect(body).toContain('意外错误：boom');
    expect(body).toContain('An unexpected error occurred: boom');
  });
});
