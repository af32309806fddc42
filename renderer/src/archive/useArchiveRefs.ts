import { useCallback, useEffect, useState } from 'react';
import type { ArchiveFolder, DocumentClass } from '../../../contract/archive';
import { api } from '../api/client';

/** The tree (with counts), the classes and the tags in use: what the filters and the upload form offer. */
export function useArchiveRefs() {
  const [folders, setFolders] = useState<ArchiveFolder[]>([]);
  const [classes, setClasses] = useState<DocumentClass[]>([]);
  const [tags, setTags] = useState<{ tag: string; documents: number }[]>([]);
  const reload = useCallback(async () => {
    const [f, c, t] = await Promise.all([api.archive.folders({}), api.archive.classes({}), api.archive.tags({})]);
    if (f.ok) setFolders(f.value);
    if (c.ok) setClasses(c.value);
    if (t.ok) setTags(t.value);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { folders, classes, tags, reload };
}

/** A folder's or class's name in the language on screen (an English name may be left empty). */
export function localName(item: { nameZh: string; nameEn: string }, language: string): string {
  return language.startsWith('en') && item.nameEn ? item.nameEn : item.nameZh;
}

/** A folder's names from the top down, in the language on screen. */
export function folderPathOf(folders: ArchiveFolder[], folderId: string | null, language: string): string[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path: string[] = [];
  for (let f = folderId ? byId.get(folderId) : undefined; f && path.length < 3; f = f.parentId ? byId.get(f.parentId) : undefined) path.unshift(localName(f, language));
  return path;
}
