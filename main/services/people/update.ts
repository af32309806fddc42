import { and, eq, isNull } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import type { Person } from '../../../contract/clients';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { getLiveClient } from '../clients';
import { nameKeys } from '../../search/pinyin';
import { refuseIdOfAnotherPerson, sealIdNumber } from './id-numbers';
import { changesOf, getPerson, type PersonRow } from './person-rows';
import type { ReadDb, WriteTx } from '../../core/write-path';

export function getLiveVisitor(tx: ReadDb, id: string): PersonRow {
  const row = tx.select().from(people).where(and(eq(people.id, id), isNull(people.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such person.');
  return row;
}

type Update = Parsed<'people', 'update'>;

/** Thrown to roll back a save that changed nothing. */
class NoChange extends Error {}

/** The ID columns after the update: unchanged, cleared (empty number) or re-sealed for this row. */
function idColumns(ctx: ServiceContext, tx: ReadDb, input: Update, id: string) {
  if (input.idNumber === undefined) return {};
  if (input.idNumber === '') return { idType: null, idNumberEnc: null, idNumberMask: null, idNumberIndex: null };
  refuseIdOfAnotherPerson(ctx, tx, id, input.idNumber);
  return { idType: input.idType ?? null, ...sealIdNumber(ctx, id, input.idNumber) };
}

/** Changes only what was sent; a new client also sets the company text unless one was given. */
export function updatePerson(ctx: ServiceContext, input: Update): Person {
  const work = (tx: WriteTx) => {
    const before = getLiveVisitor(tx, input.id);
    const client = input.clientId ? getLiveClient(tx, input.clientId) : null;
    const keys = input.name !== undefined ? nameKeys(input.name) : null;
    const company = input.company ?? (client && client.id !== before.clientId ? client.name : undefined);
    tx.update(people)
      .set({
        ...(input.name !== undefined && keys && { name: input.name, namePinyin: keys.full, nameInitials: keys.initials }),
        ...(input.clientId !== undefined && { clientId: input.clientId }),
        ...(company !== undefined && { company }),
        ...(input.title !== undefined && { title: input.title }),
        ...(input.phone !== undefined && { phone: input.phone }),
        ...(input.email !== undefined && { email: input.email }),
        ...(input.dietary !== undefined && { dietary: input.dietary }),
        ...(input.transport !== undefined && { transport: input.transport }),
        ...(input.preferences !== undefined && { preferences: input.preferences }),
        ...(input.birthday !== undefined && { birthday: input.birthday || null }),
        ...(input.notes !== undefined && { notes: input.notes }),
        ...idColumns(ctx, tx, input, before.id),
      })
      .where(eq(people.id, before.id))
      .run();
    const after = tx.select().from(people).where(eq(people.id, before.id)).get()!;
    const changes = changesOf(before, after);
    // Re-sealing the same number under a fresh nonce is no change worth recording
    // (the update above stamped the row; throwing rolls that back too).
    if (!changes) throw new NoChange();
    return { person: getPerson(tx, before.id), changes };
  };
  try {
    return ctx.write(work, ({ person, changes }) => ({ action: 'person.update', entity: 'person', entityId: person.id, detail: { name: person.name, ...changes } })).person;
  } catch (err) {
    // Nothing changed: the transaction rolled back, so no audit entry for a no-op save.
    if (err instanceof NoChange) return getPerson(ctx.db, input.id);
    throw err;
  }
}
