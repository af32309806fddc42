import { byDay, formatDay, formatTimeRange } from './dates';
import type { Words } from './words';

interface Item {
  startsAt: string;
  endsAt: string;
  activity: string;
  place: string;
  responsible?: string;
  notes?: string;
}

interface Props {
  items: Item[];
  w: Words;
  /** The team's copy adds who is responsible and the internal notes. */
  internal: boolean;
}

/**
 * One table per day, in time order. The day's name sits in the table head,
 * so when a long day runs onto the next page it is repeated with the columns.
 */
export function ItineraryTables({ items, w, internal }: Props) {
  const days = byDay(items);
  const columns = internal ? 5 : 3;
  return (
    <>
      {days.map(({ day, items: dayItems }, index) => (
        <table key={day} className={`doc-table doc-itinerary${internal ? ' doc-itinerary--team' : ''}`}>
          <colgroup>
            <col className="doc-col-time" />
            <col />
            <col className="doc-col-place" />
            {internal && <col className="doc-col-person" />}
            {internal && <col className="doc-col-notes" />}
          </colgroup>
          <thead>
            <tr className="doc-table__day">
              <th colSpan={columns}>
                {days.length > 1 && <span className="doc-table__dayno">{w.p('doc.dayN', { n: index + 1 })}</span>}
                {formatDay(w.locale, day)}
              </th>
            </tr>
            <tr>
              <th>{w.p('doc.columns.time')}</th>
              <th>{w.p('doc.columns.activity')}</th>
              <th>{w.p('doc.columns.place')}</th>
              {internal && <th>{w.p('doc.columns.responsible')}</th>}
              {internal && <th>{w.p('doc.columns.notes')}</th>}
            </tr>
          </thead>
          <tbody>
            {dayItems.map((item, i) => (
              <tr key={`${item.startsAt}-${i}`}>
                <td className="doc-time">{formatTimeRange(w.locale, item.startsAt, item.endsAt)}</td>
                <td className="doc-strong">{item.activity}</td>
                <td>{item.place}</td>
                {internal && <td>{item.responsible}</td>}
                {internal && <td className="doc-muted">{item.notes}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
