import { Badge, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArchiveFolder, DocumentClass, DocumentSummary } from '../../../contract/archive';
import { KeyPagedTable } from '../search/KeyPagedTable';
import type { KeyPagedView } from '../search/useKeyPagedList';
import { SecurityTag } from './SecurityTag';
import { folderPathOf, localName } from './useArchiveRefs';

interface Props {
  list: KeyPagedView<DocumentSummary>;
  classes: DocumentClass[];
  folders: ArchiveFolder[];
  onOpen: (doc: DocumentSummary) => void;
}

/** The documents, read as they scroll; titles and paths wrap rather than being cut. */
export function DocumentsTable({ list, classes, folders, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const classById = new Map(classes.map((c) => [c.id, c]));
  const columns: TableColumnsType<DocumentSummary> = [
    { key: 'code', title: t('archiveDocs.columns.code'), width: 130, render: (_, d) => <span className="archive-code">{d.code}</span> },
    {
      key: 'title',
      title: t('archiveDocs.columns.title'),
      render: (_, d) => (
        <span className="archive-title" data-testid="document-title">
          {d.title}
          {d.pendingVersions > 0 && <Badge className="archive-pending" count={t('archiveDocs.pendingBadge', { count: d.pendingVersions })} color="orange" />}
        </span>
      ),
    },
    {
      key: 'class',
      title: t('archiveDocs.columns.class'),
      width: 100,
      render: (_, d) => {
        const c = classById.get(d.classId);
        return c ? localName(c, i18n.language) : '';
      },
    },
    { key: 'folder', title: t('archiveDocs.columns.folder'), width: 170, render: (_, d) => <span className="archive-path">{(folders.length ? folderPathOf(folders, d.folderId, i18n.language) : d.folderPath).join(' / ')}</span> },
    {
      key: 'tags',
      title: t('archiveDocs.columns.tags'),
      width: 160,
      render: (_, d) => (
        <span className="archive-tags">
          {d.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </span>
      ),
    },
    { key: 'date', title: t('archiveDocs.columns.date'), width: 110, dataIndex: 'docDate' },
    { key: 'version', title: t('archiveDocs.columns.version'), width: 70, align: 'right', render: (_, d) => `v${d.current.versionNo}` },
    { key: 'security', title: t('archiveDocs.columns.security'), width: 80, render: (_, d) => <SecurityTag level={d.security} /> },
    {
      key: 'links',
      title: t('archiveDocs.columns.links'),
      width: 130,
      render: (_, d) => <span className="archive-path">{[d.linkNames.client, d.linkNames.person, d.linkNames.plan].filter(Boolean).join(' · ')}</span>,
    },
  ];
  return (
    <KeyPagedTable<DocumentSummary>
      testId="documents-table"
      label={t('archiveDocs.title')}
      rowKey="id"
      size="middle"
      columns={columns}
      list={list}
      minWidth={1040}
      countText={(total) => t('archiveDocs.count', { count: list.count?.n ?? 0, total })}
      locale={{ emptyText: t('archiveDocs.empty') }}
      onRow={(d) => ({ onClick: () => onOpen(d), className: 'archive-row', 'data-testid': 'document-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
