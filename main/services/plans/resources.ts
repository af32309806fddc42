import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { Resource } from '../../../contract/plans';
import { resources } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { definedValues } from '../../core/defined-values';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb } from '../../core/write-path';

function view(row: typeof resources.$inferSelect): Resource {
  return { id: row.id, kind: row.kind, name: row.name, capacity: row.capacity, notes: row.notes, active: row.active };
}

function getResource(db: ReadDb, id: string): typeof resources.$inferSelect {
  const row = db.select().from(resources).where(eq(resources.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such room or vehicle.', { reason: 'resourceNotFound' });
  return row;
}

function refuseDuplicateName(db: ReadDb, kind: string, name: string, exceptId?: string): void {
  const same = db.select({ id: resources.id }).from(resources).where(and(eq(resources.kind, kind as 'room'), eq(resources.name, name), isNull(resources.deletedAt))).get();
  if (same && same.id !== exceptId) throw new AppError('CONFLICT', 'That name is taken.', { reason: 'nameTaken' }, [{ path: 'name', message: 'resource.nameTaken' }]);
}

export function listResources(ctx: ServiceContext, input: Parsed<'resources', 'list'>): Resource[] {
  return ctx.db
    .select()
    .from(resources)
    .where(and(isNull(resources.deletedAt), input.kind ? eq(resources.kind, input.kind) : undefined, input.includeInactive ? undefined : eq(resources.active, true)))
    .orderBy(resources.kind, resources.name)
    .all()
    .map(view);
}

export function createResource(ctx: ServiceContext, input: Parsed<'resources', 'create'>): Resource {
  refuseDuplicateName(ctx.db, input.kind, input.name);
  const id = uuidv7();
  return ctx.write(
    (tx) => {
      tx.insert(resources).values({ id, ...insertStamps(tx), ...input }).run();
      return view(getResource(tx, id));
    },
    (r: Resource) => ({ action: 'resource.create', entity: 'resource', entityId: r.id, detail: { kind: r.kind, name: r.name } }),
  );
}

export function updateResource(ctx: ServiceContext, input: Parsed<'resources', 'update'>): Resource {
  const { id, ...rest } = input;
  const before = getResource(ctx.db, id);
  const changes = definedValues(rest);
  if (typeof changes.name === 'string') refuseDuplicateName(ctx.db, before.kind, changes.name, id);
  return ctx.write(
    (tx) => {
      tx.update(resources).set(changes).where(eq(resources.id, id)).run();
      return view(getResource(tx, id));
    },
    (r: Resource) => ({
      action: 'resource.update',
      entity: 'resource',
      entityId: r.id,
      detail: { name: r.name, before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]])), after: changes },
    }),
  );
}
