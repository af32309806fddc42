import type { ExportFilters } from '../../../../contract/data-export';
import { exportValueLabels } from '../../../../contract/export-labels';
import type { ReadDb } from '../../../core/write-path';
import { planSummariesAfter, type PlanKey } from '../../plans';
import { localMinuteCell } from '../cells';
import { PAGE, type DatasetReader, type ReadOptions } from './types';

/** The plans list's rows with its own filters, by arrival (unscheduled last), read by key. */
export function plansReader(db: ReadDb, f: ExportFilters['plans'], opts: ReadOptions): DatasetReader {
  const labels = exportValueLabels(opts.locale);
  const filter = { ...f, query: f.query?.trim() || undefined };
  let after: PlanKey | null = null;
  let done = false;
  const first = planSummariesAfter(db, filter, null, PAGE);
  let pending: typeof first.items | null = first.items;
  after = first.next;
  done = first.next === null;
  return {
    total: first.total ?? 0,
    next() {
      let items = pending;
      pending = null;
      if (!items) {
        if (done) return [];
        const page = planSummariesAfter(db, filter, after, PAGE);
        items = page.items;
        after = page.next;
        done = page.next === null;
      }
      return items.map((p) => [
        p.title,
        p.clientName,
        labels.level[p.level] ?? p.level,
        labels.visitType[p.visitType] ?? p.visitType,
        labels.planStatus[p.status] ?? p.status,
        localMinuteCell(p.arrivalAt),
        localMinuteCell(p.departureAt),
        p.expectedHeadcount,
        p.guestCount,
      ]);
    },
  };
}
