import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARNING_SECTION, type PlanWarning, type SectionKey } from './sections';

interface Props {
  warnings: readonly PlanWarning[];
  /** Before confirming, the list is what to check first; after, what still needs attention. */
  draft: boolean;
  onFix: (section: SectionKey) => void;
}

/** What main thinks a coordinator should look at, each with a way to the tab that fixes it. */
export function PlanWarnings({ warnings, draft, onFix }: Props) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="plan-warnings"
      data-testid="plan-warnings"
      title={
        <div className="plan-warnings__line">
          <strong className="plan-warnings__title">{t(draft ? 'planEditor.warnings.title' : 'planEditor.warnings.titleConfirmed', { count: warnings.length })}</strong>
          <ul className="plan-warnings__list">
          {warnings.map((w) => (
            <li key={w} data-testid="plan-warning" data-warning={w}>
              <span>{t(`planWarnings.${w}`)}</span>
              <Button type="link" size="small" onClick={() => onFix(WARNING_SECTION[w])} data-testid={`plan-warning-fix-${w}`}>
                {t('planEditor.warnings.fix')}
              </Button>
            </li>
          ))}
          </ul>
        </div>
      }
    />
  );
}
