import { entryHash, GENESIS, UNSTORED_LINK } from '../../main/audit/audit-log';
import type { Random } from './random';
import { uuidV7At } from './random';
import type { BulkStore } from './store';

/**
 * Appends history to the desk's own audit chain exactly as appendAudit does
 * (main/audit/audit-log.ts: same canonical hash and device_seq, no stored link), but
 * keeps the chain's end in memory instead of reading it back for each entry.
 * Entries must be appended in time order, as a desk writes them.
 */
export class AuditChain {
  private lastHash: string;
  private deviceSeq: number;
  private lastAt = 0;

  constructor(
    private readonly store: BulkStore,
    private readonly deviceId: string,
    private readonly random: Random,
  ) {
    const last = store
      .prepare('SELECT hash, device_seq AS deviceSeq, at FROM audit_log WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1')
      .get(deviceId) as { hash: string; deviceSeq: number; at: string } | undefined;
    this.lastHash = last?.hash ?? GENESIS;
    this.deviceSeq = last?.deviceSeq ?? 0;
    this.lastAt = last ? Date.parse(last.at) : 0;
  }

  append(at: number, actor: string, action: string, entity: string, entityId: string | null, detail: Record<string, unknown>): void {
    // Events the timeline runs within the same millisecond may carry times a fraction of it apart:
    // such an entry follows its predecessor's instant. Anything further back is a generator defect.
    if (at < this.lastAt - 1) throw new Error(`audit entries out of order: ${action} at ${new Date(at).toISOString()} after ${new Date(this.lastAt).toISOString()}`);
    at = Math.max(at, this.lastAt);
    this.lastAt = at;
    const fields = { id: uuidV7At(at, this.random), at: new Date(at).toISOString(), deviceId: this.deviceId, actor, action, entity, entityId, detail: JSON.stringify(detail) };
    const hash = entryHash(this.lastHash, fields);
    this.deviceSeq += 1;
    this.store.insert('audit_log', {
      id: fields.id,
      at: fields.at,
      device_id: fields.deviceId,
      actor,
      action,
      entity,
      entity_id: entityId,
      detail: fields.detail,
      prev_hash: UNSTORED_LINK.prevHash,
      hash,
      device_seq: this.deviceSeq,
      prev_id: UNSTORED_LINK.prevId,
    });
    this.lastHash = hash;
  }
}
