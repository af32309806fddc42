import type { Keychain } from '../../app';

/** The parts of Electron's safeStorage the key vault uses (passed in: tests use a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron. */
  getSelectedStorageBackend(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * The OS keychain (DPAPI, macOS Keychain, libsecret/kwallet) through
 * safeStorage, or null where there is none: then the data key is wrapped by
 * the recovery passphrase only and the desk starts sealed, asking for it.
 * Linux's `basic_text` backend is a fixed key, not a keychain: it counts as none.
 */
export function osKeychain(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Keychain | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    wrap: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unwrap: (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
  };
}
