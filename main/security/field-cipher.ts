import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Where a value lives; bound into the ciphertext so it cannot be moved to another row or column. */
export interface FieldLocation {
  table: string;
  column: string;
  rowId: string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function aad(loc: FieldLocation): Buffer {
  return Buffer.from(`${loc.table}\u0000${loc.column}\u0000${loc.rowId}`, 'utf8');
}

/**
 * Per-value AES-256-GCM for sensitive fields, and keyed HMAC "blind indexes" for
 * exact-match lookups. Both keys are derived from the one data key, which never
 * leaves the main process.
 */
export class FieldCipher {
  private readonly encryptionKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(dataKey: Buffer) {
    if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'reception-desk/field-encryption/v1', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'reception-desk/blind-index/v1', 32));
  }

  encrypt(plaintext: string, loc: FieldLocation): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(aad(loc));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** Throws when the value was tampered with or belongs to another row or column. */
  decrypt(stored: string, loc: FieldLocation): string {
    const [version, payload] = stored.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown ciphertext version');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, IV_BYTES));
    decipher.setAAD(aad(loc));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Deterministic per column, so equal numbers match without storing either. */
  blindIndex(column: string, normalized: string): string {
    return createHmac('sha256', this.indexKey).update(`${column}\u0000${normalized}`, 'utf8').digest('hex');
  }
}
