import { sql } from 'drizzle-orm';
import type { ExportDataset } from '../../../contract/data-export';
import type { ReadDb } from '../../core/write-path';

type AnyFilters = Partial<{
  scope: string;
  from: string;
  to: string;
  status: string | string[];
  kind: string;
  planId: string;
  clientId: string;
  tier: string;
  query: string;
  withoutClient: boolean;
  unscheduled: boolean;
  includeArchived: boolean;
}>;

/**
 * The filters as the log keeps them: in words a reader knows (a plan by its
 * title, a client by its name, never an id), each code under a key of its
 * own kind so the log translates it (a visit's status is not a plan's).
 */
export function auditedFilters(db: ReadDb, dataset: ExportDataset, f: AnyFilters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.scope) out.deskList = f.scope;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.status !== undefined) out[dataset === 'plans' ? 'planStatus' : 'visitStatus'] = f.status;
  if (f.kind) out.visitKind = f.kind;
  if (f.planId) out.planTitle = db.get<{ t: string }>(sql`SELECT title AS t FROM visit_plans WHERE id = ${f.planId}`)?.t ?? '';
  if (f.clientId) out.clientName = db.get<{ n: string }>(sql`SELECT name AS n FROM clients WHERE id = ${f.clientId}`)?.n ?? '';
  if (f.tier) out.tier = f.tier;
  if (f.query) out.keyword = f.query;
  if (f.withoutClient) out.withoutClient = true;
  if (f.unscheduled) out.unscheduled = true;
  if (f.includeArchived) out.includeArchived = true;
  return out;
}
