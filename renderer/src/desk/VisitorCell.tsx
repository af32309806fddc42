import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';

/**
 * Name with company beneath: one column instead of two keeps the table readable
 * at 1366 px. A guest who came with a reception plan carries its title on a
 * line of its own, so a long title never cuts the name.
 */
export function VisitorCell({ visit }: { visit: VisitSummary }) {
  const { t } = useTranslation();
  return (
    <div className="visitor-cell">
      <div className="visitor-cell__name">{visit.name}</div>
      {visit.company && <div className="visitor-cell__company">{visit.company}</div>}
      {visit.planTitle && (
        <Tooltip title={t('lists.plannedVisitHint', { title: visit.planTitle })}>
          <Tag color="geekblue" className="visitor-cell__plan">
            {visit.planTitle}
          </Tag>
        </Tooltip>
      )}
    </div>
  );
}
