import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';

/** Badge number, and whether a badge was printed (an unprinted one stands out). */
export function BadgeCell({ visit }: { visit: VisitSummary }) {
  const { t } = useTranslation();
  return (
    <div className="badge-cell">
      <span className="badge-no">{visit.badgeNo}</span>
      <Tag className="badge-cell__prints" color={visit.badgePrints > 0 ? 'default' : 'orange'} variant="outlined">
        {visit.badgePrints > 0 ? t('badgePrints.count', { count: visit.badgePrints }) : t('badgePrints.none')}
      </Tag>
    </div>
  );
}
