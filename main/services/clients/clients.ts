import { syncStamp } from '../../../db/schema/columns';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { ClientDetail } from '../../../contract/clients';
import type { Db } from '../../../db/open';
import { clients, people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { orgKeys } from '../visitors/pinyin';
import { cleanTags, getClientDetail } from './client-rows';

type ClientRow = typeof clients.$inferSelect;
const live = isNull(clients.deletedAt);

export function getLiveClient(tx: Db, id: string): ClientRow {
  const row = tx.select().from(clients).where(and(eq(clients.id, id), live)).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such client.', { reason: 'clientNotFound' }, [{ path: 'clientId', message: 'client.notFound' }]);
  return row;
}

/** Two live organizations with one name would split their people and history. */
function refuseTakenName(tx: Db, name: string, exceptId: string | null): void {
  const taken = tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.name, name), live, exceptId ? ne(clients.id, exceptId) : undefined))
    .get();
  if (taken) throw new AppError('CONFLICT', 'A client with this name already exists.', { reason: 'nameTaken', matchId: taken.id }, [{ path: 'name', message: 'client.nameTaken' }]);
}

const AUDITED = ['name', 'industry', 'tier', 'accountManager', 'background', 'tags'] as const;
type Audited = Pick<ClientRow, (typeof AUDITED)[number]>;

function pick(row: Audited): Record<string, unknown> {
  return Object.fromEntries(AUDITED.map((f) => [f, f === 'tags' ? JSON.parse(row.tags) : row[f]]));
}

export function createClient(ctx: ServiceContext, input: Parsed<'clients', 'create'>): ClientDetail {
  return ctx.write(
    (client: ClientDetail) => ({
      actor: ctx.session.operatorName,
      action: 'client.create',
      entity: 'client',
      entityId: client.id,
      detail: { name: client.name, tier: client.tier, industry: client.industry, accountManager: client.accountManager, tags: client.tags },
    }),
    (tx) => {
      refuseTakenName(tx, input.name, null);
      const id = uuidv7();
      const stamp = ctx.now().toISOString();
      const keys = orgKeys(input.name);
      tx.insert(clients)
        .values({
          id,
          ...syncStamp(stamp, ctx.deviceId),
          name: input.name,
          namePinyin: keys.full,
          nameInitials: keys.initials,
          industry: input.industry,
          tier: input.tier,
          accountManager: input.accountManager,
          background: input.background,
          tags: JSON.stringify(cleanTags(input.tags)),
        })
        .run();
      return getClientDetail(tx, id);
    },
  );
}

export function updateClient(ctx: ServiceContext, input: Parsed<'clients', 'update'>): ClientDetail {
  let changes: { before: Record<string, unknown>; after: Record<string, unknown> } = { before: {}, after: {} };
  return ctx.write(
    (client: ClientDetail) => ({ actor: ctx.session.operatorName, action: 'client.update', entity: 'client', entityId: client.id, detail: { name: client.name, ...changes } }),
    (tx) => {
      const before = getLiveClient(tx, input.id);
      if (input.name !== undefined && input.name !== before.name) refuseTakenName(tx, input.name, before.id);
      const name = input.name ?? before.name;
      const keys = orgKeys(name);
      const stamp = ctx.now().toISOString();
      tx.update(clients)
        .set({
          name,
          namePinyin: keys.full,
          nameInitials: keys.initials,
          industry: input.industry ?? before.industry,
          tier: input.tier ?? before.tier,
          accountManager: input.accountManager ?? before.accountManager,
          background: input.background ?? before.background,
          tags: input.tags ? JSON.stringify(cleanTags(input.tags)) : before.tags,
          updatedAt: stamp,
          deviceId: ctx.deviceId,
        })
        .where(eq(clients.id, before.id))
        .run();
      if (name !== before.name) {
        // People whose company text was the old name follow the rename; visitors.search finds them by company.
        tx.update(people)
          .set({ company: name, updatedAt: stamp, deviceId: ctx.deviceId })
          .where(and(eq(people.clientId, before.id), eq(people.company, before.name), isNull(people.deletedAt)))
          .run();
      }
      const after = tx.select().from(clients).where(eq(clients.id, before.id)).get()!;
      const b = pick(before);
      const a = pick(after);
      const changed = AUDITED.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]));
      changes = { before: Object.fromEntries(changed.map((f) => [f, b[f]])), after: Object.fromEntries(changed.map((f) => [f, a[f]])) };
      return getClientDetail(tx, before.id);
    },
  );
}

/**
 * Soft delete. People who still belong to the client make this a question for
 * the user (force): they then keep the link, as the history of where they worked.
 */
export function archiveClient(ctx: ServiceContext, input: Parsed<'clients', 'archive'>): Output<'clients', 'archive'> {
  let archivedName = '';
  return ctx.write(
    (result: Output<'clients', 'archive'>) => ({
      actor: ctx.session.operatorName,
      action: 'client.archive',
      entity: 'client',
      entityId: result.id,
      detail: { name: archivedName, people: result.people, forced: input.force === true },
    }),
    (tx) => {
      const client = getLiveClient(tx, input.id);
      archivedName = client.name;
      const members =
        tx
          .select({ n: sql<number>`COUNT(*)` })
          .from(people)
          .where(and(eq(people.clientId, client.id), isNull(people.deletedAt)))
          .get()?.n ?? 0;
      if (members > 0 && input.force !== true) {
        throw new AppError('CONFLICT', 'People still belong to this client.', { reason: 'hasPeople', people: members });
      }
      const stamp = ctx.now().toISOString();
      tx.update(clients).set({ deletedAt: stamp, updatedAt: stamp, deviceId: ctx.deviceId }).where(eq(clients.id, client.id)).run();
      return { id: client.id, archivedAt: stamp, people: members };
    },
  );
}
