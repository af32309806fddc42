import { CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../../../contract/plans';
import { KIND_ICONS } from '../editor/bookings/ResourceSelect';

interface Props {
  items: Resource[];
  loading: boolean;
  canManage: boolean;
  busyId: string | null;
  onEdit: (r: Resource) => void;
  onSetActive: (r: Resource, active: boolean) => void;
}

/** Rooms, vehicles and other resources; deactivated ones greyed, never deleted (old bookings keep their names). */
export function ResourcesTable({ items, loading, canManage, busyId, onEdit, onSetActive }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Resource> = [
    {
      key: 'kind',
      title: t('planTeam.resources.columns.kind'),
      width: 100,
      render: (_, r) => (
        <span className="resource-kind">
          {KIND_ICONS[r.kind]} {t(`planTeam.bookings.kinds.${r.kind}`)}
        </span>
      ),
    },
    { key: 'name', title: t('planTeam.resources.columns.name'), width: 220, render: (_, r) => <span className="resource-name">{r.name}</span> },
    {
      key: 'capacity',
      title: t('planTeam.resources.columns.capacity'),
      width: 90,
      align: 'right',
      render: (_, r) => (r.capacity === null ? <span className="muted">—</span> : t('planTeam.bookings.capacity', { count: r.capacity })),
    },
    { key: 'notes', title: t('planTeam.resources.columns.notes'), ellipsis: { showTitle: true }, render: (_, r) => r.notes || <span className="muted">—</span> },
    {
      key: 'status',
      title: t('planTeam.resources.columns.status'),
      width: 96,
      render: (_, r) => (
        <Tag color={r.active ? 'success' : 'default'} data-testid="resource-status">
          {t(r.active ? 'planTeam.resources.active' : 'planTeam.resources.inactive')}
        </Tag>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('planTeam.resources.columns.actions'),
      width: 96,
      render: (_, r) => (
        <Space size={4}>
          <Tooltip title={t('planTeam.resources.edit')}>
            <Button size="small" icon={<EditOutlined />} aria-label={t('planTeam.resources.edit')} onClick={() => onEdit(r)} data-testid="resource-edit" />
          </Tooltip>
          {r.active ? (
            <Popconfirm
              title={t('planTeam.resources.deactivateTitle', { name: r.name })}
              description={<div className="resource-confirm">{t('planTeam.resources.deactivateContent')}</div>}
              okText={t('planTeam.resources.deactivate')}
              cancelText={t('planTeam.resources.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'resource-deactivate-confirm' } as never}
              onConfirm={() => onSetActive(r, false)}
            >
              <Tooltip title={t('planTeam.resources.deactivate')}>
                <Button size="small" icon={<StopOutlined />} loading={busyId === r.id} aria-label={t('planTeam.resources.deactivate')} data-testid="resource-deactivate" />
              </Tooltip>
            </Popconfirm>
          ) : (
            <Tooltip title={t('planTeam.resources.reactivate')}>
              <Button
                size="small"
                icon={<CheckCircleOutlined />}
                loading={busyId === r.id}
                aria-label={t('planTeam.resources.reactivate')}
                onClick={() => onSetActive(r, true)}
                data-testid="resource-reactivate"
              />
            </Tooltip>
          )}
        </Space>
      ),
    });
  }
  return (
    <Table<Resource>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      rowClassName={(r) => (r.active ? 'resource-row' : 'resource-row resource-row--inactive')}
      locale={{ emptyText: t('planTeam.resources.empty') }}
      onRow={(r) => ({ 'data-testid': 'resource-row', 'data-name': r.name }) as HTMLAttributes<HTMLElement>}
      data-testid="resources-table"
    />
  );
}
