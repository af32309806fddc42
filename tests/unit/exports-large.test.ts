import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportProgress } from '../../contract/data-export';
import { exportFile, exportUntilEnd } from '../helpers/exports';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * A large export (50 000 visits) runs in slices: its progress grows while it
 * runs, the desk answers other calls meanwhile, it ends in bounded time with
 * every row, and a cancelled one leaves no file behind.
 */

const ROWS = 50_000;
const clock = new Date('2026-12-03T18:00:00');
let core: TestCore;

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  // A bulk load around the app: the export reads visits and people only.
  const person = core.sqlite.prepare(
    "INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company) VALUES (?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'd', ?, ?, ?, '某公司')",
  );
  const visit = core.sqlite.prepare(
    "INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, badge_no, check_in_at, check_out_at, visit_day, visitor_name, visitor_company) VALUES (?, ?, ?, 'd', ?, 'walk_in', 'checked_out', '李娜', ?, ?, ?, ?, ?, '某公司')",
  );
  core.sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const id = `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`;
      const at = new Date(Date.UTC(2026, 0, 1, 1) + Math.floor(i / 150) * 86_400_000 + (i % 150) * 60_000);
      const name = `访客${i}`;
      person.run(id, name, `fangke${i}`, 'fk');
      visit.run(id, at.toISOString(), at.toISOString(), id, `B${i}`, at.toISOString(), new Date(at.getTime() + 3_600_000).toISOString(), at.toISOString().slice(0, 10), name);
    }
  })();
}, 120_000);
afterAll(() => core.cleanup());

describe('50 000 rows', () => {
  it('shows progress while it runs, keeps the desk answering, and writes every row in bounded time', async () => {
    const started = Date.now();
    const { jobId, total } = await core.call<{ jobId: string; total: number }>('exports.start', { dataset: 'visits', filters: {}, format: 'xlsx' });
    expect(total).toBe(ROWS);
    const seen: number[] = [];
    let last: ExportProgress | undefined;
    await vi.waitFor(
      async () => {
        // Another call answers between the export's slices.
        expect(await core.dispatch('visits.list', { scope: 'on_site' })).toMatchObject({ ok: true });
        last = await core.call<ExportProgress>('exports.progress', { jobId });
        seen.push(last.rows);
        expect(last.state).toBe('done');
      },
      { timeout: 60_000, interval: 10 },
    );
    expect(seen.some((n) => n > 0 && n < ROWS)).toBe(true);
    expect(last).toMatchObject({ rows: ROWS, total: ROWS });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('CSV: every row, once', async () => {
    const text = readFileSync(await exportFile(core, { dataset: 'visits', filters: {}, format: 'csv' }), 'utf8');
    const badges = text.split('\r\n').slice(1, -1).map((line) => line.split(',')[9]);
    expect(badges.length).toBe(ROWS);
    expect(new Set(badges).size).toBe(ROWS);
  }, 60_000);

  it.each(['csv', 'xlsx'] as const)('cancelled (%s), it leaves no file, finished or partial', async (format) => {
    const folder = join(core.dataDir, 'exports');
    const before = existsSync(folder) ? readdirSync(folder) : [];
    const { jobId } = await core.call<{ jobId: string }>('exports.start', { dataset: 'visits', filters: {}, format });
    const cancelled = await core.call<ExportProgress>('exports.cancel', { jobId });
    expect(cancelled.rows).toBeLessThan(ROWS);
    await vi.waitFor(async () => expect(await core.call<ExportProgress>('exports.progress', { jobId })).toMatchObject({ state: 'cancelled', fileId: null }), { timeout: 20_000 });
    expect(readdirSync(folder)).toEqual(before);
    // And a new export may start at once.
    expect((await exportUntilEnd(core, { dataset: 'visits', filters: { from: '2026-01-01', to: '2026-01-01' }, format })).state).toBe('done');
  }, 60_000);

  it('stops when its owner signs out: nothing runs on for nobody, and no file is left', async () => {
    const folder = join(core.dataDir, 'exports');
    const before = readdirSync(folder);
    const { jobId } = await core.call<{ jobId: string }>('exports.start', { dataset: 'visits', filters: {}, format: 'csv' });
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    await vi.waitFor(async () => expect(await core.call<ExportProgress>('exports.progress', { jobId })).toMatchObject({ state: 'cancelled' }), { timeout: 20_000 });
    expect(readdirSync(folder)).toEqual(before);
  }, 60_000);
});
