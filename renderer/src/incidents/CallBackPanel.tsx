import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Rate, Segmented, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentFields, type CallBack, type IncidentDetail } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { minuteText } from '../incident-form/incidentText';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { formatFull } from '../lib/format';

type Outcome = 'reached' | 'notReached' | 'giveUp';

/** 回访: within hours of the resolution, the visitor is called back — reached with a 1–5 score, not reached (try again), or given up. */
export function CallBackPanel({ incident, canHandle, onDone }: { incident: IncidentDetail; canHandle: boolean; onDone: (i: IncidentDetail) => void }) {
  const { t } = useTranslation();
  if (incident.callBacks.length === 0) return <p className="incident-muted">{t('incidents.callBack.none')}</p>;
  return (
    <div className="incident-callbacks" data-testid="incident-callbacks">
      {incident.callBacks.map((c) => (
        <CallBackCard key={c.id} callBack={c} canHandle={canHandle} onDone={onDone} />
      ))}
    </div>
  );
}

function CallBackCard({ callBack: c, canHandle, onDone }: { callBack: CallBack; canHandle: boolean; onDone: (i: IncidentDetail) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('reached');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async () => {
    setBusy(true);
    const result = await api.incidents.logCallBack({
      callBackId: c.id,
      reached: outcome === 'reached',
      score: outcome === 'reached' ? score : null,
      comment,
      giveUp: outcome === 'giveUp',
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setComment('');
    setScore(0);
    onDone(result.value);
  };

  return (
    <div className={c.overdue ? 'callback-card callback-card--overdue' : 'callback-card'} data-testid="callback-card" data-status={c.status}>
      <div className="callback-card__head">
        <PhoneOutlined aria-hidden />
        <Tag color={c.status === 'reached' ? 'green' : c.status === 'unreachable' ? 'default' : c.overdue ? 'red' : 'blue'} data-testid="callback-status">
          {t(`incidents.callBackStatus.${c.status}`)}
        </Tag>
        <span>{c.ownerName}</span>
        {c.status === 'open' && <span className={c.overdue ? 'incident-overdue-text' : ''}>{c.overdue ? t('incidents.callBack.overdue') : t('incidents.callBack.due', { at: minuteText(c.dueAt) })}</span>}
        {c.attempts > 0 && <span className="incident-muted">{t('incidents.callBack.attempts', { count: c.attempts })}</span>}
      </div>
      {c.status !== 'open' && (
        <div className="callback-card__done">
          {c.score !== null && (
            <span data-testid="callback-score">
              <Rate disabled value={c.score} /> {t('incidents.callBack.scoreValue', { score: c.score })}
            </span>
          )}
          {c.comment && <p className="incident-event__text">{c.comment}</p>}
          {c.doneAt && <span className="incident-muted">{t('incidents.callBack.done', { name: c.doneByName, at: formatFull(c.doneAt).slice(0, 16) })}</span>}
        </div>
      )}
      {c.status === 'open' && canHandle && (
        <div className="callback-card__form">
          <Segmented
            aria-label={t('incidents.callBack.title')}
            value={outcome}
            onChange={(v) => setOutcome(v as Outcome)}
            options={(['reached', 'notReached', 'giveUp'] as const).map((o) => ({ value: o, label: <span data-testid={`callback-${o}`}>{t(`incidents.callBack.${o}`)}</span> }))}
          />
          {outcome === 'reached' && (
            <span className="callback-card__score">
              <span>{t('incidents.callBack.score')}</span>
              <Rate value={score} onChange={setScore} aria-label={t('incidents.callBack.score')} data-testid="callback-rate" />
            </span>
          )}
          <Input.TextArea
            value={comment}
            placeholder={t('incidents.callBack.comment')}
            aria-label={t('incidents.callBack.comment')}
            autoSize={{ minRows: 2, maxRows: 5 }}
            {...lengthCount(incidentFields.callBackComment)}
            onChange={(e) => setComment(e.target.value)}
            data-testid="callback-comment"
          />
          {error && <Alert type="error" showIcon title={errorText(error)} />}
          <Space>
            <Button type="primary" loading={busy} disabled={outcome === 'reached' && score === 0} onClick={() => void save()} data-testid="callback-save">
              {t('incidents.callBack.save')}
            </Button>
          </Space>
        </div>
      )}
    </div>
  );
}
