/**
 * Where the data key is kept. The Electron shell wraps it with the OS keychain
 * (safeStorage); the web shell and tests wrap it with a passphrase. Either way
 * the key stays in the main process.
 */
export interface KeyVault {
  /** Returns the 32-byte data key, creating and storing it on first use. */
  loadDataKey(): Promise<Buffer>;
  readonly kind: 'os-keychain' | 'passphrase';
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this data key.');
  }
}
