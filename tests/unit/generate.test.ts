import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberProblem } from '../../contract/id-documents';
import { BADGE_NO_PATTERN } from '../../contract/visits';
import type { Core } from '../../main/app/create-core';
import { openCore } from '../../scripts/generate/desk';
import { generateDataDir, MANIFEST_FILE, PRESETS, type GeneratedManifest } from '../../scripts/generate/index';
import { verifyUntilEnd } from '../helpers/audit-verify';

/*
 * The generator's small preset, opened by the app as a user would: the
 * manifest's login works, the audit chain verifies, foreign keys hold, an ID
 * number from the data is found by its blind index, and the desk checks
 * people in on top of ten thousand generated visits.
 */

let dir: string;
let manifest: GeneratedManifest;
let core: Core;

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await core.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reception-generate-'));
  manifest = await generateDataDir({ dir, ...PRESETS.small });
  core = await openCore(dir, { passphrase: manifest.recoveryPassphrase });
  await call('session.signIn', { login: manifest.adminLogin, password: manifest.adminPassword });
}, 120_000);

afterAll(async () => {
  await core?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('generated data folder (small preset)', () => {
  it('writes the manifest it returns, with counts that match the options and the file', () => {
    expect(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'))).toEqual(manifest);
    expect(manifest.counts.people).toBe(PRESETS.small.visitors);
    expect(manifest.counts.visits).toBe(PRESETS.small.visits);
    // The sign-in of this test is one audit entry more than the folder held.
    for (const [table, n] of Object.entries(manifest.counts)) expect(core.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(table === 'audit_log' ? n + 1 : n);
    expect(manifest.counts.clients).toBeGreaterThan(0);
    expect(manifest.counts.visit_plans).toBeGreaterThan(50);
    expect(manifest.counts.audit_log).toBeGreaterThan(PRESETS.small.visits * 2);
  });

  it('keeps the audit chain intact and every foreign key pointing at a row', async () => {
    const verified = await verifyUntilEnd({ call }, { full: true });
    expect(verified).toMatchObject({ intact: true });
    expect(verified.checked).toBeGreaterThanOrEqual(manifest.counts.audit_log!);
    expect(core.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('seals ID numbers as the app does: a revealed number is valid and found again by its blind index', async () => {
    const person = core.sqlite.prepare("SELECT id FROM people WHERE id_type = 'resident_id' ORDER BY rowid DESC LIMIT 1").get() as { id: string };
    const revealed = await call<{ idType: 'resident_id'; idNumber: string }>('visitors.revealId', { personId: person.id, reason: '核对身份' });
    expect(idNumberProblem('resident_id', revealed.idNumber)).toBeNull();
    const found = await call<{ id: string }[]>('visitors.search', { query: revealed.idNumber });
    expect(found.map((p) => p.id)).toContain(person.id);
  });

  it('gives samples taken from the data: names, phones, companies and badges of people on site', async () => {
    const { samples } = manifest;
    for (const name of samples.names) expect(core.sqlite.prepare('SELECT COUNT(*) FROM people WHERE name = ?').pluck().get(name), name).toBeGreaterThan(0);
    // Phones of people who visited, as their records read now (what a search finds).
    for (const phone of samples.phones) {
      expect(core.sqlite.prepare('SELECT COUNT(*) FROM people p WHERE p.phone = ? AND EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.id)').pluck().get(phone), phone).toBeGreaterThan(0);
    }
    expect(samples.phones.length).toBeGreaterThan(0);
    for (const company of samples.companies) expect(core.sqlite.prepare('SELECT COUNT(*) FROM people WHERE company = ?').pluck().get(company), company).toBeGreaterThan(0);
    expect(samples.badgeNos.length).toBeGreaterThan(0);
    for (const badgeNo of samples.badgeNos) {
      expect(badgeNo).toMatch(BADGE_NO_PATTERN);
      expect(core.sqlite.prepare('SELECT status FROM visits WHERE badge_no = ?').pluck().get(badgeNo)).toBe('on_site');
    }
    expect(samples.names.some((n) => /^(欧阳|司马|诸葛|上官|慕容|司徒|东方|令狐|皇甫|夏侯|公孙|端木|长孙|宇文|南宫)/.test(n))).toBe(true);
    expect(samples.pinyin.length).toBeGreaterThan(0);
  });

  it('takes a check-in and a check-out by scan on top of the generated history', async () => {
    const onSite = await call<{ total: number }>('visits.list', { scope: 'on_site' });
    expect(onSite.total).toBe(manifest.samples.badgeNos.length);
    const returning = core.sqlite
      .prepare("SELECT p.id, p.name, p.company, p.phone FROM people p WHERE p.client_id IS NULL AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.id AND v.status = 'on_site') LIMIT 1")
      .get() as { id: string; name: string; company: string; phone: string };
    const visit = await call<{ badgeNo: string; personId: string }>('visits.checkIn', { personId: returning.id, name: returning.name, company: returning.company, phone: returning.phone, host: '李娜', privacyAck: true });
    expect(visit.personId).toBe(returning.id);
    // The app's own numbering (badge-number.ts) continues the generated day's: same format, desk code and sequence.
    const prefix = visit.badgeNo.slice(0, -4);
    const lastGenerated = core.sqlite.prepare('SELECT MAX(badge_no) FROM visits WHERE badge_no GLOB ? AND badge_no <> ?').pluck().get(`${prefix}[0-9][0-9][0-9][0-9]`, visit.badgeNo) as string;
    expect(lastGenerated).toBeTruthy();
    expect(visit.badgeNo).toBe(`${prefix}${String(Number(lastGenerated.slice(-4)) + 1).padStart(4, '0')}`);
    await call('visits.checkOutByBadge', { badgeNo: manifest.samples.badgeNos[0] });
    expect((await verifyUntilEnd({ call }, { full: true })).intact).toBe(true);
  });
});

describe('generated checklists', () => {
  it('copies the matching templates onto every confirmed plan and ticks them around their due times, as the app reads them', async () => {
    const confirmedPlans = core.sqlite.prepare("SELECT count(*) FROM visit_plans WHERE status NOT IN ('draft')").pluck().get() as number;
    const withLists = core.sqlite.prepare('SELECT count(DISTINCT plan_id) FROM plan_checklists').pluck().get() as number;
    expect(withLists).toBeGreaterThan(0);
    expect(withLists).toBeLessThanOrEqual(confirmedPlans);
    const byStatus = Object.fromEntries((core.sqlite.prepare('SELECT status, count(*) AS n FROM checklist_items GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
    // Mostly done, a few not applicable, some open (plans still ahead, a forgotten follow-up).
    expect(byStatus.done).toBeGreaterThan(byStatus.open ?? 0);
    expect(byStatus.na).toBeGreaterThan(0);
    const completed = core.sqlite.prepare("SELECT id FROM visit_plans WHERE status = 'completed' AND id IN (SELECT plan_id FROM plan_checklists) LIMIT 1").pluck().get() as string;
    const lists = await call<{ progress: { total: number; closed: number } }>('checklists.forPlan', { planId: completed });
    expect(lists.progress.total).toBeGreaterThan(0);
    expect(lists.progress.closed).toBeGreaterThan(0);
    const month = (await call<{ total: { due: number; onTime: number; late: number } }>('quality.compliance', { from: manifest.endDate.slice(0, 8) + '01', to: manifest.endDate, by: 'period', period: 'week' })).total;
    expect(month.onTime + month.late).toBeGreaterThan(0);
  });
});

describe('generator determinism', () => {
  it('builds the same people and visits from the same seed and end day', async () => {
    const rows = async (seed: number) => {
      const d = mkdtempSync(join(tmpdir(), 'reception-generate-seed-'));
      try {
        await generateDataDir({ dir: d, visitors: 150, visits: 400, years: 1, seed, endDate: '2026-06-30', plansPerWeek: 1 });
        const c = await openCore(d);
        try {
          return {
            people: c.sqlite.prepare('SELECT id, name, company, phone, id_number_mask FROM people ORDER BY rowid').all(),
            visits: c.sqlite.prepare('SELECT id, person_id, badge_no, check_in_at, check_out_at, host FROM visits ORDER BY rowid').all(),
          };
        } finally {
          await c.close();
        }
      } finally {
        rmSync(d, { recursive: true, force: true });
      }
    };
    const [a, b] = [await rows(5), await rows(5)];
    expect(a.people).toHaveLength(150);
    expect(a.visits).toHaveLength(400);
    // Badge numbers carry the desk's code (from its random device id): compare the rest.
    const sameDesk = (v: { visits: unknown[] }) => v.visits.map((x) => ({ ...(x as object), badge_no: (x as { badge_no: string }).badge_no.replace(/^(V\d{6})[A-Z]{3}/, '$1') }));
    expect(b.people).toEqual(a.people);
    expect(sameDesk(b)).toEqual(sameDesk(a));
  }, 60_000);
});

describe('generated archive', () => {
  it('files documents under the seeded classes and folders, lists them and finds them by a title word, its pinyin and a word inside a file', async () => {
    expect(manifest.counts.documents).toBeGreaterThan(PRESETS.small.visits / 50);
    expect(manifest.counts.document_versions).toBeGreaterThan(manifest.counts.documents!);
    // Only the app's own seeds: as many classes and folders as a desk that opened the archive once.
    const seeded = core.sqlite.prepare("SELECT (SELECT count(*) FROM document_classes WHERE built_in_key = '') + (SELECT count(*) FROM archive_folders WHERE built_in_key = '')").pluck().get();
    expect(seeded).toBe(0);
    const page = await call<{ items: { id: string; title: string; current: { status: string } }[] }>('archive.list', { limit: 20 });
    expect(page.items).toHaveLength(20);
    expect(page.items.every((d) => d.current.status === 'approved')).toBe(true);
    const pending = await call<{ items: { pendingVersions: number }[] }>('archive.list', { pending: true });
    expect(pending.items.length).toBeGreaterThan(0);
    expect(pending.items.every((d) => d.pendingVersions > 0)).toBe(true);
    const doc = core.sqlite.prepare("SELECT id, title FROM documents WHERE title LIKE '%会议纪要%' AND security <> 'confidential' ORDER BY id DESC LIMIT 1").get() as { id: string; title: string };
    const byTitle = await call<{ items: { id: string }[] }>('archive.list', { query: doc.title });
    expect(byTitle.items.map((d) => d.id)).toContain(doc.id);
    const inText = core.sqlite
      .prepare("SELECT d.id FROM documents d JOIN document_versions v ON v.id = d.current_version_id JOIN document_texts x ON x.content_hash = v.content_hash WHERE x.text LIKE '%项目代号：白泽%' LIMIT 1")
      .pluck()
      .get() as string;
    expect(inText).toBeTruthy();
    const byText = await call<{ items: { id: string }[] }>('archive.list', { query: '白泽', limit: 200 });
    expect(byText.items.map((d) => d.id)).toContain(inText);
    // Confidential files keep no text.
    expect(core.sqlite.prepare("SELECT count(*) FROM documents d JOIN document_versions v ON v.document_id = d.id JOIN document_texts x ON x.content_hash = v.content_hash WHERE d.security = 'confidential'").pluck().get()).toBe(0);
  });

  it('writes every file into the store so that the storage check passes', async () => {
    const check = await call<{ intact: boolean; files: number; problems: unknown[] }>('storage.check', {});
    expect(check.problems).toEqual([]);
    expect(check.files).toBe(manifest.counts.document_blobs);
    expect(check.intact).toBe(true);
  }, 60_000);
});
