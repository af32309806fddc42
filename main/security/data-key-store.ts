import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/atomic-file';
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

interface PassphraseWrap extends ScryptParams {
  kdf: 'scrypt';
  salt: string;
  iv: string;
  tag: string;
  wrapped: string;
}

interface KeyFile {
  version: 2;
  /** Always present: the administrator's recovery passphrase opens the key on any PC. */
  recovery: PassphraseWrap;
  /** Present where this PC has a real keychain: opens the key with no typing. */
  keychain?: string;
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
 * The data key, wrapped twice (DESIGN.md): by the OS keychain where there is
 * one, and always by the recovery passphrase, so a backup opens on a new PC.
 * The key itself never leaves the main process and is never written in clear.
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

  private read(): KeyFile {
    return JSON.parse(readFileSync(this.file, 'utf8')) as KeyFile;
  }

  async create(recoveryPassphrase: string): Promise<Buffer> {
    const key = randomBytes(32);
    const record: KeyFile = { version: 2, recovery: await wrapWithPassphrase(key, normalizeRecoveryPassphrase(recoveryPassphrase)) };
    if (this.keychain) record.keychain = this.keychain.wrap(key).toString('base64');
    writeFileAtomic(this.file, JSON.stringify(record, null, 2), 0o600);
    return key;
  }

  /** Opens silently through the keychain, or null where only the passphrase can. */
  openWithKeychain(): Buffer | null {
    if (!this.keychain) return null;
    const blob = this.read().keychain;
    return blob ? this.keychain.unwrap(Buffer.from(blob, 'base64')) : null;
  }

  /** Opens with the recovery passphrase; on a PC with a keychain, also stores the keychain wrap for next time. */
  async openWithPassphrase(passphrase: string): Promise<Buffer> {
    const record = this.read();
    const key = await unwrapWithPassphrase(record.recovery, normalizeRecoveryPassphrase(passphrase));
    if (this.keychain && !record.keychain) {
      writeFileAtomic(this.file, JSON.stringify({ ...record, keychain: this.keychain.wrap(key).toString('base64') }, null, 2), 0o600);
    }
    return key;
  }
}

/** 24 characters from an alphabet with no look-alikes, shown in groups of four: about 120 bits. */
export function generateRecoveryPassphrase(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(24);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return Array.from({ length: 6 }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}
