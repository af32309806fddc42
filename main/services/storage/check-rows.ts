import { desc, inArray } from 'drizzle-orm';
import type { StorageCheck } from '../../../contract/archive';
import { documents, documentVersions, storageChecks } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { mayCall } from '../../security/roles';

/**
 * What a check row keeps of a problem: the file's hash and which document
 * versions use it, by id — never a title, so a document destroyed later
 * leaves no word of it here. Codes and titles are read when it is shown.
 */
export interface StoredProblem {
  kind: StorageCheck['problems'][number]['kind'];
  contentHash: string | null;
  uses: { documentId: string; versionNo: number }[];
}

/** The versions that use each of these files. */
export function usesOf(ctx: ServiceContext, hashes: string[]): Map<string, StoredProblem['uses']> {
  const uses = new Map<string, StoredProblem['uses']>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = ctx.db
      .select({ contentHash: documentVersions.contentHash, documentId: documentVersions.documentId, versionNo: documentVersions.versionNo })
      .from(documentVersions)
      .where(inArray(documentVersions.contentHash, hashes.slice(i, i + 500)))
      .all();
    for (const r of rows) uses.set(r.contentHash, [...(uses.get(r.contentHash) ?? []), { documentId: r.documentId, versionNo: r.versionNo }]);
  }
  return uses;
}

/** A stored check as the screen shows it: problems with their documents' codes and titles as they are now (confidential ones only for who may see them). */
export function checkView(ctx: ServiceContext, row: typeof storageChecks.$inferSelect): StorageCheck {
  const stored = JSON.parse(row.problems) as StoredProblem[];
  const ids = [...new Set(stored.flatMap((p) => p.uses.map((u) => u.documentId)))];
  const docs = new Map<string, { code: string; title: string; security: string; deletedAt: string | null }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = ctx.db
      .select({ id: documents.id, code: documents.code, title: documents.title, security: documents.security, deletedAt: documents.deletedAt })
      .from(documents)
      .where(inArray(documents.id, ids.slice(i, i + 500)))
      .all();
    for (const r of rows) docs.set(r.id, r);
  }
  const seesConfidential = mayCall(ctx.session, 'archive.confidential');
  return {
    id: row.id,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    trigger: row.trigger,
    files: row.files,
    bytes: row.bytes,
    database: JSON.parse(row.database) as string[],
    intact: row.intact,
    problems: stored.map((p) => ({
      kind: p.kind,
      contentHash: p.contentHash,
      documents: p.uses.flatMap((u) => {
        const doc = docs.get(u.documentId);
        if (!doc || doc.deletedAt) return [];
        const title = doc.security === 'confidential' && !seesConfidential ? '' : doc.title;
        return [{ id: u.documentId, code: doc.code, title, versionNo: u.versionNo }];
      }),
    })),
  };
}

export function newestCheck(ctx: ServiceContext): typeof storageChecks.$inferSelect | undefined {
  return ctx.db.select().from(storageChecks).orderBy(desc(storageChecks.startedAt)).limit(1).get();
}
