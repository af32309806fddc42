import { createHash } from 'node:crypto';
import { StartupError } from '../core/startup-errors';
import type { ScryptParams } from './scrypt';

export interface PassphraseWrap extends ScryptParams {
  kdf: 'scrypt';
  salt: string;
  iv: string;
  tag: string;
  wrapped: string;
}

export interface KeyEntry {
  /** Always present: the administrator's recovery passphrase opens the key on any PC. */
  recovery: PassphraseWrap;
  /** Present where this PC has a real keychain: opens the key with no typing. */
  keychain?: string;
}

/** The backup key B sealed (AES-256-GCM) under a key derived from data key `keyId` (main/security/backup-key.ts). */
export interface SealedBackupKey {
  keyId: number;
  iv: string;
  tag: string;
  wrapped: string;
}

export interface KeyFile {
  /** 4 once the file holds the backup key, so an older app says "made by a newer version" rather than "damaged". */
  version: 3 | 4;
  /** The key new values are sealed with. Older keys stay only until a rotation has re-sealed everything. */
  current: number;
  keys: Record<string, KeyEntry>;
  /** Absent in files from before backups: created on first need, while the desk is unsealed. */
  backup?: SealedBackupKey;
}

/** The newest format this app writes. */
const VERSION = 4;

/** Byte lengths of the decoded wrap fields (AES-256-GCM of a 32-byte key). */
const LENGTHS = { salt: 16, iv: 12, tag: 16, wrapped: 32 } as const;

/** Object keys sorted at every level: the checksum does not depend on how the JSON was laid out. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A SHA-256 of the file's own content. It is not a secret and guards against
 * nobody on purpose: it tells a bit changed on disk apart from a wrong
 * passphrase, which AES-GCM alone cannot (both fail the same tag check).
 */
export function keyFileChecksum(record: KeyFile): string {
  // `backup` only where present: a file from before it keeps the checksum it was written with.
  const content = { version: record.version, current: record.current, keys: record.keys, ...(record.backup && { backup: record.backup }) };
  return `sha256:${createHash('sha256').update(canonical(content)).digest('hex')}`;
}

/** The file's text as written: the record and its checksum (version 4 exactly when it holds the backup key). */
export function serializeKeyFile(record: KeyFile): string {
  const written: KeyFile = { ...record, version: record.backup ? 4 : 3 };
  const { version, current, keys, backup } = written;
  return JSON.stringify({ version, current, keys, ...(backup && { backup }), checksum: keyFileChecksum(written) }, null, 2);
}

type FieldProblem = { en: string; zh: string };
const MISSING: FieldProblem = { en: 'is missing', zh: '缺失' };
const WRONG_TYPE: FieldProblem = { en: 'has the wrong type', zh: '类型不对' };
const NOT_BASE64: FieldProblem = { en: 'is not valid base64 (characters changed)', zh: '不是有效的 base64 编码（字符被改动）' };
const BAD_VALUE: FieldProblem = { en: 'has a value outside what this app writes', zh: '取值超出本程序写入的范围' };

class FieldError {
  constructor(
    readonly field: string,
    readonly problem: FieldProblem,
  ) {}
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function base64Field(obj: Record<string, unknown>, name: keyof typeof LENGTHS, path: string): void {
  const v = obj[name];
  const field = `${path}.${name}`;
  if (v === undefined) throw new FieldError(field, MISSING);
  if (typeof v !== 'string') throw new FieldError(field, WRONG_TYPE);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) throw new FieldError(field, NOT_BASE64);
  const bytes = Buffer.from(v, 'base64').length;
  if (bytes !== LENGTHS[name]) {
    throw new FieldError(field, {
      en: `has ${bytes} bytes where ${LENGTHS[name]} belong (cut or changed)`,
      zh: `长度为 ${bytes} 字节，应为 ${LENGTHS[name]} 字节（被截断或改动）`,
    });
  }
}

function intField(obj: Record<string, unknown>, name: string, path: string, ok: (n: number) => boolean): void {
  const v = obj[name];
  const field = `${path}.${name}`;
  if (v === undefined) throw new FieldError(field, MISSING);
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new FieldError(field, WRONG_TYPE);
  if (!ok(v)) throw new FieldError(field, BAD_VALUE);
}

function checkEntry(entry: unknown, path: string): KeyEntry {
  if (!isObject(entry)) throw new FieldError(path, entry === undefined ? MISSING : WRONG_TYPE);
  const recovery = entry.recovery;
  if (!isObject(recovery)) throw new FieldError(`${path}.recovery`, recovery === undefined ? MISSING : WRONG_TYPE);
  const rp = `${path}.recovery`;
  if (recovery.kdf === undefined) throw new FieldError(`${rp}.kdf`, MISSING);
  if (recovery.kdf !== 'scrypt') throw new FieldError(`${rp}.kdf`, BAD_VALUE);
  // Bounded so a changed number cannot make the start hang or exhaust memory in scrypt.
  intField(recovery, 'N', rp, (n) => n >= 2 ** 10 && n <= 2 ** 20 && (n & (n - 1)) === 0);
  intField(recovery, 'r', rp, (n) => n >= 1 && n <= 32);
  intField(recovery, 'p', rp, (n) => n >= 1 && n <= 16);
  for (const name of ['salt', 'iv', 'tag', 'wrapped'] as const) base64Field(recovery, name, rp);
  if (entry.keychain !== undefined) {
    if (typeof entry.keychain !== 'string') throw new FieldError(`${path}.keychain`, WRONG_TYPE);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(entry.keychain)) throw new FieldError(`${path}.keychain`, NOT_BASE64);
  }
  return entry as unknown as KeyEntry;
}

function checkBackup(raw: unknown, keys: Record<string, KeyEntry>): SealedBackupKey {
  if (!isObject(raw)) throw new FieldError('backup', WRONG_TYPE);
  // Sealed under a key the file still holds, or nothing could open it.
  intField(raw, 'keyId', 'backup', (n) => n >= 1 && keys[n] !== undefined);
  for (const name of ['iv', 'tag', 'wrapped'] as const) base64Field(raw, name, 'backup');
  return { keyId: raw.keyId as number, iv: raw.iv as string, tag: raw.tag as string, wrapped: raw.wrapped as string };
}

function checkStructure(raw: Record<string, unknown>): { record: KeyFile; checksum: unknown } {
  if (raw.version === 2) {
    // The first release's file held one key with its wraps at the top level, and no checksum.
    const { version: _v, ...entry } = raw;
    return { record: { version: 3, current: 1, keys: { 1: checkEntry(entry, '(key)') } }, checksum: undefined };
  }
  intField(raw, 'current', '', (n) => n >= 1);
  const current = raw.current as number;
  if (!isObject(raw.keys)) throw new FieldError('keys', raw.keys === undefined ? MISSING : WRONG_TYPE);
  const keys: Record<string, KeyEntry> = {};
  for (const [id, entry] of Object.entries(raw.keys)) {
    if (!/^[1-9]\d*$/.test(id)) throw new FieldError(`keys.${id}`, BAD_VALUE);
    keys[id] = checkEntry(entry, `keys.${id}`);
  }
  if (!keys[current]) throw new FieldError(`keys.${current}`, MISSING);
  const backup = raw.backup === undefined ? undefined : checkBackup(raw.backup, keys);
  if (raw.checksum !== undefined && typeof raw.checksum !== 'string') throw new FieldError('checksum', WRONG_TYPE);
  return { record: { version: raw.version === 4 ? 4 : 3, current, keys, ...(backup && { backup }) }, checksum: raw.checksum };
}

/**
 * Reads the key file's text into a record, or says exactly what is wrong with
 * it: empty, cut short, not JSON, a newer or unknown format, a field missing or
 * malformed, or content that no longer matches its checksum. Files written
 * before the checksum existed are still read (they cannot tell a flipped bit
 * from a wrong passphrase; they get a checksum at their next write).
 */
export function parseKeyFile(file: string, text: string): { record: KeyFile; hasChecksum: boolean } {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new StartupError('KEY_FILE_EMPTY', { file });
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    // A file cut short by a power loss starts like JSON and never closes.
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) throw new StartupError('KEY_FILE_TRUNCATED', { file, size: Buffer.byteLength(text) });
    throw new StartupError('KEY_FILE_NOT_JSON', { file });
  }
  if (!isObject(raw)) throw new StartupError('KEY_FILE_NOT_JSON', { file });
  const version = raw.version;
  if (version === undefined) throw new StartupError('KEY_FILE_FIELD', { file, field: 'version', problem: MISSING.en, problemZh: MISSING.zh });
  if (typeof version === 'number' && Number.isInteger(version) && version > VERSION) throw new StartupError('KEY_FILE_NEWER', { file, version });
  if (version !== 2 && version !== 3 && version !== 4) throw new StartupError('KEY_FILE_UNKNOWN_VERSION', { file, version: JSON.stringify(version) });
  try {
    const { record, checksum } = checkStructure(raw);
    if (checksum !== undefined && checksum !== keyFileChecksum(record)) throw new StartupError('KEY_FILE_CHECKSUM', { file });
    return { record, hasChecksum: checksum !== undefined };
  } catch (err) {
    if (err instanceof FieldError) throw new StartupError('KEY_FILE_FIELD', { file, field: err.field.replace(/^\./, ''), problem: err.problem.en, problemZh: err.problem.zh });
    throw err;
  }
}
