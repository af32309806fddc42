import type { ReactNode } from 'react';
import { VALUE_LABELS } from '../../../../contract/labels';
import type { VisitFileJob } from '../../../../contract/print';
import { FitText } from '../FitText';
import { Facts } from './Facts';
import { Masthead } from './Masthead';
import { actionLabel, fileSize, localStamp, minute } from './visitFileParts';
import type { Words } from './words';
import './visitFile.css';

type File = VisitFileJob['file'];

/** A table of the file; `lead` gives its first column the room (a checklist item's text, a document's title). */
function Table({ heads, rows, testId, lead = false }: { heads: string[]; rows: ReactNode[][]; testId: string; lead?: boolean }) {
  return (
    <table className={lead ? 'doc-table doc-visit-file__table doc-visit-file__table--lead' : 'doc-table doc-visit-file__table'} data-testid={testId}>
      <thead>
        <tr>
          {heads.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((c, j) => (
              <td key={j} className="doc-prewrap">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A titled part of the file; an empty one says so rather than vanishing (the file shows what was not there too). */
function Part({ title, empty, none, children }: { title: string; empty: boolean; none: string; children: ReactNode }) {
  return (
    <section className="doc-section doc-visit-file__part">
      <h2 className="doc-h2">{title}</h2>
      {empty ? <p className="doc-empty">{none}</p> : children}
    </section>
  );
}

/**
 * A past visit's file on A4 (DIGEST 03): the plan, its guests' check-ins and
 * check-outs, itinerary and team, checklists, incidents, feedback, documents
 * (titles, versions and content hashes), the badge print log, the record's
 * changes and the audit trail — what the archive keeps of the visit.
 */
export function VisitFile({ job, w }: { job: VisitFileJob; w: Words }) {
  const f: File = job.file;
  const p = f.plan;
  const x = (key: string, opts?: Record<string, unknown>) => w.t(`pastVisits.${key}`, opts);
  const none = x('none');
  const items = f.checklists.lists.flatMap((l) => l.items.map((i) => ({ ...i, list: l.name })));
  const text = (t: { zh: string; en: string }) => (job.locale === 'en' && t.en ? t.en : t.zh);
  return (
    <article className="doc doc-visit-file" data-testid="doc-visit-file">
      <Masthead
        hostName={job.hostName}
        hostLogo={job.hostLogo}
        stamp={w.p('doc.internalStamp')}
        kicker={x('print.kicker')}
        title={p.title}
        subtitle={<span className="doc-masthead__date">{w.t(`planStatus.${p.status}`)}</span>}
      />
      <Facts
        columns={2}
        facts={[
          { label: x('facts.client'), value: p.clientName ?? '' },
          { label: x('facts.level'), value: w.t(`receptionLevels.${p.level}`) },
          { label: x('facts.arrival'), value: minute(p.arrivalAt) },
          { label: x('facts.departure'), value: minute(p.departureAt) },
          { label: x('facts.headcount'), value: String(p.expectedHeadcount) },
          { label: x('facts.status'), value: w.t(`planStatus.${p.status}`) },
          { label: x('facts.purpose'), value: p.purpose, wide: true },
          { label: x('facts.notes'), value: p.notes, wide: true },
        ]}
      />
      <Part title={x('sections.visits')} empty={f.visits.length === 0} none={none}>
        <Table
          testId="doc-visit-file-visits"
          heads={[x('visitColumns.name'), x('visitColumns.company'), x('visitColumns.host'), x('visitColumns.badgeNo'), x('visitColumns.checkIn'), x('visitColumns.checkOut')]}
          // A badge number on one line, as scanned: shrunk to its column, never broken inside.
          rows={f.visits.map((v) => [v.name, v.company, v.host, <FitText text={v.badgeNo} lines={1} />, minute(v.checkInAt), minute(v.checkOutAt)])}
        />
      </Part>
      <Part title={x('sections.itinerary')} empty={p.itinerary.length === 0 && p.team.length === 0} none={none}>
        {p.itinerary.length > 0 && <Table testId="doc-visit-file-itinerary" heads={[x('auditColumns.at'), x('facts.title')]} rows={p.itinerary.map((i) => [`${minute(i.startsAt)} – ${i.endsAt.slice(11)}`, [i.activity, i.place].filter(Boolean).join(' · ')])} />}
        {p.team.length > 0 && <p>{p.team.map((m) => `${m.role === 'custom' ? m.customLabel : (VALUE_LABELS[job.locale].teamRole as Record<string, string>)[m.role] ?? m.role}: ${m.primaryName}${m.backupName ? ` / ${m.backupName}` : ''}`).join('；')}</p>}
      </Part>
      <Part title={x('sections.checklists')} empty={items.length === 0} none={none}>
        <p>{x('itemStatus', { done: items.filter((i) => i.status === 'done' || i.status === 'na').length, total: items.length })}</p>
        <Table lead testId="doc-visit-file-items" heads={[x('facts.title'), x('facts.status'), x('auditColumns.actor')]} rows={items.map((i) => [`${text(i.list)} · ${text(i.text)}`, w.t(`checklists.status.${i.status}`), i.statusByName])} />
      </Part>
      <Part title={x('sections.incidents')} empty={f.incidents.length === 0} none={none}>
        <Table testId="doc-visit-file-incidents" heads={[x('incidentColumns.code'), x('incidentColumns.title'), x('incidentColumns.received'), x('incidentColumns.resolution')]} rows={f.incidents.map((i) => [i.code, i.title, minute(i.receivedAt), i.resolution])} />
      </Part>
      <Part title={x('sections.feedback')} empty={f.feedbackRequests.length === 0 && f.feedbackResponses.length === 0} none={none}>
        {f.feedbackRequests.length > 0 && <Table testId="doc-visit-file-requests" heads={[x('feedbackColumns.code'), x('feedbackColumns.status'), x('feedbackColumns.due')]} rows={f.feedbackRequests.map((r) => [r.code, w.t(`feedback.requestStatus.${r.status}`), minute(r.dueAt)])} />}
        {f.feedbackResponses.length > 0 && <Table testId="doc-visit-file-responses" heads={[x('feedbackColumns.respondent'), x('feedbackColumns.score'), x('feedbackColumns.given'), x('feedbackColumns.comment')]} rows={f.feedbackResponses.map((r) => [r.respondentName, r.score === null ? '' : r.score.toFixed(1), minute(r.givenAt), r.comment])} />}
      </Part>
      <Part title={x('sections.documents')} empty={f.documents.length === 0} none={none}>
        <Table
          testId="doc-visit-file-documents"
          heads={[x('documentColumns.code'), x('documentColumns.title'), x('documentColumns.version'), x('documentColumns.size'), x('documentColumns.hash')]}
          rows={f.documents.flatMap((d) => d.versions.map((v) => [d.code, `${d.title} · ${text(d.className)}`, `v${v.versionNo} · ${v.fileName}`, fileSize(v.size), <code className="doc-visit-file__hash">{v.contentHash}</code>]))}
        />
      </Part>
      <Part title={x('sections.prints')} empty={f.badgePrints.length === 0} none={none}>
        <Table testId="doc-visit-file-prints" heads={[x('printColumns.at'), x('printColumns.guest'), x('printColumns.badgeNo'), x('printColumns.reprint'), x('printColumns.operator')]} rows={f.badgePrints.map((b) => [localStamp(b.at), b.guestName, b.badgeNo, b.isReprint ? x('yes') : '', b.operator])} />
      </Part>
      <Part title={x('sections.changes')} empty={f.changes.length === 0} none={none}>
        <Table
          testId="doc-visit-file-changes"
          heads={[x('changeColumns.at'), x('changeColumns.changes'), x('changeColumns.reason'), x('changeColumns.by'), x('changeColumns.status')]}
          rows={f.changes.map((c) => [
            localStamp(c.requestedAt),
            c.changes.map((ch) => `${x(`fields.${ch.field}`)}${x('colon')}${ch.from ?? '—'} → ${ch.to ?? '—'}`).join('\n'),
            c.reason,
            c.requestedBy,
            `${x(`changeStatus.${c.status}`)}${c.decidedBy ? ` · ${c.decidedBy}` : ''}`,
          ])}
        />
      </Part>
      {/* A plan's trail is never empty (its creation is in it): none means the printing user does not read the log. */}
      {f.audit.length > 0 && (
        <Part title={x('sections.audit')} empty={false} none={none}>
          <Table testId="doc-visit-file-audit" heads={[x('auditColumns.at'), x('auditColumns.actor'), x('auditColumns.action'), x('auditColumns.subject')]} rows={f.audit.map((e) => [localStamp(e.at), e.actor, actionLabel(job.locale, e.action), e.subject ?? ''])} />
        </Part>
      )}
    </article>
  );
}
