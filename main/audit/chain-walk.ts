import { sql } from 'drizzle-orm';
import type { ReadDb } from '../core/write-path';
import { entryHash, GENESIS, redactedAuditDetail, type HashedFields } from './entry-hash';

/** A verified entry a walk may start after (an incremental run's checkpoint), or the entry it last read. */
export interface ChainPoint {
  deviceId: string;
  deviceSeq: number;
  id: string;
  hash: string;
}

/** Where the first broken entry sits in the log's time order (AUDIT_ORDER: at, device, the device's number). */
export interface BrokenEntry {
  seq: number;
  at: string;
  deviceId: string;
  deviceSeq: number;
}

/** An entry as the walk reads it: what its hash covers, and its links. */
interface WalkRow extends HashedFields {
  seq: number;
  prevHash: string;
  hash: string;
  deviceSeq: number;
  prevId: string | null;
  /** The code of the destruction that redacted this entry, or null. */
  redactedBy: string | null;
}

/** Rows read per query: memory stays at one slice, whatever the log's size. */
export const WALK_SLICE_ROWS = 2000;

/** Below any number a device's chain can hold, so a full walk reads a device's rows from its very first. */
const BEFORE_ALL = Number.MIN_SAFE_INTEGER;

function earlier(a: BrokenEntry, b: BrokenEntry): boolean {
  if (a.at !== b.at) return a.at < b.at;
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId;
  return a.deviceSeq < b.deviceSeq;
}

/** The device after `current` in the index's order (or the first): one step down the index, however many entries each holds. */
function nextDevice(db: ReadDb, current: string | null): { d: string } | undefined {
  return db.get<{ d: string } | undefined>(
    current === null
      ? sql`SELECT device_id AS d FROM audit_log ORDER BY device_id LIMIT 1`
      : sql`SELECT device_id AS d FROM audit_log WHERE device_id > ${current} ORDER BY device_id LIMIT 1`,
  );
}

/** Each device's newest entry: two keyed reads per device, never a count of the log (a walk's total is the sum of their numbers). */
export function chainHeads(db: ReadDb): ChainPoint[] {
  const heads: ChainPoint[] = [];
  for (let next = nextDevice(db, null); next; next = nextDevice(db, next.d)) {
    const head = db.get<ChainPoint | undefined>(
      sql`SELECT device_id AS deviceId, device_seq AS deviceSeq, id, hash FROM audit_log WHERE device_id = ${next.d} ORDER BY device_seq DESC LIMIT 1`,
    );
    if (head) heads.push(head);
  }
  return heads;
}

/**
 * Walks each device's chain in (device_id, device_seq) order down the unique
 * index, a slice of rows at a time, holding only the previous entry of the
 * device being read: constant memory. `step()` reads one slice and returns, so
 * a job can give the event loop a turn between slices (no statement stays
 * open between them: the connection is free for other calls).
 *
 * An entry verifies when, within its device, it is numbered 1, 2, 3 … with no
 * gap, and its hash is the hash of its content over its predecessor's hash.
 * Its predecessor is:
 * - the entry its `prev_id` names (entries written before migration 0017 store
 *   the link; entries before per-device chains, migration 0006, name one in the
 *   single chain they were hashed in, maybe another device's): looked up by id
 *   where it is not simply the previous row; its stored `prev_hash` must be
 *   that entry's hash;
 * - with no `prev_id`, the genesis for an entry numbered 1, else the device's
 *   previous row (entries written since 0017 store no link: `prev_hash` '' and
 *   `prev_id` NULL, the hash still covers the predecessor's hash). A stored
 *   `prev_hash` (older entries, and redacted ones: see linkKeptOnRedaction)
 *   must still equal the predecessor's hash.
 * An entry a destruction redacted (audit_redactions) cannot have its hash
 * recomputed: it must say exactly what its destruction wrote, and keep its link.
 */
export class ChainWalk {
  /** Entries read so far. */
  checked = 0;
  /** The first broken entry in the log's time order, among those read. */
  firstBroken: BrokenEntry | null = null;
  /** Broken entries found so far. */
  brokenCount = 0;
  /** Each device's last entry read (the heads a clean run remembers). */
  readonly heads = new Map<string, ChainPoint>();
  private device: string | null = null;
  private prev: ChainPoint | null = null;
  private after = BEFORE_ALL;
  private finished = false;

  /** `starts`: per device, a verified entry to start after (an incremental run); others are read from their first. */
  constructor(
    private readonly db: ReadDb,
    private readonly starts: ReadonlyMap<string, ChainPoint> = new Map(),
  ) {}

  get done(): boolean {
    return this.finished;
  }

  /** Reads and checks up to `maxRows` entries; true once every chain is read. */
  step(maxRows = WALK_SLICE_ROWS): boolean {
    if (this.finished) return true;
    if (this.device === null && !this.enterDevice(null)) return true;
    const rows = this.slice(this.device!, this.after, maxRows);
    for (const row of rows) this.check(row);
    if (rows.length < maxRows && !this.enterDevice(this.device)) return true;
    return false;
  }

  /** Walks to the end at once (tests, tools); a job calls `step` between turns instead. */
  runToEnd(): this {
    while (!this.step());
    return this;
  }

  /** Moves to the device after `current` (or the first); false when there is none. */
  private enterDevice(current: string | null): boolean {
    const next = nextDevice(this.db, current);
    if (!next) {
      this.finished = true;
      return false;
    }
    this.device = next.d;
    const start = this.starts.get(next.d) ?? null;
    this.prev = start;
    this.after = start ? start.deviceSeq : BEFORE_ALL;
    if (start) this.heads.set(next.d, start);
    return true;
  }

  private slice(deviceId: string, after: number, limit: number): WalkRow[] {
    return this.db.all<WalkRow>(sql`
      SELECT a.seq, a.id, a.at, a.device_id AS deviceId, a.actor, a.action, a.entity, a.entity_id AS entityId, a.detail,
             a.prev_hash AS prevHash, a.hash, a.device_seq AS deviceSeq, a.prev_id AS prevId, d.code AS redactedBy
      FROM audit_log a
      LEFT JOIN audit_redactions r ON r.entry_id = a.id
      LEFT JOIN destruction_requests d ON d.id = r.request_id
      WHERE a.device_id = ${deviceId} AND a.device_seq > ${after}
      ORDER BY a.device_seq LIMIT ${limit}`);
  }

  private check(row: WalkRow): void {
    this.checked += 1;
    if (this.isBroken(row)) {
      this.brokenCount += 1;
      const found = { seq: row.seq, at: row.at, deviceId: row.deviceId, deviceSeq: row.deviceSeq };
      if (!this.firstBroken || earlier(found, this.firstBroken)) this.firstBroken = found;
    }
    const point = { deviceId: row.deviceId, deviceSeq: row.deviceSeq, id: row.id, hash: row.hash };
    this.prev = point;
    this.after = row.deviceSeq;
    this.heads.set(row.deviceId, point);
  }

  private isBroken(row: WalkRow): boolean {
    if (row.deviceSeq !== (this.prev?.deviceSeq ?? 0) + 1) return true;
    const predecessorHash = this.predecessorHash(row);
    if (predecessorHash === null) return true;
    if (row.prevHash !== '' && row.prevHash !== predecessorHash) return true;
    return row.redactedBy === null ? entryHash(predecessorHash, row) !== row.hash : row.detail !== redactedAuditDetail(row.redactedBy);
  }

  /** The hash this entry was chained to, or null where its predecessor is missing (or an old link was blanked). */
  private predecessorHash(row: WalkRow): string | null {
    if (row.prevId === null) return row.deviceSeq === 1 ? GENESIS : (this.prev?.hash ?? null);
    // An entry that names its predecessor keeps its stored link: a blanked one would let a redacted entry lose it.
    if (row.prevHash === '') return null;
    if (this.prev?.id === row.prevId) return this.prev.hash;
    return this.db.get<{ hash: string } | undefined>(sql`SELECT hash FROM audit_log WHERE id = ${row.prevId}`)?.hash ?? null;
  }
}
