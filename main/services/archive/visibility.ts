import { sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { mayCall, type Session } from '../../security/roles';

/** Whether this user sees confidential documents at all (DESIGN15: others do not see them in lists or search). */
export function seesConfidential(session: Session): boolean {
  return mayCall(session, 'archive.confidential');
}

/** The list's and search's condition on a document aliased `alias`: what this user may see. */
export function visibleTo(session: Session, alias: string): SQL {
  const a = sql.raw(alias);
  return seesConfidential(session) ? sql`${a}.deleted_at IS NULL` : sql`${a}.deleted_at IS NULL AND ${a}.security <> 'confidential'`;
}

/** A document that is gone or hidden from this user reads as not there (a hidden one is not confirmed to exist). */
export function documentNotFound(): AppError {
  return new AppError('NOT_FOUND', 'No such document.', { reason: 'documentNotFound' });
}

export function mayApprove(ctx: ServiceContext): boolean {
  return mayCall(ctx.session, 'archive.approve');
}

/**
 * Only someone who may see confidential documents may make one less secret
 * (DESIGN15): lowering a confidential document, or filing a document of a
 * class that is confidential by default (a contract) at a lower level.
 */
export function checkLowering(session: Session, from: string, to: string): void {
  if (from === 'confidential' && to !== 'confidential' && !seesConfidential(session)) {
    throw new AppError('FORBIDDEN', 'Lowering a confidential document needs archive.confidential.', { reason: 'lowerConfidential' }, [{ path: 'security', message: 'archive.lowerConfidential' }]);
  }
}
