import { and, eq, isNull } from 'drizzle-orm';
import { archiveFolders, clients, people, visitPlans, visits } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import { classRow } from './classes';

export interface MetaLinks {
  classId: string;
  folderId: string | null;
  visitId: string | null;
  planId: string | null;
  clientId: string | null;
  personId: string | null;
}

function missing(path: string, message: string): AppError {
  return new AppError('VALIDATION', `The ${path} does not exist.`, undefined, [{ path, message }]);
}

/**
 * Everything a document points at must exist: its class (and an archived
 * class or folder takes no new document — `keep` lets a document already there stay).
 */
export function checkLinks(db: ReadDb, m: MetaLinks, keep: { classId?: string; folderId?: string | null } = {}): { retentionYears: number; defaultSecurity: string } {
  const cls = classRow(db, m.classId);
  if (!cls || (cls.archivedAt && keep.classId !== m.classId)) throw missing('classId', 'archive.classNotFound');
  if (m.folderId) {
    const f = db.select({ archivedAt: archiveFolders.archivedAt }).from(archiveFolders).where(and(eq(archiveFolders.id, m.folderId), isNull(archiveFolders.deletedAt))).get();
    if (!f || (f.archivedAt && keep.folderId !== m.folderId)) throw missing('folderId', 'archive.folderNotFound');
  }
  if (m.visitId && !db.select({ id: visits.id }).from(visits).where(eq(visits.id, m.visitId)).get()) throw missing('visitId', 'archive.linkNotFound');
  if (m.planId && !db.select({ id: visitPlans.id }).from(visitPlans).where(and(eq(visitPlans.id, m.planId), isNull(visitPlans.deletedAt))).get()) throw missing('planId', 'archive.linkNotFound');
  if (m.clientId && !db.select({ id: clients.id }).from(clients).where(and(eq(clients.id, m.clientId), isNull(clients.deletedAt))).get()) throw missing('clientId', 'client.notFound');
  if (m.personId && !db.select({ id: people.id }).from(people).where(and(eq(people.id, m.personId), isNull(people.deletedAt))).get()) throw missing('personId', 'archive.linkNotFound');
  return { retentionYears: cls.retentionYears, defaultSecurity: cls.defaultSecurity };
}

/** Tags as stored: trimmed, each once, in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}
