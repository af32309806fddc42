import { and, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DESTRUCTION_APPROVALS, type DestructionRecord, type DestructionStatus, type DestructionSummary } from '../../../contract/retention';
import { encodeCursor } from '../../../contract/key-paging';
import { auditRedactions, destructionItems, destructionRequests } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import { mayCall, type Session } from '../../security/roles';

/*
 * The destruction record as it is read back: the request row, its approvals
 * (JSON), its items by code/class, file hashes and sizes, and the rows each
 * one touched. While an item still exists its title or name is shown beside
 * the label (looked up live, never stored), so the approvers see what they
 * approve; once destroyed there is nothing to look up.
 */

export const approvalRow = z.object({ userId: z.string(), name: z.string(), at: z.string(), note: z.string() });
export type ApprovalRow = z.output<typeof approvalRow>;
export const fileRow = z.object({ contentHash: z.string(), size: z.number().int(), versionNo: z.number().int(), removed: z.boolean().nullable().default(null) });
export type FileRow = z.output<typeof fileRow>;

export type RequestRow = typeof destructionRequests.$inferSelect;
export type ItemRow = typeof destructionItems.$inferSelect;

export function approvalsOf(row: Pick<RequestRow, 'approvals'>): ApprovalRow[] {
  return z.array(approvalRow).parse(JSON.parse(row.approvals));
}
export function filesOf(item: Pick<ItemRow, 'files'>): FileRow[] {
  return z.array(fileRow).parse(JSON.parse(item.files));
}
function rowsOf(item: Pick<ItemRow, 'rows'>): Record<string, number> {
  return z.record(z.string(), z.number().int()).parse(JSON.parse(item.rows));
}

export function requestRow(db: ReadDb, id: string): RequestRow {
  const row = db.select().from(destructionRequests).where(eq(destructionRequests.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such destruction request.', { reason: 'destructionNotFound' });
  return row;
}

export function itemsOf(db: ReadDb, requestId: string): ItemRow[] {
  return db.select().from(destructionItems).where(eq(destructionItems.requestId, requestId)).all();
}

/** A manager who did not ask for it and has not approved it yet, while it waits (or failed and waits for a retry). */
export function mayDecide(session: Session, row: Pick<RequestRow, 'status' | 'requestedByUserId' | 'approvals'>): boolean {
  if (!mayCall(session, 'archive.approve')) return false;
  if (row.status === 'failed') return approvalsOf(row).length >= DESTRUCTION_APPROVALS && session.operatorId !== row.requestedByUserId;
  return row.status === 'pending' && session.operatorId !== row.requestedByUserId && !approvalsOf(row).some((a) => a.userId === session.operatorId);
}

/** What an item still is, for the approvers (null once gone, or a confidential title the user may not see). */
function currentOf(db: ReadDb, session: Session, item: ItemRow): string | null {
  if (item.kind === 'document') {
    const doc = db.all<{ title: string; security: string }>(sql`SELECT title, security FROM documents WHERE id = ${item.targetId}`)[0];
    return doc && (doc.security !== 'confidential' || mayCall(session, 'archive.confidential')) ? doc.title : null;
  }
  const person = db.all<{ name: string; deleted: string | null }>(sql`SELECT name, deleted_at AS deleted FROM people WHERE id = ${item.targetId}`)[0];
  return person && person.deleted === null ? person.name : null;
}

function totalsOf(db: ReadDb, row: RequestRow, items: ItemRow[]) {
  const files = items.flatMap(filesOf);
  const rows = items.map(rowsOf);
  return {
    documents: items.filter((i) => i.kind === 'document').length,
    people: items.filter((i) => i.kind === 'person').length,
    files: files.length,
    bytes: files.reduce((s, f) => s + f.size, 0),
    rows: rows.reduce((s, r) => s + Object.values(r).reduce((t, n) => t + n, 0), 0),
    auditRedacted: db.select({ n: count() }).from(auditRedactions).where(eq(auditRedactions.requestId, row.id)).get()?.n ?? 0,
  };
}

function summaryOf(db: ReadDb, row: RequestRow, items: ItemRow[], session: Session): DestructionSummary {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    reason: row.reason,
    requestedBy: row.requestedByName,
    requestedAt: row.createdAt,
    approvals: approvalsOf(row).map(({ name, at, note }) => ({ name, at, note })),
    executedAt: row.executedAt,
    totals: totalsOf(db, row, items),
    canDecide: mayDecide(session, row),
  };
}

export function destructionRecordOf(db: ReadDb, session: Session, id: string): DestructionRecord {
  const row = requestRow(db, id);
  const items = itemsOf(db, id);
  return {
    ...summaryOf(db, row, items, session),
    rejectedBy: row.rejectedByName,
    rejectedAt: row.rejectedAt,
    rejectNote: row.rejectNote,
    failure: row.failure,
    items: items.map((i) => ({ kind: i.kind, label: i.label, current: row.status === 'done' ? null : currentOf(db, session, i), files: filesOf(i), rows: rowsOf(i) })),
  };
}

/**
 * Newest first, by key. Unfiltered, down the primary key (ids are UUIDv7: their
 * order is the order they were asked for); by status, down
 * destruction_requests_status (status, created_at) with the id breaking ties.
 */
export function listDestructions(db: ReadDb, session: Session, input: { status?: DestructionStatus | undefined; cursor?: [string, string] | undefined; limit: number }) {
  const [at, id] = input.cursor ?? ['', ''];
  const t = destructionRequests;
  const rows = input.status
    ? db
        .select()
        .from(t)
        .where(and(eq(t.status, input.status), input.cursor ? sql`(${t.createdAt} < ${at} OR (${t.createdAt} = ${at} AND ${t.id} < ${id}))` : undefined))
        .orderBy(desc(t.createdAt), desc(t.id))
        .limit(input.limit + 1)
        .all()
    : db
        .select()
        .from(t)
        .where(input.cursor ? lt(t.id, id) : undefined)
        .orderBy(desc(t.id))
        .limit(input.limit + 1)
        .all();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => summaryOf(db, r, itemsOf(db, r.id), session)),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}

/** `DS-YYMMDD-NNN`: the next number of the local day (read through the unique code index). */
export function nextDestructionCode(db: ReadDb, day: string): string {
  const prefix = `DS-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-`;
  const last = db
    .select({ code: destructionRequests.code })
    .from(destructionRequests)
    .where(and(gte(destructionRequests.code, prefix), lt(destructionRequests.code, `${prefix}~`)))
    .orderBy(desc(sql`length(${destructionRequests.code})`), desc(destructionRequests.code))
    .limit(1)
    .get();
  const n = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}
