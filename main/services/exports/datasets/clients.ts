import { sql } from 'drizzle-orm';
import type { ExportFilters } from '../../../../contract/data-export';
import { exportValueLabels } from '../../../../contract/export-labels';
import type { ServiceContext } from '../../../core/context';
import { listClients } from '../../clients';
import { instantCell } from '../cells';
import { PAGE, type DatasetReader, type ReadOptions } from './types';
import { directoryPages } from './directory-pages';

/** The clients directory page after page, through its own list (the same filter, order and key), so the file holds what the screen lists. */
export function clientsReader(ctx: ServiceContext, f: ExportFilters['clients'], opts: ReadOptions): DatasetReader {
  const labels = exportValueLabels(opts.locale);
  const query = f.query?.trim() || undefined;
  const list = (cursor: string | undefined, count: boolean) =>
    listClients(ctx, { query, tier: f.tier, limit: PAGE, count, ...(cursor !== undefined && { cursor: JSON.parse(cursor) as never }) });
  // Only browsing can go past the capped count (a search is ranked a few pages deep): then the directory is counted.
  const exact = () => ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM clients c WHERE c.deleted_at IS NULL${f.tier ? sql` AND c.tier = ${f.tier}` : sql``}`)!.n;
  return directoryPages(
    list,
    (c) => [c.name, c.industry, labels.tier[c.tier] ?? c.tier, c.accountManager, c.tags.join(opts.locale === 'en' ? ', ' : '、'), c.peopleCount, instantCell(c.lastVisitAt)],
    () => new Map(),
    exact,
  );
}
