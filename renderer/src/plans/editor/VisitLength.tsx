import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** "共 8 小时 30 分" under the departure field, so a typo in a date (a week-long visit) stands out. */
export function VisitLength({ from, to }: { from: Dayjs | null | undefined; to: Dayjs | null | undefined }) {
  const { t } = useTranslation();
  if (!from || !to || !to.isAfter(from)) return null;
  const minutes = to.diff(from, 'minute');
  const days = to.startOf('day').diff(from.startOf('day'), 'day') + 1;
  const text =
    days > 1
      ? t('planEditor.basics.days', { count: days })
      : minutes % 60 === 0
        ? t('planEditor.basics.hours', { count: minutes / 60 })
        : t('planEditor.basics.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return <span data-testid="basics-length">{t('planEditor.basics.duration', { duration: text })}</span>;
}
