import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from './sections';

interface Props {
  /** What main said is missing to confirm: `times`, `guests`. */
  missing: string[];
  onFix: (section: SectionKey) => void;
  onClose: () => void;
}

const FIX: Record<string, { section: SectionKey; label: string }> = {
  times: { section: 'basics', label: 'fixTimes' },
  guests: { section: 'guests', label: 'fixGuests' },
};

/** Why "confirm" was refused, item by item, each with the way to fix it. */
export function IncompleteAlert({ missing, onFix, onClose }: Props) {
  const { t } = useTranslation();
  const known = missing.filter((m) => FIX[m]);
  if (known.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose, 'aria-label': t('planEditor.status.notNow') }}
      className="plan-incomplete"
      data-testid="plan-incomplete"
      title={
        <div className="plan-warnings__line">
          <strong className="plan-warnings__title">{t('planEditor.status.incomplete.title')}</strong>
          <ul className="plan-warnings__list">
          {known.map((m) => (
            <li key={m} data-missing={m}>
              <span>{t(`planEditor.status.incomplete.${m}`)}</span>
              <Button type="link" size="small" onClick={() => onFix(FIX[m]!.section)} data-testid={`plan-incomplete-fix-${m}`}>
                {t(`planEditor.status.incomplete.${FIX[m]!.label}`)}
              </Button>
            </li>
          ))}
          </ul>
        </div>
      }
    />
  );
}
