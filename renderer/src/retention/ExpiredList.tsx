import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import type { DestructionItemKind, ExpiredItem } from '../../../contract/retention';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { RequestDialog } from './RequestDialog';

/**
 * What has passed its period, documents or visitors' personal data, read by
 * key a page at a time; ticked items go into one destruction request.
 */
export function ExpiredList({ onRequested }: { onRequested: () => void }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [kind, setKind] = useState<DestructionItemKind>('document');
  const [items, setItems] = useState<ExpiredItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);

  const load = useCallback(
    async (from: string | null) => {
      setLoading(true);
      const result = await api.retention.expired({ kind, ...(from ? { cursor: from } : {}), limit: 50 });
      setLoading(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      setItems((old) => (from ? [...old, ...result.value.items] : result.value.items));
      setCursor(result.value.nextCursor);
    },
    [kind],
  );

  useEffect(() => {
    setSelected([]);
    void load(null);
  }, [load]);

  const chosen = items.filter((i) => selected.includes(i.id));
  const isDoc = kind === 'document';
  return (
    <div className="retention-expired" data-testid="retention-expired">
      <Typography.Paragraph type="secondary">{t('retention.expired.hint')}</Typography.Paragraph>
      <div className="retention-toolbar">
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as DestructionItemKind)}
          options={[
            { value: 'document', label: <span data-testid="expired-kind-document">{t('retention.tabs.documents')}</span> },
            { value: 'person', label: <span data-testid="expired-kind-person">{t('retention.tabs.people')}</span> },
          ]}
        />
        {can('archive.destroy') && (
          <Button danger icon={<DeleteOutlined />} disabled={chosen.length === 0} onClick={() => setAsking(true)} data-testid="retention-request">
            {t('retention.expired.request', { count: chosen.length })}
          </Button>
        )}
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <Table<ExpiredItem>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('retention.expired.empty') }}
        rowSelection={
          can('archive.destroy')
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (r) => ({ disabled: r.pendingCode !== null, 'data-testid': `expired-check-${r.id}` } as object) }
            : undefined
        }
        onRow={() => ({ 'data-testid': 'expired-row' }) as object}
        columns={[
          ...(isDoc ? [{ key: 'code', title: t('retention.expired.code'), dataIndex: 'code', width: 150 }] : []),
          { key: 'title', title: isDoc ? t('retention.expired.title') : t('retention.expired.name'), dataIndex: 'title' },
          { key: 'detail', title: isDoc ? t('retention.expired.className') : t('retention.expired.company'), dataIndex: 'detail' },
          { key: 'since', title: isDoc ? t('retention.expired.since') : t('retention.expired.lastVisit'), dataIndex: 'since', width: 120, render: (v: string | null) => v ?? t('retention.expired.neverCame') },
          { key: 'keptUntil', title: t('retention.expired.keptUntil'), dataIndex: 'keptUntil', width: 120 },
          { key: 'pending', title: '', width: 170, render: (_: unknown, r: ExpiredItem) => (r.pendingCode ? <Tag color="orange">{t('retention.expired.pending', { code: r.pendingCode })}</Tag> : null) },
        ]}
      />
      {cursor && (
        <Button type="link" onClick={() => void load(cursor)} loading={loading}>
          {t('retention.expired.more')}
        </Button>
      )}
      <RequestDialog
        open={asking}
        items={chosen}
        onClose={() => setAsking(false)}
        onDone={() => {
          setAsking(false);
          setSelected([]);
          void load(null);
          onRequested();
        }}
      />
    </div>
  );
}
