import { describe, expect, it } from 'vitest';
import { osKeychain, type SafeStorageLike } from '../../../main/shells/electron/safe-storage-vault';

/** safeStorage as each OS reports it; "encryption" is a reversible marker, enough to prove the wiring. */
function fakeSafeStorage(available: boolean, backend: string | null): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => {
      if (backend === null) throw new Error('getSelectedStorageBackend is Linux-only');
      return backend;
    },
    encryptString: (text) => Buffer.from(`sealed:${text}`),
    decryptString: (blob) => blob.toString().replace(/^sealed:/, ''),
  };
}

describe('the key vault choice', () => {
  it('uses the OS keychain where safeStorage has one: Windows, macOS, Linux with libsecret or kwallet', () => {
    for (const [platform, backend] of [
      ['win32', null],
      ['darwin', null],
      ['linux', 'gnome_libsecret'],
      ['linux', 'kwallet6'],
    ] as const) {
      const keychain = osKeychain(fakeSafeStorage(true, backend), platform);
      expect(keychain, `${platform} ${backend}`).not.toBeNull();
      const secret = Buffer.from('0123456789abcdef0123456789abcdef');
      const wrapped = keychain!.wrap(secret);
      expect(wrapped.toString()).toMatch(/^sealed:/);
      expect(keychain!.unwrap(wrapped)).toEqual(secret);
    }
  });

  it("counts Linux's basic_text (a fixed key) as no keychain: the desk falls back to the recovery passphrase", () => {
    expect(osKeychain(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeNull();
  });

  it('has no keychain where safeStorage cannot encrypt', () => {
    expect(osKeychain(fakeSafeStorage(false, 'gnome_libsecret'), 'linux')).toBeNull();
    expect(osKeychain(fakeSafeStorage(false, null), 'win32')).toBeNull();
  });
});
