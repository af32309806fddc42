import { SNAPSHOT_REASONS, type SnapshotReason, type SnapshotView } from '../../../contract/backup';
import type { SnapshotInfo } from '../../backup';
import type { BackupRecord } from './status-file';

const reasonOf = (r: string): SnapshotReason => ((SNAPSHOT_REASONS as readonly string[]).includes(r) ? (r as SnapshotReason) : 'manual');

/** A snapshot as the screens show it: the store's summary and this desk's last read-back of it. */
export function snapshotView(s: SnapshotInfo, record: BackupRecord): SnapshotView {
  const counts = s.counts;
  return {
    id: s.id,
    createdAt: s.createdAt,
    reason: reasonOf(s.reason),
    appVersion: s.appVersion,
    schemaVersion: s.schemaVersion,
    dbBytes: s.dbBytes,
    newBytes: s.newBytes,
    counts: {
      people: counts.people ?? 0,
      visits: counts.visits ?? 0,
      clients: counts.clients ?? 0,
      plans: counts.visit_plans ?? 0,
      auditEntries: counts.audit_log ?? 0,
    },
    durationMs: Math.round(s.durationMs),
    verified: record.verified[s.id] ?? null,
  };
}
