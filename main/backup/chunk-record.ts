import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { chunkIdOf, ID_BYTES, IV_BYTES, open, seal, TAG_BYTES, type BackupKeys } from './crypto';
import { BackupError } from './errors';

/** One stored chunk in a pack: [id 16B][iv 12B][tag 16B][len u32][ciphertext]. */
export const HEADER_BYTES = ID_BYTES + IV_BYTES + TAG_BYTES + 4;
/** The high bit of len says the plaintext was deflated first (a chunk is at most 64 KiB, far below it). */
const DEFLATED = 0x8000_0000;

/** Compressed only when that saves space: encrypted or random pages stay raw. */
export function encodeChunk(keys: BackupKeys, id: Buffer, plain: Buffer): Buffer {
  const packed = deflateRawSync(plain, { level: 1 });
  const deflated = packed.length < plain.length;
  const sealed = seal(keys.chunk, deflated ? packed : plain, id);
  const header = Buffer.alloc(HEADER_BYTES);
  id.copy(header, 0);
  sealed.iv.copy(header, ID_BYTES);
  sealed.tag.copy(header, ID_BYTES + IV_BYTES);
  header.writeUInt32BE((sealed.data.length | (deflated ? DEFLATED : 0)) >>> 0, ID_BYTES + IV_BYTES + TAG_BYTES);
  return Buffer.concat([header, sealed.data]);
}

/** Length of the ciphertext that follows a record's header. */
export function bodyLength(header: Buffer): number {
  return (header.readUInt32BE(ID_BYTES + IV_BYTES + TAG_BYTES) & ~DEFLATED) >>> 0;
}

/**
 * The plaintext of a record, checked twice: the GCM tag (nothing changed,
 * right key) and the id recomputed from the plaintext (it is the chunk the
 * manifest asked for).
 */
export function decodeChunk(keys: BackupKeys, record: Buffer, expectedId: Buffer): Buffer {
  const id = record.subarray(0, ID_BYTES);
  if (!id.equals(expectedId)) throw new BackupError('chunk-damaged', `A stored chunk has the id ${id.toString('hex')} where ${expectedId.toString('hex')} was expected.`);
  const lenField = record.readUInt32BE(ID_BYTES + IV_BYTES + TAG_BYTES);
  const data = record.subarray(HEADER_BYTES);
  if (data.length !== ((lenField & ~DEFLATED) >>> 0)) throw new BackupError('chunk-damaged', `The chunk ${id.toString('hex')} is truncated.`);
  let plain: Buffer;
  try {
    const body = open(keys.chunk, { iv: record.subarray(ID_BYTES, ID_BYTES + IV_BYTES), tag: record.subarray(ID_BYTES + IV_BYTES, HEADER_BYTES - 4), data }, id);
    plain = (lenField & DEFLATED) !== 0 ? inflateRawSync(body) : body;
  } catch {
    throw new BackupError('chunk-damaged', `The chunk ${id.toString('hex')} fails its authentication check (changed on disk).`);
  }
  if (!chunkIdOf(keys, plain).equals(expectedId)) throw new BackupError('chunk-damaged', `The chunk ${id.toString('hex')} does not hold the content its id names.`);
  return plain;
}
