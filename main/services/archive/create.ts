import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { DocumentDetail } from '../../../contract/archive';
import { documents, documentTags, documentVersions } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import type { TakenFile } from '../../documents/types';
import { recordBlob } from './blobs';
import { retainUntilOf } from './classes';
import { checkLinks, cleanTags } from './links';
import { documentDetailOf } from './rows';
import { ensureArchiveSeeds } from './seeds';
import { checkLowering } from './visibility';

/** `AR-YYMMDD-NNN`: the next number of the local day (read through the unique code index). */
function nextCode(tx: ReadDb, day: string): string {
  const prefix = `AR-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-`;
  // Past 999 a day the number grows a digit: the longest code is the newest.
  const last = tx
    .select({ code: documents.code })
    .from(documents)
    .where(and(gte(documents.code, prefix), lt(documents.code, `${prefix}~`)))
    .orderBy(desc(sql`length(${documents.code})`), desc(documents.code))
    .limit(1)
    .get();
  const n = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}

/**
 * Runs a write that uses a file the store has just placed; if the write
 * fails, the file goes too (unless another row already names it), so a
 * refused document leaves neither a row nor a file.
 */
export function withTakenFile<T>(ctx: ServiceContext, file: TakenFile, write: () => T): T {
  try {
    return write();
  } catch (e) {
    ctx.documents.discard(file);
    throw e;
  }
}

export function insertVersion(
  tx: WriteTx,
  ctx: ServiceContext,
  documentId: string,
  versionNo: number,
  file: TakenFile,
  decision: { status: 'approved'; note: string } | { status: 'pending'; reason: string },
): string {
  const id = uuidv7();
  const approved = decision.status === 'approved';
  tx.insert(documentVersions)
    .values({
      id,
      ...insertStamps(tx),
      documentId,
      versionNo,
      status: decision.status,
      contentHash: file.contentHash,
      fileName: file.fileName,
      reason: approved ? '' : decision.reason,
      submittedByUserId: ctx.session.operatorId,
      submittedByName: ctx.session.operatorName,
      decidedByUserId: approved ? ctx.session.operatorId : null,
      decidedByName: approved ? ctx.session.operatorName : null,
      decidedAt: approved ? tx.at : null,
      decisionNote: approved ? decision.note : '',
    })
    .run();
  return id;
}

export function writeTags(tx: WriteTx, documentId: string, tags: readonly string[]): void {
  tx.delete(documentTags).where(eq(documentTags.documentId, documentId)).run();
  for (const tag of tags) tx.insert(documentTags).values({ documentId, tag }).run();
}

/** The note the first version carries: it is in force at once, decided by whoever filed it (DESIGN15). */
export const FIRST_VERSION_NOTE = '首版 / first version';

/** A new document from a finished upload; its first version is in force at once. */
export async function createDocument(ctx: ServiceContext, input: Parsed<'archive', 'create'>): Promise<DocumentDetail> {
  ensureArchiveSeeds(ctx);
  // Checked before the upload is used up: a wrong class or link is fixed and sent again with the same upload.
  const { retentionYears, defaultSecurity } = checkLinks(ctx.db, input);
  checkLowering(ctx.session, defaultSecurity, input.security);
  const tags = cleanTags(input.tags);
  const confidential = input.security === 'confidential';
  const file = await ctx.documents.take(input.uploadId, ctx.session.operatorId, { confidential });
  return withTakenFile(ctx, file, () =>
    ctx.write(
      (tx) => {
        checkLinks(tx, input);
        recordBlob(tx, file, confidential);
        const id = uuidv7();
        tx.insert(documents)
          .values({
            id,
            ...insertStamps(tx),
            code: nextCode(tx, localDay(ctx.now())),
            title: input.title.trim(),
            notes: input.notes,
            classId: input.classId,
            security: input.security,
            folderId: input.folderId,
            docDate: input.docDate,
            retainUntil: retainUntilOf(input.docDate, retentionYears),
            visitId: input.visitId,
            planId: input.planId,
            clientId: input.clientId,
            personId: input.personId,
          })
          .run();
        const versionId = insertVersion(tx, ctx, id, 1, file, { status: 'approved', note: FIRST_VERSION_NOTE });
        tx.update(documents).set({ currentVersionId: versionId }).where(eq(documents.id, id)).run();
        writeTags(tx, id, tags);
        // The one who filed it sees it even when they may not see confidential files afterwards.
        return documentDetailOf(tx, id, ctx.session, { filedNow: true });
      },
      (d) => ({
        action: 'document.create',
        entity: 'document',
        entityId: d.id,
        // Code, title and level are the document's columns, the file's name, hash and size its first version's.
        detail: { stored: file.placed ? 'new' : 'existing' },
      }),
    ),
  );
}

/** A new version from a finished upload, waiting for a manager other than its submitter. */
export async function submitVersion(ctx: ServiceContext, input: Parsed<'archive', 'submitVersion'>): Promise<DocumentDetail> {
  const doc = documentDetailOf(ctx.db, input.documentId, ctx.session);
  const confidential = doc.security === 'confidential';
  const file = await ctx.documents.take(input.uploadId, ctx.session.operatorId, { confidential });
  return withTakenFile(ctx, file, () =>
    ctx.write(
      (tx) => {
        // Read again inside the write: the document may have gone or changed level while the file was checked.
        const now = documentDetailOf(tx, input.documentId, ctx.session);
        recordBlob(tx, file, now.security === 'confidential');
        const versionNo = Math.max(...now.versions.map((v) => v.versionNo)) + 1;
        const versionId = insertVersion(tx, ctx, now.id, versionNo, file, { status: 'pending', reason: input.reason.trim() });
        tx.update(documents).set({}).where(eq(documents.id, now.id)).run();
        return { versionId, versionNo, detail: documentDetailOf(tx, now.id, ctx.session) };
      },
      (r) => ({
        action: 'document.version.submit',
        entity: 'document',
        entityId: r.detail.id,
        // The version row keeps its file (name, hash); the entry says which version and why.
        detail: { versionNo: r.versionNo, reason: input.reason.trim() },
      }),
    ),
  ).detail;
}
