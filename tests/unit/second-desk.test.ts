import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../contract/audit';
import type { VisitSummary } from '../../contract/visits';
import { openDatabase } from '../../db/open';
import { ADMIN, deskCodeOf, makeTestCore, REPO_ROOT, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { verifyUntilEnd } from '../helpers/audit-verify';

const MIGRATIONS = join(REPO_ROOT, 'db', 'migrations');
const cores: TestCore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Reopens a desk's data folder (sealed: no keychain here) and signs the administrator in. */
async function reopen(dataDir: string, recovery: string, now: () => Date): Promise<TestCore> {
  const core = await makeTestCore({ dataDir, setUp: false, now });
  cores.push(core);
  await core.call('session.unseal', { passphrase: recovery });
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  return core;
}

/**
 * Two desks that started from one database (a second PC set up from the
 * first one's backup): each has its own device id beside its copy.
 */
async function twoDesks(now: () => Date) {
  const first = await makeTestCore({ now });
  await first.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
  await first.close();
  const secondDir = mkdtempSync(join(tmpdir(), 'reception-second-desk-'));
  dirs.push(secondDir, first.dataDir);
  cpSync(first.dataDir, secondDir, { recursive: true });
  writeFileSync(join(secondDir, 'device-id'), uuidv7());
  const a = await reopen(first.dataDir, first.recovery, now);
  const b = await reopen(secondDir, first.recovery, now);
  return { a, b, recovery: first.recovery };
}

/** What a sync engine does, crudely: every row of `from` that `into` lacks, copied in. */
function mergeInto(into: string, from: string, tables: string[]): void {
  const db = new Database(join(into, 'reception.sqlite3'));
  try {
    db.prepare('ATTACH DATABASE ? AS other').run(join(from, 'reception.sqlite3'));
    for (const t of tables) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('${t}') WHERE name <> 'seq'`).pluck().all() as string[]).join(', ');
      db.exec(`INSERT INTO main.${t} (${columns}) SELECT ${columns} FROM other.${t} WHERE id NOT IN (SELECT id FROM main.${t})`);
    }
  } finally {
    db.close();
  }
}

describe('a second desk', () => {
  it('issues badge numbers of its own on the same day, so the two desks’ visits merge under the UNIQUE index', async () => {
    let clock = new Date('2026-11-27T09:00:00');
    const { a, b, recovery } = await twoDesks(() => clock);
    expect(deskCodeOf(a)).not.toBe(deskCodeOf(b));
    clock = new Date('2026-11-27T09:01:00');
    const fromA = await a.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: '王芳', phone: '13900139000' });
    const fromB = await b.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: '刘洋', phone: '13700137000' });
    expect(fromA.badgeNo).toBe(`V261127${deskCodeOf(a)}0002`);
    expect(fromB.badgeNo).toBe(`V261127${deskCodeOf(b)}0001`);
    await a.close();
    await b.close();
    expect(() => mergeInto(a.dataDir, b.dataDir, ['people', 'visits'])).not.toThrow();

    // The merged desk still checks a badge of either desk out by its scan.
    const merged = await reopen(a.dataDir, recovery, () => clock);
    const out = await merged.call<VisitSummary>('visits.checkOutByBadge', { badgeNo: fromB.badgeNo.toLowerCase() });
    expect(out).toMatchObject({ name: '刘洋', status: 'checked_out' });
  });

  it('keeps a chain per desk: merged logs read in time order across desks and still verify', async () => {
    let clock = new Date('2026-11-27T09:00:00');
    const { a, b, recovery } = await twoDesks(() => clock);
    const plan: [TestCore, string, string][] = [
      [a, '2026-11-27T09:01:00', '王芳'],
      [b, '2026-11-27T09:02:00', '刘洋'],
      [a, '2026-11-27T09:03:00', '陈静'],
      [b, '2026-11-27T09:04:00', '赵磊'],
    ];
    for (const [desk, at, name] of plan) {
      clock = new Date(at);
      await desk.call('visits.checkIn', { ...WALK_IN, name, phone: `139${String(name.codePointAt(0)).padStart(8, '0')}` });
    }
    await a.close();
    await b.close();
    mergeInto(a.dataDir, b.dataDir, ['people', 'visits', 'audit_log']);

    const merged = await reopen(a.dataDir, recovery, () => clock);
    expect(await verifyUntilEnd(merged, { full: true })).toMatchObject({ intact: true, firstBrokenSeq: null });
    const { entries } = await merged.call<{ entries: AuditEntryView[] }>('audit.list', { action: 'visit.checkIn', limit: 500 });
    // Newest first, by time: the desks' entries interleave (not all of A's local seqs, then B's).
    // Each named by its visit (read by key from the merged visits), not by its detail.
    const visitorOf = (e: AuditEntryView) => e.subject?.split(' · ')[0];
    expect(entries.slice(0, 4).map(visitorOf)).toEqual(['赵磊', '陈静', '刘洋', '王芳']);

    // An edit to the other desk's entry is still found.
    const victim = entries.find((e) => visitorOf(e) === '刘洋')!;
    await merged.close();
    const raw = new Database(join(a.dataDir, 'reception.sqlite3'));
    const edited = raw.prepare(`UPDATE audit_log SET detail = replace(detail, '"newVisitor":true', '"newVisitor":false') WHERE seq = ? AND detail LIKE '%"newVisitor":true%'`).run(victim.seq);
    raw.close();
    expect(edited.changes).toBe(1);
    const again = await reopen(a.dataDir, recovery, () => clock);
    expect(await verifyUntilEnd(again, { full: true })).toMatchObject({ intact: false, firstBrokenSeq: victim.seq });
  });
});

describe('migration 0006 (per-device audit chains)', () => {
  it('numbers and links the entries written before it, and the old chain still verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-audit-0006-'));
    dirs.push(dir);
    // A log written by the old code: one chain by seq, two device ids (a desk restored onto a new PC).
    const older = join(dir, 'migrations-0005');
    cpSync(MIGRATIONS, older, { recursive: true });
    const journalFile = join(older, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0006');
    writeFileSync(journalFile, JSON.stringify(journal));
    const file = join(dir, 'a.sqlite3');
    const before = await openDatabase({ file, migrationsFolder: older, backupsDir: join(dir, 'b') });
    const { createHash } = await import('node:crypto');
    let prev = '0'.repeat(64);
    const ids: string[] = [];
    for (const [i, device] of ['old-pc', 'old-pc', 'new-pc', 'new-pc'].entries()) {
      const f = { id: uuidv7(), at: `2026-11-2${i}T01:00:00.000Z`, deviceId: device, actor: 'a', action: 'visit.checkIn', entity: 'visit', entityId: null, detail: '{}' };
      const hash = createHash('sha256')
        .update(JSON.stringify([prev, f.id, f.at, f.deviceId, f.actor, f.action, f.entity, f.entityId, f.detail]), 'utf8')
        .digest('hex');
      before.sqlite
        .prepare('INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)')
        .run(f.id, f.at, f.deviceId, f.actor, f.action, f.entity, f.entityId, f.detail, prev, hash);
      ids.push(f.id);
      prev = hash;
    }
    before.sqlite.close();

    const after = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    try {
      expect(after.sqlite.prepare('SELECT device_id AS d, device_seq AS n, prev_id AS p FROM audit_log ORDER BY seq').all()).toEqual([
        { d: 'old-pc', n: 1, p: null },
        { d: 'old-pc', n: 2, p: ids[0] },
        { d: 'new-pc', n: 1, p: ids[1] },
        { d: 'new-pc', n: 2, p: ids[2] },
      ]);
      const { verifyAuditChain } = await import('../../main/audit/audit-log');
      expect(verifyAuditChain(after.db)).toBeNull();
      // Removing an entry in the middle is found at the entry that named it.
      after.sqlite.prepare('DELETE FROM audit_log WHERE id = ?').run(ids[1]);
      expect(verifyAuditChain(after.db)).toBe(3);
    } finally {
      after.sqlite.close();
    }
  });
});
