import { Descriptions, Table, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { AUDIT_LABELS } from '../../../contract/audit-labels';
import { VALUE_LABELS } from '../../../contract/labels';
import type { PastVisitFile } from '../../../contract/past-visits';
import type { Locale } from '../../../contract/print';
import { formatInstant } from './formatInstant';

/*
 * The parts of a past visit's file, each a read-only table: what the Past
 * visits tab shows under its tabs, in the same order as the printed file.
 */

type F = PastVisitFile;
const minute = (local: string | null) => (local ? local.replace('T', ' ') : '—');
const local = (t: { zh: string; en: string }, locale: Locale) => (locale === 'en' && t.en ? t.en : t.zh);

function Simple<T extends object>({ rows, columns, testId, t }: { rows: T[]; columns: TableColumnsType<T>; testId: string; t: TFunction }) {
  return <Table<T> rowKey={(_, i) => String(i)} size="small" pagination={false} columns={columns} dataSource={rows} locale={{ emptyText: t('pastVisits.none') }} data-testid={testId} />;
}

export function Overview({ file, t }: { file: F; t: TFunction }) {
  const p = file.plan;
  return (
    <>
      <Descriptions size="small" bordered column={2} data-testid="past-visit-overview">
        <Descriptions.Item label={t('pastVisits.facts.client')}>{p.clientName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('pastVisits.facts.level')}>{t(`receptionLevels.${p.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('pastVisits.facts.arrival')}>{minute(p.arrivalAt)}</Descriptions.Item>
        <Descriptions.Item label={t('pastVisits.facts.departure')}>{minute(p.departureAt)}</Descriptions.Item>
        <Descriptions.Item label={t('pastVisits.facts.purpose')} span={2}>
          <span data-testid="past-visit-purpose">{p.purpose || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('pastVisits.facts.notes')} span={2}>
          {p.notes || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Simple
        t={t}
        testId="past-visit-visits"
        rows={file.visits}
        columns={[
          { key: 'name', title: t('pastVisits.visitColumns.name'), dataIndex: 'name' },
          { key: 'company', title: t('pastVisits.visitColumns.company'), dataIndex: 'company' },
          { key: 'host', title: t('pastVisits.visitColumns.host'), dataIndex: 'host' },
          { key: 'badge', title: t('pastVisits.visitColumns.badgeNo'), dataIndex: 'badgeNo' },
          { key: 'in', title: t('pastVisits.visitColumns.checkIn'), render: (_, v) => minute(v.checkInAt) },
          { key: 'out', title: t('pastVisits.visitColumns.checkOut'), render: (_, v) => <span data-testid="past-visit-check-out">{minute(v.checkOutAt)}</span> },
        ]}
      />
    </>
  );
}

export function Itinerary({ file, t, locale }: { file: F; t: TFunction; locale: Locale }) {
  const roles = VALUE_LABELS[locale].teamRole as Record<string, string>;
  return (
    <>
      <Simple
        t={t}
        testId="past-visit-itinerary"
        rows={file.plan.itinerary}
        columns={[
          { key: 'at', title: t('pastVisits.auditColumns.at'), render: (_, i) => `${minute(i.startsAt)} – ${i.endsAt.slice(11)}` },
          { key: 'what', title: t('pastVisits.facts.title'), render: (_, i) => [i.activity, i.place].filter(Boolean).join(' · ') },
        ]}
      />
      <Simple
        t={t}
        testId="past-visit-team"
        rows={file.plan.team}
        columns={[
          { key: 'role', title: t('pastVisits.changeColumns.target'), render: (_, m) => (m.role === 'custom' ? m.customLabel : (roles[m.role] ?? m.role)) },
          { key: 'who', title: t('pastVisits.visitColumns.name'), render: (_, m) => [m.primaryName, m.backupName].filter(Boolean).join(' / ') },
        ]}
      />
    </>
  );
}

export function Checklists({ file, t, locale }: { file: F; t: TFunction; locale: Locale }) {
  const items = file.checklists.lists.flatMap((l) => l.items.map((i) => ({ ...i, list: local(l.name, locale) })));
  return (
    <Simple
      t={t}
      testId="past-visit-items"
      rows={items}
      columns={[
        { key: 'list', title: t('pastVisits.sections.checklists'), width: 140, dataIndex: 'list' },
        { key: 'text', title: t('pastVisits.facts.title'), render: (_, i) => local(i.text, locale) },
        { key: 'status', title: t('pastVisits.facts.status'), width: 100, render: (_, i) => <Tag>{t(`checklists.status.${i.status}`)}</Tag> },
        { key: 'by', title: t('pastVisits.auditColumns.actor'), width: 110, dataIndex: 'statusByName' },
      ]}
    />
  );
}

export function Incidents({ file, t }: { file: F; t: TFunction }) {
  return (
    <Simple
      t={t}
      testId="past-visit-incidents"
      rows={file.incidents}
      columns={[
        { key: 'code', title: t('pastVisits.incidentColumns.code'), dataIndex: 'code', width: 140 },
        { key: 'title', title: t('pastVisits.incidentColumns.title'), dataIndex: 'title' },
        { key: 'received', title: t('pastVisits.incidentColumns.received'), render: (_, i) => minute(i.receivedAt) },
        { key: 'resolution', title: t('pastVisits.incidentColumns.resolution'), dataIndex: 'resolution' },
      ]}
    />
  );
}

export function Feedback({ file, t }: { file: F; t: TFunction }) {
  return (
    <>
      <Simple
        t={t}
        testId="past-visit-requests"
        rows={file.feedbackRequests}
        columns={[
          { key: 'code', title: t('pastVisits.feedbackColumns.code'), dataIndex: 'code' },
          { key: 'status', title: t('pastVisits.feedbackColumns.status'), render: (_, r) => t(`feedback.requestStatus.${r.status}`) },
          { key: 'due', title: t('pastVisits.feedbackColumns.due'), render: (_, r) => minute(r.dueAt) },
        ]}
      />
      <Simple
        t={t}
        testId="past-visit-responses"
        rows={file.feedbackResponses}
        columns={[
          { key: 'who', title: t('pastVisits.feedbackColumns.respondent'), dataIndex: 'respondentName' },
          { key: 'score', title: t('pastVisits.feedbackColumns.score'), render: (_, r) => (r.score === null ? '' : r.score.toFixed(1)) },
          { key: 'given', title: t('pastVisits.feedbackColumns.given'), render: (_, r) => minute(r.givenAt) },
          { key: 'comment', title: t('pastVisits.feedbackColumns.comment'), dataIndex: 'comment' },
        ]}
      />
    </>
  );
}

export function Documents({ file, t, locale }: { file: F; t: TFunction; locale: Locale }) {
  const rows = file.documents.flatMap((d) => d.versions.map((v) => ({ ...v, code: d.code, title: d.title, className: local(d.className, locale) })));
  return (
    <Simple
      t={t}
      testId="past-visit-documents"
      rows={rows}
      columns={[
        { key: 'code', title: t('pastVisits.documentColumns.code'), dataIndex: 'code', width: 140 },
        { key: 'title', title: t('pastVisits.documentColumns.title'), dataIndex: 'title' },
        { key: 'class', title: t('pastVisits.documentColumns.class'), dataIndex: 'className' },
        { key: 'version', title: t('pastVisits.documentColumns.version'), render: (_, v) => `v${v.versionNo} · ${v.fileName}` },
        { key: 'hash', title: t('pastVisits.documentColumns.hash'), render: (_, v) => <span className="past-visit-file__hash">{v.contentHash}</span> },
      ]}
    />
  );
}

export function Prints({ file, t }: { file: F; t: TFunction }) {
  return (
    <Simple
      t={t}
      testId="past-visit-prints"
      rows={file.badgePrints}
      columns={[
        { key: 'at', title: t('pastVisits.printColumns.at'), render: (_, b) => formatInstant(b.at) },
        { key: 'guest', title: t('pastVisits.printColumns.guest'), dataIndex: 'guestName' },
        { key: 'badge', title: t('pastVisits.printColumns.badgeNo'), dataIndex: 'badgeNo' },
        { key: 'reprint', title: t('pastVisits.printColumns.reprint'), render: (_, b) => (b.isReprint ? t('pastVisits.yes') : '') },
        { key: 'by', title: t('pastVisits.printColumns.operator'), dataIndex: 'operator' },
      ]}
    />
  );
}

export function AuditTrail({ file, t, locale }: { file: F; t: TFunction; locale: Locale }) {
  const actions = AUDIT_LABELS[locale].actions;
  return (
    <Simple
      t={t}
      testId="past-visit-audit"
      rows={file.audit}
      columns={[
        { key: 'at', title: t('pastVisits.auditColumns.at'), width: 150, render: (_, e) => formatInstant(e.at) },
        { key: 'actor', title: t('pastVisits.auditColumns.actor'), width: 140, dataIndex: 'actor' },
        { key: 'action', title: t('pastVisits.auditColumns.action'), render: (_, e) => actions[e.action] ?? e.action },
        // Entries no longer repeat the name or badge their record holds: main names the record (the visitor · badge).
        { key: 'subject', title: t('pastVisits.auditColumns.subject'), render: (_, e) => e.subject ?? '' },
      ]}
    />
  );
}
