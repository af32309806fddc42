import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistProgress } from '../../../../../contract/checklists';

/** Overdue in red, due soon in amber, problems: only the counts that are not zero. */
export function ProgressCounts({ progress }: { progress: ChecklistProgress }) {
  const { t } = useTranslation();
  return (
    <span className="checklist-counts">
      {progress.overdue > 0 && (
        <Tag color="error" data-testid="checklist-count-overdue">
          {t('planChecklists.counts.overdue', { count: progress.overdue })}
        </Tag>
      )}
      {progress.dueSoon > 0 && (
        <Tag color="warning" data-testid="checklist-count-due-soon">
          {t('planChecklists.counts.dueSoon', { count: progress.dueSoon })}
        </Tag>
      )}
      {progress.problems > 0 && (
        <Tag color="volcano" data-testid="checklist-count-problems">
          {t('planChecklists.counts.problems', { count: progress.problems })}
        </Tag>
      )}
    </span>
  );
}
