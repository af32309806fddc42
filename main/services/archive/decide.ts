import { eq, sql } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import type { DocumentDetail } from '../../../contract/archive';
import { documents, documentVersions } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { documentDetailOf, visibleVersion } from './rows';

/**
 * A manager decides a pending version: never the one who submitted it (four
 * eyes), a rejection always with a note (the contract refuses one without).
 * Approval makes it the version in force when it is the newest approved.
 */
export function decideVersion(ctx: ServiceContext, input: Parsed<'archive', 'decideVersion'>): DocumentDetail {
  return ctx.write(
    (tx) => {
      const { version, documentId } = visibleVersion(tx, input.versionId, ctx.session);
      if (version.status !== 'pending') {
        throw new AppError('CONFLICT', 'That version was already decided.', { reason: 'versionDecided' }, [{ path: 'versionId', message: 'archive.versionDecided' }]);
      }
      if (version.submitted_by_user_id === ctx.session.operatorId) {
        throw new AppError('FORBIDDEN', 'A version is decided by a manager other than who submitted it.', { reason: 'ownVersion' }, [{ path: 'versionId', message: 'archive.ownVersion' }]);
      }
      const approve = input.decision === 'approve';
      tx.update(documentVersions)
        .set({ status: approve ? 'approved' : 'rejected', decidedByUserId: ctx.session.operatorId, decidedByName: ctx.session.operatorName, decidedAt: tx.at, decisionNote: input.note.trim() })
        .where(eq(documentVersions.id, input.versionId))
        .run();
      const newest = tx.get<{ id: string }>(
        sql`SELECT id FROM document_versions WHERE document_id = ${documentId} AND status = 'approved' AND deleted_at IS NULL ORDER BY version_no DESC LIMIT 1`,
      );
      tx.update(documents).set({ currentVersionId: newest!.id }).where(eq(documents.id, documentId)).run();
      return { versionNo: version.version_no, detail: documentDetailOf(tx, documentId, ctx.session) };
    },
    (r) => ({
      action: input.decision === 'approve' ? 'document.version.approve' : 'document.version.reject',
      entity: 'document',
      entityId: r.detail.id,
      // The code is the document's (the entry's subject in the log).
      detail: { versionNo: r.versionNo, ...(input.note.trim() && { note: input.note.trim() }) },
    }),
  ).detail;
}
