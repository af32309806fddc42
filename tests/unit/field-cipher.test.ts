import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../main/security/field-cipher';
import { DataKeyStore, generateRecoveryPassphrase, WrongPassphraseError } from '../../main/security/data-key-store';

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
    const raw = Buffer.from(sealed.slice(sealed.indexOf(':') + 1), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`k1:${raw.toString('base64')}`, loc)).toThrow();
  });

  it('blind indexes match equal values only, and depend on the key', () => {
    const other = new FieldCipher(randomBytes(32));
    expect(cipher.blindIndex('id_number', 'E12345678')).toBe(cipher.blindIndex('id_number', 'E12345678'));
    expect(cipher.blindIndex('id_number', 'E12345678')).not.toBe(cipher.blindIndex('id_number', 'E12345679'));
    expect(cipher.blindIndex('id_number', 'E12345678')).not.toBe(other.blindIndex('id_number', 'E12345678'));
  });
});

describe('DataKeyStore', () => {
  const fakeKeychain = {
    wrap: (b: Buffer) => Buffer.from(b.toString('hex').split('').reverse().join('')),
    unwrap: (b: Buffer) => Buffer.from(b.toString().split('').reverse().join(''), 'hex'),
  };

  it('wraps the key with the recovery passphrase in a 0600 file, and refuses a wrong one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keyfile-')), 'data-key.json');
    const store = new DataKeyStore(file, null);
    const passphrase = generateRecoveryPassphrase();
    expect(passphrase).toMatch(/^([A-HJ-NP-Z2-9]{4}-){5}[A-HJ-NP-Z2-9]{4}$/);
    const key = (await store.create(passphrase)).keys[0]!.key;
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain(key.toString('base64'));
    expect(store.openWithKeychain()).toBeNull();
    // Typed back in lower case with spaces instead of dashes still opens it.
    expect((await store.openWithPassphrase(passphrase.toLowerCase().replaceAll('-', ' '))).keys[0]!.key).toEqual(key);
    await expect(store.openWithPassphrase('WRONG-PASS-PHRASE')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('also wraps with the OS keychain where there is one, and adds that wrap after a passphrase open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyfile-'));
    const passphrase = generateRecoveryPassphrase();
    const key = (await new DataKeyStore(join(dir, 'a.json'), fakeKeychain).create(passphrase)).keys[0]!.key;
    expect(new DataKeyStore(join(dir, 'a.json'), fakeKeychain).openWithKeychain()?.keys[0]!.key).toEqual(key);
    // A backup restored on a new PC: only the passphrase opens it, then the keychain remembers.
    const moved = (await new DataKeyStore(join(dir, 'b.json'), null).create(passphrase)).keys[0]!.key;
    const onNewPc = new DataKeyStore(join(dir, 'b.json'), fakeKeychain);
    expect(onNewPc.openWithKeychain()).toBeNull();
    expect((await onNewPc.openWithPassphrase(passphrase)).keys[0]!.key).toEqual(moved);
    expect(onNewPc.openWithKeychain()?.keys[0]!.key).toEqual(moved);
  });
});
