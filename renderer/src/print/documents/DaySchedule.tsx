import type { DayScheduleJob, ScheduledVisit } from '../../../../contract/print';
import { clock, dayOf, formatDay, formatShortDate, formatTimeRange } from './dates';
import { Phone } from './Phone';
import { Masthead } from './Masthead';
import { personWithTitle } from './people';
import type { Words } from './words';

function VisitCell({ visit, w }: { visit: ScheduledVisit; w: Words }) {
  return (
    <>
      <div className="doc-strong">{visit.title}</div>
      {visit.clientName && <div>{visit.clientName}</div>}
      {visit.leadGuest && <div className="doc-muted">{personWithTitle(w, visit.leadGuest)}</div>}
      <div className="doc-sched__tags">
        <span className={`doc-tag doc-tag--${visit.level}`}>{w.t(`receptionLevels.${visit.level}`)}</span>
        {visit.status === 'in_progress' && <span className="doc-tag">{w.t('planStatus.in_progress')}</span>}
      </div>
    </>
  );
}

function TimeCell({ visit, day, w }: { visit: ScheduledVisit; day: string; w: Words }) {
  const arrivesToday = visit.arrivalAt?.startsWith(day) ?? false;
  const departure = visit.departureAt;
  return (
    <>
      <div className="doc-sched__time">{clock(visit.meetsAt)}</div>
      {!arrivesToday && <div className="doc-sched__until">{w.p('schedule.continuing')}</div>}
      {departure && (
        <div className="doc-sched__until">
          {dayOf(departure) === day ? w.p('schedule.leaves', { time: clock(departure) }) : w.p('schedule.leavesLater', { day: formatShortDate(w.locale, departure) })}
        </div>
      )}
    </>
  );
}

function GreeterCell({ visit, w }: { visit: ScheduledVisit; w: Words }) {
  const g = visit.greeter;
  if (!g) return <span className="doc-muted">{w.p('schedule.noGreeter')}</span>;
  return (
    <>
      <div>
        <span className="doc-ab">A</span>
        {g.primaryName} <Phone phone={g.primaryPhone} />
      </div>
      {g.backupName && (
        <div>
          <span className="doc-ab">B</span>
          {g.backupName} <Phone phone={g.backupPhone} />
        </div>
      )}
    </>
  );
}

function ResourcesCell({ visit, w }: { visit: ScheduledVisit; w: Words }) {
  return (
    <>
      {visit.bookings.map((b, i) => (
        <div key={i} className={b.spare ? 'doc-res doc-muted' : 'doc-res'}>
          {b.resourceName}
          {b.spare && <span className="doc-tag doc-tag--spare">{w.p('schedule.spare')}</span>}
          <span className="doc-res__time">{formatTimeRange(w.locale, b.startsAt, b.endsAt)}</span>
        </div>
      ))}
    </>
  );
}

function AgendaCell({ visit }: { visit: ScheduledVisit }) {
  return (
    <ul className="doc-agenda">
      {visit.items.map((item, i) => (
        <li key={i}>
          <span className="doc-num doc-agenda__time">{clock(item.startsAt)}</span>
          <span>
            {item.activity}
            {item.place && <span className="doc-muted"> · {item.place}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The front desk's sheet for one day, to pin up: every confirmed or running
 * visit in the order the desk meets them, who greets them, where they go.
 */
export function DaySchedule({ job, w }: { job: DayScheduleJob; w: Words }) {
  const guests = job.visits.reduce((n, v) => n + v.headcount, 0);
  const summary = `${w.p('schedule.visits', { count: job.visits.length })} · ${w.p('schedule.guests', { count: guests })}`;
  return (
    <article className="doc" data-testid="doc-day-schedule">
      <Masthead
        hostName={job.hostName}
        hostLogo={job.hostLogo}
        stamp={w.p('doc.internalStamp')}
        title={w.p('schedule.title')}
        subtitle={
          <>
            <span className="doc-masthead__date">{formatDay(w.locale, job.day)}</span>
            {job.visits.length > 0 && <span className="doc-masthead__summary">{summary}</span>}
          </>
        }
      />
      {job.visits.length === 0 ? (
        <p className="doc-empty doc-empty--big">{w.p('schedule.empty')}</p>
      ) : (
        <table className="doc-table doc-sched">
          <colgroup>
            <col className="doc-col-sched-time" />
            <col className="doc-col-sched-visit" />
            <col className="doc-col-sched-count" />
            <col className="doc-col-sched-greeter" />
            <col className="doc-col-sched-res" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>{w.p('schedule.columns.time')}</th>
              <th>{w.p('schedule.columns.visit')}</th>
              <th className="doc-center">{w.p('schedule.columns.headcount')}</th>
              <th>{w.p('schedule.columns.greeter')}</th>
              <th>{w.p('schedule.columns.resources')}</th>
              <th>{w.p('schedule.columns.agenda')}</th>
            </tr>
          </thead>
          <tbody>
            {job.visits.map((visit, i) => (
              <tr key={i} className={`doc-sched__row doc-sched__row--${visit.level}`}>
                <td>
                  <TimeCell visit={visit} day={job.day} w={w} />
                </td>
                <td>
                  <VisitCell visit={visit} w={w} />
                </td>
                <td className="doc-center doc-sched__count">{visit.headcount}</td>
                <td>
                  <GreeterCell visit={visit} w={w} />
                </td>
                <td>
                  <ResourcesCell visit={visit} w={w} />
                </td>
                <td>
                  <AgendaCell visit={visit} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
