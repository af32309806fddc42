import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { fsyncSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';

/*
 * The store's file format (DESIGN15 "Every stored file is encrypted"): a
 * header (magic, version, a random nonce base), then the plain bytes in
 * segments of SEGMENT_BYTES, each sealed with AES-256-GCM under its own nonce
 * (the base with the segment's index mixed into its last four bytes). The
 * additional data binds the header, the segment's index and whether it is the
 * last one, so segments can be neither reordered, dropped nor cut off at the
 * end: a file cut at a segment boundary ends on a segment sealed as "not last".
 * Segments let a 200 MB file be written as it uploads and checked as it is
 * read, without holding it whole.
 */

export const SEGMENT_BYTES = 1024 * 1024;
const MAGIC = Buffer.from('RDDOC', 'ascii');
const VERSION = 1;
const NONCE_BYTES = 12;
export const HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES;
const TAG_BYTES = 16;
const SEALED_SEGMENT = SEGMENT_BYTES + TAG_BYTES;

/** A stored file that does not open: not one of ours, changed, cut short, or under another key. */
export class FileCipherError extends Error {}

function nonce(base: Buffer, index: number): Buffer {
  const n = Buffer.from(base);
  n.writeUInt32BE((n.readUInt32BE(NONCE_BYTES - 4) ^ index) >>> 0, NONCE_BYTES - 4);
  return n;
}

function aad(header: Buffer, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail[4] = last ? 1 : 0;
  return Buffer.concat([header, tail]);
}

/** The sealed size of a file of `plainSize` bytes (an empty file is one empty last segment). */
export function sealedSize(plainSize: number): number {
  const segments = Math.max(1, Math.ceil(plainSize / SEGMENT_BYTES));
  return HEADER_BYTES + plainSize + segments * TAG_BYTES;
}

/**
 * Seals bytes as they come into an open file descriptor. One segment of plain
 * bytes waits in memory until the next byte (or `finish`) tells whether it is
 * the last.
 */
export class SealingWriter {
  private readonly header: Buffer;
  private readonly base: Buffer;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  private done = false;

  constructor(
    private readonly fd: number,
    private readonly key: Buffer,
  ) {
    this.base = randomBytes(NONCE_BYTES);
    this.header = Buffer.concat([MAGIC, Buffer.from([VERSION]), this.base]);
    writeSync(fd, this.header);
  }

  write(plain: Buffer): void {
    if (this.done) throw new Error('the file is already finished');
    this.pending.push(plain);
    this.pendingBytes += plain.length;
    // Strictly more than a segment: a segment goes out only once it is known not to be the last.
    while (this.pendingBytes > SEGMENT_BYTES) {
      const all = Buffer.concat(this.pending);
      this.emit(all.subarray(0, SEGMENT_BYTES), false);
      const rest = all.subarray(SEGMENT_BYTES);
      this.pending = [Buffer.from(rest)];
      this.pendingBytes = rest.length;
    }
  }

  /** Seals the last segment and flushes the file to the disk. */
  finish(): void {
    if (this.done) return;
    this.emit(Buffer.concat(this.pending), true);
    this.pending = [];
    this.pendingBytes = 0;
    this.done = true;
    fsyncSync(this.fd);
  }

  private emit(plain: Buffer, last: boolean): void {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.base, this.index));
    cipher.setAAD(aad(this.header, this.index, last));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    writeSync(this.fd, sealed);
    this.index++;
  }
}

/** Opens one sealed segment; throws FileCipherError when it does not open. */
function openSegment(key: Buffer, header: Buffer, base: Buffer, index: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw new FileCipherError('The stored file is cut short.');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce(base, index));
  decipher.setAAD(aad(header, index, last));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new FileCipherError(`Segment ${index} of the stored file does not open (changed, cut short, or another key).`);
  }
}

/**
 * The plain bytes of a sealed file, segment by segment, each checked before it
 * is given out. Throws FileCipherError on any change (the segments before it
 * were intact; a caller that must not act on part of a file reads it whole first).
 */
export async function* openSegments(path: string, key: Buffer): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size < HEADER_BYTES + TAG_BYTES) throw new FileCipherError('The stored file is too short to be one of the store.');
    const header = Buffer.alloc(HEADER_BYTES);
    await handle.read(header, 0, HEADER_BYTES, 0);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC) || header[MAGIC.length] !== VERSION) throw new FileCipherError('The stored file has no store header.');
    const base = header.subarray(MAGIC.length + 1);
    let position = HEADER_BYTES;
    let index = 0;
    const buffer = Buffer.alloc(SEALED_SEGMENT);
    while (position < size) {
      const length = Math.min(SEALED_SEGMENT, size - position);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead !== length) throw new FileCipherError('The stored file changed while it was read.');
      position += length;
      yield openSegment(key, header, base, index, position >= size, buffer.subarray(0, length));
      index++;
    }
  } finally {
    await handle.close();
  }
}

/** The whole plain file (checked segment by segment). */
export async function openFile(path: string, key: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of openSegments(path, key)) parts.push(part);
  return Buffer.concat(parts);
}
