import { CrownFilled, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEPTION_LEVELS } from '../../../../contract/plans';

interface Props {
  /** Plans matching the filters that have no arrival time, so are on no calendar day. */
  unscheduled: number | null;
  onShowUnscheduled: () => void;
  /** Screen tools that share the line (rooms and vehicles). */
  extra?: ReactNode;
}

/**
 * One quiet line under the calendar: what its colours and borders mean, how
 * many plans are not on it for want of a time, and the keyboard shortcuts.
 */
export function PlansLegend({ unscheduled, onShowUnscheduled, extra }: Props) {
  const { t } = useTranslation();
  return (
    <div className="plans-legend" data-testid="plans-legend">
      {RECEPTION_LEVELS.map((level) => (
        <span key={level} className="plans-legend__item">
          <span className={`plans-legend__swatch plan-swatch--${level}`}>{level === 'vip' && <CrownFilled />}</span>
          {t(`receptionLevels.${level}`)}
        </span>
      ))}
      <span className="plans-legend__item">
        <span className="plans-legend__swatch plans-legend__swatch--draft" />
        {t('plans.calendar.legend.draft')}
      </span>
      <span className="plans-legend__item">
        <span className="plans-legend__swatch plans-legend__swatch--done" />
        {t('plans.calendar.legend.done')}
      </span>
      <span className="plans-legend__end">
        {!!unscheduled && (
          <Tooltip title={t('plans.toolbar.unscheduledHint')}>
            <Button type="link" size="small" icon={<UnorderedListOutlined />} onClick={onShowUnscheduled} className="plans-legend__unscheduled" data-testid="plans-unscheduled">
              {t('plans.toolbar.unscheduled', { count: unscheduled })}
            </Button>
          </Tooltip>
        )}
        {extra}
        <span className="plans-legend__shortcuts">{t('plans.toolbar.shortcuts')}</span>
      </span>
    </div>
  );
}
