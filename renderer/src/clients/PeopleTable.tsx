import { EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../contract/clients';
import { formatDate } from '../lib/format';
import { KeyPagedTable } from '../search/KeyPagedTable';
import type { KeyPagedView } from '../search/useKeyPagedList';

interface Props {
  list: KeyPagedView<PersonSummary>;
  canManage: boolean;
  onEdit: (person: PersonSummary) => void;
  onMerge: (person: PersonSummary) => void;
}

/** Everyone on file, read as it scrolls; for those who may edit, a row opens the person's record. */
export function PeopleTable({ list, canManage, onEdit, onMerge }: Props) {
  const { t } = useTranslation();
  const dash = <span className="muted">—</span>;
  const columns: TableColumnsType<PersonSummary> = [
    { key: 'name', title: t('people.columns.name'), width: 160, render: (_, p) => <span className="client-name" data-testid="people-row-name">{p.name}</span> },
    {
      key: 'organization',
      title: t('forms.people.organization'),
      width: 240,
      render: (_, p) =>
        p.clientName ? (
          <span>{p.clientName}</span>
        ) : (
          <span>
            {p.company || dash} <span className="muted people-walk-in">{t('forms.people.noClient')}</span>
          </span>
        ),
    },
    { key: 'title', title: t('people.columns.title'), dataIndex: 'title', ellipsis: true, render: (v: string) => v || dash },
    { key: 'phone', title: t('people.columns.phone'), width: 170, render: (_, p) => (p.phone ? <span className="mono">{p.phone}</span> : dash) },
    {
      key: 'id',
      title: t('people.columns.id'),
      width: 190,
      render: (_, p) => (p.idMasked ? <span className="mono">{p.idMasked}</span> : dash),
    },
    {
      key: 'visits',
      title: t('people.columns.visits'),
      width: 190,
      render: (_, p) =>
        p.visitCount > 0 ? (
          <span className="person-visits">
            {t('people.visits', { count: p.visitCount })}
            {p.lastVisitAt && <span className="muted"> · {t('people.lastVisit', { date: formatDate(p.lastVisitAt) })}</span>}
          </span>
        ) : (
          <span className="muted">{t('people.noVisits')}</span>
        ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('people.columns.actions'),
      width: 96,
      render: (_, p) => (
        // Buttons act on the row without also opening it.
        <Space size={4} onClick={(e) => e.stopPropagation()}>
          <Tooltip title={t('people.edit')}>
            <Button size="small" icon={<EditOutlined />} aria-label={t('people.edit')} onClick={() => onEdit(p)} data-testid="people-edit" />
          </Tooltip>
          <Tooltip title={t('people.merge')}>
            <Button size="small" icon={<MergeCellsOutlined />} aria-label={t('people.merge')} onClick={() => onMerge(p)} data-testid="people-merge" />
          </Tooltip>
        </Space>
      ),
    });
  }

  return (
    <KeyPagedTable<PersonSummary>
      testId="people-table"
      label={t('forms.people.tabPeople')}
      rowKey="id"
      size="middle"
      columns={columns}
      list={list}
      minWidth={1250}
      locale={{ emptyText: t('forms.people.empty') }}
      onRow={(p) => (canManage ? { onClick: () => onEdit(p), className: 'client-row' } : {})}
      // The count said in words picks its plural by the number; "10,000+" reads as many.
      countText={(total) => t('forms.people.total', { count: list.count?.more ? list.count.n + 1 : (list.count?.n ?? 0), total })}
    />
  );
}
