import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { useNow } from '../lib/useNow';
import type { RevealedId } from './useRevealedIds';

interface Props {
  visit: VisitSummary;
  revealed: RevealedId | undefined;
  /** Only users with `sensitive.reveal` get the eye; everyone else sees the plain mask. */
  canReveal: boolean;
  onAsk: (visit: VisitSummary) => void;
  onHide: (personId: string) => void;
}

function Countdown({ hideAt }: { hideAt: number }) {
  const { t } = useTranslation();
  const seconds = Math.max(0, Math.ceil((hideAt - useNow(1000)) / 1000));
  return <span className="id-cell__countdown">{t('reveal.hideIn', { seconds })}</span>;
}

/** The masked ID number; for permitted users a button that reveals it, with a reason, for a few seconds. */
export function IdCell({ visit, revealed, canReveal, onAsk, onHide }: Props) {
  const { t } = useTranslation();
  if (!visit.idMasked) return <span className="muted">—</span>;
  if (revealed) {
    return (
      <div className="id-cell id-cell--revealed">
        <span className="id-full" data-testid={`revealed-${visit.badgeNo}`}>
          {revealed.idNumber}
        </span>
        <span className="id-cell__meta">
          <Countdown hideAt={revealed.hideAt} />
          <Tooltip title={t('reveal.hide')}>
            <Button
              type="text"
              size="small"
              className="id-cell__hide"
              icon={<EyeInvisibleOutlined />}
              aria-label={t('reveal.hide')}
              onClick={() => onHide(visit.personId)}
            />
          </Tooltip>
        </span>
      </div>
    );
  }
  if (!canReveal) return <span className="id-mask">{visit.idMasked}</span>;
  return (
    <Tooltip title={t('reveal.show')}>
      <button type="button" className="id-reveal" onClick={() => onAsk(visit)} data-testid={`reveal-${visit.badgeNo}`} aria-label={t('a11y.revealId', { id: visit.idMasked })}>
        <span className="id-mask">{visit.idMasked}</span>
        <EyeOutlined aria-hidden className="id-reveal__eye" />
      </button>
    </Tooltip>
  );
}
