import { App, Alert, Button, Descriptions, Drawer, Popconfirm, Space, Spin, type ButtonProps, type DescriptionsProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpenIncident, type IncidentDetail } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { TierTag } from '../directory/TierTag';
import { ownerText } from '../incident-form/incidentText';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';
import { useNow } from '../lib/useNow';
import { IncidentPrintButton } from '../print-menus/IncidentPrintButton';
import { ActionModal, type IncidentAction } from './ActionModal';
import { CallBackPanel } from './CallBackPanel';
import { DeadlineText, IncidentStatusTag, IncidentTierTag } from './IncidentMarks';
import { IncidentSteps } from './IncidentSteps';
import { IncidentTimeline } from './IncidentTimeline';

interface Props {
  incidentId: string | null;
  callBackHours: number;
  onClose: () => void;
  /** After any change, so the list shows it. */
  onChanged: () => void;
}

/** Which buttons to show: the moves main says this user may make, in the loop's words. */
function actionsFor(i: IncidentDetail, canHandle: boolean): IncidentAction[] {
  const out: IncidentAction[] = [];
  const open = isOpenIncident(i.status);
  if (i.moves.includes('classified')) out.push('classify');
  // Dispatch (or give to someone else) while open; from resolved on, going back to `dispatched` is the review's reopen.
  if (open && canHandle && i.moves.length > 0) out.push('dispatch');
  if (i.moves.includes('resolved')) out.push('resolve');
  if (i.status === 'resolved' && i.moves.includes('reviewed')) out.push('accept');
  if (!open && i.moves.includes('dispatched')) out.push('reopen');
  if (canHandle && i.status !== 'archived') out.push('contact', 'note');
  return out;
}

/** One incident: its steps, facts, what may be done next, the call-back and the timeline. Opens at #/incidents/<id>. */
export function IncidentDrawer({ incidentId, callBackHours, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const canHandle = can('incidents.handle');
  const now = useNow(30_000);
  const [incident, setIncident] = useState<IncidentDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [action, setAction] = useState<IncidentAction | null>(null);

  const load = useCallback(async (id: string) => {
    setLoading(true);
    const result = await api.incidents.get({ id });
    setLoading(false);
    if (!result.ok) {
      setIncident(null);
      return setError(result.error);
    }
    setError(null);
    setIncident(result.value);
  }, []);

  useEffect(() => {
    setIncident(null);
    setAction(null);
    if (incidentId) void load(incidentId);
  }, [incidentId, load]);

  const changed = (next: IncidentDetail) => {
    setIncident(next);
    setAction(null);
    message.success(t('incidents.actions.done'));
    onChanged();
  };

  const archive = async () => {
    if (!incident) return;
    const result = await api.incidents.archive({ id: incident.id });
    if (!result.ok) return message.error(errorText(result.error));
    changed(result.value);
  };

  // Only the facts this incident has: an empty row of a missing client or contact says nothing.
  const facts = (i: IncidentDetail): DescriptionsProps['items'] =>
    [
      { key: 'category', label: t('incidents.detail.category'), children: t(`incidents.category.${i.category}`) },
      {
        key: 'tier',
        label: t('incidents.detail.tier'),
        children: (
          <>
            <IncidentTierTag tier={i.tier} escalations={i.escalations} />
            {i.escalations > 0 && <span className="incident-muted"> {t('incidents.escalated', { count: i.escalations })}</span>}
          </>
        ),
      },
      { key: 'status', label: t('incidents.list.columns.status'), children: <IncidentStatusTag status={i.status} /> },
      { key: 'owner', label: t('incidents.detail.owner'), children: <span data-testid="incident-detail-owner">{ownerText(t, i)}</span> },
      { key: 'deadline', label: t('incidents.detail.deadline'), children: <DeadlineText incident={i} now={now} /> },
      { key: 'received', label: t('incidents.detail.received'), children: `${formatFull(i.receivedAt).slice(0, 16)} · ${i.reporterName}` },
      { key: 'source', label: t('incidents.detail.source'), children: t(`incidents.source.${i.source}`) },
      i.personName && { key: 'person', label: t('incidents.detail.person'), children: i.personName },
      i.clientName && {
        key: 'client',
        label: t('incidents.detail.client'),
        children: (
          <>
            {i.clientName} {i.clientTier && <TierTag tier={i.clientTier} />}
          </>
        ),
      },
      i.planTitle && { key: 'plan', label: t('incidents.detail.plan'), children: i.planTitle },
      (i.contactName || i.contactPhone) && { key: 'contact', label: t('incidents.detail.contact'), children: [i.contactName, i.contactPhone].filter(Boolean).join(' · ') },
      { key: 'involved', label: t('incidents.detail.involved'), span: 'filled' as const, children: i.involvedNames.join(t('list.separator')) },
      i.description && { key: 'description', label: t('incidents.detail.description'), span: 2, children: <span className="incident-pre">{i.description}</span> },
      i.resolution && {
        key: 'resolution',
        label: t('incidents.detail.resolution'),
        span: 2,
        children: (
          <span className="incident-pre" data-testid="incident-resolution">
            {i.resolution}
          </span>
        ),
      },
      i.rootCause && {
        key: 'rootCause',
        label: t('incidents.detail.rootCause'),
        span: 2,
        children: (
          <>
            <span data-testid="incident-root-cause-shown">{t(`incidents.rootCause.${i.rootCause}`)}</span>
            {i.rootCauseNote && <span className="incident-pre"> — {i.rootCauseNote}</span>}
          </>
        ),
      },
      i.reviewNote && { key: 'reviewNote', label: t('incidents.detail.reviewNote'), span: 2, children: <span className="incident-pre">{i.reviewNote}</span> },
    ].filter((item) => !!item);

  const i = incident;
  return (
    <Drawer
      open={incidentId !== null}
      onClose={onClose}
      size={820}
      title={i ? `${i.code} · ${i.title}` : t('incidents.detail.title')}
      extra={i && <IncidentPrintButton incidentId={i.id} />}
      data-testid="incident-drawer"
    >
      {error && <Alert type="warning" showIcon title={`${t('incidents.detail.loadFailed')}: ${errorText(error)}`} />}
      <Spin spinning={loading && !i}>
        {i && (
          <div className="incident-detail" data-testid="incident-detail" data-status={i.status}>
            <IncidentSteps incident={i} />
            <div className="incident-detail__actions">
              <Space wrap>
                {actionsFor(i, canHandle).map((a) => (
                  <Button key={a} type={a === 'resolve' || a === 'accept' ? 'primary' : 'default'} onClick={() => setAction(a)} data-testid={`incident-action-${a}`}>
                    {t(`incidents.actions.${a}`)}
                  </Button>
                ))}
                {i.moves.includes('archived') && (
                  <Popconfirm
                    title={t('incidents.actions.archiveConfirm')}
                    onConfirm={() => void archive()}
                    okText={t('incidents.actions.archive')}
                    cancelText={t('incidents.cancel')}
                    okButtonProps={{ 'data-testid': 'incident-archive-confirm' } as ButtonProps}
                  >
                    <Button data-testid="incident-action-archive">{t('incidents.actions.archive')}</Button>
                  </Popconfirm>
                )}
              </Space>
            </div>
            <Descriptions size="small" column={2} bordered className="incident-detail__facts" items={facts(i)} />
            <h3 className="incident-detail__heading">{t('incidents.callBack.title')}</h3>
            <CallBackPanel incident={i} canHandle={canHandle} onDone={changed} />
            <h3 className="incident-detail__heading">{t('incidents.detail.timeline')}</h3>
            <IncidentTimeline events={i.timeline} />
          </div>
        )}
      </Spin>
      {i && action && <ActionModal action={action} incident={i} callBackHours={callBackHours} onClose={() => setAction(null)} onDone={changed} />}
    </Drawer>
  );
}
