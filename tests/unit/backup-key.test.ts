import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../main/core/startup-errors';
import { backupSubKey, KEY_INFO, KeyUnwrapError, openBackupKey, sealBackupKey, type SnapshotKeys } from '../../main/security/backup-key';
import { DataKeyStore, generateRecoveryPassphrase, WrongPassphraseError, type KeyRing } from '../../main/security/data-key-store';
import { keyFileChecksum, parseKeyFile, serializeKeyFile, type KeyFile } from '../../main/security/key-file-format';
import { makeTestCore, type TestCore } from '../helpers/test-core';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function keyFilePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backup-key-'));
  dirs.push(dir);
  return join(dir, 'data-key.json');
}

function readJson(file: string): KeyFile & { checksum: string } {
  return JSON.parse(readFileSync(file, 'utf8')) as KeyFile & { checksum: string };
}

function flipFirstBit(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0]! ^= 1;
  return bytes.toString('base64');
}

const copy = (ring: KeyRing): KeyRing => ({ keys: ring.keys.map((k) => ({ id: k.id, key: Buffer.from(k.key) })), current: ring.current });

const fakeKeychain = {
  wrap: (b: Buffer) => Buffer.from(b.toString('hex').split('').reverse().join('')),
  unwrap: (b: Buffer) => Buffer.from(b.toString().split('').reverse().join(''), 'hex'),
};

describe('the backup key in the key file', () => {
  it('is made at first-run setup, sealed under the data key, and covered by the checksum', async () => {
    const file = keyFilePath();
    const store = new DataKeyStore(file, null);
    const passphrase = generateRecoveryPassphrase();
    const ring = await store.create(passphrase);
    const json = readJson(file);
    expect(json.version).toBe(4);
    expect(json.backup).toMatchObject({ keyId: 1 });
    expect(Buffer.from(json.backup!.wrapped, 'base64')).toHaveLength(32);
    const b = store.backupKey(ring);
    expect(b).toHaveLength(32);
    expect(store.backupKey(await store.openWithPassphrase(passphrase))).toEqual(b);
    // The checksum covers it: a changed byte is damage, told as such.
    const flipped = { ...json, backup: { ...json.backup!, wrapped: flipFirstBit(json.backup!.wrapped) } };
    expect(() => parseKeyFile(file, JSON.stringify(flipped))).toThrow(expect.objectContaining({ code: 'KEY_FILE_CHECKSUM' }));
  });

  it('an older key file (version 3, or 2) without it still opens with its checksum, and gains B on first need', async () => {
    const file = keyFilePath();
    const store = new DataKeyStore(file, null);
    const passphrase = generateRecoveryPassphrase();
    const ring = copy(await store.create(passphrase));
    // As the previous release wrote it: version 3, no backup, its own checksum.
    const { backup: _b, ...old } = readJson(file);
    const v3: KeyFile = { version: 3, current: old.current, keys: old.keys };
    const v3Text = JSON.stringify({ ...v3, checksum: keyFileChecksum(v3) }, null, 2);
    writeFileSync(file, v3Text);
    expect(parseKeyFile(file, v3Text)).toMatchObject({ record: { version: 3, current: 1 }, hasChecksum: true });
    expect((await store.openWithPassphrase(passphrase)).keys[0]!.key).toEqual(ring.keys[0]!.key);
    const b = store.backupKey(ring);
    expect(readJson(file)).toMatchObject({ version: 4, backup: { keyId: 1 } });
    expect(store.backupKey(ring)).toEqual(b);
    store.check();

    // The first release's file: one key at the top level, no checksum.
    writeFileSync(file, JSON.stringify({ version: 2, ...old.keys['1']! }, null, 2));
    const opened = await store.openWithPassphrase(passphrase);
    expect(opened.keys[0]!.key).toEqual(ring.keys[0]!.key);
    const made = store.backupKey(opened);
    expect(made).not.toEqual(b);
    expect(parseKeyFile(file, readFileSync(file, 'utf8'))).toMatchObject({ record: { version: 4, backup: { keyId: 1 } }, hasChecksum: true });
  });

  it('stays the same B through a key rotation, mid-way and after the old key is destroyed', async () => {
    const file = keyFilePath();
    const store = new DataKeyStore(file, null);
    const passphrase = generateRecoveryPassphrase();
    const before = copy(await store.create(passphrase));
    const b = store.backupKey(before);
    const headerBefore = store.snapshotKeys(before, b);

    const mid = copy(await store.addKey(passphrase));
    expect(readJson(file).backup).toMatchObject({ keyId: 2 });
    expect(store.backupKey(mid)).toEqual(b);
    const headerMid = store.snapshotKeys(mid, b);
    expect(Object.keys(headerMid.dataKeys)).toEqual(['1', '2']);

    store.dropOldKeys();
    const after = { keys: mid.keys.filter((k) => k.id === 2), current: 2 };
    expect(Object.keys(readJson(file).keys)).toEqual(['2']);
    expect(store.backupKey(after)).toEqual(b);
    expect(store.backupKey(await store.openWithPassphrase(passphrase))).toEqual(b);

    // A header made before the rotation still opens with the passphrase once the rotation destroyed key 1: it carries its own wraps.
    const old = await DataKeyStore.openSnapshotKeys(headerBefore, passphrase);
    expect(old.ring).toEqual({ keys: [{ id: 1, key: before.keys[0]!.key }], current: 1 });
    expect(old.backupKey).toEqual(b);
    // And without the passphrase, by the running desk that holds B.
    expect(DataKeyStore.openSnapshotKeysWithBackupKey(headerBefore, b)).toEqual(old.ring);
    const midOpened = await DataKeyStore.openSnapshotKeys(headerMid, passphrase.toLowerCase());
    expect(midOpened.ring.current).toBe(2);
    expect(midOpened.ring.keys.map((k) => k.id)).toEqual([1, 2]);
    expect(midOpened.backupKey).toEqual(b);
  });

  it('refuses a wrong passphrase, and another desk’s B, with errors of their own', async () => {
    const store = new DataKeyStore(keyFilePath(), null);
    const passphrase = generateRecoveryPassphrase();
    const ring = copy(await store.create(passphrase));
    const header = store.snapshotKeys(ring, store.backupKey(ring));
    await expect(DataKeyStore.openSnapshotKeys(header, generateRecoveryPassphrase())).rejects.toBeInstanceOf(WrongPassphraseError);
    const other = new DataKeyStore(keyFilePath(), null);
    const otherRing = copy(await other.create(generateRecoveryPassphrase()));
    expect(() => DataKeyStore.openSnapshotKeysWithBackupKey(header, other.backupKey(otherRing))).toThrow(KeyUnwrapError);
    expect(() => openBackupKey(header.backupKey, otherRing.keys)).toThrow(KeyUnwrapError);
    expect(() => openBackupKey({ ...header.backupKey, keyId: 5 }, ring.keys)).toThrow(KeyUnwrapError);
  });

  it('derives one distinct sub-key per purpose', () => {
    const b = Buffer.alloc(32, 9);
    const keys = (['chunkId', 'chunk', 'manifest', 'auditSeal'] as const).map((p) => backupSubKey(b, p).toString('hex'));
    expect(new Set(keys).size).toBe(4);
    expect(new Set(Object.values(KEY_INFO)).size).toBe(Object.keys(KEY_INFO).length);
    expect(sealBackupKey(b, { id: 3, key: Buffer.alloc(32, 1) })).toMatchObject({ keyId: 3 });
  });

  it('stages the key file of a restored database at <key file>.restore, with this PC’s keychain wraps and B', async () => {
    const passphrase = generateRecoveryPassphrase();
    const source = new DataKeyStore(keyFilePath(), null);
    const ring = copy(await source.create(passphrase));
    const b = source.backupKey(ring);
    const header: SnapshotKeys = JSON.parse(JSON.stringify(source.snapshotKeys(ring, b))) as SnapshotKeys;

    const target = keyFilePath();
    const newPc = new DataKeyStore(target, fakeKeychain);
    const opened = await DataKeyStore.openSnapshotKeys(header, passphrase);
    newPc.stageRestoredKeyFile(header, opened.ring).commit();
    const staged = `${target}.restore`;
    const text = readFileSync(staged, 'utf8');
    expect(parseKeyFile(staged, text).record).toMatchObject({ version: 4, current: 1, backup: header.backupKey });
    expect(JSON.parse(text).keys['1'].keychain).toEqual(expect.any(String));
    // Moved into place (the lead's next start does this), it opens silently on this PC and gives the same B.
    writeFileSync(target, text);
    const silent = newPc.openWithKeychain();
    expect(silent?.keys[0]!.key).toEqual(ring.keys[0]!.key);
    expect(newPc.backupKey(silent!)).toEqual(b);
  });
});

describe('a damaged backup field stops the start with a plain StartupError', () => {
  let core: TestCore | null = null;
  afterEach(async () => {
    await core?.cleanup();
    core = null;
  });

  async function usedKeyFile(): Promise<{ dataDir: string; file: string }> {
    const used = await makeTestCore({ dataDir: mkdtempSync(join(tmpdir(), 'backup-key-damage-')) });
    dirs.push(used.dataDir);
    await used.close();
    return { dataDir: used.dataDir, file: join(used.dataDir, 'data-key.json') };
  }

  async function startFails(dataDir: string): Promise<StartupError> {
    const err = await makeTestCore({ dataDir, setUp: false }).then(
      async (c) => {
        await c.close();
        throw new Error('the desk started on a damaged key file');
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StartupError);
    return err as StartupError;
  }

  for (const [name, edit, code, text] of [
    ['cut short', (f: KeyFile) => (f.backup!.iv = f.backup!.iv.slice(0, 8)), 'KEY_FILE_FIELD', 'backup.iv has 6 bytes where 12 belong'],
    ['naming a key the file does not hold', (f: KeyFile) => (f.backup!.keyId = 9), 'KEY_FILE_FIELD', 'backup.keyId has a value outside'],
    ['not an object', (f: KeyFile) => ((f as unknown as Record<string, unknown>).backup = 'x'), 'KEY_FILE_FIELD', 'backup has the wrong type'],
    ['a bit flipped', (f: KeyFile) => (f.backup!.tag = flipFirstBit(f.backup!.tag)), 'KEY_FILE_CHECKSUM', 'not a passphrase problem'],
  ] as const) {
    it(name, async () => {
      const { dataDir, file } = await usedKeyFile();
      const json = readJson(file);
      edit(json);
      writeFileSync(file, JSON.stringify(json, null, 2));
      const err = await startFails(dataDir);
      expect(err.code).toBe(code);
      expect(err.en).toContain(text);
    });
  }

  it('the running desk holds one B across a rotation, and the key file follows the new key', async () => {
    core = await makeTestCore();
    const b = Buffer.from(core.runtime.backupKey());
    const header = core.runtime.snapshotKeys();
    await core.call('keys.rotate', { recoveryPassphrase: core.recovery });
    await core.runtime.rotation;
    expect(core.runtime.backupKey()).toEqual(b);
    const file = readJson(join(core.dataDir, 'data-key.json'));
    expect(Object.keys(file.keys)).toEqual(['2']);
    expect(file.backup?.keyId).toBe(2);
    expect(core.runtime.snapshotKeys()).toMatchObject({ current: 2, backupKey: { keyId: 2 } });
    expect((await DataKeyStore.openSnapshotKeys(header, core.recovery)).backupKey).toEqual(b);
    expect(serializeKeyFile(file)).toContain('"version": 4');
  });
});
