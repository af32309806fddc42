import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from './sections';

interface Props {
  section: SectionKey;
  position: number;
  count: number | null;
  warning: boolean;
  dirty: boolean;
}

/** "来宾 12" with a dot when a warning points here and a mark while edits are unsaved. */
export function TabLabel({ section, position, count, warning, dirty }: Props) {
  const { t } = useTranslation();
  const hints = [t('planEditor.tabs.shortcut', { n: position }), warning && t('planEditor.tabs.hasWarning'), dirty && t('planEditor.tabs.unsaved')].filter(Boolean);
  return (
    <Tooltip title={hints.join(' · ')} mouseEnterDelay={0.6}>
      <span className="plan-tab" data-testid={`plan-tab-${section}`} data-warning={warning || undefined} data-dirty={dirty || undefined}>
        {t(`planEditor.tabs.${section}`)}
        {count !== null && <span className="plan-tab__count">{count}</span>}
        {warning && <Badge status="warning" className="plan-tab__dot" />}
        {dirty && (
          <span className="plan-tab__dirty" aria-label={t('planEditor.tabs.unsaved')}>
            *
          </span>
        )}
      </span>
    </Tooltip>
  );
}
