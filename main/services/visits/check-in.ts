import { syncStamp } from '../../../db/schema/columns';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { VisitSummary } from '../../../contract/visits';
import type { Db } from '../../../db/open';
import { visitors, visits } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { nameKeys } from '../visitors/pinyin';
import { idIndexes, refuseIdOfAnotherVisitor, sealIdNumber } from '../visitors/visitor-rows';
import { nextBadgeNo } from './badge-number';
import { getVisitSummary } from './visit-summary';

type CheckIn = Parsed<'visits', 'checkIn'>;
type VisitorRow = typeof visitors.$inferSelect;

/**
 * One person is one record: the picked record, else the one holding this ID
 * number, else the one with this exact name and phone. Only then a new one.
 */
/**
 * The record picked from search. A record merged into another since the search
 * (on this desk or another) leads to the one it was merged into.
 */
function pickedVisitor(tx: Db, visitorId: string): VisitorRow {
  let row = tx.select().from(visitors).where(eq(visitors.id, visitorId)).get();
  for (let hops = 0; row?.mergedInto && hops < 10; hops++) row = tx.select().from(visitors).where(eq(visitors.id, row.mergedInto)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'The returning visitor record no longer exists.');
  return row;
}

function findExistingVisitor(ctx: ServiceContext, tx: Db, input: CheckIn): VisitorRow | undefined {
  const live = isNull(visitors.deletedAt);
  if (input.visitorId) return pickedVisitor(tx, input.visitorId);
  if (input.idNumber) {
    const byId = tx.select().from(visitors).where(and(inArray(visitors.idNumberIndex, idIndexes(ctx, input.idNumber)), live)).get();
    if (byId) return byId;
  }
  if (input.phone) {
    return tx.select().from(visitors).where(and(eq(visitors.name, input.name), eq(visitors.phone, input.phone), live)).get();
  }
  return undefined;
}

type VisitorChanges = { before: Record<string, unknown>; after: Record<string, unknown> } | null;
const AUDITED_FIELDS = ['name', 'company', 'phone', 'idType', 'idNumberMask'] as const;

/** Old and new values of what a returning visitor's record changed; ID numbers appear masked only. */
function visitorChanges(before: VisitorRow, after: VisitorRow): VisitorChanges {
  const changed = AUDITED_FIELDS.filter((f) => before[f] !== after[f]);
  if (changed.length === 0) return null;
  return { before: Object.fromEntries(changed.map((f) => [f, before[f]])), after: Object.fromEntries(changed.map((f) => [f, after[f]])) };
}

function saveVisitor(ctx: ServiceContext, tx: Db, input: CheckIn, existing: VisitorRow | undefined, stamp: string): { id: string; changes: VisitorChanges } {
  const keys = nameKeys(input.name);
  const base = { name: input.name, namePinyin: keys.full, nameInitials: keys.initials, updatedAt: stamp, deviceId: ctx.deviceId };
  if (!existing) {
    const id = uuidv7();
    const doc = input.idNumber ? { idType: input.idType, ...sealIdNumber(ctx, id, input.idNumber) } : {};
    tx.insert(visitors).values({ id, createdAt: stamp, ...base, company: input.company, phone: input.phone, ...doc }).run();
    return { id, changes: null };
  }
  if (input.idNumber) refuseIdOfAnotherVisitor(ctx, tx, existing.id, input.idNumber);
  // Blank fields keep what is on file: a returning visitor need not retype everything.
  const doc = input.idNumber ? { idType: input.idType, ...sealIdNumber(ctx, existing.id, input.idNumber) } : {};
  tx.update(visitors)
    .set({ ...base, company: input.company || existing.company, phone: input.phone || existing.phone, ...doc })
    .where(eq(visitors.id, existing.id))
    .run();
  const after = tx.select().from(visitors).where(eq(visitors.id, existing.id)).get()!;
  return { id: existing.id, changes: visitorChanges(existing, after) };
}

function refuseIfOnSite(tx: Db, visitorId: string): void {
  const open = tx
    .select({ badgeNo: visits.badgeNo })
    .from(visits)
    .where(and(eq(visits.visitorId, visitorId), eq(visits.status, 'on_site'), isNull(visits.deletedAt)))
    .get();
  if (open) throw new AppError('CONFLICT', 'This visitor is already on site.', { reason: 'alreadyOnSite', badgeNo: open.badgeNo });
}

export function checkIn(ctx: ServiceContext, input: CheckIn): VisitSummary {
  let changes: VisitorChanges = null;
  let newVisitor = false;
  return ctx.write(
    (visit: VisitSummary) => ({
      actor: ctx.session.operatorName,
      action: 'visit.checkIn',
      entity: 'visit',
      entityId: visit.id,
      detail: {
        visitorId: visit.visitorId,
        name: visit.name,
        badgeNo: visit.badgeNo,
        host: visit.host,
        idMasked: visit.idMasked,
        newVisitor,
        ...(changes && { visitorChanges: changes }),
      },
    }),
    (tx) => {
      const now = ctx.now();
      const stamp = now.toISOString();
      const existing = findExistingVisitor(ctx, tx, input);
      const saved = saveVisitor(ctx, tx, input, existing, stamp);
      const visitorId = saved.id;
      changes = saved.changes;
      newVisitor = !existing;
      refuseIfOnSite(tx, visitorId);
      const visitDay = localDay(now);
      const id = uuidv7();
      tx.insert(visits)
        .values({
          id,
          ...syncStamp(stamp, ctx.deviceId),
          visitorId,
          kind: 'walk_in',
          status: 'on_site',
          host: input.host,
          purpose: input.purpose,
          badgeNo: nextBadgeNo(tx, visitDay),
          privacyAckAt: stamp,
          checkInAt: stamp,
          visitDay,
        })
        .run();
      return getVisitSummary(tx, id);
    },
  );
}
