import type { CallBack, IncidentDetail, IncidentEvent } from '../../../../contract/incidents';
import type { IncidentReportJob, Locale } from '../../../../contract/print';
import { clock, formatDateTime, formatPhone, formatShortDate } from './dates';
import { Facts } from './Facts';
import { incidentWords } from './incidentWords';
import { Masthead } from './Masthead';
import type { Words } from './words';
import './incidentReport.css';

type W = ReturnType<typeof incidentWords>;

const pad = (n: number) => String(n).padStart(2, '0');

/** 11月28日 14:05 / 28 Nov 14:05: a table cell's date and time on one line (the year is the masthead's). */
const shortTime = (locale: Locale, local: string) => `${formatShortDate(locale, local)} ${clock(local)}`;

/** A who-did-what instant (ISO) as the desk's local date and time. */
function localOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function ownerOf(i: IncidentDetail, w: W): string {
  if (i.ownerName) return i.ownerName;
  return i.ownerRole ? w('queue', { role: w(`labels.role.${i.ownerRole}`) }) : '';
}

function deadlineOf(i: IncidentDetail, w: W, locale: Locale): string {
  if (!i.deadlineAt) return w('resolvedNoDeadline');
  const time = formatDateTime(locale, i.deadlineAt);
  return i.overdue ? w('overdue', { time }) : time;
}

/** What a line of the timeline says happened, from its kind and coded value. */
function eventWhat(e: IncidentEvent, w: W): string {
  switch (e.kind) {
    case 'status':
      return w('events.status', { status: w(`labels.status.${e.value}`) });
    case 'classified': {
      const [category, tier] = e.value.split('/');
      return w('events.classified', { category: w(`labels.category.${category}`), tier: w(`labels.tier.${tier}`) });
    }
    case 'assigned':
      return w('events.assigned', { name: e.value });
    case 'escalated':
      return w('events.escalated', { tier: w(`labels.tier.${e.value}`), owner: e.text || '—' });
    case 'note':
      return w('events.note');
    case 'contact':
      return w('events.contact', { channel: w(`labels.contactChannel.${e.value}`) });
    case 'callBack':
      return w('events.callBack', { outcome: w(`labels.callBackOutcome.${e.value}`) });
  }
}

function Timeline({ events, w, locale }: { events: IncidentEvent[]; w: W; locale: Locale }) {
  return (
    <table className="doc-table doc-incident__timeline">
      <colgroup>
        <col className="doc-col-incident-at" />
        <col className="doc-col-incident-by" />
        <col className="doc-col-incident-what" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{w('columns.at')}</th>
          <th>{w('columns.by')}</th>
          <th>{w('columns.what')}</th>
          <th>{w('columns.text')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-testid="doc-incident-event">
            <td>{shortTime(locale, localOf(e.at))}</td>
            <td>{e.byName}</td>
            <td>{eventWhat(e, w)}</td>
            <td className="doc-prewrap">{e.kind === 'escalated' ? '' : e.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CallBacks({ callBacks, w, locale }: { callBacks: CallBack[]; w: W; locale: Locale }) {
  if (callBacks.length === 0) return <p className="doc-empty">{w('noCallBacks')}</p>;
  return (
    <table className="doc-table doc-incident__callbacks">
      <colgroup>
        <col className="doc-col-incident-at" />
        <col className="doc-col-incident-by" />
        <col className="doc-col-incident-status" />
        <col className="doc-col-incident-num" />
        <col className="doc-col-incident-score" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{w('callBackColumns.due')}</th>
          <th>{w('callBackColumns.owner')}</th>
          <th>{w('callBackColumns.status')}</th>
          <th>{w('callBackColumns.attempts')}</th>
          <th>{w('callBackColumns.score')}</th>
          <th>{w('callBackColumns.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {callBacks.map((c) => (
          <tr key={c.id} data-testid="doc-incident-callback">
            <td>{shortTime(locale, c.dueAt)}</td>
            <td>{c.ownerName}</td>
            <td className={c.overdue ? 'doc-incident__late' : undefined}>{w(`labels.callBackStatus.${c.status}`)}</td>
            <td className="doc-num">{c.attempts}</td>
            <td className="doc-num">{c.score === null ? '' : w('score', { score: c.score })}</td>
            <td className="doc-prewrap">{c.comment}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * An incident's report on A4 (DIGEST 02): what happened and to whom, the tier
 * and time limit, who owned it, how it was resolved and why, every step and
 * contact on the timeline, the call-back, and lines to sign.
 */
export function IncidentReport({ job, w: docWords }: { job: IncidentReportJob; w: Words }) {
  const i = job.incident;
  const locale = job.locale;
  const w = incidentWords(locale);
  const tier = w(`labels.tier.${i.tier}`);
  return (
    <article className="doc doc-incident" data-testid="doc-incident">
      <Masthead
        hostName={job.hostName}
        hostLogo={job.hostLogo}
        stamp={docWords.p('doc.internalStamp')}
        kicker={w('kicker')}
        title={i.title}
        subtitle={<span className="doc-masthead__date">{i.code}</span>}
      />
      <Facts
        columns={2}
        facts={[
          { label: w('facts.category'), value: w(`labels.category.${i.category}`) },
          { label: w('facts.tier'), value: i.escalations > 0 ? w('tierEscalated', { tier, count: i.escalations }) : tier },
          { label: w('facts.status'), value: <strong>{w(`labels.status.${i.status}`)}</strong> },
          { label: w('facts.source'), value: w(`labels.source.${i.source}`) },
          { label: w('facts.receivedAt'), value: formatDateTime(locale, i.receivedAt) },
          { label: w('facts.deadlineAt'), value: <span className={i.overdue ? 'doc-incident__late' : undefined}>{deadlineOf(i, w, locale)}</span> },
          { label: w('facts.owner'), value: ownerOf(i, w) },
          { label: w('facts.reporter'), value: i.reporterName },
          { label: w('facts.contact'), value: i.contactName || i.contactPhone ? w('contactValue', { name: i.contactName, phone: formatPhone(i.contactPhone) }).trim() : '' },
          { label: w('facts.person'), value: i.personName ?? '' },
          { label: w('facts.client'), value: i.clientName ?? '' },
          { label: w('facts.plan'), value: i.planTitle ?? '' },
          { label: w('facts.involved'), value: i.involvedNames.join(locale === 'zh-CN' ? '、' : ', '), wide: true },
        ]}
      />
      <section className="doc-section">
        <h2 className="doc-h2">{w('description')}</h2>
        <p className="doc-prewrap">{i.description || w('noDescription')}</p>
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w('resolution')}</h2>
        {i.resolution ? (
          <Facts
            facts={[
              { label: w('resolution'), value: i.resolution },
              { label: w('rootCause'), value: i.rootCause ? w(`labels.rootCause.${i.rootCause}`) : '' },
              { label: w('rootCauseNote'), value: i.rootCauseNote },
              { label: w('reviewNote'), value: i.reviewNote },
            ]}
          />
        ) : (
          <p className="doc-empty">{w('notResolved')}</p>
        )}
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w('timeline')}</h2>
        <Timeline events={i.timeline} w={w} locale={locale} />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w('callBacks')}</h2>
        <CallBacks callBacks={i.callBacks} w={w} locale={locale} />
      </section>
      <div className="doc-sign">
        <div className="doc-sign__line">{w('signature.handler')}</div>
        <div className="doc-sign__line doc-sign__line--short">{w('signature.date')}</div>
        <div className="doc-sign__line">{w('signature.reviewer')}</div>
      </div>
    </article>
  );
}
