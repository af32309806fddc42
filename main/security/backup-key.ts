import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { DataKey } from './field-cipher';
import type { PassphraseWrap, SealedBackupKey } from './key-file-format';

/*
 * The backup key B (DESIGN12.md "Keys"): 32 random bytes made once per desk and
 * never rotated, so chunks stay deduplicated across data-key rotations. It is
 * stored only sealed: under the current data key in the key file and in every
 * snapshot header, so passphrase → data keys → B → everything.
 */

/** HKDF info strings, defined once: what each key derived from a data key or from B is for. */
export const KEY_INFO = {
  /** Seals B under a data key. */
  backupKeyWrap: 'reception-desk/backup-key-wrap/v1',
  /** Wraps each data key under B in a snapshot header (not in DESIGN12.md's list: B itself is never used as a cipher key). */
  dataKeyWrap: 'reception-desk/backup/data-key-wrap/v1',
  /** HMAC of a chunk's plaintext: its id in the store. */
  chunkId: 'reception-desk/backup/chunk-id/v1',
  /** AES-256-GCM of the chunks. */
  chunk: 'reception-desk/backup/chunk/v1',
  /** AES-256-GCM of the manifests. */
  manifest: 'reception-desk/backup/manifest/v1',
  /** HMAC of the audit seal (main/audit/seal.ts). */
  auditSeal: 'reception-desk/audit-seal/v1',
  /** HMAC of how far the audit chain was verified (main/audit/verify-checkpoint.ts). */
  auditVerified: 'reception-desk/audit-verified/v1',
  /** AES-256-GCM of the document store's files (main/documents/file-cipher.ts). */
  documents: 'reception-desk/documents/v1',
  /** HMAC of a stored file's content hash: its name in the store, so the folder does not tell which known file it holds. */
  documentName: 'reception-desk/documents/name/v1',
} as const;

export type BackupKeyPurpose = 'chunkId' | 'chunk' | 'manifest' | 'auditSeal' | 'auditVerified' | 'documents' | 'documentName';

/** A 32-byte key wrapped (AES-256-GCM) under another: base64 fields, as in the key file. */
export interface KeyWrap {
  iv: string;
  tag: string;
  wrapped: string;
}

/**
 * The keys a snapshot carries in clear (DESIGN12.md): each data key of the ring
 * wrapped by the recovery passphrase (copied from the key file) and under B, the
 * ring's current key, and B sealed under that current key.
 */
export interface SnapshotKeys {
  dataKeys: Record<string, { recovery: PassphraseWrap; underBackupKey: { iv: string; tag: string; wrapped: string } }>;
  current: number;
  backupKey: SealedBackupKey;
}

/** A sealed key that does not open with the key given: another desk's, or changed. */
export class KeyUnwrapError extends Error {
  constructor(what: string) {
    super(`${what} does not open with the key given (another desk's, or changed).`);
  }
}

function derive(key: Buffer, info: string): Buffer {
  if (key.length !== 32) throw new Error('a key must be 32 bytes');
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32));
}

function wrap(secret: Buffer, kek: Buffer): KeyWrap {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const wrapped = Buffer.concat([cipher.update(secret), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64') };
}

function unwrap(w: KeyWrap, kek: Buffer, what: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
  try {
    const key = Buffer.concat([decipher.update(Buffer.from(w.wrapped, 'base64')), decipher.final()]);
    if (key.length !== 32) throw new Error('not a key');
    return key;
  } catch {
    throw new KeyUnwrapError(what);
  }
}

/** A new backup key. */
export function newBackupKey(): Buffer {
  return randomBytes(32);
}

/** B sealed under a data key, naming it. */
export function sealBackupKey(b: Buffer, dataKey: DataKey): SealedBackupKey {
  return { keyId: dataKey.id, ...wrap(b, derive(dataKey.key, KEY_INFO.backupKeyWrap)) };
}

/** B from its seal, with the data key it names (from `keys`). */
export function openBackupKey(sealed: SealedBackupKey, keys: DataKey[]): Buffer {
  const dataKey = keys.find((k) => k.id === sealed.keyId);
  if (!dataKey) throw new KeyUnwrapError(`The backup key (sealed under data key ${sealed.keyId})`);
  return unwrap(sealed, derive(dataKey.key, KEY_INFO.backupKeyWrap), 'The backup key');
}

/** A data key wrapped under B, for a snapshot header: the app holding B restores without the passphrase. */
export function wrapUnderBackupKey(dataKey: Buffer, b: Buffer): KeyWrap {
  return wrap(dataKey, derive(b, KEY_INFO.dataKeyWrap));
}

export function unwrapUnderBackupKey(w: KeyWrap, b: Buffer): Buffer {
  return unwrap(w, derive(b, KEY_INFO.dataKeyWrap), 'A data key of the snapshot');
}

/** The sub-key of B for one purpose (HKDF-SHA256, info from KEY_INFO). */
export function backupSubKey(b: Buffer, purpose: BackupKeyPurpose): Buffer {
  return derive(b, KEY_INFO[purpose]);
}
