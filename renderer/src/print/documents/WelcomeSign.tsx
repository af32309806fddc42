import type { WelcomeSignJob } from '../../../../contract/print';
import { formatSignDates } from './dates';
import { personWithTitle } from './people';
import { signLines } from './signLines';
import type { Words } from './words';

/** Whom the sign greets, and the line that follows: the client, else the lead guest, else every guest. */
function greeting(job: WelcomeSignJob, w: Words): { name: string; visit: string } {
  const site = { site: job.siteName };
  const party = job.headcount > 1;
  if (job.clientName) return { name: job.clientName, visit: w.p(party ? 'sign.clientPartyVisit' : 'sign.visit', site) };
  if (job.leadGuest) return { name: personWithTitle(w, job.leadGuest, 'sign.leadGuest'), visit: w.p(party ? 'sign.leadPartyVisit' : 'sign.visit', site) };
  return { name: w.p('sign.everyone'), visit: w.p('sign.visit', site) };
}

/**
 * One landscape sheet for the entrance or the meeting room door. A long
 * name takes two lines, and every line shrinks to fit (`data-fit`).
 */
export function WelcomeSign({ job, w }: { job: WelcomeSignJob; w: Words }) {
  const { name, visit } = greeting(job, w);
  const lines = signLines(name);
  const dates = formatSignDates(w.locale, job.arrivalAt, job.departureAt);
  return (
    <section className={`sign sign--${w.locale === 'zh-CN' ? 'zh' : 'en'}`} data-testid="doc-welcome-sign">
      <div className="sign__frame">
        <p className="sign__welcome">{w.p('sign.welcome')}</p>
        <p className={lines.length > 1 ? 'sign__name sign__name--two' : 'sign__name'}>
          {lines.map((line) => (
            // The lines of one name share the size of the tightest one.
            <span key={line} className="sign__name-line" data-fit data-fit-group="sign-name">
              {line}
            </span>
          ))}
        </p>
        <p className="sign__visit" data-fit>
          {visit}
        </p>
        <div className="sign__rule" aria-hidden="true" />
        {dates && <p className="sign__date">{dates}</p>}
      </div>
    </section>
  );
}
