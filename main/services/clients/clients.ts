import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { ClientDetail } from '../../../contract/clients';
import { clients, people, users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { orgKeys } from '../../search/pinyin';
import { cleanTags, getClientDetail } from './client-rows';
import { insertStamps, softDelete, type ReadDb, type WriteTx } from '../../core/write-path';

type ClientRow = typeof clients.$inferSelect;
const live = isNull(clients.deletedAt);

export function getLiveClient(tx: ReadDb, id: string): ClientRow {
  const row = tx.select().from(clients).where(and(eq(clients.id, id), live)).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such client.', { reason: 'clientNotFound' }, [{ path: 'clientId', message: 'client.notFound' }]);
  return row;
}

/** Two live organizations with one name would split their people and history. */
function refuseTakenName(tx: ReadDb, name: string, exceptId: string | null): void {
  const taken = tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.name, name), live, exceptId ? ne(clients.id, exceptId) : undefined))
    .get();
  if (taken) throw new AppError('CONFLICT', 'A client with this name already exists.', { reason: 'nameTaken', matchId: taken.id }, [{ path: 'name', message: 'client.nameTaken' }]);
}

/** The account manager user is audited by name (`accountManager`, which choosing the user fills): the log shows people, not ids. */
const AUDITED = ['name', 'industry', 'tier', 'accountManager', 'background', 'tags'] as const;
type Audited = Pick<ClientRow, (typeof AUDITED)[number]>;

function pick(row: Audited): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((f) => [f, f === 'tags' ? JSON.parse(row.tags) : row[f]]));
}

/**
 * The account manager of the merged record: a VIP must have one who is a user
 * (follow-ups and care reminders go to them), that user must exist and be
 * active, and their name fills the free-text `accountManager`.
 */
function managerOf(tx: ReadDb, tier: ClientRow['tier'], userId: string | null, changed: boolean, typed: string): { userId: string | null; name: string } {
  if (tier === 'vip' && userId === null) {
    throw new AppError('VALIDATION', 'A VIP client needs an account manager who is a user.', { reason: 'vipManager' }, [{ path: 'accountManagerUserId', message: 'client.vipManager' }]);
  }
  if (userId === null) return { userId, name: typed };
  const user = tx.select({ name: users.name, active: users.active }).from(users).where(eq(users.id, userId)).get();
  // An unchanged manager who was since switched off still names the client; a new pick must be active.
  if (!user || (changed && !user.active)) {
    throw new AppError('VALIDATION', 'The account manager must be an active user.', { reason: 'managerUnknown' }, [{ path: 'accountManagerUserId', message: 'client.managerUnknown' }]);
  }
  return { userId, name: user.name };
}

/** A new organisation's fields, its account manager already checked (managerOf). */
export type NewClient = Pick<ClientRow, 'name' | 'industry' | 'tier' | 'accountManager' | 'accountManagerUserId' | 'background'> & { tags: string[] };

/** Writes one new client with its name keys; the caller has checked the name is free (refuseTakenName). */
export function insertClient(tx: WriteTx, input: NewClient): string {
  const id = uuidv7();
  const keys = orgKeys(input.name);
  tx.insert(clients)
    .values({
      id,
      ...insertStamps(tx),
      name: input.name,
      namePinyin: keys.full,
      nameInitials: keys.initials,
      industry: input.industry,
      tier: input.tier,
      accountManager: input.accountManager,
      accountManagerUserId: input.accountManagerUserId,
      background: input.background,
      tags: JSON.stringify(cleanTags(input.tags)),
    })
    .run();
  return id;
}

export function createClient(ctx: ServiceContext, input: Parsed<'clients', 'create'>): ClientDetail {
  return ctx.write(
    (tx) => {
      refuseTakenName(tx, input.name, null);
      const manager = managerOf(tx, input.tier, input.accountManagerUserId, true, input.accountManager);
      const id = insertClient(tx, { ...input, accountManager: manager.name, accountManagerUserId: manager.userId });
      return getClientDetail(tx, id);
    },
    (client: ClientDetail) => ({
      action: 'client.create',
      entity: 'client',
      entityId: client.id,
      detail: {
        name: client.name,
        tier: client.tier,
        industry: client.industry,
        accountManager: client.accountManager,
        tags: client.tags,
      },
    }),
  );
}

export function updateClient(ctx: ServiceContext, input: Parsed<'clients', 'update'>): ClientDetail {
  return ctx.write(
    (tx) => {
      const before = getLiveClient(tx, input.id);
      if (input.name !== undefined && input.name !== before.name) refuseTakenName(tx, input.name, before.id);
      const name = input.name ?? before.name;
      const keys = orgKeys(name);
      const managerId = input.accountManagerUserId !== undefined ? input.accountManagerUserId : before.accountManagerUserId;
      const manager = managerOf(tx, input.tier ?? before.tier, managerId, managerId !== before.accountManagerUserId, input.accountManager ?? before.accountManager);
      tx.update(clients)
        .set({
          name,
          namePinyin: keys.full,
          nameInitials: keys.initials,
          industry: input.industry ?? before.industry,
          tier: input.tier ?? before.tier,
          accountManager: manager.name,
          accountManagerUserId: manager.userId,
          background: input.background ?? before.background,
          tags: input.tags ? JSON.stringify(cleanTags(input.tags)) : before.tags,
        })
        .where(eq(clients.id, before.id))
        .run();
      if (name !== before.name) {
        // People whose company text was the old name follow the rename; visitors.search finds them by company.
        tx.update(people)
          .set({ company: name })
          .where(and(eq(people.clientId, before.id), eq(people.company, before.name), isNull(people.deletedAt)))
          .run();
      }
      const after = tx.select().from(clients).where(eq(clients.id, before.id)).get()!;
      const b = pick(before);
      const a = pick(after);
      const changed = AUDITED.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]));
      const changes = { before: Object.fromEntries(changed.map((f) => [f, b[f]])), after: Object.fromEntries(changed.map((f) => [f, a[f]])) };
      return { client: getClientDetail(tx, before.id), changes };
    },
    ({ client, changes }) => ({ action: 'client.update', entity: 'client', entityId: client.id, detail: { name: client.name, ...changes } }),
  ).client;
}

/**
 * Soft delete. People who still belong to the client make this a question for
 * the user (force): they then keep the link, as the history of where they worked.
 */
export function archiveClient(ctx: ServiceContext, input: Parsed<'clients', 'archive'>): Output<'clients', 'archive'> {
  const { archived } = ctx.write(
    (tx) => {
      const client = getLiveClient(tx, input.id);
      const members =
        tx
          .select({ n: sql<number>`COUNT(*)` })
          .from(people)
          .where(and(eq(people.clientId, client.id), isNull(people.deletedAt)))
          .get()?.n ?? 0;
      if (members > 0 && input.force !== true) {
        throw new AppError('CONFLICT', 'People still belong to this client.', { reason: 'hasPeople', people: members });
      }
      softDelete(tx, clients, eq(clients.id, client.id));
      return { archived: { id: client.id, archivedAt: tx.at, people: members }, name: client.name };
    },
    ({ archived, name }) => ({
      action: 'client.archive',
      entity: 'client',
      entityId: archived.id,
      detail: { name, people: archived.people, forced: input.force === true },
    }),
  );
  return archived;
}
