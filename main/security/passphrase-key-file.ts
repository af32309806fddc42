import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/atomic-file';
import { WrongPassphraseError, type KeyVault } from './key-vault';

interface WrappedKeyFile {
  version: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  wrapped: string;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };

function scrypt(passphrase: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFKC'), salt, 32, { ...opts, maxmem: 128 * opts.N! * opts.r! * 2 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** A data key wrapped with a passphrase (scrypt → AES-256-GCM) in a 0600 file. */
export class PassphraseKeyFile implements KeyVault {
  readonly kind = 'passphrase' as const;

  constructor(
    private readonly file: string,
    private readonly passphrase: string,
  ) {
    if (passphrase.length < 8) throw new Error('The key passphrase must have at least 8 characters.');
  }

  async loadDataKey(): Promise<Buffer> {
    if (!existsSync(this.file)) return this.create();
    const stored = JSON.parse(readFileSync(this.file, 'utf8')) as WrappedKeyFile;
    const kek = await scrypt(this.passphrase, Buffer.from(stored.salt, 'base64'), stored);
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(stored.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(stored.tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(stored.wrapped, 'base64')), decipher.final()]);
    } catch {
      throw new WrongPassphraseError();
    }
  }

  private async create(): Promise<Buffer> {
    const dataKey = randomBytes(32);
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const kek = await scrypt(this.passphrase, salt, SCRYPT);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    const record: WrappedKeyFile = {
      version: 1,
      kdf: 'scrypt',
      ...SCRYPT,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      wrapped: wrapped.toString('base64'),
    };
    writeFileAtomic(this.file, JSON.stringify(record, null, 2), 0o600);
    return dataKey;
  }
}
