import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../contract/audit';
import { detailChanges, detailFacts } from './auditLabels';

/** The entry's detail as a labelled list; a change shows what each field was and what it became. */
export function AuditDetail({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  const facts = detailFacts(entry.detail, entry.entity, entry.subject);
  const changes = detailChanges(entry.detail, entry.entity);
  return (
    <div className="audit-detail" data-testid={`audit-detail-${entry.seq}`}>
      {facts.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={facts.map((f) => ({ key: f.key, label: f.label, children: <span className="audit-value">{f.value}</span> }))}
        />
      )}
      {changes.length > 0 && (
        <table className="audit-detail__changes" data-testid="audit-changes">
          <thead>
            <tr>
              <th scope="col">{t('words.audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td className="audit-value">{c.before}</td>
                <td className="audit-value">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {facts.length === 0 && changes.length === 0 && <span className="muted">{t('audit.noDetail')}</span>}
    </div>
  );
}
