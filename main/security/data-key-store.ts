import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { stageFile, writeFileAtomic, type StagedFile } from '../core/atomic-file';
import { StartupError } from '../core/startup-errors';
import type { DataKey } from './field-cipher';
import { parseKeyFile, serializeKeyFile, type KeyEntry, type KeyFile, type PassphraseWrap } from './key-file-format';
import { SCRYPT_PARAMS, scryptKey } from './scrypt';

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

async function unwrapWithPassphrase(wrap: PassphraseWrap, passphrase: string): Promise<Buffer> {
  const kek = await scryptKey(passphrase, Buffer.from(wrap.salt, 'base64'), wrap);
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
    const record: KeyFile = { version: 3, current: 1, keys: { 1: await this.entry(key, recoveryPassphrase) } };
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
    const record = this.read();
    record.keys[id] = await this.entry(key, recoveryPassphrase);
    record.current = id;
    this.write(record);
    return { keys: [...ring.keys, { id, key }], current: id };
  }

  /** Ends a rotation: keys other than the current one are destroyed. */
  dropOldKeys(): void {
    const record = this.read();
    this.write({ ...record, keys: { [record.current]: record.keys[record.current]! } });
  }

  keyIds(): { current: number; all: number[] } {
    const record = this.read();
    return { current: record.current, all: Object.keys(record.keys).map(Number) };
  }
}

/** 24 characters from an alphabet with no look-alikes, shown in groups of four: about 120 bits. */
export function generateRecoveryPassphrase(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(24);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return Array.from({ length: 6 }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}
