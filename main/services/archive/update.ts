import { eq, inArray, sql } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import type { DocumentDetail } from '../../../contract/archive';
import { documentBlobs, documents, documentTexts } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { WriteTx } from '../../core/write-path';
import { retainUntilOf } from './classes';
import { writeTags } from './create';
import { checkLinks, cleanTags } from './links';
import { documentDetailOf } from './rows';
import { checkLowering } from './visibility';

const META_FIELDS = ['title', 'notes', 'classId', 'security', 'folderId', 'docDate', 'visitId', 'planId', 'clientId', 'personId'] as const;

/** The text of files only this (now confidential) document uses leaves document_texts: a confidential file's words are kept nowhere in the clear. */
function withholdTexts(tx: WriteTx, documentId: string): void {
  const hashes = tx
    .all<{ content_hash: string }>(
      sql`SELECT DISTINCT v.content_hash FROM document_versions v WHERE v.document_id = ${documentId}
        AND NOT EXISTS (SELECT 1 FROM document_versions o JOIN documents od ON od.id = o.document_id
          WHERE o.content_hash = v.content_hash AND o.document_id <> ${documentId} AND od.security <> 'confidential' AND od.deleted_at IS NULL)`,
    )
    .map((r) => r.content_hash);
  if (hashes.length === 0) return;
  tx.delete(documentTexts).where(inArray(documentTexts.contentHash, hashes)).run();
  tx.update(documentBlobs).set({ textStatus: 'withheld' }).where(sql`${inArray(documentBlobs.contentHash, hashes)} AND ${documentBlobs.textStatus} = 'extracted'`).run();
}

/** Texts of this document's files that were withheld, extracted again now that it is no longer confidential (before the write: extraction is slow). */
async function textsToRestore(ctx: ServiceContext, documentId: string): Promise<{ contentHash: string; text: string }[]> {
  const withheld = ctx.db.all<{ content_hash: string; stored_name: string; kind: string }>(
    sql`SELECT DISTINCT b.content_hash, b.stored_name, b.kind FROM document_versions v JOIN document_blobs b ON b.content_hash = v.content_hash
      WHERE v.document_id = ${documentId} AND b.text_status = 'withheld'`,
  );
  const out: { contentHash: string; text: string }[] = [];
  for (const b of withheld) {
    const text = await ctx.documents.extractText(b.stored_name, b.content_hash, b.kind as never);
    if (text !== null) out.push({ contentHash: b.content_hash, text });
  }
  return out;
}

/** Title, notes, tags, class, level, folder, date and links; audited with the fields that changed (from → to). */
export async function updateDocument(ctx: ServiceContext, input: Parsed<'archive', 'update'>): Promise<DocumentDetail> {
  const before = documentDetailOf(ctx.db, input.id, ctx.session);
  const row = ctx.db.select().from(documents).where(eq(documents.id, input.id)).get()!;
  // Only someone who may see confidential files may make one less secret (DESIGN15); others cannot even see it, so this is defence in depth.
  checkLowering(ctx.session, row.security, input.security);
  checkLinks(ctx.db, input, { classId: row.classId, folderId: row.folderId });
  const restored = row.security === 'confidential' && input.security !== 'confidential' ? await textsToRestore(ctx, input.id) : [];
  const tags = cleanTags(input.tags);
  const changed: Record<string, { from: string | null; to: string | null }> = {};
  for (const f of META_FIELDS) {
    const to = f === 'title' ? input.title.trim() : input[f];
    if (row[f] !== to) changed[f] = { from: row[f], to };
  }
  const tagsChanged = before.tags.length !== tags.length || tags.some((t) => !before.tags.includes(t));
  return ctx.write(
    (tx) => {
      const { retentionYears } = checkLinks(tx, input, { classId: row.classId, folderId: row.folderId });
      tx.update(documents)
        .set({
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
        .where(eq(documents.id, input.id))
        .run();
      if (tagsChanged) writeTags(tx, input.id, tags);
      if (input.security === 'confidential' && row.security !== 'confidential') withholdTexts(tx, input.id);
      for (const r of restored) {
        tx.insert(documentTexts).values(r).onConflictDoNothing().run();
        tx.update(documentBlobs).set({ textStatus: 'extracted' }).where(eq(documentBlobs.contentHash, r.contentHash)).run();
      }
      return documentDetailOf(tx, input.id, ctx.session, { filedNow: true });
    },
    (d) => ({
      action: 'document.update',
      entity: 'document',
      entityId: d.id,
      detail: { code: d.code, changed, ...(tagsChanged && { tags: { from: before.tags.join('、'), to: d.tags.join('、') } }) },
    }),
  );
}
