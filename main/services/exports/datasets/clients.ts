import { sql } from 'drizzle-orm';
import type { ClientTier } from '../../../../contract/clients';
import type { ExportFilters } from '../../../../contract/data-export';
import { exportValueLabels } from '../../../../contract/export-labels';
import type { ServiceContext } from '../../../core/context';
import { listClients } from '../../clients';
import { instantCell, type ExportRow } from '../cells';
import { directoryPages } from './directory-pages';
import { PAGE, type DatasetReader, type ReadOptions } from './types';

interface ArchivedRow {
  id: string;
  pinyin: string;
  name: string;
  industry: string;
  tier: ClientTier;
  accountManager: string;
  tags: string;
  peopleCount: number;
  lastVisitAt: string | null;
}

function tagsOf(json: string): string[] {
  try {
    const tags: unknown = JSON.parse(json);
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Archived clients (soft-deleted), after the live ones when asked for: by
 * pinyin, read by key; a keyword matches their name's characters, pinyin or
 * initials (the search index holds live clients only).
 */
function archivedPages(ctx: ServiceContext, f: ExportFilters['clients'], toRow: (c: Omit<ArchivedRow, 'tags'> & { tags: string[] }) => ExportRow) {
  const q = f.query?.trim().toLowerCase() ?? '';
  const where = sql`c.deleted_at IS NOT NULL${f.tier ? sql` AND c.tier = ${f.tier}` : sql``}${q ? sql` AND (instr(lower(c.name), ${q}) > 0 OR instr(c.name_pinyin, ${q}) > 0 OR instr(c.name_initials, ${q}) > 0)` : sql``}`;
  let after: [string, string] | null = null;
  let done = false;
  return {
    total: () => ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM clients c WHERE ${where}`)!.n,
    next(): ExportRow[] {
      if (done) return [];
      const key = after ? sql` AND (c.name_pinyin, c.id) > (${after[0]}, ${after[1]})` : sql``;
      const rows = ctx.db.all<ArchivedRow>(sql`
        SELECT c.id, c.name_pinyin AS pinyin, c.name, c.industry, c.tier, c.account_manager AS accountManager, c.tags,
          (SELECT COUNT(*) FROM people v WHERE v.client_id = c.id AND v.deleted_at IS NULL) AS peopleCount,
          (SELECT MAX(t.check_in_at) FROM visits t JOIN people v ON v.id = t.person_id WHERE v.client_id = c.id AND t.deleted_at IS NULL) AS lastVisitAt
        FROM clients c WHERE ${where}${key} ORDER BY c.name_pinyin, c.id LIMIT ${PAGE}`);
      const last = rows.at(-1);
      done = rows.length < PAGE;
      if (last) after = [last.pinyin, last.id];
      return rows.map((r) => toRow({ ...r, tags: tagsOf(r.tags) }));
    },
  };
}

/**
 * The clients directory page after page, through its own list (the same
 * filter, order and key), so the file holds what the screen lists; archived
 * clients after them when asked for.
 */
export function clientsReader(ctx: ServiceContext, f: ExportFilters['clients'], opts: ReadOptions): DatasetReader {
  const labels = exportValueLabels(opts.locale);
  const query = f.query?.trim() || undefined;
  const list = (cursor: string | undefined, count: boolean) =>
    listClients(ctx, { query, tier: f.tier, limit: PAGE, count, ...(cursor !== undefined && { cursor: JSON.parse(cursor) as never }) });
  const toRow = (c: { name: string; industry: string; tier: ClientTier; accountManager: string; tags: string[]; peopleCount: number; lastVisitAt: string | null }): ExportRow => [
    c.name,
    c.industry,
    labels.tier[c.tier] ?? c.tier,
    c.accountManager,
    c.tags.join(opts.locale === 'en' ? ', ' : '、'),
    c.peopleCount,
    instantCell(c.lastVisitAt),
  ];
  // Only browsing can go past the capped count (a search is ranked a few pages deep): then the directory is counted.
  const exact = () => ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM clients c WHERE c.deleted_at IS NULL${f.tier ? sql` AND c.tier = ${f.tier}` : sql``}`)!.n;
  const live = directoryPages(list, toRow, () => new Map(), exact);
  if (!f.includeArchived) return live;
  const archived = archivedPages(ctx, f, toRow);
  let liveDone = false;
  return {
    total: live.total + archived.total(),
    next() {
      if (!liveDone) {
        const rows = live.next();
        if (rows.length) return rows;
        liveDone = true;
      }
      return archived.next();
    },
  };
}
