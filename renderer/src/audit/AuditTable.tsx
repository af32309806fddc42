import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../contract/audit';
import { formatFull } from '../lib/format';
import { KeyPagedTable } from '../search/KeyPagedTable';
import type { KeyPagedView } from '../search/useKeyPagedList';
import { AuditDetail } from './AuditDetail';
import { actionLabel, actorText, detailSummary, entityLabel } from './auditLabels';

/** Records are named by a UUID; the tail tells two apart. Settings ("desk") and key numbers are not records to tell apart. */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  log: KeyPagedView<AuditEntryView>;
}

/** Newest first, read as it scrolls; each row opens to its full detail. */
export function AuditTable({ log }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<AuditEntryView> = [
    { key: 'seq', title: t('audit.columns.seq'), dataIndex: 'seq', width: 72, className: 'audit-seq' },
    { key: 'time', title: t('audit.columns.time'), width: 170, render: (_, e) => <span className="audit-time">{formatFull(e.at)}</span> },
    { key: 'actor', title: t('audit.columns.actor'), width: 140, render: (_, e) => actorText(e.actor) || <span className="muted">—</span> },
    {
      key: 'action',
      title: t('audit.columns.action'),
      width: 170,
      render: (_, e) => {
        return (
          <span className={e.action.endsWith('Failed') ? 'audit-action audit-action--failed' : 'audit-action'} data-testid="audit-action-cell">
            {actionLabel(e.action)}
          </span>
        );
      },
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      width: 220,
      // The record by its name as it is now (main reads it by key); its id's tail only when it has no name.
      render: (_, e) => (
        <span>
          {entityLabel(e.entity)}
          {e.subject ? (
            <span className="audit-subject" data-testid="audit-subject" title={e.entityId ?? undefined}>
              {e.subject}
            </span>
          ) : (
            e.entityId &&
            RECORD_ID.test(e.entityId) && (
              <span className="audit-entity-id mono" title={e.entityId}>
                {e.entityId.slice(-8)}
              </span>
            )
          )}
        </span>
      ),
    },
    {
      key: 'detail',
      title: t('audit.columns.detail'),
      render: (_, e) => <span className="audit-summary">{detailSummary(e.detail, e.entity, e.subject)}</span>,
    },
  ];

  return (
    <KeyPagedTable<AuditEntryView>
      testId="audit-table"
      label={t('audit.title')}
      rowKey="seq"
      size="small"
      columns={columns}
      list={log}
      minWidth={1180}
      locale={{ emptyText: t('audit.empty') }}
      expandable={{ expandedRowRender: (e) => <AuditDetail entry={e} />, expandRowByClick: true, columnWidth: 48 }}
      countText={(total) => t('audit.total', { total })}
    />
  );
}
