import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '../../contract/organisation';
import type { PrintJobPayload } from '../../contract/print';
import { MAX_BODY_BYTES } from '../../main/shells/web/request-body';
import type { DeskSettings } from '../../contract/settings';
import type { SessionStatus } from '../../contract/session';
import { seedResources, seedVipVisit, type Call } from '../e2e/plan-print-seed';
import { b64, jpegHeader, pngImage } from '../helpers/images';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * The host organisation: named and (optionally) shown by its logo on
 * printouts, apart from the desk's own site name. Main checks a logo by its
 * bytes; the renderer's file type is never asked.
 */
let core: TestCore;
beforeEach(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-27T16:45:00') });
});
afterEach(() => core.cleanup());

const update = (input: object) => core.dispatch('settings.update', input);
const issue = (path: string, message: string) => ({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path, message })] } });

function settingsAudit(): Record<string, unknown>[] {
  const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
  const rows = db.prepare("SELECT detail FROM audit_log WHERE action = 'settings.update' ORDER BY seq").pluck().all() as string[];
  db.close();
  return rows.map((r) => JSON.parse(r) as Record<string, unknown>);
}

describe('the organisation name', () => {
  it('is asked apart from the site name, and may be cleared', async () => {
    expect(await core.call<DeskSettings>('settings.get', {})).toMatchObject({ siteName: '测试园区', orgName: '', orgLogo: null });
    expect(await update({ orgName: '星河科技股份有限公司' })).toMatchObject({ ok: true, value: { orgName: '星河科技股份有限公司', siteName: '测试园区' } });
    expect(await update({ orgName: '' })).toMatchObject({ ok: true, value: { orgName: '' } });
  });

  it('reads as unset on a desk saved before it existed, and the site name keeps its value', async () => {
    const db = new Database(join(core.dataDir, 'reception.sqlite3'));
    const row = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'desk'").pluck().get() as string) as Record<string, unknown>;
    delete row.orgName;
    db.prepare("UPDATE settings SET value = ? WHERE key = 'desk'").run(JSON.stringify(row));
    db.close();
    expect(await core.call<DeskSettings>('settings.get', {})).toMatchObject({ siteName: '测试园区', orgName: '', orgLogo: null, idleLockMinutes: 10 });
  });

  it('refuses a name too long or with invisible characters, and changes nothing', async () => {
    expect(await update({ orgName: '星'.repeat(61), siteName: '别的名字' })).toMatchObject(issue('orgName', 'tooLong'));
    expect(await update({ orgName: '星河\u202e科技' })).toMatchObject(issue('orgName', 'invalidChars'));
    expect(await core.call<DeskSettings>('settings.get', {})).toMatchObject({ siteName: '测试园区', orgName: '' });
  });
});

describe('the logo', () => {
  it('takes a PNG or a JPEG by its bytes, shows it back, audits only its size, and can be removed', async () => {
    const png = pngImage(240, 80);
    const set = await update({ orgLogo: { base64: b64(png) } });
    expect(set).toMatchObject({ ok: true, value: { orgLogo: { widthPx: 240, heightPx: 80, bytes: png.length } } });
    const read = await core.call<DeskSettings>('settings.get', {});
    expect(read.orgLogo!.dataUrl).toBe(`data:image/png;base64,${b64(png)}`);

    expect(await update({ orgLogo: { base64: b64(jpegHeader(300, 120)) } })).toMatchObject({ ok: true, value: { orgLogo: { widthPx: 300, heightPx: 120 } } });
    expect((await core.call<DeskSettings>('settings.get', {})).orgLogo!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);

    // Other changes leave the logo alone.
    expect(await update({ orgName: '星河科技' })).toMatchObject({ ok: true, value: { orgLogo: { widthPx: 300 } } });
    expect(await update({ orgLogo: null })).toMatchObject({ ok: true, value: { orgLogo: null } });
    expect(await core.call<DeskSettings>('settings.get', {})).toMatchObject({ orgLogo: null });

    const audit = settingsAudit();
    expect(audit[0]).toEqual({ before: { orgLogo: null }, after: { orgLogo: { widthPx: 240, heightPx: 80, bytes: png.length } } });
    expect(audit.at(-1)).toEqual({ before: { orgLogo: { widthPx: 300, heightPx: 120, bytes: expect.any(Number) } }, after: { orgLogo: null } });
    expect(JSON.stringify(audit)).not.toContain(b64(png).slice(0, 40));
  });

  it('refuses SVG, GIF, text and a file merely named .png, whatever the renderer claims', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><script>alert(1)</script></svg>';
    for (const bytes of [Buffer.from(svg), Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1'), Buffer.from('hello'), Buffer.concat([Buffer.from('\x89PNG', 'latin1'), Buffer.alloc(40)])]) {
      expect(await update({ orgLogo: { base64: b64(bytes) } })).toMatchObject(issue('orgLogo', 'logo.notImage'));
    }
    expect(await update({ orgLogo: { base64: 'not base64!' } })).toMatchObject(issue('orgLogo.base64', 'logo.notImage'));
    expect(await core.call<DeskSettings>('settings.get', {})).toMatchObject({ orgLogo: null });
  });

  it('refuses a logo over the size limit, tiny, huge or a thin line', async () => {
    const big = Buffer.concat([pngImage(64, 64), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(await update({ orgLogo: { base64: b64(big) } })).toMatchObject(issue('orgLogo.base64', 'logo.tooLarge'));
    // One byte over the limit is refused too.
    const justOver = Buffer.concat([pngImage(64, 64)]);
    const padded = Buffer.concat([justOver, Buffer.alloc(LOGO_MAX_BYTES + 1 - justOver.length)]);
    expect(await update({ orgLogo: { base64: b64(padded) } })).toMatchObject(issue('orgLogo.base64', 'logo.tooLarge'));
    for (const [w, h] of [
      [8, 8],
      [5000, 600],
      [2000, 100],
    ] as const) {
      expect(await update({ orgLogo: { base64: b64(jpegHeader(w, h)) } }), `${w}×${h}`).toMatchObject(issue('orgLogo', 'logo.badSize'));
    }
  });

  it('at its largest still fits one web-shell request, and is taken', async () => {
    const largest = Buffer.concat([pngImage(64, 64)]);
    const atLimit = Buffer.concat([largest, Buffer.alloc(LOGO_MAX_BYTES - largest.length)]);
    const body = JSON.stringify({ orgName: 'x'.repeat(60), orgLogo: { base64: b64(atLimit) } });
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_BODY_BYTES);
    expect(await update({ orgLogo: { base64: b64(atLimit) } })).toMatchObject({ ok: true, value: { orgLogo: { bytes: LOGO_MAX_BYTES } } });
  });

  it('is for administrators: a receptionist may not set it', async () => {
    await core.signInAs('receptionist');
    expect(await update({ orgLogo: { base64: b64(pngImage(64, 64)) } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('first-run setup', () => {
  async function setUp(input: object) {
    const fresh = await makeTestCore({ setUp: false });
    const { passphrase } = await fresh.call<{ passphrase: string }>('setup.recoveryPassphrase', {});
    const base = { siteName: '总部大楼一层前台', locale: 'zh-CN', adminLogin: ADMIN.login, adminName: ADMIN.name, adminPassword: ADMIN.password, recoveryPassphrase: passphrase };
    return { fresh, result: await fresh.dispatch('setup.complete', { ...base, ...input }) };
  }

  it('stores the organisation name and logo beside the site name', async () => {
    const { fresh, result } = await setUp({ orgName: '星河科技股份有限公司', orgLogo: { base64: b64(pngImage(120, 60)) } });
    try {
      expect(result).toMatchObject({ ok: true, value: { phase: 'signedIn', siteName: '总部大楼一层前台' } });
      expect(await fresh.call<DeskSettings>('settings.get', {})).toMatchObject({ siteName: '总部大楼一层前台', orgName: '星河科技股份有限公司', orgLogo: { widthPx: 120, heightPx: 60 } });
    } finally {
      await fresh.cleanup();
    }
  });

  it('refuses a bad logo or an over-long name and sets up nothing', async () => {
    for (const input of [{ orgName: '星河', orgLogo: { base64: b64('<svg/>') } }, { orgName: 'x'.repeat(61) }]) {
      const { fresh, result } = await setUp(input);
      try {
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        expect(await fresh.call<SessionStatus>('session.status', {})).toMatchObject({ phase: 'setup' });
      } finally {
        await fresh.cleanup();
      }
    }
  });
});

describe('printouts', () => {
  let payloads: PrintJobPayload[];
  let vipId: string;
  beforeEach(async () => {
    payloads = [];
    const render = core.engine.renderPdf.bind(core.engine);
    core.engine.renderPdf = async (jobId, page) => {
      const job = await core.dispatch('print.job', { jobId });
      if (!job.ok) throw new Error(`print.job failed: ${JSON.stringify(job.error)}`);
      payloads.push(job.value as PrintJobPayload);
      return render(jobId, page);
    };
    vipId = await seedVipVisit(core.call as Call, await seedResources(core.call as Call));
  });
  const printAll = async () => {
    payloads.length = 0;
    for (const input of [{ document: 'welcomeSign' }, { document: 'itinerary', audience: 'guests' }, { document: 'itinerary', audience: 'team' }]) {
      expect(await core.dispatch('print.planDocument', { planId: vipId, locale: 'zh-CN', printerId: 'pdf', ...input })).toMatchObject({ ok: true });
    }
    expect(await core.dispatch('print.daySchedule', { day: '2026-11-28', locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ ok: true });
    return payloads;
  };

  it('name the site until the organisation is named, then the organisation and its logo', async () => {
    for (const job of await printAll()) expect(job, job.kind).toMatchObject({ siteName: '测试园区', hostName: '测试园区', hostLogo: null });
    const png = pngImage(90, 30);
    await core.call('settings.update', { orgName: '星河科技股份有限公司', orgLogo: { base64: b64(png) } });
    for (const job of await printAll()) expect(job, job.kind).toMatchObject({ siteName: '测试园区', hostName: '星河科技股份有限公司', hostLogo: `data:image/png;base64,${b64(png)}` });
  });
});
