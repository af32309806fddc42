import type { RollCallJob } from '../../../../contract/print';
import { clock, dayOf, formatDateTime, formatShortDate } from './dates';
import type { Words } from './words';
import { FitText } from '../FitText';

/** Arrival as a time; from an earlier day, its date on a small line above (someone still on site since then). */
function Arrived({ w, at, today }: { w: Words; at: string; today: string }) {
  if (!at) return null;
  return (
    <>
      {dayOf(at) !== today && <div className="doc-roll__day">{formatShortDate(w.locale, at)}</div>}
      {clock(at)}
    </>
  );
}

/**
 * The roll call (DIGEST 01 emergencies): everyone on site when it was
 * printed, large enough to read at arm's length outdoors, one row and one box
 * per person, the total and the assembly point at the top.
 */
export function RollCall({ job, w }: { job: RollCallJob; w: Words }) {
  const today = dayOf(job.printedAt);
  return (
    <article className="doc doc-roll" data-testid="doc-roll-call">
      <header className="doc-roll__head">
        <div className="doc-roll__site">{job.hostName}</div>
        <h1 className="doc-roll__title">{w.c('rollCall.title')}</h1>
        <div className="doc-roll__facts">
          <span className="doc-roll__total">{w.c('rollCall.total', { count: job.people.length })}</span>
          <span className="doc-roll__time">{w.c('rollCall.printedAt', { time: formatDateTime(w.locale, job.printedAt) })}</span>
        </div>
        <div className="doc-roll__assembly">{job.assemblyPoint ? w.c('rollCall.assemblyPoint', { place: job.assemblyPoint }) : w.c('rollCall.noAssemblyPoint')}</div>
      </header>
      {job.people.length === 0 ? (
        <p className="doc-empty doc-empty--big">{w.c('rollCall.empty')}</p>
      ) : (
        <table className="doc-table doc-roll__table">
          <colgroup>
            <col className="doc-col-roll-box" />
            <col className="doc-col-roll-name" />
            <col />
            <col className="doc-col-roll-host" />
            <col className="doc-col-roll-time" />
            <col className="doc-col-roll-badge" />
          </colgroup>
          <thead>
            <tr>
              <th className="doc-center">{w.c('rollCall.columns.box')}</th>
              <th>{w.c('rollCall.columns.name')}</th>
              <th>{w.c('rollCall.columns.company')}</th>
              <th>{w.c('rollCall.columns.host')}</th>
              <th>{w.c('rollCall.columns.arrived')}</th>
              <th>{w.c('rollCall.columns.badge')}</th>
            </tr>
          </thead>
          <tbody>
            {job.people.map((p, i) => (
              <tr key={i} data-testid="doc-roll-person">
                <td className="doc-center">
                  <span className="doc-box doc-box--big" />
                </td>
                <td className="doc-roll__name">{p.name}</td>
                <td>
                  {p.company}
                  {p.planTitle && <div className="doc-roll__plan">{p.planTitle}</div>}
                </td>
                <td>{p.host}</td>
                <td className="doc-num">
                  <Arrived w={w} at={p.arrivedAt} today={today} />
                </td>
                {/* One line, as scanned and read aloud; a wide desk code (MWM) or a fifth digit shrinks it, never cuts it. */}
                <td className="doc-num">
                  <FitText className="doc-roll__badge" text={p.badgeNo} lines={1} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="doc-roll__counted">{w.c('rollCall.counted')}</p>
    </article>
  );
}
