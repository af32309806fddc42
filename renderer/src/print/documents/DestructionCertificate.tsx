import type { DestructionCertificateJob, Locale } from '../../../../contract/print';
import { i18n } from '../../i18n';
import { Facts } from './Facts';
import { Masthead } from './Masthead';
import type { Words } from './words';
import './destructionCertificate.css';

/** The certificate's words (the retention part), in the document's own language. */
export function retentionWords(locale: Locale) {
  return i18n.getFixedT(locale, null, 'retention');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant (ISO) as the desk's local date and time. */
function localTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A destruction's certificate on A4 (issue 15): what went, by number, class
 * and content hash only (the record keeps nothing else), why, who asked and
 * which two managers approved when, when it was carried out and what it
 * touched, the statement of how, and lines to sign.
 */
export function DestructionCertificate({ job, w: docWords }: { job: DestructionCertificateJob; w: Words }) {
  const r = job.record;
  const w = retentionWords(job.locale);
  type Item = (typeof r.items)[number];
  const rows = r.items.flatMap((item): { item: Item; file: Item['files'][number] | null }[] => (item.files.length ? item.files.map((f) => ({ item, file: f })) : [{ item, file: null }]));
  return (
    <article className="doc doc-destruction" data-testid="doc-destruction">
      <Masthead hostName={job.hostName} hostLogo={job.hostLogo} stamp={docWords.p('doc.internalStamp')} kicker={w('certificate.kicker')} title={w('certificate.title', { code: r.code })} />
      <Facts
        columns={2}
        facts={[
          { label: w('certificate.facts.code'), value: <strong>{r.code}</strong> },
          { label: w('certificate.facts.executedAt'), value: localTime(r.executedAt) },
          { label: w('certificate.facts.requestedBy'), value: r.requestedBy },
          { label: w('certificate.facts.requestedAt'), value: localTime(r.requestedAt) },
          {
            label: w('certificate.facts.totals'),
            value: w('certificate.totals', { documents: r.totals.documents, files: r.totals.files, size: byteSize(r.totals.bytes), people: r.totals.people }),
            wide: true,
          },
          { label: w('certificate.facts.rows'), value: w('certificate.rowsValue', { count: r.totals.rows }) },
          { label: w('certificate.facts.audit'), value: w('certificate.rowsValue', { count: r.totals.auditRedacted }) },
          { label: w('certificate.facts.reason'), value: r.reason, wide: true },
        ]}
      />
      <section className="doc-section">
        <h2 className="doc-h2">{w('certificate.items')}</h2>
        <table className="doc-table doc-destruction__items">
          <colgroup>
            <col className="doc-col-destruction-no" />
            <col className="doc-col-destruction-kind" />
            <col className="doc-col-destruction-label" />
            <col />
            <col className="doc-col-destruction-size" />
            <col className="doc-col-destruction-removed" />
          </colgroup>
          <thead>
            <tr>
              <th>{w('certificate.columns.no')}</th>
              <th>{w('certificate.columns.kind')}</th>
              <th>{w('certificate.columns.label')}</th>
              <th>{w('certificate.columns.hash')}</th>
              <th>{w('certificate.columns.size')}</th>
              <th>{w('certificate.columns.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ item, file }, i) => (
              <tr key={`${item.label}-${file?.contentHash ?? i}`} data-testid="doc-destruction-item">
                <td className="doc-num">{i + 1}</td>
                <td>{item.kind === 'document' ? w('record.kindDocument') : w('record.kindPerson')}</td>
                <td>{item.kind === 'document' ? `${item.label}${file && item.files.length > 1 ? ` v${file.versionNo}` : ''}` : w('record.personLabel', { year: item.label })}</td>
                <td className="doc-destruction__hash">{file ? file.contentHash : w('certificate.noFile')}</td>
                <td className="doc-num">{file ? byteSize(file.size) : ''}</td>
                <td>{file ? (file.removed === false ? w('certificate.notRemoved') : w('certificate.removed')) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w('certificate.approvals')}</h2>
        <table className="doc-table">
          <thead>
            <tr>
              <th>{w('certificate.approvalColumns.no')}</th>
              <th>{w('certificate.approvalColumns.name')}</th>
              <th>{w('certificate.approvalColumns.at')}</th>
              <th>{w('certificate.approvalColumns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {r.approvals.map((a, i) => (
              <tr key={`${a.name}-${a.at}`} data-testid="doc-destruction-approval">
                <td className="doc-num">{i + 1}</td>
                <td>{a.name}</td>
                <td>{localTime(a.at)}</td>
                <td className="doc-prewrap">{a.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="doc-destruction__statement">{w('certificate.statement', { executedAt: localTime(r.executedAt) })}</p>
      <div className="doc-sign">
        <div className="doc-sign__line">{w('certificate.signature.officer')}</div>
        <div className="doc-sign__line doc-sign__line--short">{w('certificate.signature.date')}</div>
        <div className="doc-sign__line">{w('certificate.signature.witness')}</div>
      </div>
    </article>
  );
}
