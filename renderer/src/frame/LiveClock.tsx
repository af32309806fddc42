import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNow } from '../lib/useNow';

/** Date and time in the header; its own component so the per-second tick re-renders only itself. */
export function LiveClock() {
  const { t } = useTranslation();
  const now = dayjs(useNow(1000));
  return (
    <time className="live-clock" dateTime={now.toISOString()} title={now.format(t('clock.date'))}>
      <span className="live-clock__date">{now.format(t('clock.date'))}</span>
      <span className="live-clock__time">{now.format(t('clock.time'))}</span>
    </time>
  );
}
