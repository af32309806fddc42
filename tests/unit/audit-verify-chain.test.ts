import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS, verifyAuditChain } from '../../main/audit/audit-log';
import { ChainWalk } from '../../main/audit/chain-walk';
import { makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { auditLog } from '../../db/schema';

/*
 * The chain since migration 0017 stores no repeated link (prev_hash '', prev_id
 * NULL): every tamper case must still be caught, and entries that stored their
 * link (older ones) must verify as they always did.
 */

let core: TestCore;
const clock = new Date('2026-11-27T09:00:00');

/** An entry as the log stores it. */
type StoredRow = typeof auditLog.$inferSelect;

const COLUMNS = `seq, id, at, device_id AS deviceId, actor, action, entity, entity_id AS entityId, detail, prev_hash AS prevHash, prev_id AS prevId, hash, device_seq AS deviceSeq`;

function chain(): StoredRow[] {
  return core.sqlite.prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY device_id, device_seq`).all() as StoredRow[];
}

const verify = () => verifyAuditChain(core.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] }).db);

beforeEach(async () => {
  core = await makeTestCore({ now: () => clock });
  for (let i = 0; i < 3; i += 1) {
    const { id: visitId } = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, name: `访客${i}`, idNumber: residentId('110105', '19900307', `12${i}`) });
    await core.call('visits.checkOut', { visitId });
  }
});
afterEach(() => core.cleanup());

describe('entries without a stored link', () => {
  it('are written with prev_hash empty and prev_id NULL, their hash over the predecessor hash, and verify', () => {
    const rows = chain();
    expect(rows.length).toBeGreaterThan(6);
    rows.forEach((row, i) => {
      expect(row).toMatchObject({ prevHash: '', prevId: null, deviceSeq: i + 1 });
      expect(entryHash(i === 0 ? GENESIS : rows[i - 1]!.hash, row)).toBe(row.hash);
    });
    expect(verify()).toBeNull();
  });

  it('catch an edited entry', () => {
    const victim = chain()[4]!;
    // Whatever it held (a check-out's detail is `{}` now), it says something else afterwards.
    core.sqlite.prepare(`UPDATE audit_log SET detail = json_set(detail, '$.edited', 1) WHERE seq = ?`).run(victim.seq);
    expect(verify()).toBe(victim.seq);
  });

  it('catch an entry removed in the middle, with or without the others renumbered', () => {
    const rows = chain();
    core.sqlite.prepare('DELETE FROM audit_log WHERE seq = ?').run(rows[3]!.seq);
    expect(verify()).toBe(rows[4]!.seq);
    // Through negatives: the unique (device, number) index is checked row by row.
    core.sqlite.prepare('UPDATE audit_log SET device_seq = 1 - device_seq WHERE device_id = ? AND device_seq > 4').run(rows[0]!.deviceId);
    core.sqlite.prepare('UPDATE audit_log SET device_seq = -device_seq WHERE device_id = ? AND device_seq < 0').run(rows[0]!.deviceId);
    expect(verify()).toBe(rows[4]!.seq);
  });

  it('catch two entries swapped, naming the first in the log order', () => {
    const rows = chain();
    const [a, b] = [rows[2]!, rows[3]!];
    const swap = core.sqlite.prepare('UPDATE audit_log SET device_seq = ? WHERE seq = ?');
    swap.run(-1, a.seq);
    swap.run(a.deviceSeq, b.seq);
    swap.run(b.deviceSeq, a.seq);
    const walk = new ChainWalk(core.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] }).db).runToEnd();
    // b now sits where a was (its hash is not over a's predecessor), a after it: both fail; the entry after them is chained to b, which moved.
    expect(walk.brokenCount).toBe(3);
    // All three at the same instant: the log order (at, device, number) puts b, now numbered as a was, first.
    expect(walk.firstBroken?.seq).toBe(b.seq);
  });

  it('catch an entry re-hashed behind the app at its successor', () => {
    const rows = chain();
    const [victim, before] = [rows[3]!, rows[2]!];
    const detail = '{"forged":true}';
    const hash = entryHash(before.hash, { ...victim, detail });
    core.sqlite.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?').run(detail, hash, victim.seq);
    expect(verify()).toBe(rows[4]!.seq);
  });

  it('catch a link stored later that does not name the predecessor, and a blanked old link', () => {
    const rows = chain();
    core.sqlite.prepare('UPDATE audit_log SET prev_hash = ? WHERE seq = ?').run(GENESIS, rows[2]!.seq);
    expect(verify()).toBe(rows[2]!.seq);
    core.sqlite.prepare('UPDATE audit_log SET prev_hash = ? WHERE seq = ?').run(rows[1]!.hash, rows[2]!.seq);
    expect(verify()).toBeNull();
    core.sqlite.prepare("UPDATE audit_log SET prev_hash = '', prev_id = ? WHERE seq = ?").run(rows[1]!.id, rows[2]!.seq);
    expect(verify()).toBe(rows[2]!.seq);
  });
});

describe('entries that stored their link (written before 0017)', () => {
  /** Rewrites the chain as older desks wrote it: each entry repeating its predecessor's id and hash. */
  function storeLinks(upTo: number): StoredRow[] {
    const rows = chain();
    const set = core.sqlite.prepare('UPDATE audit_log SET prev_hash = ?, prev_id = ? WHERE seq = ?');
    rows.slice(0, upTo).forEach((row, i) => set.run(i === 0 ? GENESIS : rows[i - 1]!.hash, i === 0 ? null : rows[i - 1]!.id, row.seq));
    return rows;
  }

  it('verify as before, also followed by entries without one', () => {
    storeLinks(4);
    expect(verify()).toBeNull();
    storeLinks(chain().length);
    expect(verify()).toBeNull();
  });

  it('catch a forged predecessor: a link naming another entry, or one that is gone', () => {
    const rows = storeLinks(chain().length);
    core.sqlite.prepare('UPDATE audit_log SET prev_id = ? WHERE seq = ?').run(rows[0]!.id, rows[3]!.seq);
    expect(verify()).toBe(rows[3]!.seq);
    core.sqlite.prepare('UPDATE audit_log SET prev_id = ? WHERE seq = ?').run('no-such-entry', rows[3]!.seq);
    expect(verify()).toBe(rows[3]!.seq);
    core.sqlite.prepare('UPDATE audit_log SET prev_id = ? WHERE seq = ?').run(rows[2]!.id, rows[3]!.seq);
    expect(verify()).toBeNull();
    core.sqlite.prepare('UPDATE audit_log SET prev_hash = ? WHERE seq = ?').run(rows[1]!.hash, rows[3]!.seq);
    expect(verify()).toBe(rows[3]!.seq);
  });

  it('name their predecessor by id across devices (before per-device chains) and still verify in slices of any size', () => {
    const rows = storeLinks(chain().length);
    // Half the entries were written by another desk in the one chain of those days (migration 0006 numbered them per device).
    const other = '00000000-0000-4000-8000-0000000000ff';
    const moved = rows.filter((_, i) => i % 2 === 1);
    const setDevice = core.sqlite.prepare('UPDATE audit_log SET device_id = ?, device_seq = ? WHERE seq = ?');
    for (const [n, row] of moved.entries()) setDevice.run(other, n + 1, row.seq);
    const renumber = core.sqlite.prepare('UPDATE audit_log SET device_seq = ? WHERE seq = ?');
    rows.filter((_, i) => i % 2 === 0).forEach((row, n) => renumber.run(n + 1, row.seq));
    const after = chain();
    const fix = core.sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
    // Re-chain in the old single order (seq), as entries before 0006 were.
    const bySeq = [...after].sort((a, b) => a.seq - b.seq);
    let prevHash = GENESIS;
    for (const row of bySeq) {
      const hash = entryHash(prevHash, row);
      fix.run(row.prevId === null ? GENESIS : prevHash, hash, row.seq);
      prevHash = hash;
    }
    const db = core.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] }).db;
    expect(verifyAuditChain(db)).toBeNull();
    const walk = new ChainWalk(db);
    while (!walk.step(1));
    expect(walk.checked).toBe(rows.length);
    expect(walk.firstBroken).toBeNull();
  });
});
