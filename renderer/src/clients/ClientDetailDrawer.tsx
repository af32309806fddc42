import { DeleteOutlined, EditOutlined, MergeCellsOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Empty, Space, Spin, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail, PersonSummary } from '../../../contract/clients';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatDate, formatFull } from '../lib/format';
import { useDesk } from '../context/DeskContext';
import { TierTag } from '../directory/TierTag';
import { RecordIncidentButton } from '../incident-form/RecordIncidentButton';
import { ClientFollowupsSection } from './ClientFollowupsSection';

interface Props {
  clientId: string | null;
  canManage: boolean;
  /** Bumped by the screen after a change made elsewhere (edit, a person saved), to load again. */
  version: number;
  onClose: () => void;
  onEdit: (client: ClientDetail) => void;
  onArchive: (client: ClientDetail) => void;
  onAddPerson: (client: ClientDetail) => void;
  onEditPerson: (person: PersonSummary) => void;
  onMergePerson: (person: PersonSummary, client: ClientDetail) => void;
}

/** One client: its fields and its people, with what the user may do to them. */
export function ClientDetailDrawer({ clientId, canManage, version, onClose, onEdit, onArchive, onAddPerson, onEditPerson, onMergePerson }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [client, setClient] = useState<ClientDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (id: string) => {
    setLoading(true);
    const result = await api.clients.get({ id });
    setClient(result.ok ? result.value : null);
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, []);

  useEffect(() => {
    if (clientId) void load(clientId);
    else setClient(null);
  }, [clientId, version, load]);

  const columns: TableColumnsType<PersonSummary> = [
    { key: 'name', title: t('people.columns.name'), render: (_, p) => <strong>{p.name}</strong> },
    { key: 'title', title: t('people.columns.title'), dataIndex: 'title' },
    { key: 'phone', title: t('people.columns.phone'), width: 130, render: (_, p) => <span className="mono">{p.phone}</span> },
    { key: 'email', title: t('people.columns.email'), dataIndex: 'email' },
    {
      key: 'id',
      title: t('people.columns.id'),
      width: 180,
      render: (_, p) =>
        p.idMasked ? (
          <Tooltip title={p.idType ? t(`idTypes.${p.idType}`) : undefined}>
            <span className="mono" data-testid="person-id-masked">
              {p.idMasked}
            </span>
          </Tooltip>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'visits',
      title: t('people.columns.visits'),
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
  if (canManage && client) {
    columns.push({
      key: 'actions',
      title: t('people.columns.actions'),
      width: 96,
      render: (_, p) => (
        <Space size={4}>
          <Tooltip title={t('people.edit')}>
            <Button size="small" icon={<EditOutlined />} aria-label={t('people.edit')} onClick={() => onEditPerson(p)} data-testid="person-edit" />
          </Tooltip>
          <Tooltip title={t('people.merge')}>
            <Button size="small" icon={<MergeCellsOutlined />} aria-label={t('people.merge')} onClick={() => onMergePerson(p, client)} data-testid="person-merge" />
          </Tooltip>
        </Space>
      ),
    });
  }

  return (
    <Drawer
      open={clientId !== null}
      onClose={onClose}
      size={880}
      title={client ? client.name : t('clients.detail.title')}
      extra={
        client && (
          <Space>
            <RecordIncidentButton links={{ source: 'client', clientId: client.id, label: client.name }} testId="client-incident" />
            {canManage && (
              <>
                <Button icon={<EditOutlined />} onClick={() => onEdit(client)} data-testid="client-detail-edit">
                  {t('clients.edit')}
                </Button>
                <Button danger icon={<DeleteOutlined />} onClick={() => onArchive(client)} data-testid="client-detail-archive">
                  {t('clients.archive')}
                </Button>
              </>
            )}
          </Space>
        )
      }
    >
      <div data-testid="client-detail" className="client-detail">
        {error && <Alert type="warning" showIcon title={errorText(error)} />}
        <Spin spinning={loading}>
          {client && (
            <>
              <Descriptions size="small" column={2} bordered className="client-detail__fields">
                <Descriptions.Item label={t('clients.columns.tier')}>
                  <TierTag tier={client.tier} />
                </Descriptions.Item>
                <Descriptions.Item label={t('clients.columns.industry')}>{client.industry || '—'}</Descriptions.Item>
                <Descriptions.Item label={t('clients.columns.manager')}>{client.accountManager || t('clients.noManager')}</Descriptions.Item>
                <Descriptions.Item label={t('clients.columns.lastVisit')}>{client.lastVisitAt ? formatDate(client.lastVisitAt) : t('clients.never')}</Descriptions.Item>
                <Descriptions.Item label={t('clients.columns.tags')} span={2}>
                  {client.tags.length > 0 ? client.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('clients.detail.background')} span={2}>
                  <Typography.Paragraph className="client-detail__background">{client.background || '—'}</Typography.Paragraph>
                </Descriptions.Item>
                <Descriptions.Item label={t('clients.detail.created')} span={2}>
                  {formatFull(client.createdAt)}
                </Descriptions.Item>
              </Descriptions>
              <div className="client-detail__people-head">
                <Typography.Title level={5}>{t('clients.detail.people', { count: client.people.length })}</Typography.Title>
                {canManage && (
                  <Button icon={<UserAddOutlined />} onClick={() => onAddPerson(client)} data-testid="client-person-create">
                    {t('clients.detail.addPerson')}
                  </Button>
                )}
              </div>
              <div data-testid="client-people">
                <Table<PersonSummary>
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={client.people}
                  pagination={false}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients.detail.noPeople')} /> }}
                />
              </div>
              {can('followups.view') && <ClientFollowupsSection key={client.id} client={client} />}
            </>
          )}
        </Spin>
      </div>
    </Drawer>
  );
}
