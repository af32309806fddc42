import { Alert, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';
import { useDesk } from '../context/DeskContext';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ExportButtons } from './ExportButtons';
import { useAuditLog } from './useAuditLog';
import { useVerifyIntegrity, VerifyButton, VerifyResult } from './VerifyIntegrity';
import './audit.css';

/** Who did what and when: filter, read, check the hash chain, export. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const log = useAuditLog();
  const integrity = useVerifyIntegrity();

  return (
    <div className="audit-page">
      <Card
        title={t('audit.title')}
        extra={
          <Space>
            <VerifyButton busy={integrity.busy} onVerify={() => void integrity.verify()} />
            {can('audit.export') && <ExportButtons filter={log.filter} />}
          </Space>
        }
      >
        <VerifyResult verdict={integrity.verdict} error={integrity.error} onClose={integrity.clear} />
        <AuditFilters actions={log.actions} onApply={log.setFilter} />
        {log.error && <Alert type="warning" showIcon title={`${t('audit.loadFailed')}: ${errorText(log.error)}`} className="audit-verdict" />}
        <AuditTable log={log} />
      </Card>
    </div>
  );
}
