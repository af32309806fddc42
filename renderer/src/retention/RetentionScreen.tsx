import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpiredList } from './ExpiredList';
import { RequestList } from './RequestList';
import { RetentionRules } from './RetentionRules';
import './retention.css';

const WAITING = ['pending', 'failed'] as const;
const CLOSED = ['done', 'rejected'] as const;

/**
 * 保管与销毁 (issue 15): what has expired, the destruction requests waiting
 * for two managers, the records of what was destroyed (with the
 * certificate), and the periods.
 */
export function RetentionScreen({ recordId }: { recordId: string | null }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <div className="retention-screen" data-testid="retention-screen">
      <Tabs
        size="small"
        // A record's link (#/retention/<id>) opens the records.
        defaultActiveKey={recordId ? 'done' : 'expired'}
        items={[
          { key: 'expired', label: <span data-testid="retention-tab-expired">{t('retention.tabs.expired')}</span>, children: <ExpiredList onRequested={changed} /> },
          { key: 'pending', label: <span data-testid="retention-tab-pending">{t('retention.tabs.pending')}</span>, children: <RequestList statuses={WAITING} version={version} onChanged={changed} /> },
          { key: 'done', label: <span data-testid="retention-tab-done">{t('retention.tabs.done')}</span>, children: <RequestList statuses={CLOSED} version={version} onChanged={changed} /> },
          { key: 'rules', label: <span data-testid="retention-tab-rules">{t('retention.tabs.rules')}</span>, children: <RetentionRules /> },
        ]}
      />
    </div>
  );
}
