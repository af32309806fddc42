import type { WelcomeSignJob } from '../../../../contract/print';
import { formatSignDates } from './dates';
import { FitText } from '../FitText';
import { personWithTitle } from './people';
import type { Words } from './words';

/** Whom the sign greets, and the line that follows: the client, else the lead guest, else every guest. */
function greeting(job: WelcomeSignJob, w: Words): { name: string; visit: string } {
  // The sign welcomes guests to the organisation they came to see, not to the desk.
  const site = { site: job.hostName };
  const party = job.headcount > 1;
  if (job.clientName) return { name: job.clientName, visit: w.p(party ? 'sign.clientPartyVisit' : 'sign.visit', site) };
  if (job.leadGuest) return { name: personWithTitle(w, job.leadGuest, 'sign.leadGuest'), visit: w.p(party ? 'sign.leadPartyVisit' : 'sign.visit', site) };
  return { name: w.p('sign.everyone'), visit: w.p('sign.visit', site) };
}

/**
 * One landscape sheet for the entrance or the meeting room door. The name and
 * the line below it fit by the badges' rule (fitText.ts): a long name shrinks,
 * then takes two balanced lines.
 */
export function WelcomeSign({ job, w }: { job: WelcomeSignJob; w: Words }) {
  const { name, visit } = greeting(job, w);
  const dates = formatSignDates(w.locale, job.arrivalAt, job.departureAt);
  return (
    <section className={`sign sign--${w.locale === 'zh-CN' ? 'zh' : 'en'}`} data-testid="doc-welcome-sign">
      <div className="sign__frame" data-fit-frame>
        {job.hostLogo && <img className="sign__logo" src={job.hostLogo} alt="" />}
        <p className="sign__welcome">{w.p('sign.welcome')}</p>
        <FitText className="sign__name" text={name} />
        <FitText className="sign__visit" text={visit} />
        <div className="sign__rule" aria-hidden="true" />
        {dates && <p className="sign__date">{dates}</p>}
      </div>
    </section>
  );
}
