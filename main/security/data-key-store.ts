import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { stageFile, writeFileAtomic, type StagedFile } from '../core/atomic-file';
import { StartupError } from '../core/startup-errors';
import { newBackupKey, openBackupKey, sealBackupKey, unwrapUnderBackupKey, wrapUnderBackupKey, type SnapshotKeys } from './backup-key';
import type { DataKey } from './field-cipher';
import { parseKeyFile, serializeKeyFile, type KeyEntry, type KeyFile, type PassphraseWrap } from './key-file-format';
import { SCRYPT_PARAMS, scryptKey, type ScryptParams } from './scrypt';

/** The OS keychain (Electron safeStorage). Absent in the web shell and where Linux offers only basic_text. */
export interface Keychain {
  wrap(secret: Buffer): Buffer;
  unwrap(blob: Buffer): Buffer;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this data key.');
  }
}

export interface KeyRing {
  keys: DataKey[];
  current: number;
}

async function wrapWithPassphrase(key: Buffer, passphrase: string): Promise<PassphraseWrap> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await scryptKey(passphrase, salt, SCRYPT_PARAMS);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...SCRYPT_PARAMS,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/**
 * Key-encryption keys already derived, by salt, cost and passphrase: every
 * snapshot copies the key file's wraps, so opening a month of snapshots (or
 * listing them) costs one scrypt per data key, not one per snapshot. Small and
 * in memory only, like the keys themselves.
 */
const kekCache = new Map<string, Buffer>();
const KEK_CACHE_SIZE = 16;

async function cachedScrypt(passphrase: string, salt: string, params: ScryptParams): Promise<Buffer> {
  const id = createHash('sha256').update(JSON.stringify([salt, params.N, params.r, params.p, passphrase.normalize('NFKC')])).digest('hex');
  const hit = kekCache.get(id);
  if (hit) return hit;
  const kek = await scryptKey(passphrase, Buffer.from(salt, 'base64'), params);
  if (kekCache.size >= KEK_CACHE_SIZE) kekCache.delete(kekCache.keys().next().value!);
  kekCache.set(id, kek);
  return kek;
}

async function unwrapWithPassphrase(wrap: PassphraseWrap, passphrase: string): Promise<Buffer> {
  const kek = await cachedScrypt(passphrase, wrap.salt, { N: wrap.N, r: wrap.r, p: wrap.p });
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrap.wrapped, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** What people type for the recovery passphrase: case, spaces and dashes do not matter. */
export function normalizeRecoveryPassphrase(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * The data keys, each wrapped twice (DESIGN.md): by the OS keychain where there
 * is one, and always by the recovery passphrase, so a backup opens on a new PC.
 * A key never leaves the main process and is never written in clear.
 */
export class DataKeyStore {
  constructor(
    private readonly file: string,
    private readonly keychain: Keychain | null,
  ) {}

  get protection(): 'os-keychain' | 'passphrase' {
    return this.keychain ? 'os-keychain' : 'passphrase';
  }

  exists(): boolean {
    return existsSync(this.file);
  }

  /** Throws a StartupError naming what is wrong with the file, never a raw JSON error. */
  private readChecked(): { record: KeyFile; hasChecksum: boolean } {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new StartupError('UNREADABLE', { file: this.file, reason: code });
    }
    return parseKeyFile(this.file, text);
  }

  private read(): KeyFile {
    return this.readChecked().record;
  }

  /** Reads and checks the whole file; at start, so a damaged file is told before anything else. */
  check(): void {
    this.read();
  }

  private write(record: KeyFile): void {
    writeFileAtomic(this.file, serializeKeyFile(record), 0o600);
  }

  private async entry(key: Buffer, passphrase: string): Promise<KeyEntry> {
    const entry: KeyEntry = { recovery: await wrapWithPassphrase(key, normalizeRecoveryPassphrase(passphrase)) };
    if (this.keychain) entry.keychain = this.keychain.wrap(key).toString('base64');
    return entry;
  }

  /**
   * First run: a new key, written in full under a temp name but not yet in
   * place. Setup commits it together with its database transaction, or
   * discards it, so a failed setup leaves no key file behind.
   */
  async stageCreate(recoveryPassphrase: string): Promise<{ ring: KeyRing; file: StagedFile }> {
    const key = randomBytes(32);
    const backup = sealBackupKey(newBackupKey(), { id: 1, key });
    const record: KeyFile = { version: 4, current: 1, keys: { 1: await this.entry(key, recoveryPassphrase) }, backup };
    const file = stageFile(this.file, serializeKeyFile(record), 0o600);
    return { ring: { keys: [{ id: 1, key }], current: 1 }, file };
  }

  async create(recoveryPassphrase: string): Promise<KeyRing> {
    const { ring, file } = await this.stageCreate(recoveryPassphrase);
    file.commit();
    return ring;
  }

  /** The keychain's unwrap of an entry, or null where it has none or the keychain refuses it (another user, a reset keychain). */
  private keychainKey(entry: KeyEntry): Buffer | null {
    if (!this.keychain || !entry.keychain) return null;
    try {
      const key = this.keychain.unwrap(Buffer.from(entry.keychain, 'base64'));
      return key.length === 32 ? key : null;
    } catch {
      return null;
    }
  }

  /** Opens silently through the keychain, or null where only the passphrase can. */
  openWithKeychain(): KeyRing | null {
    if (!this.keychain) return null;
    const record = this.read();
    const keys: DataKey[] = [];
    for (const [id, entry] of Object.entries(record.keys)) {
      const key = this.keychainKey(entry);
      if (!key) return null;
      keys.push({ id: Number(id), key });
    }
    return { keys, current: record.current };
  }

  /** Opens with the recovery passphrase; on a PC with a keychain, also stores the keychain wraps for next time. */
  async openWithPassphrase(passphrase: string): Promise<KeyRing> {
    const { record, hasChecksum } = this.readChecked();
    const normalized = normalizeRecoveryPassphrase(passphrase);
    const keys: DataKey[] = [];
    // A file from before the checksum, now proven intact by opening: it gets one.
    let added = !hasChecksum;
    for (const [id, entry] of Object.entries(record.keys)) {
      const key = await unwrapWithPassphrase(entry.recovery, normalized);
      keys.push({ id: Number(id), key });
      if (this.keychain && !this.keychainKey(entry)?.equals(key)) {
        entry.keychain = this.keychain.wrap(key).toString('base64');
        added = true;
      }
    }
    if (added) {
      try {
        this.write(record);
      } catch {
        // Only a convenience for next time (the keychain wrap, the checksum): the key is open either way.
      }
    }
    return { keys, current: record.current };
  }

  /** Starts a rotation: a new current key, wrapped like the others; the old ones stay until everything is re-sealed. */
  async addKey(recoveryPassphrase: string): Promise<KeyRing> {
    const ring = await this.openWithPassphrase(recoveryPassphrase);
    const id = Math.max(...ring.keys.map((k) => k.id)) + 1;
    const key = randomBytes(32);
    const entry = await this.entry(key, recoveryPassphrase);
    // Read after the last await, written in the same turn: nothing written meanwhile (the backup key made on first need) is lost.
    const record = this.read();
    record.keys[id] = entry;
    record.current = id;
    // The backup key moves to the new key in the same write: after the old keys are dropped it still opens.
    const b = record.backup ? openBackupKey(record.backup, ring.keys) : newBackupKey();
    record.backup = sealBackupKey(b, { id, key });
    b.fill(0);
    this.write(record);
    return { keys: [...ring.keys, { id, key }], current: id };
  }

  /** Ends a rotation: keys other than the current one are destroyed. */
  dropOldKeys(): void {
    const record = this.read();
    // addKey sealed B under the new key; a file where it is not would lose B with the old key: refuse, keep the file.
    if (record.backup && record.backup.keyId !== record.current) throw new Error('the backup key is not sealed under the current data key');
    this.write({ ...record, keys: { [record.current]: record.keys[record.current]! } });
  }

  keyIds(): { current: number; all: number[] } {
    const record = this.read();
    return { current: record.current, all: Object.keys(record.keys).map(Number) };
  }

  /**
   * The backup key B, opened with the ring; made (and sealed under the ring's
   * current key, in one atomic write) where the file has none yet: key files
   * from before backups get it at their first need, on an unsealed desk.
   */
  backupKey(ring: KeyRing): Buffer {
    const record = this.read();
    if (record.backup) return openBackupKey(record.backup, ring.keys);
    const current = ring.keys.find((k) => k.id === ring.current);
    if (!current || record.current !== ring.current) throw new Error('the key ring is not the key file’s');
    const b = newBackupKey();
    this.write({ ...record, backup: sealBackupKey(b, current) });
    return b;
  }

  /** A snapshot's key header: the file's recovery wraps, each key of the ring under B, and B under the current key. */
  snapshotKeys(ring: KeyRing, b: Buffer): SnapshotKeys {
    const record = this.read();
    const current = ring.keys.find((k) => k.id === ring.current);
    if (!current) throw new Error('the current key is not in the ring');
    const dataKeys: SnapshotKeys['dataKeys'] = {};
    for (const { id, key } of ring.keys) {
      const entry = record.keys[id];
      if (!entry) throw new Error(`data key ${id} is not in the key file`);
      dataKeys[id] = { recovery: entry.recovery, underBackupKey: wrapUnderBackupKey(key, b) };
    }
    return { dataKeys, current: ring.current, backupKey: sealBackupKey(b, current) };
  }

  /**
   * A snapshot's keys from the recovery passphrase alone (a new PC): every data
   * key it names, then B. A wrong passphrase is a WrongPassphraseError; the
   * scrypt of each wrap is cached by salt, so a month of snapshots costs one.
   */
  static async openSnapshotKeys(keys: SnapshotKeys, passphrase: string): Promise<{ ring: KeyRing; backupKey: Buffer }> {
    const normalized = normalizeRecoveryPassphrase(passphrase);
    const ring: KeyRing = { keys: [], current: keys.current };
    for (const [id, entry] of Object.entries(keys.dataKeys)) ring.keys.push({ id: Number(id), key: await unwrapWithPassphrase(entry.recovery, normalized) });
    return { ring, backupKey: openBackupKey(keys.backupKey, ring.keys) };
  }

  /** A snapshot's keys from B (the running desk restoring its own snapshot); KeyUnwrapError for another desk's. */
  static openSnapshotKeysWithBackupKey(keys: SnapshotKeys, b: Buffer): KeyRing {
    return {
      keys: Object.entries(keys.dataKeys).map(([id, entry]) => ({ id: Number(id), key: unwrapUnderBackupKey(entry.underBackupKey, b) })),
      current: keys.current,
    };
  }

  /**
   * The key file of a restored database: the snapshot's recovery wraps, this
   * PC's keychain wraps where it has a keychain, and B. Staged at
   * `<key file>.restore` (a name the leftover-temp clean-up leaves alone) for
   * the next start to move into place with the restored database.
   */
  stageRestoredKeyFile(keys: SnapshotKeys, ring: KeyRing): StagedFile {
    const entries: Record<string, KeyEntry> = {};
    for (const [id, entry] of Object.entries(keys.dataKeys)) {
      const key = ring.keys.find((k) => k.id === Number(id))?.key;
      if (!key) throw new Error(`data key ${id} of the snapshot is not in the ring`);
      entries[id] = { recovery: entry.recovery, ...(this.keychain && { keychain: this.keychain.wrap(key).toString('base64') }) };
    }
    const record: KeyFile = { version: 4, current: keys.current, keys: entries, backup: keys.backupKey };
    return stageFile(`${this.file}.restore`, serializeKeyFile(record), 0o600);
  }
}

/** 24 characters from an alphabet with no look-alikes, shown in groups of four: about 120 bits. */
export function generateRecoveryPassphrase(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(24);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return Array.from({ length: 6 }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}
