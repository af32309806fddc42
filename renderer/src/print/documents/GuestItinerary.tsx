import type { GuestItineraryJob } from '../../../../contract/print';
import { formatPhone, formatVisitSpan } from './dates';
import { Facts } from './Facts';
import { ItineraryTables } from './ItineraryTables';
import { Masthead } from './Masthead';
import { nameAndPhone, partyText } from './people';
import type { Words } from './words';

/**
 * The itinerary handed to guests: a warm heading, when and where, whom to
 * call, and the programme by day. Its payload holds nothing internal.
 */
export function GuestItinerary({ job, w }: { job: GuestItineraryJob; w: Words }) {
  const { visit, contact } = job;
  // The closing line names whom to call: the greeter with their phone, or the desk (the site's own name).
  const contactText = !contact ? job.siteName : contact.phone ? w.p('guests.contactPerson', { name: contact.name, phone: formatPhone(contact.phone) }) : contact.name;
  return (
    <article className="doc" data-testid="doc-itinerary-guests">
      <Masthead hostName={job.hostName} hostLogo={job.hostLogo} kicker={w.p('guests.kicker', { site: job.hostName })} title={visit.title} subtitle={visit.clientName ?? undefined} />
      <Facts
        facts={[
          { label: w.p('doc.facts.dates'), value: formatVisitSpan(w.locale, visit.arrivalAt, visit.departureAt) },
          { label: w.p('doc.facts.guests'), value: partyText(w, job.leadGuest, visit.headcount) },
          { label: w.p('doc.facts.meetingPoint'), value: job.meetingPoint },
          { label: w.p('doc.facts.contact'), value: contact ? nameAndPhone(contact.name, contact.phone) : job.siteName },
        ]}
      />
      <section className="doc-section">
        <h2 className="doc-h2">{w.p('guests.itinerary')}</h2>
        {job.items.length > 0 ? <ItineraryTables items={job.items} w={w} internal={false} /> : <p className="doc-empty">{w.p('guests.noItems')}</p>}
      </section>
      <p className="doc-closing">{w.p('guests.closing', { contact: contactText })}</p>
    </article>
  );
}
