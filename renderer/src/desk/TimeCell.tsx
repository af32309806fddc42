import { Tooltip } from 'antd';
import { formatClock, formatFull, formatRelative } from '../lib/format';

/** "14:32 · 12 分钟前", the full date and time on hover. */
export function TimeCell({ iso, now }: { iso: string | null; now: number }) {
  if (!iso) return <span className="muted">—</span>;
  return (
    <Tooltip title={formatFull(iso)}>
      <span className="time-cell">
        <span className="time-cell__clock">{formatClock(iso)}</span>
        <span className="time-cell__relative">{formatRelative(iso, now)}</span>
      </span>
    </Tooltip>
  );
}
