import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../contract';
import type { VisitSummary } from '../../contract/visits';
import { deskCodeOf, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let visit: VisitSummary;
beforeEach(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-27T09:30:00') });
  visit = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN });
});
afterEach(() => core.cleanup());

type Printed = Output<'print', 'badges'>;
const printBadge = (extra: object = {}) =>
  core.dispatch('print.badges', { visitIds: [visit.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN', ...extra });

function printLog(): { is_reprint: number; printer_id: string }[] {
  const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
  const rows = db.prepare('SELECT is_reprint, printer_id FROM badge_prints ORDER BY created_at').all() as { is_reprint: number; printer_id: string }[];
  db.close();
  return rows;
}

describe('badge printing', () => {
  it('saves a PDF at the label size and logs it', async () => {
    const result = await printBadge();
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved', badges: 1, pages: 1, reprints: 0 } });
    const { fileName } = (result as { value: Printed }).value;
    expect(fileName).toMatch(new RegExp(`^badges-V261127${deskCodeOf(core)}0001-\\d{14}\\.pdf$`));
    const saved = await PDFDocument.load(readFileSync(join(core.dataDir, 'prints', fileName!)));
    const { width, height } = saved.getPage(0).getMediaBox();
    // Exactly 89 × 36 mm, although the renderer rounded to whole points.
    expect([width, height].map((pt) => Math.round(((pt * 25.4) / 72) * 1000) / 1000)).toEqual([89, 36]);
    expect(core.engine.rendered).toEqual([{ widthMm: 89, heightMm: 36 }]);
    expect(printLog()).toEqual([{ is_reprint: 0, printer_id: 'pdf' }]);
  });

  it('warns before a reprint and logs the reprint once confirmed', async () => {
    await printBadge();
    const again = await printBadge();
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_PRINTED', details: { printedBefore: 1, badges: 1 } } });
    expect(printLog()).toHaveLength(1);
    expect(await printBadge({ confirmReprint: true })).toMatchObject({ ok: true, value: { reprints: 1 } });
    expect(printLog().map((r) => r.is_reprint)).toEqual([0, 1]);
    // Same second, same badge: both PDFs are kept.
    expect(readdirSync(join(core.dataDir, 'prints'))).toHaveLength(2);
    const [onSite] = (await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'on_site' })).rows;
    expect(onSite?.badgePrints).toBe(2);
  });

  it('prints to a known printer at the page size, and refuses an unknown one', async () => {
    expect(await printBadge({ printerId: 'Brother-QL-820NWB', layoutId: 'label-62x100' })).toMatchObject({ ok: true, value: { outcome: 'printed', fileName: null } });
    expect(core.engine.printed).toEqual([{ printerId: 'Brother-QL-820NWB', page: { widthMm: 62, heightMm: 100 } }]);
    expect(await printBadge({ printerId: 'Nowhere', confirmReprint: true })).toMatchObject({ ok: false, error: { code: 'PRINTER_UNAVAILABLE' } });
    expect(printLog()).toHaveLength(1);
  });

  it('fills A4 sheets and counts pages', async () => {
    const ids = [visit.id];
    for (let i = 0; i < 11; i++) ids.push((await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: `访客${i}`, phone: `1390013900${i}`.slice(0, 11) })).id);
    expect(await core.dispatch('print.badges', { visitIds: ids, layoutId: 'a4-2x5', printerId: 'pdf', locale: 'en' })).toMatchObject({
      ok: true,
      value: { badges: 12, pages: 2 },
    });
    expect(core.engine.rendered).toEqual([{ widthMm: 210, heightMm: 297 }]);
  });

  it('refuses unknown layouts and missing visits without logging', async () => {
    expect(await printBadge({ layoutId: 'label-1x1' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'layoutId' }] } });
    expect(await printBadge({ visitIds: ['01a21adb-eb70-749a-827b-d3dcdcce8a20'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(printLog()).toHaveLength(0);
    expect(existsSync(join(core.dataDir, 'prints'))).toBe(false);
  });

  // That the offsets move the printed badge is checked on the rendered PDF in tests/e2e/badge-layouts.spec.ts.
  it('stores a printer profile, refusing an unknown layout and an offset out of range', async () => {
    await core.call('settings.update', { printerProfile: { printerId: 'pdf', profile: { layoutId: 'label-101x54', offsetXMm: 1.5, offsetYMm: -0.5 } } });
    const settings = await core.call<{ printerProfiles: Record<string, unknown> }>('settings.get', {});
    expect(settings.printerProfiles.pdf).toEqual({ layoutId: 'label-101x54', offsetXMm: 1.5, offsetYMm: -0.5 });
    expect(await core.dispatch('settings.update', { printerProfile: { printerId: 'pdf', profile: { layoutId: 'nope', offsetXMm: 0, offsetYMm: 0 } } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await core.dispatch('settings.update', { printerProfile: { printerId: 'pdf', profile: { layoutId: 'label-89x36', offsetXMm: 50, offsetYMm: 0 } } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'outOfRange' }] },
    });
  });
});
