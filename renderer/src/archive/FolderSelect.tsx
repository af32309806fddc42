import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArchiveFolder } from '../../../contract/archive';
import { localName } from './useArchiveRefs';

interface Node {
  value: string;
  title: string;
  children: Node[];
}

function nodes(folders: ArchiveFolder[], language: string, parentId: string | null, keep: string | null | undefined): Node[] {
  return folders
    .filter((f) => f.parentId === parentId && (!f.archived || f.id === keep))
    .map((f) => ({ value: f.id, title: localName(f, language), children: nodes(folders, language, f.id, keep) }));
}

/** A folder of the tree (archived ones are offered no more, unless already chosen). */
export function FolderSelect({ id, value, onChange, folders, testId = 'upload-folder' }: { id?: string; value?: string | null; onChange?: (v: string | null) => void; folders: ArchiveFolder[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={nodes(folders, i18n.language, null, value)}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={t('archiveDocs.unfiled')}
      treeDefaultExpandAll={false}
      data-testid={testId}
    />
  );
}
