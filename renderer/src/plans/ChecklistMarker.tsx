import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import type { PlanSummary } from '../../../contract/plans';
import { i18n } from '../i18n';

interface Props {
  checklist: PlanSummary['checklist'];
  /** The calendar's boxes are small: there only what needs attention shows (overdue, due soon). */
  compact?: boolean;
}

/**
 * A plan's checklists at a glance: overdue items in red with their count, due
 * soon in amber, otherwise what is left (or a tick when all is done). Reads
 * i18n directly: hundreds of calendar events would each listen for a language change.
 */
export function ChecklistMarker({ checklist, compact = false }: Props) {
  const { total, open, overdue, dueSoon } = checklist;
  if (total === 0) return null;
  if (overdue > 0) {
    const label = i18n.t('planChecklists.marker.overdue', { count: overdue });
    return (
      <span className="checklist-marker checklist-marker--overdue" title={label} aria-label={label} data-testid="checklist-marker" data-state="overdue" data-count={overdue}>
        <ExclamationCircleFilled /> {overdue}
      </span>
    );
  }
  if (dueSoon > 0) {
    const label = i18n.t('planChecklists.marker.dueSoon', { count: dueSoon });
    return (
      <span className="checklist-marker checklist-marker--due-soon" title={label} aria-label={label} data-testid="checklist-marker" data-state="dueSoon" data-count={dueSoon}>
        <ClockCircleOutlined /> {dueSoon}
      </span>
    );
  }
  if (compact) return null;
  const label = open === 0 ? i18n.t('planChecklists.marker.allDone') : i18n.t('planChecklists.marker.open', { count: open, total });
  return (
    <span className={open === 0 ? 'checklist-marker checklist-marker--done' : 'checklist-marker'} title={label} data-testid="checklist-marker" data-state={open === 0 ? 'done' : 'open'} data-count={open}>
      {open === 0 ? <CheckCircleOutlined /> : null} {open === 0 ? i18n.t('planChecklists.marker.done') : `${total - open}/${total}`}
    </span>
  );
}
