import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './errors';
import type { ChunkLocation } from './pack-index';

/** Reads records out of packs, keeping each pack open once. */
export class PackReader {
  private readonly fds = new Map<string, number>();

  constructor(private readonly packsDir: string) {}

  read(loc: ChunkLocation): Buffer {
    let fd = this.fds.get(loc.packId);
    if (fd === undefined) {
      try {
        fd = openSync(join(this.packsDir, `${loc.packId}.pack`), 'r');
      } catch (err) {
        throw new BackupError('chunk-missing', `The pack ${loc.packId} cannot be opened: ${(err as Error).message}`);
      }
      this.fds.set(loc.packId, fd);
    }
    const buf = Buffer.alloc(loc.length);
    const n = readSync(fd, buf, 0, loc.length, loc.offset);
    if (n !== loc.length) throw new BackupError('chunk-damaged', `The pack ${loc.packId} is shorter than its index says.`);
    return buf;
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
