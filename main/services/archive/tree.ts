import { and, eq, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import { FOLDER_LEVELS, type ArchiveFolder } from '../../../contract/archive';
import { archiveFolders } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, softDelete } from '../../core/write-path';
import { listFolders } from './tree-read';

function folderNotFound(path: string): AppError {
  return new AppError('NOT_FOUND', 'No such folder.', { reason: 'folderNotFound' }, [{ path, message: 'archive.folderNotFound' }]);
}

/** Adds or renames a folder. Its level is its depth under the top, so a child of a project stage (the third level) is refused. */
export function saveFolder(ctx: ServiceContext, input: Parsed<'archive', 'saveFolder'>): ArchiveFolder[] {
  const before = input.id ? ctx.db.select().from(archiveFolders).where(and(eq(archiveFolders.id, input.id), isNull(archiveFolders.deletedAt))).get() : undefined;
  if (input.id && !before) throw folderNotFound('id');
  const parentId = before ? before.parentId : input.parentId;
  let depth = 1;
  if (!before && parentId) {
    const parent = ctx.db.select().from(archiveFolders).where(and(eq(archiveFolders.id, parentId), isNull(archiveFolders.deletedAt))).get();
    if (!parent) throw folderNotFound('parentId');
    if (parent.archivedAt) throw new AppError('CONFLICT', 'The parent folder is archived.', { reason: 'folderArchived' }, [{ path: 'parentId', message: 'archive.folderArchived' }]);
    depth = FOLDER_LEVELS.indexOf(parent.level) + 2;
    if (depth > FOLDER_LEVELS.length) throw new AppError('VALIDATION', 'The tree has three levels.', undefined, [{ path: 'parentId', message: 'archive.tooDeep' }]);
  }
  const values = { nameZh: input.nameZh.trim(), nameEn: input.nameEn.trim(), sort: input.sort };
  return ctx.write(
    (tx) => {
      const id = before?.id ?? uuidv7();
      if (before) tx.update(archiveFolders).set(values).where(eq(archiveFolders.id, id)).run();
      else tx.insert(archiveFolders).values({ id, ...insertStamps(tx), parentId, level: FOLDER_LEVELS[depth - 1]!, ...values }).run();
      return { id, folders: listFolders(tx, ctx.session) };
    },
    (r) => ({
      action: before ? 'archive.folder.rename' : 'archive.folder.add',
      entity: 'archiveFolder',
      entityId: r.id,
      detail: before ? { from: before.nameZh, to: values.nameZh } : { name: values.nameZh },
    }),
  ).folders;
}

/** Archives a folder that holds documents or subfolders (kept for them, offered no more); removes an empty one. */
export function removeFolder(ctx: ServiceContext, input: Parsed<'archive', 'removeFolder'>): ArchiveFolder[] {
  const before = ctx.db.select().from(archiveFolders).where(and(eq(archiveFolders.id, input.id), isNull(archiveFolders.deletedAt))).get();
  if (!before) throw folderNotFound('id');
  return ctx.write(
    (tx) => {
      // Any document counts here, confidential or deleted ones too: the folder is their filing place.
      const used =
        tx.get<{ n: number }>(
          sql`SELECT (SELECT count(*) FROM documents WHERE folder_id = ${input.id}) + (SELECT count(*) FROM archive_folders WHERE parent_id = ${input.id} AND deleted_at IS NULL) AS n`,
        )!.n > 0;
      if (used) tx.update(archiveFolders).set({ archivedAt: tx.at }).where(eq(archiveFolders.id, input.id)).run();
      else softDelete(tx, archiveFolders, eq(archiveFolders.id, input.id));
      return { how: used ? 'archived' : 'removed', folders: listFolders(tx, ctx.session) };
    },
    (r) => ({ action: r.how === 'archived' ? 'archive.folder.archive' : 'archive.folder.remove', entity: 'archiveFolder', entityId: input.id, detail: { name: before.nameZh } }),
  ).folders;
}
