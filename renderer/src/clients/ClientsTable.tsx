import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../contract/clients';
import { formatDate } from '../lib/format';
import { TierTag } from '../directory/TierTag';
import { KeyPagedTable } from '../search/KeyPagedTable';
import type { KeyPagedView } from '../search/useKeyPagedList';

interface Props {
  list: KeyPagedView<ClientSummary>;
  canManage: boolean;
  selectedId: string | null;
  onOpen: (client: ClientSummary) => void;
  onEdit: (client: ClientSummary) => void;
  onArchive: (client: ClientSummary) => void;
}

/** The directory, read as it scrolls; a row opens the client's details. */
export function ClientsTable({ list, canManage, selectedId, onOpen, onEdit, onArchive }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ClientSummary> = [
    { key: 'name', title: t('clients.columns.name'), render: (_, c) => <span className="client-name">{c.name}</span> },
    { key: 'industry', title: t('clients.columns.industry'), dataIndex: 'industry', width: 130 },
    { key: 'tier', title: t('clients.columns.tier'), width: 90, render: (_, c) => <TierTag tier={c.tier} /> },
    {
      key: 'manager',
      title: t('clients.columns.manager'),
      width: 140,
      render: (_, c) => c.accountManager || <span className="muted">—</span>,
    },
    {
      key: 'tags',
      title: t('clients.columns.tags'),
      width: 220,
      render: (_, c) => (
        <span className="client-tags">
          {c.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </span>
      ),
    },
    { key: 'people', title: t('clients.columns.people'), width: 90, align: 'right', render: (_, c) => <span data-testid="client-people-count">{c.peopleCount}</span> },
    {
      key: 'lastVisit',
      title: t('clients.columns.lastVisit'),
      width: 120,
      render: (_, c) => (c.lastVisitAt ? formatDate(c.lastVisitAt) : <span className="muted">{t('clients.never')}</span>),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('people.columns.actions'),
      width: 96,
      render: (_, c) => (
        // Buttons act on the row without also opening it.
        <Space size={4} onClick={(e) => e.stopPropagation()}>
          <Tooltip title={t('clients.edit')}>
            <Button size="small" icon={<EditOutlined />} aria-label={t('clients.edit')} onClick={() => onEdit(c)} data-testid="client-edit" />
          </Tooltip>
          <Tooltip title={t('clients.archive')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('clients.archive')} onClick={() => onArchive(c)} data-testid="client-archive" />
          </Tooltip>
        </Space>
      ),
    });
  }

  return (
    <KeyPagedTable<ClientSummary>
      testId="clients-table"
      label={t('forms.people.tabClients')}
      rowKey="id"
      size="middle"
      columns={columns}
      list={list}
      minWidth={1150}
      locale={{ emptyText: t('clients.empty') }}
      onRow={(c) => ({ onClick: () => onOpen(c), className: c.id === selectedId ? 'client-row client-row--selected' : 'client-row' })}
      countText={(total) => t('clients.total', { total })}
    />
  );
}
