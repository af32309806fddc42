import type { FollowupDetail } from '../../../../contract/followups';
import type { FollowupSheetJob } from '../../../../contract/print';
import { formatDay, formatShortDate } from './dates';
import { Facts } from './Facts';
import { Masthead } from './Masthead';
import type { Words } from './words';
import './followupSheet.css';

/** The desk's day of a stamp (an ISO instant): the printing window runs on the desk's own clock and zone. */
function localDayOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One sequence: whose it is, then every step with a box, its owner, its day (and the day first planned) and what came of it. */
function Sequence({ followup, w, first, hostName, hostLogo }: { followup: FollowupDetail; w: Words; first: boolean; hostName: string; hostLogo: string | null }) {
  const f = (key: string, opts?: Record<string, unknown>) => w.t(`followups.print.${key}`, opts);
  return (
    <section className={first ? 'doc-followup' : 'doc-followup doc-followup--next'} data-testid="doc-followup">
      <Masthead
        hostName={hostName}
        hostLogo={hostLogo}
        stamp={w.p('doc.internalStamp')}
        kicker={f('header')}
        title={followup.clientName}
        subtitle={<span className="doc-masthead__date">{followup.title}</span>}
      />
      <Facts
        columns={2}
        facts={[
          { label: f('client'), value: followup.clientName },
          { label: f('tier'), value: w.t(`tiers.${followup.clientTier}`) },
          { label: f('owner'), value: followup.ownerName },
          { label: f('urgency'), value: w.t(`followups.urgency.${followup.urgency}`) },
          { label: f('status'), value: w.t(`followups.status.${followup.status}`) },
          { label: f('started'), value: formatDay(w.locale, localDayOf(followup.createdAt)) },
          { label: f('notes'), value: followup.notes, wide: true },
        ]}
      />
      <table className="doc-table doc-followup__steps">
        <colgroup>
          <col className="doc-col-fu-box" />
          <col className="doc-col-fu-no" />
          <col className="doc-col-fu-step" />
          <col className="doc-col-fu-owner" />
          <col className="doc-col-fu-due" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th className="doc-center">{f('columns.box')}</th>
            <th className="doc-center">{f('columns.no')}</th>
            <th>{f('columns.step')}</th>
            <th>{f('columns.owner')}</th>
            <th>{f('columns.due')}</th>
            <th>{f('columns.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {followup.steps.map((s) => (
            <tr key={s.id} className={s.status === 'open' ? undefined : 'doc-followup__closed'} data-testid="doc-followup-step">
              <td className="doc-center">
                <span className="doc-box">{s.status === 'done' ? '✓' : s.status === 'skipped' ? '—' : ''}</span>
              </td>
              <td className="doc-center doc-num">{s.seq}</td>
              <td>
                <div className="doc-strong">{s.title}</div>
                {s.status !== 'open' && <div className="doc-muted">{w.t(`followups.stepStatus.${s.status}`)}</div>}
              </td>
              <td>{s.ownerName}</td>
              <td>
                <div className={s.overdue ? 'doc-followup__overdue' : undefined}>{formatShortDate(w.locale, s.dueDay)}</div>
                {s.plannedDay && <div className="doc-muted">{f('planned', { day: formatShortDate(w.locale, s.plannedDay) })}</div>}
              </td>
              <td className="doc-prewrap">{s.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="doc-followup__notes">
        <div className="doc-h3">{f('followUpNotes')}</div>
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="doc-followup__line" />
        ))}
      </div>
      <div className="doc-sign">
        <div className="doc-sign__line">{f('signature')}</div>
        <div className="doc-sign__line doc-sign__line--short">{f('date')}</div>
        <div className="doc-sign__line">{f('reviewedBy')}</div>
      </div>
    </section>
  );
}

/**
 * The follow-up sheet (issue 14 item 8): one A4 per sequence, to take to a
 * call or a meeting, tick steps and write what the client answered.
 */
export function FollowupSheet({ job, w }: { job: FollowupSheetJob; w: Words }) {
  return (
    <article className="doc doc-followups" data-testid="doc-followup-sheet">
      {job.followups.map((f, i) => (
        <Sequence key={f.id} followup={f} w={w} first={i === 0} hostName={job.hostName} hostLogo={job.hostLogo} />
      ))}
    </article>
  );
}
