import { Alert, Card, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { localDateTime } from '../../../contract/audit-text';
import { errorText } from '../lib/errors';
import { useDesk } from '../context/DeskContext';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ExportButtons } from './ExportButtons';
import { useAuditLog } from './useAuditLog';
import { useVerifyJob } from './useVerifyJob';
import { VerifyButtons, VerifyStatus } from './VerifyIntegrity';
import './audit.css';

/** Who did what and when: filter, read, check the hash chain, export. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const log = useAuditLog();
  const verify = useVerifyJob();

  return (
    <div className="audit-page">
      <Card
        title={t('audit.title')}
        extra={
          <Space>
            <VerifyButtons job={verify} />
            {can('audit.export') && <ExportButtons filter={log.filter} />}
          </Space>
        }
      >
        <VerifyStatus state={verify.state} onCancel={() => void verify.cancel()} onClose={verify.reset} />
        <AuditFilters actions={log.actions} onApply={log.setFilter} />
        {log.searchedTo && (
          <div className="audit-searching" role="status" data-testid="audit-searching">
            <Spin size="small" /> {t('audit.searchingBack', { at: localDateTime(log.searchedTo) })}
          </div>
        )}
        {log.error && <Alert type="warning" showIcon title={`${t('audit.loadFailed')}: ${errorText(log.error)}`} className="audit-verdict" />}
        <AuditTable log={log} />
      </Card>
    </div>
  );
}
