import type { ServiceContext } from '../core/context';
import type { RestoreMarker } from '../services/backup';

const ACTIONS = { app: 'backup.restored', 'first-run': 'backup.restoredNewPc', rescue: 'backup.restoredAfterDamage' } as const;

/**
 * The restored database's own record of the restore: who, from which
 * snapshot, and where the replaced state was saved. Written by the app at the
 * first start on the restored data; the audit seal then starts from this head
 * (the chain is shorter than the old seal on purpose).
 */
export function recordRestore(ctx: ServiceContext, marker: RestoreMarker): void {
  ctx.writeAs(
    marker.by,
    () => null,
    () => ({
      action: ACTIONS[marker.via],
      entity: 'backup',
      entityId: marker.snapshotId,
      detail: { snapshotAt: marker.snapshotAt, savedAs: marker.savedAs },
    }),
  );
}
