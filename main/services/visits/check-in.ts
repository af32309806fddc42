import { and, eq, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { VisitSummary } from '../../../contract/visits';
import { builtOnce, insertRow } from '../../../db/prepared-queries';
import { people, visits } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { nameKeys } from '../../search/pinyin';
import { refuseIdOfAnotherPerson, sealIdNumber } from '../people';
import { nextBadgeNo } from './badge-number';
import { differingFields, findExistingVisitor, identityConflict, personById, type PersonRow } from './identity-match';
import { visitorSnapshot } from './visitor-snapshot';
import { getVisitSummary } from './visit-summary';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';

type CheckIn = Parsed<'visits', 'checkIn'>;

type VisitorChanges = { before: Record<string, unknown>; after: Record<string, unknown> } | null;
const AUDITED_FIELDS = ['name', 'company', 'phone', 'idType', 'idNumberMask'] as const;

/** Old and new values of what a returning visitor's record changed; ID numbers appear masked only. */
function visitorChanges(before: PersonRow, after: PersonRow): VisitorChanges {
  const changed = AUDITED_FIELDS.filter((f) => before[f] !== after[f]);
  if (changed.length === 0) return null;
  return { before: Object.fromEntries(changed.map((f) => [f, before[f]])), after: Object.fromEntries(changed.map((f) => [f, after[f]])) };
}

/** What the check-in did to the person's record, for its audit entry. */
interface Saved {
  id: string;
  changes: VisitorChanges;
  /** Set when a conflict was resolved: how, and (for an update) why. */
  identity: { action: 'useOnFile' | 'update'; differs: string[]; reason?: string } | null;
}

function insertVisitor(ctx: ServiceContext, tx: WriteTx, input: CheckIn): Saved {
  const id = uuidv7();
  const keys = nameKeys(input.name);
  const doc = input.idNumber ? { idType: input.idType, ...sealIdNumber(ctx, id, input.idNumber) } : {};
  insertRow(tx, people, { id, ...insertStamps(tx), name: input.name, namePinyin: keys.full, nameInitials: keys.initials, company: input.company, phone: input.phone, ...doc });
  return { id, changes: null, identity: null };
}

/**
 * A returning visitor. What was typed never rewrites the record silently:
 * without a difference only blanks on file are filled (a first phone, company
 * or ID number); with one, main refuses until the receptionist chose to keep
 * the record as it is or to update it with a reason.
 */
function reuseVisitor(ctx: ServiceContext, tx: WriteTx, input: CheckIn, existing: PersonRow): Saved {
  if (input.idNumber) refuseIdOfAnotherPerson(ctx, tx, existing.id, input.idNumber);
  const differs = differingFields(ctx, existing, input);
  if (differs.length > 0 && !input.identity) throw identityConflict(tx, existing, input, differs);
  const update = differs.length > 0 && input.identity?.action === 'update';
  const set: Partial<PersonRow> = {};
  if (update) {
    const keys = nameKeys(input.name);
    Object.assign(set, { name: input.name, namePinyin: keys.full, nameInitials: keys.initials });
  }
  if (input.company && (update || existing.company === '')) set.company = input.company;
  if (input.phone && (update || existing.phone === '')) set.phone = input.phone;
  if (input.idNumber && (existing.idNumberIndex === null || (update && differs.includes('idNumber')))) {
    Object.assign(set, { idType: input.idType, ...sealIdNumber(ctx, existing.id, input.idNumber) });
  }
  if (Object.keys(set).length > 0) {
    tx.update(people).set(set).where(eq(people.id, existing.id)).run();
  }
  const after = personById(tx, existing.id)!;
  const identity =
    differs.length === 0 || !input.identity
      ? null
      : { action: input.identity.action, differs, ...(input.identity.action === 'update' && { reason: input.identity.reason }) };
  return { id: existing.id, changes: visitorChanges(existing, after), identity };
}

function refuseIfOnSite(tx: ReadDb, personId: string): void {
  const open = builtOnce(tx, 'visits: on site of person', () =>
    tx
      .select({ badgeNo: visits.badgeNo })
      .from(visits)
      .where(and(eq(visits.personId, sql.placeholder('personId')), eq(visits.status, 'on_site'), isNull(visits.deletedAt)))
      .prepare(),
  ).get({ personId });
  if (open) throw new AppError('CONFLICT', 'This visitor is already on site.', { reason: 'alreadyOnSite', badgeNo: open.badgeNo });
}

export function checkIn(ctx: ServiceContext, input: CheckIn): VisitSummary {
  return ctx.write(
    (tx) => {
      const now = new Date(tx.at);
      const existing = findExistingVisitor(ctx, tx, input);
      // Still on site says more than a difference in spelling: tell that first.
      if (existing) refuseIfOnSite(tx, existing.id);
      const saved = existing ? reuseVisitor(ctx, tx, input, existing) : insertVisitor(ctx, tx, input);
      const personId = saved.id;
      const visitDay = localDay(now);
      const id = uuidv7();
      insertRow(tx, visits, {
        id,
        ...insertStamps(tx),
        personId,
        kind: 'walk_in',
        status: 'on_site',
        host: input.host,
        purpose: input.purpose,
        badgeNo: nextBadgeNo(tx, visitDay, tx.deviceId),
        privacyAckAt: tx.at,
        checkInAt: tx.at,
        visitDay,
        handlingMs: input.handlingMs ?? null,
        ...visitorSnapshot(tx, personId),
      });
      return { visit: getVisitSummary(tx, id), changes: saved.changes, identity: saved.identity, newVisitor: !existing };
    },
    ({ visit, changes, identity, newVisitor }) => ({
      action: 'visit.checkIn',
      entity: 'visit',
      entityId: visit.id,
      // The visit row keeps who came (name, company, person), the badge and the host: the entry keeps
      // only what it alone knows — whether a record was made, and what the check-in changed on one.
      detail: {
        newVisitor,
        ...(changes && { visitorChanges: changes }),
        ...(identity && { identity }),
      },
    }),
  ).visit;
}
