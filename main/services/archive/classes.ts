import { and, asc, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { DocumentClass } from '../../../contract/archive';
import { documentClasses, documents } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';

type ClassRow = typeof documentClasses.$inferSelect;

function classOf(r: ClassRow): DocumentClass {
  return {
    id: r.id,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    retentionYears: r.retentionYears,
    defaultSecurity: r.defaultSecurity,
    sort: r.sort,
    archived: r.archivedAt !== null,
  };
}

export function listClasses(db: ReadDb): DocumentClass[] {
  return db.select().from(documentClasses).where(isNull(documentClasses.deletedAt)).orderBy(asc(documentClasses.sort), asc(documentClasses.id)).all().map(classOf);
}

export function classRow(db: ReadDb, id: string): ClassRow | undefined {
  return db.select().from(documentClasses).where(and(eq(documentClasses.id, id), isNull(documentClasses.deletedAt))).get();
}

/** The last day a document of this date is kept under a period of `years` (null: for good). */
export function retainUntilOf(docDate: string, years: number): string | null {
  if (years === 0) return null;
  const [y, m, d] = docDate.split('-').map(Number) as [number, number, number];
  // 29 February plus whole years lands on 28 February of a common year, never on 1 March.
  const target = new Date(Date.UTC(y + years, m - 1, 1));
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Moves every document of a class to its new period, in the caller's write: retain_until = doc_date + years. */
function moveRetention(tx: WriteTx, classId: string, years: number): number {
  const rows = tx.select({ id: documents.id, docDate: documents.docDate }).from(documents).where(and(eq(documents.classId, classId), isNull(documents.deletedAt))).all();
  for (const r of rows) tx.update(documents).set({ retainUntil: retainUntilOf(r.docDate, years) }).where(eq(documents.id, r.id)).run();
  return rows.length;
}

/** Adds or changes a class; a changed period moves the keep-until day of its documents in the same write. */
export function saveClass(ctx: ServiceContext, input: Parsed<'archive', 'saveClass'>): DocumentClass[] {
  const before = input.id ? classRow(ctx.db, input.id) : undefined;
  if (input.id && !before) throw new AppError('NOT_FOUND', 'No such class.', { reason: 'classNotFound' }, [{ path: 'id', message: 'archive.classNotFound' }]);
  const values = {
    nameZh: input.nameZh.trim(),
    nameEn: input.nameEn.trim(),
    retentionYears: input.retentionYears,
    defaultSecurity: input.defaultSecurity,
    sort: input.sort,
  };
  return ctx.write(
    (tx) => {
      const id = before?.id ?? uuidv7();
      const row = { ...values, archivedAt: input.archived ? (before?.archivedAt ?? tx.at) : null };
      if (before) tx.update(documentClasses).set(row).where(eq(documentClasses.id, id)).run();
      else tx.insert(documentClasses).values({ id, ...insertStamps(tx), ...row }).run();
      const moved = before && before.retentionYears !== input.retentionYears ? moveRetention(tx, id, input.retentionYears) : 0;
      return { id, moved, classes: listClasses(tx) };
    },
    (r) => ({
      action: 'archive.class.save',
      entity: 'documentClass',
      entityId: r.id,
      detail: {
        name: values.nameZh,
        isNew: !before,
        ...(before && before.retentionYears !== input.retentionYears && { retentionYears: { from: before.retentionYears, to: input.retentionYears }, documents: r.moved }),
        ...(before && before.defaultSecurity !== input.defaultSecurity && { defaultSecurity: { from: before.defaultSecurity, to: input.defaultSecurity } }),
        ...(before && before.archivedAt === null && input.archived && { archived: true }),
      },
    }),
  ).classes;
}
