import type { TeamItineraryJob } from '../../../../contract/print';
import { formatVisitSpan } from './dates';
import { Facts } from './Facts';
import { ItineraryTables } from './ItineraryTables';
import { Masthead } from './Masthead';
import { nameAndPhone, partyText } from './people';
import { BookingTable, GuestTable, needLines, TeamTable } from './TeamTables';
import type { Words } from './words';

function OpenWarnings({ job, w }: { job: TeamItineraryJob; w: Words }) {
  if (job.warnings.length === 0) return null;
  return (
    <aside className="doc-callout doc-callout--warning">
      <h2 className="doc-callout__title">{w.p('team.warnings')}</h2>
      <ul>
        {job.warnings.map((key) => (
          <li key={key}>{w.t(`planWarnings.${key}`)}</li>
        ))}
      </ul>
    </aside>
  );
}

function NeedsAndNotes({ job, w }: { job: TeamItineraryJob; w: Words }) {
  const needs = needLines(w, job.visit.needs);
  if (needs.length === 0 && !job.visit.notes) return null;
  return (
    <div className="doc-notes">
      {needs.length > 0 && (
        <div className="doc-notes__block">
          <h3 className="doc-h3">{w.p('team.needs')}</h3>
          {needs.map((n) => (
            <p key={n.label}>
              <span className="doc-muted">
                {n.label}
                {w.p('doc.colon')}
              </span>
              {n.text}
            </p>
          ))}
        </div>
      )}
      {job.visit.notes && (
        <div className="doc-notes__block">
          <h3 className="doc-h3">{w.p('team.notes')}</h3>
          <p className="doc-prewrap">{job.visit.notes}</p>
        </div>
      )}
    </div>
  );
}

/**
 * The team's working copy, marked internal on every page: the plan's state,
 * the programme with who is responsible, the A/B team, the guest list with
 * needs, rooms and vehicles, and what is still open.
 */
export function TeamItinerary({ job, w }: { job: TeamItineraryJob; w: Words }) {
  const { visit } = job;
  return (
    <article className="doc" data-testid="doc-itinerary-team">
      <Masthead hostName={job.hostName} hostLogo={job.hostLogo} stamp={w.p('doc.internalStamp')} title={visit.title} subtitle={w.p('team.subtitle')} />
      <Facts
        columns={2}
        facts={[
          { label: w.p('doc.facts.client'), value: visit.clientName ?? '' },
          { label: w.p('doc.facts.status'), value: `${w.t(`planStatus.${visit.status}`)} · ${w.t(`receptionLevels.${visit.level}`)}` },
          { label: w.p('doc.facts.dates'), value: formatVisitSpan(w.locale, visit.arrivalAt, visit.departureAt), wide: true },
          { label: w.p('doc.facts.guests'), value: partyText(w, job.leadGuest, visit.headcount) },
          { label: w.p('doc.facts.contact'), value: job.contact ? nameAndPhone(job.contact.name, job.contact.phone) : '' },
          { label: w.p('doc.facts.meetingPoint'), value: job.meetingPoint },
          { label: w.p('doc.facts.purpose'), value: visit.purpose, wide: true },
        ]}
      />
      <OpenWarnings job={job} w={w} />
      <NeedsAndNotes job={job} w={w} />
      <section className="doc-section">
        <h2 className="doc-h2">{w.p('team.itinerary')}</h2>
        {job.items.length > 0 ? <ItineraryTables items={job.items} w={w} internal /> : <p className="doc-empty">{w.p('team.noItems')}</p>}
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.p('team.team')}</h2>
        <TeamTable team={job.team} w={w} />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.p('team.guests', { count: job.guests.length })}</h2>
        <GuestTable guests={job.guests} w={w} />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.p('team.bookings')}</h2>
        <BookingTable bookings={job.bookings} w={w} />
      </section>
    </article>
  );
}
