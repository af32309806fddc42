import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/**
 * Files the app makes reach the person who asked for them through the shell's
 * hand-over (here a real copy into a folder, standing in for the user's pick
 * in a save dialog); nobody else can take them, and the hand-over is audited.
 */
let core: TestCore;
beforeEach(async () => {
  core = await makeTestCore();
});
afterEach(() => core.cleanup());

const auditActions = async () => (await core.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('audit.list', {})).entries;

describe('files.deliver', () => {
  it('hands an audit export to its maker and records where it went', async () => {
    const exported = await core.call<{ fileName: string; fileId: string }>('audit.export', { format: 'xlsx' });
    const delivery = await core.call<{ kind: string; place: string }>('files.deliver', { fileId: exported.fileId });
    expect(delivery).toEqual({ kind: 'saved', fileName: exported.fileName, place: join(core.downloadsDir, exported.fileName) });
    expect(readFileSync(delivery.place)).toEqual(readFileSync(join(core.dataDir, 'exports', exported.fileName)));
    expect((await auditActions())[0]).toMatchObject({ action: 'files.deliver', detail: { fileName: exported.fileName, how: 'saved', place: delivery.place } });
  });

  it('hands over a badge PDF saved instead of printed', async () => {
    const visit = await core.call<{ id: string }>('visits.checkIn', WALK_IN);
    const printed = await core.call<{ fileId: string | null; fileName: string }>('print.badges', { visitIds: [visit.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' });
    expect(printed.fileId).toEqual(expect.any(String));
    const delivery = await core.call<{ place: string }>('files.deliver', { fileId: printed.fileId });
    expect(readFileSync(delivery.place).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("refuses someone else's file and a made-up id alike, handing nothing over", async () => {
    const exported = await core.call<{ fileId: string }>('audit.export', { format: 'csv' });
    await core.signInAs('auditor');
    expect(await core.dispatch('files.deliver', { fileId: exported.fileId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('files.deliver', { fileId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await auditActions()).some((e) => e.action === 'files.deliver')).toBe(false);
  });

  it('gives no id for a badge sent to a printer', async () => {
    const visit = await core.call<{ id: string }>('visits.checkIn', WALK_IN);
    const printed = await core.call<{ fileId: string | null; outcome: string }>('print.badges', { visitIds: [visit.id], layoutId: 'label-89x36', printerId: 'Brother-QL-820NWB', locale: 'zh-CN' });
    expect(printed).toMatchObject({ outcome: 'printed', fileId: null });
  });
});
