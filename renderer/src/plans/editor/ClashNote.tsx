import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ItineraryRow, RowClash } from './itineraryRows';
import { normalizeTime, showShort } from './localTime';

function rowLabel(row: ItineraryRow, sameDay: boolean): string {
  const times = `${normalizeTime(row.start) ?? row.start}–${normalizeTime(row.end) ?? row.end}`;
  const when = sameDay ? times : `${row.date.slice(5)} ${times}`;
  return row.activity.trim() ? `${when} ${row.activity.trim()}` : when;
}

/** Why a line is highlighted, in words: which lines it overlaps, or which end of the visit it misses. */
export function ClashNote({ row, clash, arrivalAt, departureAt }: { row: ItineraryRow; clash: RowClash; arrivalAt: string | null; departureAt: string | null }) {
  const { t } = useTranslation();
  const reasons: string[] = [];
  if (clash.overlaps.length > 0) {
    const items = clash.overlaps.map((o) => `“${rowLabel(o, o.date === row.date)}”`).join(t('planEditor.listSeparator'));
    reasons.push(t('planEditor.itinerary.overlap', { items }));
  }
  if (clash.before && arrivalAt) reasons.push(t('planEditor.itinerary.before', { time: showShort(arrivalAt) }));
  if (clash.after && departureAt) reasons.push(t('planEditor.itinerary.after', { time: showShort(departureAt) }));
  return (
    <div className="itinerary-clash" data-testid="itinerary-clash">
      <WarningFilled /> {reasons.join(t('planEditor.listSeparator'))}
    </div>
  );
}
