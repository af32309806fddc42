import { sql } from 'drizzle-orm';
import { FOLDER_LEVELS, type ArchiveFolder } from '../../../contract/archive';
import type { ReadDb } from '../../core/write-path';
import type { Session } from '../../security/roles';
import { visibleTo } from './visibility';

interface FolderRow {
  id: string;
  parent_id: string | null;
  level: ArchiveFolder['level'];
  name_zh: string;
  name_en: string;
  sort: number;
  archived_at: string | null;
}

/** The tree's rows (a few hundred at most: administrators keep it), parents before children in sort order. */
export function folderRows(db: ReadDb): FolderRow[] {
  return db.all<FolderRow>(
    sql`SELECT id, parent_id, level, name_zh, name_en, sort, archived_at FROM archive_folders WHERE deleted_at IS NULL ORDER BY sort, name_zh, id`,
  );
}

/** Each folder's names from the top down (the Chinese names: the list shows them as the path). */
export function folderPaths(db: ReadDb): Map<string, string[]> {
  const rows = folderRows(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string[]>();
  const pathOf = (id: string, depth = 0): string[] => {
    const known = paths.get(id);
    if (known) return known;
    const r = byId.get(id);
    if (!r || depth > FOLDER_LEVELS.length) return [];
    const path = [...(r.parent_id ? pathOf(r.parent_id, depth + 1) : []), r.name_zh];
    paths.set(id, path);
    return path;
  };
  for (const r of rows) pathOf(r.id);
  return paths;
}

/** A folder and every folder below it: "this folder" in the list includes its subfolders. */
export function subtreeIds(db: ReadDb, folderId: string): string[] {
  const rows = folderRows(db);
  const children = new Map<string, string[]>();
  for (const r of rows) if (r.parent_id) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r.id]);
  const out: string[] = [];
  const walk = (id: string, depth: number) => {
    out.push(id);
    if (depth < FOLDER_LEVELS.length) for (const c of children.get(id) ?? []) walk(c, depth + 1);
  };
  walk(folderId, 1);
  return out;
}

/** The tree with how many documents (this user may see) are filed in each folder or below it. */
export function listFolders(db: ReadDb, session: Session): ArchiveFolder[] {
  const rows = folderRows(db);
  const direct = new Map(
    db
      .all<{ folder_id: string; n: number }>(sql`SELECT d.folder_id, count(*) AS n FROM documents d WHERE ${visibleTo(session, 'd')} AND d.folder_id IS NOT NULL GROUP BY d.folder_id`)
      .map((r) => [r.folder_id, r.n]),
  );
  const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
  const total = new Map<string, number>();
  for (const [folderId, n] of direct) {
    // Up the chain: a document in a stage counts for its tier and its business type too.
    for (let id: string | null | undefined = folderId, depth = 0; id && depth <= FOLDER_LEVELS.length; id = parentOf.get(id), depth++) {
      total.set(id, (total.get(id) ?? 0) + n);
    }
  }
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    level: r.level,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    sort: r.sort,
    archived: r.archived_at !== null,
    documents: total.get(r.id) ?? 0,
  }));
}
