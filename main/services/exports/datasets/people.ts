import { sql } from 'drizzle-orm';
import type { ExportFilters } from '../../../../contract/data-export';
import { exportValueLabels } from '../../../../contract/export-labels';
import type { ServiceContext } from '../../../core/context';
import { listPeople } from '../../people';
import { instantCell } from '../cells';
import { directoryPages } from './directory-pages';
import { PAGE, type DatasetReader, type ReadOptions } from './types';

/** The people directory page after page, through its own list (the same filter, order and key), ID numbers masked unless full. */
export function peopleReader(ctx: ServiceContext, f: ExportFilters['people'], opts: ReadOptions): DatasetReader {
  const labels = exportValueLabels(opts.locale);
  const query = f.query?.trim() || undefined;
  const list = (cursor: string | undefined, count: boolean) =>
    listPeople(ctx, { query, withoutClient: f.withoutClient, limit: PAGE, count, ...(cursor !== undefined && { cursor: JSON.parse(cursor) as never }) });
  return directoryPages(
    list,
    (p, ids) => [p.name, p.title, p.company, p.clientName, p.phone, p.email, p.idType ? labels.idType[p.idType] : null, ids.get(p.id) ?? p.idMasked, p.visitCount, instantCell(p.lastVisitAt)],
    (items) => opts.fullIdNumbers(items.map((p) => p.id)),
    () => ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM people v WHERE v.deleted_at IS NULL${f.withoutClient ? sql` AND v.client_id IS NULL` : sql``}`)!.n,
  );
}
