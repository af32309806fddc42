import { ClockCircleOutlined, RiseOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentStatus, IncidentSummary, IncidentTier } from '../../../contract/incidents';
import { minutesUntil, minuteText, spanText } from '../incident-form/incidentText';

const TIER_COLORS: Record<IncidentTier, string | undefined> = { ordinary: undefined, urgent: 'orange', critical: 'red' };
const STATUS_COLORS: Record<IncidentStatus, string | undefined> = {
  received: 'blue',
  classified: 'blue',
  dispatched: 'processing',
  resolved: 'green',
  reviewed: 'cyan',
  archived: undefined,
};

export function IncidentTierTag({ tier, escalations = 0 }: { tier: IncidentTier; escalations?: number }) {
  const { t } = useTranslation();
  return (
    <span className="incident-tier" data-testid="incident-tier" data-tier={tier}>
      <Tag color={TIER_COLORS[tier]}>{t(`incidents.tier.${tier}`)}</Tag>
      {escalations > 0 && (
        <Tooltip title={t('incidents.escalated', { count: escalations })}>
          <RiseOutlined className="incident-escalated" aria-label={t('incidents.escalated', { count: escalations })} data-testid="incident-escalated" />
        </Tooltip>
      )}
    </span>
  );
}

export function IncidentStatusTag({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="incident-status" data-status={status}>
      {t(`incidents.status.${status}`)}
    </Tag>
  );
}

/**
 * The time limit as a countdown ("剩余 3 小时 20 分") or how long it is overdue,
 * the exact minute beside it. Main decides what is overdue (its clock is the
 * one that escalates); the countdown only says how far off.
 */
export function DeadlineText({ incident, now }: { incident: Pick<IncidentSummary, 'deadlineAt' | 'overdue'>; now: number }) {
  const { t } = useTranslation();
  if (!incident.deadlineAt) return <span className="incident-deadline incident-deadline--done">{t('incidents.deadline.done')}</span>;
  const left = minutesUntil(incident.deadlineAt, now);
  const label = incident.overdue
    ? left < 0
      ? t('incidents.deadline.overdue', { span: spanText(t, left) })
      : t('incidents.filter.overdue')
    : t('incidents.deadline.left', { span: spanText(t, Math.max(0, left)) });
  return (
    <span className={incident.overdue ? 'incident-deadline incident-deadline--overdue' : 'incident-deadline'} data-testid="incident-deadline" data-overdue={incident.overdue}>
      <ClockCircleOutlined aria-hidden /> {label}
      <span className="incident-deadline__at">{minuteText(incident.deadlineAt)}</span>
    </span>
  );
}
