import type { HandoffJob } from '../../../../contract/print';
import { ChecklistTable } from './ChecklistTable';
import { formatPhone, formatVisitSpan } from './dates';
import { Facts } from './Facts';
import { Masthead } from './Masthead';
import type { Words } from './words';

/**
 * A department's hand-off sheet (DIGEST 05): the visit, the department's
 * items with boxes to tick, who at the desk takes it back, and lines to sign.
 */
export function HandoffSheet({ job, w }: { job: HandoffJob; w: Words }) {
  const department = w.c(`departments.${job.department}`);
  const contact = job.contact.phone
    ? w.c('handoff.returnToPhone', { name: job.contact.name, phone: formatPhone(job.contact.phone) })
    : w.c('handoff.returnToValue', { name: job.contact.name });
  return (
    <article className="doc doc-handoff" data-testid="doc-handoff">
      <Masthead
        hostName={job.hostName}
        hostLogo={job.hostLogo}
        stamp={w.p('doc.internalStamp')}
        kicker={w.c('handoff.header')}
        title={w.c('handoff.title', { department })}
        subtitle={<span className="doc-masthead__date">{job.visit.title}</span>}
      />
      <Facts
        columns={2}
        facts={[
          { label: w.c('handoff.visit'), value: [job.visit.title, job.visit.clientName].filter(Boolean).join(' · '), wide: true },
          { label: w.c('handoff.dates'), value: formatVisitSpan(w.locale, job.visit.arrivalAt, job.visit.departureAt) },
          { label: w.c('handoff.headcount'), value: w.c('handoff.headcountValue', { count: job.visit.headcount }) },
          { label: w.c('handoff.returnTo'), value: <strong>{contact}</strong>, wide: true },
        ]}
      />
      <p className="doc-handoff__intro">{w.c('handoff.intro')}</p>
      <ChecklistTable items={job.items} w={w} withDepartment={false} />
      <div className="doc-sign">
        <div className="doc-sign__line">{w.c('handoff.signature')}</div>
        <div className="doc-sign__line doc-sign__line--short">{w.c('handoff.date')}</div>
        <div className="doc-sign__line">{w.c('handoff.receivedBy')}</div>
      </div>
    </article>
  );
}
