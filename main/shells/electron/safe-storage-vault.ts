import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import { writeFileAtomic } from '../../core/atomic-file';
import type { KeyVault } from '../../security/key-vault';

/** Linux's `basic_text` backend is a fixed key, not a keychain: treat it as none. */
export function osKeychainAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/** The data key wrapped by the OS keychain (DPAPI, Keychain, libsecret/kwallet). */
export class SafeStorageVault implements KeyVault {
  readonly kind = 'os-keychain' as const;

  constructor(private readonly file: string) {}

  async loadDataKey(): Promise<Buffer> {
    if (existsSync(this.file)) return Buffer.from(safeStorage.decryptString(readFileSync(this.file)), 'base64');
    const key = randomBytes(32);
    writeFileAtomic(this.file, safeStorage.encryptString(key.toString('base64')), 0o600);
    return key;
  }
}
