import { and, eq, isNull } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { people, visits } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { idNumberLocation, sealIdNumber } from './id-numbers';
import { getPerson, snapshot, type PersonRow } from './person-rows';
import type { ReadDb } from '../../core/write-path';

type MergeResult = Output<'people', 'merge'>;

/** Text fields the kept record takes from the merged one only where its own are blank. */
const FILLABLE = ['company', 'phone', 'title', 'email', 'dietary', 'transport', 'preferences', 'notes'] as const;

function loadForMerge(tx: ReadDb, id: string, role: 'keepId' | 'mergeId'): PersonRow {
  const row = tx.select().from(people).where(eq(people.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such person.', { reason: 'notFound', field: role });
  if (row.deletedAt) throw new AppError('CONFLICT', 'This record was deleted or already merged.', { reason: 'deleted', field: role, mergedInto: row.mergedInto });
  return row;
}

function isOnSite(tx: ReadDb, personId: string): boolean {
  return !!tx
    .select({ id: visits.id })
    .from(visits)
    .where(and(eq(visits.personId, personId), eq(visits.status, 'on_site'), isNull(visits.deletedAt)))
    .get();
}

/** Blank fields of `keep` filled from `merged`; nothing non-blank is overwritten. */
function filledFields(ctx: ServiceContext, keep: PersonRow, merged: PersonRow) {
  const set: Partial<PersonRow> = {};
  for (const f of FILLABLE) if (keep[f] === '' && merged[f] !== '') set[f] = merged[f];
  if (!keep.birthday && merged.birthday) set.birthday = merged.birthday;
  if (!keep.clientId && merged.clientId) set.clientId = merged.clientId;
  if (!keep.idNumberEnc && merged.idNumberEnc && merged.idType) {
    // The ciphertext is bound to its row: open it under the merged row, seal it again under the kept one.
    const idNumber = ctx.cipher.decrypt(merged.idNumberEnc, idNumberLocation(merged.id));
    Object.assign(set, { idType: merged.idType, ...sealIdNumber(ctx, keep.id, idNumber) });
  }
  return set;
}

/**
 * Folds a duplicate record into the kept one: every visit (with its badge
 * prints) and every record merged earlier follow; blanks are filled; the merged
 * record is soft-deleted and points at the kept one. One audit entry, masked.
 */
export function mergePeople(ctx: ServiceContext, input: Parsed<'people', 'merge'>): MergeResult {
  if (input.keepId === input.mergeId) {
    throw new AppError('CONFLICT', 'A record cannot be merged into itself.', { reason: 'sameRecord' }, [{ path: 'mergeId', message: 'merge.sameRecord' }]);
  }
  return ctx.write(
    (tx) => {
      const keep = loadForMerge(tx, input.keepId, 'keepId');
      const merged = loadForMerge(tx, input.mergeId, 'mergeId');
      if (isOnSite(tx, keep.id) && isOnSite(tx, merged.id)) {
        throw new AppError('CONFLICT', 'Both records are on site right now; check one out first.', { reason: 'bothOnSite' });
      }
      const movedVisits = tx.update(visits).set({ personId: keep.id }).where(eq(visits.personId, merged.id)).run().changes;
      // Records merged into the merged one earlier now point straight at the kept one.
      const movedRecords = tx.update(people).set({ mergedInto: keep.id }).where(eq(people.mergedInto, merged.id)).run().changes;
      tx.update(people)
        .set(filledFields(ctx, keep, merged))
        .where(eq(people.id, keep.id))
        .run();
      tx.update(people)
        .set({ deletedAt: tx.at, mergedInto: keep.id })
        .where(eq(people.id, merged.id))
        .run();
      const after = tx.select().from(people).where(eq(people.id, keep.id)).get()!;
      const audit = { before: snapshot(keep), after: snapshot(after), merged: { id: merged.id, ...snapshot(merged) } };
      return { result: { person: getPerson(tx, keep.id), moved: { visits: movedVisits, mergedRecords: movedRecords } }, audit };
    },
    ({ result, audit }) => ({
      action: 'person.merge',
      entity: 'person',
      entityId: result.person.id,
      detail: { keepId: input.keepId, mergeId: input.mergeId, ...audit, moved: result.moved },
    }),
  ).result;
}
