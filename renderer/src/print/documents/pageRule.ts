import type { DocumentJob } from './PlanDocument';
import { deskFonts, printColors } from '../../theme';
import type { Words } from './words';
import { incidentWords } from './incidentWords';
import { retentionWords } from './DestructionCertificate';
import { reportWords } from '../../report-charts/words';

/** A CSS string literal: the site's name or a title may hold quotes or backslashes. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** "第 " counter(page) " 页，共 " counter(pages) " 页", from the translated sentence. */
function pageCounter(w: Words): string {
  const counters: Record<string, string> = { '@@page@@': 'counter(page)', '@@pages@@': 'counter(pages)' };
  const sentence = w.p('doc.pageOf', { page: '@@page@@', pages: '@@pages@@' });
  return sentence
    .split(/(@@pages?@@)/)
    .filter((part) => part !== '')
    .map((part) => counters[part] ?? cssString(part))
    .join(' ');
}

function headerTitle(job: DocumentJob, w: Words): string {
  switch (job.kind) {
    case 'daySchedule':
      return w.p('schedule.header');
    case 'itinerary':
      return job.audience === 'team' ? w.p('team.header') : w.p('guests.header');
    case 'checklist':
      return w.c('checklist.header');
    case 'handoff':
      return w.c('handoff.header');
    case 'rollCall':
      return w.c('rollCall.header');
    case 'incidentReport':
      return incidentWords(w.locale)('header');
    case 'questionnaire':
      return w.t('feedbackPrint.header');
    case 'followupSheet':
      return w.t('followups.print.header');
    case 'visitFile':
      return w.t('pastVisits.print.header');
    case 'destructionCertificate':
      return retentionWords(w.locale)('certificate.header');
    case 'monthlyReport':
      return reportWords(w.locale).t('reports.monthly.header');
    case 'welcomeSign':
      return '';
  }
}

/** Only the guests' itinerary, the welcome sign and the questionnaire leave the house; every other paper is marked internal. */
function isInternal(job: DocumentJob): boolean {
  return job.kind === 'itinerary' ? job.audience === 'team' : job.kind !== 'welcomeSign' && job.kind !== 'questionnaire';
}

// Literal values, not var(): the page-margin boxes do not see the document's custom properties.
const MARGIN_FONT = `font-family: ${deskFonts.sans}; font-size: 8pt; color: ${printColors.docMuted};`;

/**
 * The paper of a plan document: A4 with its running header and page numbers
 * in the page margins, so they repeat on every page however the content
 * breaks (the first page's masthead stands in for the header there); the
 * welcome sign is one borderless landscape sheet.
 */
export function documentPageRule(job: DocumentJob, w: Words): string {
  if (job.kind === 'welcomeSign') return '@page { size: 297mm 210mm; margin: 0; }';
  const internal = isInternal(job);
  const printed = w.p('doc.printedAt', { time: job.printedAt.replace('T', ' ') });
  return `@page {
  size: 210mm 297mm;
  margin: 17mm 15mm 16mm;
  @top-left { content: ${cssString(`${job.hostName} · ${headerTitle(job, w)}`)}; ${MARGIN_FONT} vertical-align: bottom; padding-bottom: 3mm; }
  ${internal ? `@top-right { content: ${cssString(w.p('doc.internal'))}; ${MARGIN_FONT} color: ${printColors.docAlert}; font-weight: bold; vertical-align: bottom; padding-bottom: 3mm; }` : ''}
  ${internal ? `@bottom-left { content: ${cssString(printed)}; ${MARGIN_FONT} vertical-align: top; padding-top: 3mm; }` : ''}
  @bottom-right { content: ${pageCounter(w)}; ${MARGIN_FONT} vertical-align: top; padding-top: 3mm; }
}
@page :first { @top-left { content: none; } }`;
}
