import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { Person } from '../../../contract/clients';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { getLiveClient } from '../clients';
import { nameKeys } from '../../search/pinyin';
import { sealIdNumber } from './id-numbers';
import { findPeople, isStrong } from './find';
import { getPerson } from './person-rows';
import { insertStamps, type WriteTx } from '../../core/write-path';

/**
 * One person is one record: a new one is made only when no record holds this
 * ID number or phone, or when the user has seen that match and confirms a new
 * person (confirmNew). An ID number held by another record is never given twice.
 */
export function createPerson(ctx: ServiceContext, input: Parsed<'people', 'create'>): Person {
  return ctx.write(
    (tx) => {
      const client = input.clientId ? getLiveClient(tx, input.clientId) : null;
      const strong = findPeople(ctx, tx, { phone: input.phone, idNumber: input.idNumber }).filter(isStrong);
      const [best] = strong;
      if (best && input.confirmNew !== true) {
        throw new AppError('CONFLICT', 'This may be a person already on file.', { reason: 'possibleDuplicate', matchId: best.person.id, matchedBy: best.matchedBy });
      }
      const idHolder = strong.find((m) => m.reasons.includes('idNumber'));
      if (idHolder) {
        throw new AppError('CONFLICT', 'This ID number belongs to another person record.', { reason: 'idBelongsToAnother', matchId: idHolder.person.id }, [
          { path: 'idNumber', message: 'id.belongsToAnother' },
        ]);
      }
      const id = insertPerson(ctx, tx, input, client);
      return { person: getPerson(tx, id), confirmedOver: best?.person.id ?? null };
    },
    ({ person: p, confirmedOver }) => ({
      action: 'person.create',
      entity: 'person',
      entityId: p.id,
      detail: { name: p.name, clientId: p.clientId, company: p.company, title: p.title, idMasked: p.idMasked, ...(confirmedOver && { confirmedNewDespite: confirmedOver }) },
    }),
  ).person;
}

/** The fields a new directory record is made from (the form's, or an import row's). */
export type NewPerson = Pick<Parsed<'people', 'create'>, 'name' | 'company' | 'phone' | 'title' | 'email' | 'dietary' | 'transport' | 'preferences' | 'birthday' | 'notes' | 'idType' | 'idNumber'>;

/** A new record's row, its name keys and sealed ID number with it (the id is made here, so an import can insert many rows at once). */
export function newPersonRow(ctx: ServiceContext, tx: WriteTx, input: NewPerson, client: { id: string; name: string } | null): typeof people.$inferInsert & { id: string } {
  const id = uuidv7();
  const keys = nameKeys(input.name);
  const doc = input.idNumber ? { idType: input.idType, ...sealIdNumber(ctx, id, input.idNumber) } : {};
  return {
    id,
    ...insertStamps(tx),
    name: input.name,
    namePinyin: keys.full,
    nameInitials: keys.initials,
    company: input.company || client?.name || '',
    phone: input.phone,
    clientId: client?.id ?? null,
    title: input.title,
    email: input.email,
    dietary: input.dietary,
    transport: input.transport,
    preferences: input.preferences,
    birthday: input.birthday || null,
    notes: input.notes,
    ...doc,
  };
}

/**
 * Writes one new record; the caller has already found no record this person
 * has (find-before-create).
 */
export function insertPerson(ctx: ServiceContext, tx: WriteTx, input: NewPerson, client: { id: string; name: string } | null): string {
  const row = newPersonRow(ctx, tx, input, client);
  tx.insert(people).values(row).run();
  return row.id;
}
