import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ID_BYTES } from './crypto';
import { bodyLength, HEADER_BYTES } from './chunk-record';

/** Where one chunk's record lies. */
export interface ChunkLocation {
  packId: string;
  offset: number;
  length: number;
}

export interface PackTable {
  packId: string;
  entries: { id: Buffer; offset: number; length: number }[];
}

/** A pack's table: 'RDIX', version, count, entries [id 16B][offset u32][length u32], then a SHA-256 of all before. */
const MAGIC = Buffer.from('RDIX');
const ENTRY_BYTES = ID_BYTES + 8;
const SUM_BYTES = 32;

export function encodeIndex(entries: PackTable['entries']): Buffer {
  const body = Buffer.alloc(12 + entries.length * ENTRY_BYTES);
  MAGIC.copy(body, 0);
  body.writeUInt32BE(1, 4);
  body.writeUInt32BE(entries.length, 8);
  entries.forEach((e, i) => {
    const at = 12 + i * ENTRY_BYTES;
    e.id.copy(body, at);
    body.writeUInt32BE(e.offset, at + ID_BYTES);
    body.writeUInt32BE(e.length, at + ID_BYTES + 4);
  });
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

function decodeIndex(buf: Buffer): PackTable['entries'] | null {
  if (buf.length < 12 + SUM_BYTES || !buf.subarray(0, 4).equals(MAGIC)) return null;
  const body = buf.subarray(0, buf.length - SUM_BYTES);
  if (!createHash('sha256').update(body).digest().equals(buf.subarray(buf.length - SUM_BYTES))) return null;
  const count = body.readUInt32BE(8);
  if (body.length !== 12 + count * ENTRY_BYTES) return null;
  return Array.from({ length: count }, (_, i) => {
    const at = 12 + i * ENTRY_BYTES;
    return { id: Buffer.from(body.subarray(at, at + ID_BYTES)), offset: body.readUInt32BE(at + ID_BYTES), length: body.readUInt32BE(at + ID_BYTES + 4) };
  });
}

/**
 * A pack's records found by walking it: records carry their own lengths, so
 * a damaged .idx never loses the chunks its pack holds. A truncated tail is
 * left out (its chunk reads as missing, never as wrong data).
 */
function scanPack(file: string): PackTable['entries'] {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const entries: PackTable['entries'] = [];
  try {
    for (let at = 0; at + HEADER_BYTES <= size; ) {
      readSync(fd, header, 0, HEADER_BYTES, at);
      const length = HEADER_BYTES + bodyLength(header);
      if (at + length > size) break;
      entries.push({ id: Buffer.from(header.subarray(0, ID_BYTES)), offset: at, length });
      at += length;
    }
  } finally {
    closeSync(fd);
  }
  return entries;
}

/** Every pack's table; the store's index is built from them. Packs in name order, so the index is the same on every read. */
export function readPackTables(packsDir: string): PackTable[] {
  if (!existsSync(packsDir)) return [];
  const names = readdirSync(packsDir).filter((n) => n.endsWith('.pack')).sort();
  const tables: PackTable[] = [];
  for (const name of names) {
    const packId = name.slice(0, -'.pack'.length);
    const idx = join(packsDir, `${packId}.idx`);
    if (!existsSync(idx)) continue; // not yet (or never) committed: clean-up removes it
    const entries = decodeIndex(readFileSync(idx)) ?? scanPack(join(packsDir, name));
    tables.push({ packId, entries });
  }
  return tables;
}

/** Chunk id (hex) → its location; a chunk present twice (a repack cut short) resolves to the first pack by name. */
export function buildIndex(tables: PackTable[]): Map<string, ChunkLocation> {
  const index = new Map<string, ChunkLocation>();
  for (const t of tables) {
    for (const e of t.entries) {
      const key = e.id.toString('hex');
      if (!index.has(key)) index.set(key, { packId: t.packId, offset: e.offset, length: e.length });
    }
  }
  return index;
}
