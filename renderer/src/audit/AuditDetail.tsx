import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../contract/audit';
import { fieldLabel, valueText } from './auditLabels';

type Detail = Record<string, unknown>;

function isRecord(value: unknown): value is Detail {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function FactList({ facts, testId }: { facts: Detail; testId?: string }) {
  const { t } = useTranslation();
  const entries = Object.entries(facts);
  if (entries.length === 0) return <span className="muted">{t('audit.noDetail')}</span>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid={testId}
      items={entries.map(([key, value]) => ({
        key,
        label: fieldLabel(key),
        children: <span className="audit-value">{valueText(key, value)}</span>,
      }))}
    />
  );
}

/** The entry's detail as a key/value list; a change shows what it was and what it became side by side. */
export function AuditDetail({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  const { before, after, ...rest } = entry.detail;
  const isChange = isRecord(before) || isRecord(after);
  return (
    <div className="audit-detail" data-testid={`audit-detail-${entry.seq}`}>
      {(Object.keys(rest).length > 0 || !isChange) && <FactList facts={rest} />}
      {isChange && (
        <div className="audit-detail__change">
          <div>
            <div className="audit-detail__heading">{t('audit.before')}</div>
            <FactList facts={isRecord(before) ? before : {}} testId="audit-before" />
          </div>
          <div>
            <div className="audit-detail__heading">{t('audit.after')}</div>
            <FactList facts={isRecord(after) ? after : {}} testId="audit-after" />
          </div>
        </div>
      )}
    </div>
  );
}
