import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtOnce, insertRow } from '../../db/prepared-queries';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { people } from '../../db/schema';
import { cachingClient } from '../../db/statement-cache';
import type { Db } from '../../db/open';
import { capturedStatements } from '../helpers/statements';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Queries built once (issue 17): an insert from a kept query stores exactly
 * what drizzle's own insert stores, with the same SQL text, and a kept query
 * runs only on the connection it was built for.
 */

let a: TestCore;
let b: TestCore;
beforeAll(async () => {
  a = await makeTestCore();
  b = await makeTestCore();
});
afterAll(async () => {
  await a.cleanup();
  await b.cleanup();
});

/** A drizzle handle over the core's connection, as db/open.ts makes one (one per core, kept). */
const handles = new Map<TestCore, Db>();
const dbOf = (core: TestCore): Db => handles.get(core) ?? handles.set(core, drizzle(cachingClient(core.sqlite))).get(core)!;

const stamps = { createdAt: '2026-11-27T01:00:00.000Z', updatedAt: '2026-11-27T01:00:00.000Z', deviceId: 'desk-1' };
const row = (id: string, extra: Partial<typeof people.$inferInsert> = {}) => ({
  id,
  ...stamps,
  name: '王芳',
  namePinyin: 'wangfang',
  nameInitials: 'wf',
  ...extra,
});

function stored(core: TestCore, id: string): unknown {
  return core.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(id);
}

describe('insertRow', () => {
  it('stores the row drizzle would, with the same statement, a column left undefined taking its default', async () => {
    const db = dbOf(a);
    const values = row('p-drizzle', { phone: '13900139000', company: undefined, idType: 'passport' });
    const byDrizzle = await capturedStatements(a.sqlite, async () => db.insert(people).values(values).run());
    const byKept = await capturedStatements(a.sqlite, async () => insertRow(db, people, { ...values, id: 'p-kept' }));
    expect(byKept.map((r) => r.sql)).toEqual(byDrizzle.filter((r) => /^insert into "people"/.test(r.sql)).map((r) => r.sql));
    expect({ ...(stored(a, 'p-kept') as object), id: 'p-drizzle' }).toEqual(stored(a, 'p-drizzle'));
    expect(stored(a, 'p-kept')).toMatchObject({ company: '', phone: '13900139000', id_type: 'passport' });
  });

  it('fills each call with its own values, and keeps one query per set of columns given', async () => {
    const db = dbOf(a);
    insertRow(db, people, row('p-1', { phone: '111' }));
    insertRow(db, people, row('p-2', { name: '李强', phone: '222' }));
    insertRow(db, people, row('p-3', { company: '基准公司' }));
    expect(stored(a, 'p-1')).toMatchObject({ name: '王芳', phone: '111', company: '' });
    expect(stored(a, 'p-2')).toMatchObject({ name: '李强', phone: '222', company: '' });
    expect(stored(a, 'p-3')).toMatchObject({ name: '王芳', phone: '', company: '基准公司' });
  });

  it('refuses an SQL value, which a placeholder cannot carry', () => {
    expect(() => insertRow(dbOf(a), people, row('p-sql', { phone: sql`'1' || '2'` as unknown as string }))).toThrow(/SQL value/);
  });
});

describe('builtOnce', () => {
  const byId = (db: Db) =>
    builtOnce(db, 'test: person name by id', () =>
      db
        .select({ name: people.name })
        .from(people)
        .where(eq(people.id, sql.placeholder('id')))
        .prepare(),
    );

  it('builds a query once per connection and runs it on that connection only', () => {
    insertRow(dbOf(a), people, row('only-a', { name: '甲' }));
    insertRow(dbOf(b), people, row('only-b', { name: '乙' }));
    expect(byId(dbOf(a))).toBe(byId(dbOf(a)));
    expect(byId(dbOf(b))).not.toBe(byId(dbOf(a)));
    expect(byId(dbOf(a)).get({ id: 'only-a' })).toEqual({ name: '甲' });
    expect(byId(dbOf(a)).get({ id: 'only-b' })).toBeUndefined();
    expect(byId(dbOf(b)).get({ id: 'only-b' })).toEqual({ name: '乙' });
  });

  it('is shared by a write handle over the connection (it inherits the connection)', () => {
    const tx = Object.create(dbOf(a)) as Db;
    expect(byId(tx)).toBe(byId(dbOf(a)));
  });
});
