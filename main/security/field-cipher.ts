import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Where a value lives; bound into the ciphertext so it cannot be moved to another row or column. */
export interface FieldLocation {
  table: string;
  column: string;
  rowId: string;
}

export interface DataKey {
  id: number;
  key: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

function aad(loc: FieldLocation): Buffer {
  return Buffer.from(`${loc.table}\u0000${loc.column}\u0000${loc.rowId}`, 'utf8');
}

interface DerivedKeys {
  encryption: Buffer;
  index: Buffer;
}

function derive(dataKey: Buffer): DerivedKeys {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
  return {
    encryption: Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'reception-desk/field-encryption/v1', 32)),
    index: Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'reception-desk/blind-index/v1', 32)),
  };
}

/** `k<id>:` names the data key a value was sealed with; the first key's values may carry the older `v1:`. */
export function keyIdOf(stored: string): number {
  if (stored.startsWith('v1:')) return 1;
  const match = /^k(\d+):/.exec(stored);
  if (!match) throw new Error('unknown ciphertext format');
  return Number(match[1]);
}

/**
 * Per-value AES-256-GCM for sensitive fields, and keyed HMAC "blind indexes" for
 * exact-match lookups, over a ring of data keys: new values use the current
 * key; during a key rotation older values still open with the key they name.
 * The keys never leave the main process.
 */
export class FieldCipher {
  private readonly ring = new Map<number, DerivedKeys>();
  readonly currentKeyId: number;

  constructor(keys: DataKey[] | Buffer, currentKeyId?: number) {
    const list = Buffer.isBuffer(keys) ? [{ id: 1, key: keys }] : keys;
    for (const { id, key } of list) this.ring.set(id, derive(key));
    this.currentKeyId = currentKeyId ?? Math.max(...this.ring.keys());
    if (!this.ring.has(this.currentKeyId)) throw new Error('the current key is not in the ring');
  }

  /** Forgets every key but the current one, once a rotation has re-sealed everything. */
  dropOldKeys(): void {
    for (const id of [...this.ring.keys()]) if (id !== this.currentKeyId) this.ring.delete(id);
  }

  private keys(id: number): DerivedKeys {
    const keys = this.ring.get(id);
    if (!keys) throw new Error(`data key ${id} is not available`);
    return keys;
  }

  encrypt(plaintext: string, loc: FieldLocation): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys(this.currentKeyId).encryption, iv);
    cipher.setAAD(aad(loc));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `k${this.currentKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** Throws when the value was tampered with or belongs to another row or column. */
  decrypt(stored: string, loc: FieldLocation): string {
    const payload = stored.slice(stored.indexOf(':') + 1);
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.keys(keyIdOf(stored)).encryption, raw.subarray(0, IV_BYTES));
    decipher.setAAD(aad(loc));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Deterministic per column and key, so equal numbers match without storing either. */
  blindIndex(column: string, normalized: string, keyId = this.currentKeyId): string {
    return createHmac('sha256', this.keys(keyId).index).update(`${column}\u0000${normalized}`, 'utf8').digest('hex');
  }

  /** Every index a value may be stored under while a rotation is under way, current key first. */
  blindIndexes(column: string, normalized: string): string[] {
    const ids = [this.currentKeyId, ...[...this.ring.keys()].filter((id) => id !== this.currentKeyId)];
    return ids.map((id) => this.blindIndex(column, normalized, id));
  }
}
