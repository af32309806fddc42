import type { ComponentType } from 'react';
import type { MonthlyReportJob } from '../../../../contract/print';
import type { Words } from './words';

type MonthlyReportView = ComponentType<{ job: MonthlyReportJob; w: Words }>;

let loaded: MonthlyReportView | null = null;

/**
 * The monthly report brings ECharts, which no other print job needs: its code
 * is fetched only for this job, before the route draws (so the page is whole
 * when main takes the PDF, with no fallback showing in between).
 */
export async function loadMonthlyReport(): Promise<void> {
  loaded ??= (await import('./MonthlyReport')).MonthlyReport;
}

export function MonthlyReportSlot(props: { job: MonthlyReportJob; w: Words }) {
  if (!loaded) throw new Error('The monthly report is drawn only after loadMonthlyReport().');
  const View = loaded;
  return <View {...props} />;
}
