import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drill } from '../../../../contract/quality';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { useDesk } from '../../context/DeskContext';
import { errorText } from '../../lib/errors';
import { DrillModal } from './DrillModal';

/** The emergency-drill log: when, what was practised, who took part, what was found and done. */
export function DrillLog() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [drills, setDrills] = useState<Drill[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [editing, setEditing] = useState<Drill | 'new' | null>(null);
  const mayLog = can('checklists.tick');

  const load = useCallback(async () => {
    setLoading(true);
    const result = await api.quality.drills({});
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDrills(result.value);
  }, []);
  useEffect(() => void load(), [load]);

  const d = (key: string) => t(`checklists.emergency.drills.${key}`);
  return (
    <Card
      title={d('title')}
      size="small"
      className="drill-log"
      data-testid="drill-log"
      extra={
        mayLog && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="drill-add">
            {d('add')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={drills}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d('empty')} /> }}
        onRow={() => ({ 'data-testid': 'drill-row' }) as React.HTMLAttributes<HTMLElement>}
        expandable={{
          rowExpandable: (x) => x.findings !== '' || x.actions !== '',
          expandedRowRender: (x) => (
            <div className="drill-detail">
              {x.findings && (
                <p>
                  <strong>{d('findings')}</strong> {x.findings}
                </p>
              )}
              {x.actions && (
                <p>
                  <strong>{d('actions')}</strong> {x.actions}
                </p>
              )}
            </div>
          ),
        }}
        columns={[
          { key: 'heldAt', title: d('heldAt'), width: 140, render: (_, x) => x.heldAt.replace('T', ' ') },
          { key: 'scenario', title: d('scenario'), width: 110, render: (_, x) => <Tag>{t(`checklists.emergency.drills.scenarios.${x.scenario}`)}</Tag> },
          { key: 'title', title: d('drillTitle'), dataIndex: 'title' },
          { key: 'participants', title: d('participants'), render: (_, x) => x.participants.join(t('list.separator')) },
          { key: 'recordedBy', title: d('recordedBy'), dataIndex: 'recordedByName', width: 90 },
          {
            key: 'edit',
            title: <span className="checklists-sr-only">{d('edit')}</span>,
            width: 60,
            render: (_, x) =>
              mayLog && <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(x)} aria-label={`${d('edit')} ${x.title}`} title={d('edit')} />,
          },
        ]}
      />
      {editing && (
        <DrillModal
          drill={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
    </Card>
  );
}
