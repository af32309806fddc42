import type { SealReport } from '../../../contract/audit';
import { checkSeal, readSeal, sealHead, type SealCheck } from '../../audit/seal';
import type { ServiceContext } from '../../core/context';

/**
 * Compares the seal with the chain, tells a chain shorter than its seal (or a
 * seal this desk did not write) once — an audit entry with the numbers, and the
 * finding kept for the screens — then seals the head as it is now. Run by the
 * seal's timer after commits, at close, and as soon as the backup key is open
 * (start, unseal, setup): that first run is start-up's check. Nothing on a
 * sealed desk: without the backup key the seal can be neither checked nor
 * written, and the check waits for the unseal.
 */
export function sealAuditHead(ctx: ServiceContext): SealCheck | null {
  if (ctx.runtime.sealed) return null;
  const b = ctx.runtime.backupKey();
  const check = checkSeal(ctx.db, readSeal(ctx.dataDir), b, ctx.deviceId);
  const detail = { sealedEntries: check.sealed?.deviceSeq ?? 0, foundEntries: check.found.deviceSeq };
  if (check.state === 'short') {
    ctx.runtime.sealFinding = { ...check, state: 'short', at: ctx.now().toISOString() };
    ctx.writeAs('system', () => null, () => ({ action: 'audit.sealShort', entity: 'audit', entityId: null, detail }));
  } else if (check.state === 'forged') {
    ctx.runtime.sealFinding = { ...check, state: 'forged', at: ctx.now().toISOString() };
    ctx.writeAs('system', () => null, () => ({ action: 'audit.sealForged', entity: 'audit', entityId: null, detail }));
  }
  sealHead(ctx.dataDir, ctx.db, ctx.deviceId, b, ctx.now());
  return check;
}

/** The seal against the chain now (a read: nothing written), and this run's finding. */
export function auditSealReport(ctx: ServiceContext): SealReport {
  const b = ctx.runtime.sealed ? null : ctx.runtime.backupKey();
  return { ...checkSeal(ctx.db, readSeal(ctx.dataDir), b, ctx.deviceId), reported: ctx.runtime.sealFinding };
}
