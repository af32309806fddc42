import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../main/security/field-cipher';
import { WrongPassphraseError } from '../../main/security/key-vault';
import { PassphraseKeyFile } from '../../main/security/passphrase-key-file';

const loc = { table: 'visitors', column: 'id_number', rowId: 'row-1' };

describe('FieldCipher', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.encrypt('11010519491231002X', loc);
    const b = cipher.encrypt('11010519491231002X', loc);
    expect(a).not.toBe(b);
    expect(a).not.toContain('1101051949');
    expect(cipher.decrypt(a, loc)).toBe('11010519491231002X');
  });

  it('refuses a value moved to another row or column, or edited', () => {
    const sealed = cipher.encrypt('11010519491231002X', loc);
    expect(() => cipher.decrypt(sealed, { ...loc, rowId: 'row-2' })).toThrow();
    expect(() => cipher.decrypt(sealed, { ...loc, column: 'bank_account' })).toThrow();
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`, loc)).toThrow();
  });

  it('blind indexes match equal values only, and depend on the key', () => {
    const other = new FieldCipher(randomBytes(32));
    expect(cipher.blindIndex('id_number', 'E12345678')).toBe(cipher.blindIndex('id_number', 'E12345678'));
    expect(cipher.blindIndex('id_number', 'E12345678')).not.toBe(cipher.blindIndex('id_number', 'E12345679'));
    expect(cipher.blindIndex('id_number', 'E12345678')).not.toBe(other.blindIndex('id_number', 'E12345678'));
  });
});

describe('PassphraseKeyFile', () => {
  it('creates a 0600 key file, reopens it, and refuses a wrong passphrase', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keyfile-')), 'data-key.json');
    const key = await new PassphraseKeyFile(file, 'a long passphrase').loadDataKey();
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain(key.toString('base64'));
    expect(await new PassphraseKeyFile(file, 'a long passphrase').loadDataKey()).toEqual(key);
    await expect(new PassphraseKeyFile(file, 'the wrong passphrase').loadDataKey()).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
