import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Sub-keys of the desk's backup key B (DESIGN12.md, Keys): one job each, so one leaking tells nothing of the others. */
export interface BackupKeys {
  /** HMAC key of chunk ids: the id names the content without revealing it. */
  chunkId: Buffer;
  chunk: Buffer;
  manifest: Buffer;
}

const derive = (backupKey: Buffer, info: string) => Buffer.from(hkdfSync('sha256', backupKey, Buffer.alloc(0), info, 32));

export function backupKeys(backupKey: Buffer): BackupKeys {
  if (backupKey.length !== 32) throw new Error(`The backup key must be 32 bytes, not ${backupKey.length}.`);
  return {
    chunkId: derive(backupKey, 'reception-desk/backup/chunk-id/v1'),
    chunk: derive(backupKey, 'reception-desk/backup/chunk/v1'),
    manifest: derive(backupKey, 'reception-desk/backup/manifest/v1'),
  };
}

export const ID_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** Content address of a chunk: equal plaintext, equal id, so an unchanged chunk is stored once. */
export function chunkIdOf(keys: BackupKeys, plain: Buffer): Buffer {
  return createHmac('sha256', keys.chunkId).update(plain).digest().subarray(0, ID_BYTES);
}

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
}

/** AES-256-GCM; `aad` binds the ciphertext to its name (a chunk's id, a snapshot's id) so it cannot be moved under another. */
export function seal(key: Buffer, plain: Buffer, aad: Buffer): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

/** Throws when anything was changed, or the key is not the one that sealed it. */
export function open(key: Buffer, sealed: Sealed, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.data), decipher.final()]);
}

/**
 * A short public fingerprint of the manifest key, kept in clear in each .snap:
 * AES-GCM alone fails the same way for a wrong key and a changed byte, and the
 * user must hear "wrong key/passphrase" apart from "this snapshot is damaged".
 */
export function keyCheck(keys: BackupKeys): string {
  return createHmac('sha256', keys.manifest).update('reception-desk/backup/key-check/v1').digest().subarray(0, 8).toString('hex');
}
