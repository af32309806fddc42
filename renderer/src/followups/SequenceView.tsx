import { ArrowLeftOutlined, CheckOutlined, ClockCircleOutlined, MinusCircleOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Empty, Popconfirm, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowupDetail, FollowupStep } from '../../../contract/followups';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { TierTag } from '../directory/TierTag';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';
import { pageHash } from '../lib/useHashRoute';
import { FollowupPrintButton } from '../print-menus/FollowupPrintButton';
import { formatDueDay } from './dueDay';
import { StepDialog, type StepAction } from './StepDialog';

const HISTORY_ACTIONS = new Set(['created', 'postponed', 'skipped', 'added', 'done', 'completed', 'reopened', 'reassigned', 'cancelled']);

function dotOf(step: FollowupStep) {
  if (step.status === 'done') return { color: 'green', dot: <CheckOutlined /> };
  if (step.status === 'skipped') return { color: 'gray', dot: <MinusCircleOutlined /> };
  return { color: step.overdue ? 'red' : 'blue', dot: <ClockCircleOutlined /> };
}

/** One sequence (`#/followups/<id>`): the steps as a vertical timeline with what can be done to each, then its history. */
export function SequenceView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const { message } = App.useApp();
  const [f, setF] = useState<FollowupDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [action, setAction] = useState<StepAction | null>(null);
  const work = can('followups.work');
  const manage = can('followups.manage');

  const load = useCallback(async () => {
    const result = await api.followups.get({ id });
    setF(result.ok ? result.value : null);
    setError(result.ok ? null : result.error);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  async function setStatus(status: 'active' | 'cancelled') {
    const result = await api.followups.update({ id, status });
    if (!result.ok) return void message.error(errorText(result.error));
    setF(result.value);
  }

  const back = (
    <Button icon={<ArrowLeftOutlined />} href={pageHash('followups')} data-testid="followup-back">
      {t('followups.back')}
    </Button>
  );
  if (error) return <div className="followup-view">{back}<Alert type="warning" showIcon title={errorText(error)} /></div>;
  if (!f) return <Spin />;
  const live = f.status !== 'cancelled';

  const items = f.steps.map((s) => ({
    key: s.id,
    ...dotOf(s),
    children: (
      <div className={`followup-step followup-step--${s.status}${s.overdue ? ' followup-step--overdue' : ''}`} data-testid="followup-step" data-status={s.status}>
        <div className="followup-step__head">
          <span className="followup-step__seq">{s.seq}</span>
          <strong className="followup-step__title">{s.title}</strong>
          <Tag>{t(`followups.stepStatus.${s.status}`)}</Tag>
          {s.overdue && <Tag color="red">{t('followups.overdue')}</Tag>}
        </div>
        <div className="followup-step__meta">
          <span data-testid="followup-step-due">{formatDueDay(s.dueDay)}</span>
          <span>{s.ownerName}</span>
          {s.plannedDay && <span className="muted">{t('followups.detail.planned', { day: formatDueDay(s.plannedDay) })}</span>}
          {s.postponements > 0 && <span className="muted">{t('followups.detail.postponed', { count: s.postponements })}</span>}
        </div>
        {s.outcome && <div className="followup-step__outcome">{s.outcome}</div>}
        {s.doneAt && (
          <div className="muted followup-step__by">{t(s.status === 'done' ? 'followups.detail.doneBy' : 'followups.detail.skippedBy', { name: s.doneByName, time: formatFull(s.doneAt) })}</div>
        )}
        {live && work && (
          <Space size={4} wrap className="followup-step__actions">
            {s.status === 'open' && (
              <>
                <Button size="small" type="primary" ghost icon={<CheckOutlined />} onClick={() => setAction({ mode: 'done', step: s })} data-testid="step-done">
                  {t('followups.step.done')}
                </Button>
                <Button size="small" icon={<ClockCircleOutlined />} onClick={() => setAction({ mode: 'postpone', step: s })} data-testid="step-postpone">
                  {t('followups.step.postpone')}
                </Button>
                <Button size="small" icon={<MinusCircleOutlined />} onClick={() => setAction({ mode: 'skip', step: s })} data-testid="step-skip">
                  {t('followups.step.skip')}
                </Button>
                {manage && (
                  <Button size="small" icon={<SwapOutlined />} onClick={() => setAction({ mode: 'reassign', step: s })} data-testid="step-reassign">
                    {t('followups.step.reassign')}
                  </Button>
                )}
              </>
            )}
            <Button size="small" type="text" icon={<PlusOutlined />} onClick={() => setAction({ mode: 'add', after: s })} data-testid="step-add-after">
              {t('followups.step.addAfter')}
            </Button>
          </Space>
        )}
      </div>
    ),
  }));

  return (
    <div className="followup-view" data-testid="followup-view">
      <div className="followup-view__bar">
        {back}
        <Space>
          <FollowupPrintButton id={f.id} label={t('followups.detail.print')} />
          {manage &&
            (live ? (
              <Popconfirm title={t('followups.detail.cancelConfirm')} onConfirm={() => void setStatus('cancelled')} okText={t('followups.dialogs.ok')} cancelText={t('followups.dialogs.cancel')}>
                <Button danger data-testid="followup-cancel">
                  {t('followups.detail.cancel')}
                </Button>
              </Popconfirm>
            ) : (
              <Button onClick={() => void setStatus('active')} data-testid="followup-resume">
                {t('followups.detail.resume')}
              </Button>
            ))}
        </Space>
      </div>
      <Typography.Title level={4} className="followup-view__title">
        {f.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={3}
        bordered
        className="followup-view__facts"
        items={[
          {
            key: 'client',
            label: t('followups.detail.client'),
            children: (
              <Space size={4}>
                <TierTag tier={f.clientTier} />
                {f.clientName}
              </Space>
            ),
          },
          { key: 'owner', label: t('followups.detail.owner'), children: f.ownerName },
          {
            key: 'status',
            label: t('followups.detail.status'),
            children: (
              <Space size={4}>
                <Tag data-testid="followup-status">{t(`followups.status.${f.status}`)}</Tag>
                <Tag color={f.urgency === 'high' ? 'volcano' : undefined}>{t(`followups.urgency.${f.urgency}`)}</Tag>
              </Space>
            ),
          },
          // The notes row only when there are notes: an empty one reads as a missing field.
          ...(f.notes ? [{ key: 'notes', label: t('followups.detail.notes'), span: 3, children: f.notes }] : []),
        ]}
      />
      <div className="followup-view__columns">
        <section className="followup-view__steps" data-testid="followup-steps">
          <Typography.Title level={5}>{t('followups.detail.steps')}</Typography.Title>
          <Timeline items={items} />
          {live && work && (
            <Button icon={<PlusOutlined />} onClick={() => setAction({ mode: 'add', after: null })} data-testid="step-add-end">
              {t('followups.step.addEnd')}
            </Button>
          )}
        </section>
        <section className="followup-view__history" data-testid="followup-history">
          <Typography.Title level={5}>{t('followups.detail.history')}</Typography.Title>
          {f.history.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followups.detail.noHistory')} />
          ) : (
            <ul className="followup-history">
              {f.history.map((h, i) => (
                <li key={i} data-testid="followup-history-entry">
                  <div className="followup-history__head">
                    <strong>{HISTORY_ACTIONS.has(h.action) ? t(`followups.history.${h.action}`) : h.action}</strong>
                    {h.stepTitle && <span>{h.stepTitle}</span>}
                  </div>
                  {h.text && <div className="followup-history__text">{h.text}</div>}
                  <div className="muted">
                    {h.byName} · {formatFull(h.at)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <StepDialog
        planId={f.id}
        action={action}
        onClose={() => setAction(null)}
        onDone={(next) => {
          setAction(null);
          setF(next);
        }}
      />
    </div>
  );
}
