import type Database from 'better-sqlite3';
import type { BenchCore } from '../bench-core';
import { floorSamples, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver } from '../stats';

/** The audit screen's first page at its default size (renderer/src/audit/useAuditLog.ts: PAGE_SIZES[1]). */
const PAGE = 50;

export async function benchAudit(bench: BenchCore, db: Database.Database, rounds: number): Promise<OpResult> {
  const sql = `SELECT seq, id, at, device_id, actor, action, entity, entity_id, detail FROM audit_log ORDER BY at DESC, device_id DESC, device_seq DESC LIMIT ${PAGE}`;
  const page = db.prepare(sql);
  const once = [0];
  return opResult({
    group: 'lists',
    name: "audit.list, the log's first page",
    budget: 'deskList',
    app: await sampleOver(once, () => bench.call('audit.list', { limit: PAGE }), { rounds, warmup: 3 }),
    floor: floorSamples(once, () => page.all(), rounds),
    floorNote: 'floor: the page in log order from its index; no total and no list of actions (the page is the question)',
    detail: { entries: db.prepare('SELECT count(*) FROM audit_log').pluck().get(), floorPlan: planOf(db, sql, []) },
  });
}
