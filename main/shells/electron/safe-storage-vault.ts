import { safeStorage } from 'electron';
import type { Keychain } from '../../app';

/** Linux's `basic_text` backend is a fixed key, not a keychain: treat it as none. */
export function osKeychainAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/** The OS keychain (DPAPI, macOS Keychain, libsecret/kwallet) through Electron's safeStorage. */
export const safeStorageKeychain: Keychain = {
  wrap: (secret) => safeStorage.encryptString(secret.toString('base64')),
  unwrap: (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
};
