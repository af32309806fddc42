import { sql, type SQL } from 'drizzle-orm';
import type { ExportFilters } from '../../../../contract/data-export';
import { exportValueLabels } from '../../../../contract/export-labels';
import type { ReadDb } from '../../../core/write-path';
import { countVisitSummaries, visitSummariesAfter, type VisitKey } from '../../visits';
import { instantCell } from '../cells';
import { PAGE, type DatasetReader, type ReadOptions } from './types';

/**
 * The scope of the desk's visit lists as filters: days (the visit day the
 * today list uses), status (the on-site list's), kind and plan. Status and
 * kind pick most visits: unary + keeps SQLite on the days' index, in order.
 */
export function visitScope(f: ExportFilters['visits'], today: string): SQL {
  const parts: SQL[] = [];
  // The desk's two lists, spelt as visits.list spells them (the on-site one by the status index: it is always short).
  if (f.scope === 'on_site') parts.push(sql`t.status = 'on_site'`);
  if (f.scope === 'today') parts.push(sql`t.visit_day = ${today}`);
  if (f.from) parts.push(sql`t.visit_day >= ${f.from}`);
  if (f.to) parts.push(sql`t.visit_day <= ${f.to}`);
  if (f.status) parts.push(sql`+t.status = ${f.status}`);
  if (f.kind) parts.push(sql`+t.kind = ${f.kind}`);
  if (f.planId) parts.push(sql`t.plan_id = ${f.planId}`);
  return parts.length ? sql.join(parts, sql` AND `) : sql`1`;
}

export function visitsReader(db: ReadDb, f: ExportFilters['visits'], opts: ReadOptions, today: string): DatasetReader {
  const where = visitScope(f, today);
  const query = f.query?.trim() ?? '';
  const labels = exportValueLabels(opts.locale);
  let after: VisitKey | null = null;
  let done = false;
  return {
    total: countVisitSummaries(db, where, query),
    next() {
      if (done) return [];
      const page = visitSummariesAfter(db, where, query, after, PAGE);
      after = page.next;
      done = page.next === null;
      const ids = opts.fullIdNumbers(page.rows.map((r) => r.personId));
      return page.rows.map((r) => [
        instantCell(r.checkInAt),
        instantCell(r.checkOutAt),
        r.name,
        r.company,
        r.phone,
        r.idType ? labels.idType[r.idType] : null,
        ids.get(r.personId) ?? r.idMasked,
        r.host,
        r.purpose,
        r.badgeNo,
        labels.visitStatus[r.status] ?? r.status,
        labels.visitKind[r.planId ? 'planned' : 'walk_in'] ?? null,
        r.planTitle,
      ]);
    },
  };
}
