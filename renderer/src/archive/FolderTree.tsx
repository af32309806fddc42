import { Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveFolder } from '../../../contract/archive';
import { localName } from './useArchiveRefs';

const ALL = '__all__';

/** Folders as antd tree nodes, each with how many documents are filed in it or below. */
export function treeNodes(folders: ArchiveFolder[], language: string, withCounts: boolean, parentId: string | null = null): TreeDataNode[] {
  return folders
    .filter((f) => f.parentId === parentId && !(f.archived && !withCounts))
    .map((f) => ({
      key: f.id,
      title: (
        <span className={f.archived ? 'archive-tree__name archive-tree__name--archived' : 'archive-tree__name'} data-testid={`folder-${f.nameZh}`}>
          {localName(f, language)}
          {withCounts && <span className="archive-tree__count">{f.documents}</span>}
        </span>
      ),
      children: treeNodes(folders, language, withCounts, f.id),
    }));
}

/** The archive's three-level tree; choosing a folder shows what is filed in it and below. */
export function FolderTree({ folders, selected, onSelect }: { folders: ArchiveFolder[]; selected: string | undefined; onSelect: (id: string | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const total = folders.filter((f) => f.parentId === null).reduce((n, f) => n + f.documents, 0);
  const data = useMemo<TreeDataNode[]>(
    () => [
      {
        key: ALL,
        title: (
          <span className="archive-tree__name" data-testid="folder-all">
            {t('archiveDocs.allFolders')}
            <span className="archive-tree__count">{total}</span>
          </span>
        ),
        children: treeNodes(folders, i18n.language, true),
      },
    ],
    [folders, i18n.language, t, total],
  );
  return (
    <nav className="archive-tree" aria-label={t('archiveDocs.tree')} data-testid="archive-tree">
      {folders.length > 0 && (
        <Tree
          blockNode
          defaultExpandedKeys={[ALL]}
          selectedKeys={[selected ?? ALL]}
          onSelect={(keys) => {
            const key = keys[0];
            onSelect(key === undefined || key === ALL ? undefined : String(key));
          }}
          treeData={data}
        />
      )}
    </nav>
  );
}
