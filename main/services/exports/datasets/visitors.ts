import { sql, type SQL } from 'drizzle-orm';
import { EXPORT_MAX_ROWS, type ExportFilters } from '../../../../contract/data-export';
import type { IdType } from '../../../../contract/id-documents';
import { exportValueLabels } from '../../../../contract/export-labels';
import type { ServiceContext } from '../../../core/context';
import { searchPeopleIds } from '../../visitors';
import { instantCell, type ExportRow } from '../cells';
import { PAGE, type DatasetReader, type ReadOptions } from './types';

interface VisitorRow {
  id: string;
  pinyin: string;
  name: string;
  company: string;
  phone: string;
  idType: IdType | null;
  idMasked: string | null;
  visits: number;
  first: string | null;
  last: string | null;
}

/** A person's visits in the range (visit days, inclusive), as a condition on `t`. */
function inRange(f: ExportFilters['visitors']): SQL {
  return sql`t.person_id = v.id AND t.deleted_at IS NULL${f.from ? sql` AND t.visit_day >= ${f.from}` : sql``}${f.to ? sql` AND t.visit_day <= ${f.to}` : sql``}`;
}

function selectVisitors(ctx: ServiceContext, f: ExportFilters['visitors'], where: SQL, tail: SQL): VisitorRow[] {
  const visits = inRange(f);
  return ctx.db.all<VisitorRow>(sql`
    SELECT v.id, v.name_pinyin AS pinyin, v.name, v.company, v.phone, v.id_type AS idType, v.id_number_mask AS idMasked,
      (SELECT COUNT(*) FROM visits t WHERE ${visits}) AS visits,
      (SELECT MIN(t.check_in_at) FROM visits t WHERE ${visits}) AS first,
      (SELECT MAX(t.check_in_at) FROM visits t WHERE ${visits}) AS last
    FROM people v
    WHERE v.deleted_at IS NULL AND EXISTS (SELECT 1 FROM visits t WHERE ${visits}) AND (${where}) ${tail}`);
}

const inList = (ids: string[]) => sql`v.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`;

/**
 * People who visited in a range of days, each once. Browsing reads the
 * directory by key in its pinyin order (people_directory); a query takes the
 * directory search's ranked matches and keeps those who visited, in that order.
 */
export function visitorsReader(ctx: ServiceContext, f: ExportFilters['visitors'], opts: ReadOptions): DatasetReader {
  const labels = exportValueLabels(opts.locale);
  const query = f.query?.trim() ?? '';
  const toRow = (r: VisitorRow, ids: Map<string, string>): ExportRow => [
    r.name,
    r.company,
    r.phone,
    r.idType ? labels.idType[r.idType] : null,
    ids.get(r.id) ?? r.idMasked,
    r.visits,
    instantCell(r.first),
    instantCell(r.last),
  ];
  const rowsOf = (found: VisitorRow[]) => {
    const ids = opts.fullIdNumbers(found.map((r) => r.id));
    return found.map((r) => toRow(r, ids));
  };

  if (query) {
    const matches = searchPeopleIds(ctx, { query, limit: EXPORT_MAX_ROWS + 1 });
    let at = 0;
    let total = 0;
    for (let i = 0; i < matches.length; i += PAGE) {
      total += ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM people v WHERE v.deleted_at IS NULL AND ${inList(matches.slice(i, i + PAGE))} AND EXISTS (SELECT 1 FROM visits t WHERE ${inRange(f)})`)!.n;
    }
    return {
      total,
      next() {
        while (at < matches.length) {
          const slice = matches.slice(at, at + PAGE);
          at += PAGE;
          const byId = new Map(selectVisitors(ctx, f, inList(slice), sql``).map((r) => [r.id, r]));
          const found = slice.flatMap((id) => byId.get(id) ?? []);
          if (found.length) return rowsOf(found);
        }
        return [];
      },
    };
  }

  let after: [string, string] | null = null;
  let done = false;
  const days = sql`${f.from ? sql` AND t.visit_day >= ${f.from}` : sql``}${f.to ? sql` AND t.visit_day <= ${f.to}` : sql``}`;
  return {
    total: ctx.db.get<{ n: number }>(sql`SELECT COUNT(DISTINCT t.person_id) AS n FROM visits t JOIN people v ON v.id = t.person_id WHERE t.deleted_at IS NULL AND v.deleted_at IS NULL${days}`)!.n,
    next() {
      if (done) return [];
      const key = after ? sql`v.name_pinyin >= ${after[0]} AND (v.name_pinyin, v.id) > (${after[0]}, ${after[1]})` : sql`1`;
      const found = selectVisitors(ctx, f, key, sql`ORDER BY v.name_pinyin, v.id LIMIT ${PAGE}`);
      const last = found.at(-1);
      done = found.length < PAGE;
      if (last) after = [last.pinyin, last.id];
      return rowsOf(found);
    },
  };
}
