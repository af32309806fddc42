import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Segmented, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type Resource } from '../../../../contract/plans';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { useDesk } from '../../context/DeskContext';
import { ResourceFormModal } from './ResourceFormModal';
import { ResourcesTable } from './ResourcesTable';
import { useResourceList } from './useResourceList';
import './resources.css';

type KindFilter = Resource['kind'] | 'all';
type Editing = { open: false } | { open: true; resource: Resource | null };

/**
 * 会议室与车辆: the rooms, vehicles and other things a visit can book. Anyone
 * who sees plans sees the list; only plans.manage adds, edits or deactivates.
 * `embedded` drops the card frame, for a drawer that brings its own title.
 */
export function ResourcesPanel({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const canManage = can('plans.manage');
  const list = useResourceList();
  const [kind, setKind] = useState<KindFilter>('all');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>({ open: false });
  const [busyId, setBusyId] = useState<string | null>(null);

  const shown = list.items.filter((r) => (kind === 'all' || r.kind === kind) && (showInactive || r.active));
  const inactiveCount = list.items.filter((r) => !r.active && (kind === 'all' || r.kind === kind)).length;

  async function setActive(r: Resource, active: boolean) {
    setBusyId(r.id);
    const result = await api.resources.update({ id: r.id, active });
    setBusyId(null);
    if (!result.ok) return void message.error(errorText(result.error));
    list.replace(result.value);
    message.success(t(active ? 'planTeam.resources.reactivated' : 'planTeam.resources.deactivated', { name: r.name }));
  }

  const toolbar = (
    <Space wrap>
      <Button icon={<ReloadOutlined />} onClick={() => void list.reload()}>
        {t('planTeam.resources.refresh')}
      </Button>
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, resource: null })} data-testid="resource-create">
          {t('planTeam.resources.create')}
        </Button>
      )}
    </Space>
  );

  const body: ReactNode = (
    <>
      <div className="resources-filters">
        <Segmented<KindFilter>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: t('planTeam.resources.all') },
            ...RESOURCE_KINDS.map((k) => ({ value: k, label: t(`planTeam.bookings.kinds.${k}`) })),
          ]}
          aria-label={t('words.resources.kindFilter')}
          data-testid="resources-kind"
        />
        <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} data-testid="resources-show-inactive">
          {t('planTeam.resources.showInactive')}
          {inactiveCount > 0 && ` (${inactiveCount})`}
        </Checkbox>
        <Typography.Text type="secondary" className="resources-filters__total">
          {t('planTeam.resources.total', { total: shown.length })}
        </Typography.Text>
        {embedded && toolbar}
      </div>
      {!canManage && <Alert type="info" showIcon title={t('planTeam.resources.readOnly')} className="resources-alert" />}
      {list.error && <Alert type="warning" showIcon title={errorText(list.error)} className="resources-alert" />}
      <ResourcesTable
        items={shown}
        loading={list.loading}
        canManage={canManage}
        busyId={busyId}
        onEdit={(r) => setEditing({ open: true, resource: r })}
        onSetActive={(r, active) => void setActive(r, active)}
      />
      <ResourceFormModal
        open={editing.open}
        resource={editing.open ? editing.resource : null}
        defaultKind={kind === 'all' ? 'room' : kind}
        onClose={() => setEditing({ open: false })}
        onSaved={(r, created) => {
          setEditing({ open: false });
          list.replace(r);
          message.success(t(created ? 'planTeam.resources.created' : 'planTeam.resources.saved', { name: r.name }));
        }}
      />
    </>
  );

  return (
    <div className="resources-panel" data-testid="resources-panel">
      {embedded ? (
        body
      ) : (
        <Card title={t('planTeam.resources.title')} extra={toolbar}>
          {body}
        </Card>
      )}
    </div>
  );
}
