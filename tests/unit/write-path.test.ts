import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRow } from '../../db/prepared-queries';
import { clients } from '../../db/schema';
import type { ServiceContext } from '../../main/core/context';
import { insertStamps, softDelete } from '../../main/core/write-path';
import { makeTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core';

/**
 * Never called: `npx tsc` checks these lines. Each `@ts-expect-error` fails
 * the type check the day the thing below it compiles, i.e. the day a service
 * can write around `ctx.write` again or name its own actor.
 */
export function writesOnlyThroughWrite(ctx: ServiceContext): void {
  // @ts-expect-error ctx.db reads only: no insert outside a write.
  ctx.db.insert(clients);
  // @ts-expect-error no update outside a write.
  ctx.db.update(clients);
  // @ts-expect-error no delete outside a write.
  ctx.db.delete(clients);
  // @ts-expect-error no insert from a query built once either (db/prepared-queries.ts): it takes a write's handle.
  insertRow(ctx.db, clients, { id: 'x', createdAt: '', updatedAt: '', deviceId: '', name: 'x', namePinyin: '', nameInitials: '' });
  // @ts-expect-error no raw statement outside a write.
  ctx.db.run('DELETE FROM clients');
  // @ts-expect-error no transaction of a service's own (its writes would go unaudited).
  ctx.db.transaction(() => null);
  // @ts-expect-error the raw SQLite handle is not reachable from the context at all.
  void ctx.sqlite;
  // @ts-expect-error nor through drizzle's handle.
  void ctx.db.$client;
  ctx.write(
    (tx) => tx.update(clients).set({ name: 'x' }).where(eq(clients.id, 'x')).run(),
    // @ts-expect-error the write path names the actor from the session, never the service.
    () => ({ actor: 'someone else', action: 'client.update', entity: 'client', entityId: 'x', detail: {} }),
  );
}

function serviceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? serviceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the one write path', () => {
  it('is the only way services reach the database for writing: no raw handle, no drizzle handle of their own, no cast around ReadDb', () => {
    const offenders = serviceFiles(join(REPO_ROOT, 'main', 'services')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = [
        /from 'better-sqlite3'/.test(text) && 'imports better-sqlite3',
        /\$client\b/.test(text) && 'reaches $client',
        /\bimport\b[^;]*\bDb\b[^;]*from '[./]*db\/open'/.test(text) && 'imports the writable Db type',
        /\bas (unknown as )?(Db|WriteTx)\b/.test(text) && 'casts to a writable handle',
      ].filter(Boolean);
      return found.map((f) => `${relative(REPO_ROOT, file)}: ${String(f)}`);
    });
    expect(offenders).toEqual([]);
  });

  describe('stamps', () => {
    let core: TestCore;
    let t = Date.parse('2026-11-27T09:00:00.000Z');
    beforeAll(async () => {
      core = await makeTestCore({ now: () => new Date(t) });
    });
    afterAll(() => core.cleanup());

    const ctx = () => core.context({ operatorId: 'u1', operatorName: '王芳', roles: ['admin'] });
    const rowOf = (id: string) => core.sqlite.prepare('SELECT updated_at AS updatedAt, device_id AS deviceId, deleted_at AS deletedAt FROM clients WHERE id = ?').get(id) as Record<string, string | null>;
    const lastAudit = () => core.sqlite.prepare('SELECT actor, action, entity_id AS entityId, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get();

    function insertClient(id: string): void {
      ctx().write(
        (tx) => tx.insert(clients).values({ id, ...insertStamps(tx), name: id, namePinyin: id, nameInitials: id }).run(),
        () => ({ action: 'test.insert', entity: 'client', entityId: id, detail: {} }),
      );
    }

    it('puts updated_at and the device on every update, even one that names neither', () => {
      insertClient('c1');
      core.sqlite.prepare("UPDATE clients SET updated_at = 'long ago', device_id = 'another desk' WHERE id = 'c1'").run();
      t += 60_000;
      ctx().write(
        (tx) => tx.update(clients).set({ industry: '制造' }).where(eq(clients.id, 'c1')).run(),
        () => ({ action: 'test.update', entity: 'client', entityId: 'c1', detail: {} }),
      );
      const deviceId = ctx().deviceId;
      expect(rowOf('c1')).toEqual({ updatedAt: new Date(t).toISOString(), deviceId, deletedAt: null });
    });

    it('does not let a caller backdate a row or claim another desk wrote it', () => {
      t += 60_000;
      ctx().write(
        (tx) => tx.update(clients).set({ industry: '零售', updatedAt: '2000-01-01T00:00:00.000Z', deviceId: 'forged' }).where(eq(clients.id, 'c1')).run(),
        () => ({ action: 'test.update', entity: 'client', entityId: 'c1', detail: {} }),
      );
      expect(rowOf('c1')).toMatchObject({ updatedAt: new Date(t).toISOString(), deviceId: ctx().deviceId });
    });

    it('soft-deletes with the same stamps, and builds the audit entry from the work result under the session operator', () => {
      insertClient('c2');
      t += 60_000;
      const result = ctx().write(
        (tx) => {
          softDelete(tx, clients, eq(clients.id, 'c2'));
          return { id: 'c2', at: tx.at };
        },
        (done) => ({ action: 'test.archive', entity: 'client', entityId: done.id, detail: { at: done.at } }),
      );
      const at = new Date(t).toISOString();
      expect(result).toEqual({ id: 'c2', at });
      expect(rowOf('c2')).toEqual({ updatedAt: at, deviceId: ctx().deviceId, deletedAt: at });
      expect(lastAudit()).toEqual({ actor: '王芳', action: 'test.archive', entityId: 'c2', detail: JSON.stringify({ at }) });
    });

    it('rolls the work back when its audit entry cannot be built', () => {
      expect(() =>
        ctx().write(
          (tx) => tx.update(clients).set({ industry: '不该留下' }).where(eq(clients.id, 'c1')).run(),
          () => {
            throw new Error('audit failed');
          },
        ),
      ).toThrow('audit failed');
      expect(core.sqlite.prepare("SELECT industry FROM clients WHERE id = 'c1'").pluck().get()).toBe('零售');
    });
  });
});
