import { and, count, gte, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { AuditEntryView } from '../../../contract/audit';
import { auditLog } from '../../../db/schema';
import { AUDIT_ORDER_DESC, verifyAuditChain } from '../../audit/audit-log';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';

export type AuditFilter = Omit<Parsed<'audit', 'list'>, 'offset' | 'limit'>;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Local calendar days → the UTC instants stored in `at`. */
function dayStart(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

function nextDayStart(day: string): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

export function auditWhere(filter: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    filter.from ? gte(auditLog.at, dayStart(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, nextDayStart(filter.to)) : undefined,
    filter.actor ? like(auditLog.actor, `%${escapeLike(filter.actor)}%`) : undefined,
    filter.action ? or(sql`${auditLog.action} = ${filter.action}`, like(auditLog.action, `${escapeLike(filter.action)}%`)) : undefined,
    filter.text ? sql`(${auditLog.detail} LIKE ${`%${escapeLike(filter.text)}%`} ESCAPE '\\' OR ${auditLog.entityId} = ${filter.text})` : undefined,
  ];
  return and(...parts.filter((p): p is SQL => !!p));
}

export function toView(row: typeof auditLog.$inferSelect): AuditEntryView {
  return { seq: row.seq, at: row.at, actor: row.actor, action: row.action, entity: row.entity, entityId: row.entityId, detail: JSON.parse(row.detail) as Record<string, unknown> };
}

export function selectAudit(db: ReadDb, filter: AuditFilter, offset: number, limit: number): AuditEntryView[] {
  return db.select().from(auditLog).where(auditWhere(filter)).orderBy(...AUDIT_ORDER_DESC).limit(limit).offset(offset).all().map(toView);
}

export function listAudit(ctx: ServiceContext, input: Parsed<'audit', 'list'>): Output<'audit', 'list'> {
  const { offset, limit, ...filter } = input;
  const total = ctx.db.select({ n: count() }).from(auditLog).where(auditWhere(filter)).get()?.n ?? 0;
  const actions = ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action).all().map((r) => r.action);
  return { total, entries: selectAudit(ctx.db, filter, offset, limit), actions };
}

export function verifyAudit(ctx: ServiceContext): Output<'audit', 'verify'> {
  const checked = ctx.db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  const broken = verifyAuditChain(ctx.db);
  const at = broken === null ? null : (ctx.db.select({ at: auditLog.at }).from(auditLog).where(sql`${auditLog.seq} = ${broken}`).get()?.at ?? null);
  return { intact: broken === null, checked, firstBrokenSeq: broken, firstBrokenAt: at };
}
