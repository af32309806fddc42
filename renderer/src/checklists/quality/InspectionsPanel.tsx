import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Table } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../contract/checklists';
import type { Inspection } from '../../../../contract/quality';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { useDesk } from '../../context/DeskContext';
import { errorText } from '../../lib/errors';
import type { DayRange } from './QualityScreen';
import { RecordInspectionModal } from './RecordInspectionModal';

/** The inspections of the period with their scores; a manager records a new one. */
export function InspectionsPanel({ range }: { range: DayRange }) {
  const { t, i18n } = useTranslation();
  const { can } = useDesk();
  const [list, setList] = useState<Inspection[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [recording, setRecording] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    const result = await api.quality.inspections(range);
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setList(result.value);
  }, [range]);
  useEffect(() => void load(), [load]);

  const c = (key: string) => t(`checklists.quality.inspections.columns.${key}`);
  return (
    <div data-testid="inspections">
      {can('checklists.manage') && (
        <div className="checklists-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="inspection-record">
            {t('checklists.quality.inspections.record')}
          </Button>
        </div>
      )}
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={list}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('checklists.quality.inspections.empty')} /> }}
        onRow={() => ({ 'data-testid': 'inspection-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'at', title: c('at'), width: 150, render: (_, x) => dayjs(x.inspectedAt).format('YYYY-MM-DD HH:mm') },
          { key: 'template', title: c('template'), render: (_, x) => pickText(x.templateName, i18n.language) },
          { key: 'area', title: c('area'), dataIndex: 'area' },
          { key: 'department', title: c('department'), width: 110, render: (_, x) => (x.department ? t(`checklists.department.${x.department}`) : '') },
          { key: 'inspector', title: c('inspector'), dataIndex: 'inspectorName', width: 110 },
          {
            key: 'score',
            title: c('score'),
            width: 80,
            align: 'right',
            render: (_, x) => <strong data-testid="inspection-score">{x.score ?? t('checklists.quality.inspections.noScore')}</strong>,
          },
        ]}
      />
      {recording && (
        <RecordInspectionModal
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            void load();
          }}
        />
      )}
    </div>
  );
}
