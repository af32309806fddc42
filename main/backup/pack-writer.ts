import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { encodeIndex, type PackTable } from './pack-index';
import { WritePacer } from './pacing';
import { fsyncDir, removeQuietly, writeFileDurably } from './store-files';

/** Packs stay below this size: few files on a USB stick, yet a repack never rewrites much. */
export const PACK_LIMIT = 64 * 1024 * 1024;

/**
 * Appends chunk records to packs. A pack becomes visible only when whole:
 * written and flushed under a temp name, then its index written, then both
 * renamed into place (pack first; clean-up removes a pack whose index is missing).
 */
export class PackWriter {
  /** Packs this writer has put in place, for read-back and for removal if the run fails. */
  readonly done: PackTable[] = [];
  private fd: number | null = null;
  private packId = '';
  private tmp = '';
  private size = 0;
  private entries: PackTable['entries'] = [];
  private pacer: WritePacer | null = null;

  constructor(
    private readonly packsDir: string,
    private readonly limit = PACK_LIMIT,
  ) {}

  /** Appends one encoded record; returns its byte count. */
  add(id: Buffer, record: Buffer): number {
    if (this.fd !== null && this.size + record.length > this.limit) this.seal();
    if (this.fd === null) this.start();
    const fd = this.fd as number;
    for (let at = 0; at < record.length; ) at += writeSync(fd, record, at, record.length - at);
    this.pacer?.wrote(record.length);
    this.entries.push({ id, offset: this.size, length: record.length });
    this.size += record.length;
    return record.length;
  }

  /** Puts the last pack in place. */
  finish(): PackTable[] {
    if (this.fd !== null) this.seal();
    return this.done;
  }

  /** Removes the pack being written and every pack this writer completed: nothing refers to them yet. */
  abort(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    removeQuietly(this.tmp);
    for (const p of this.done) {
      removeQuietly(join(this.packsDir, `${p.packId}.idx`));
      removeQuietly(join(this.packsDir, `${p.packId}.pack`));
    }
    this.done.length = 0;
  }

  private start(): void {
    this.packId = randomBytes(12).toString('hex');
    this.tmp = join(this.packsDir, `${this.packId}.pack.${randomBytes(4).toString('hex')}.tmp`);
    this.fd = openSync(this.tmp, 'w', 0o600);
    this.pacer = new WritePacer(this.fd);
    this.size = 0;
    this.entries = [];
  }

  private seal(): void {
    const fd = this.fd as number;
    fsyncSync(fd);
    closeSync(fd);
    this.fd = null;
    const pack = join(this.packsDir, `${this.packId}.pack`);
    renameSync(this.tmp, pack);
    const table = { packId: this.packId, entries: this.entries };
    this.done.push(table);
    // The index is the pack's commit: written durably (temp, fsync, rename, fsync dir) after the pack.
    writeFileDurably(join(this.packsDir, `${this.packId}.idx`), encodeIndex(this.entries), this.packsDir);
    fsyncDir(this.packsDir);
  }
}
