import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditDetailText } from '../../contract/audit-text';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/**
 * Settings that cannot be read are repaired field by field, kept aside when
 * unreadable as a whole, audited and shown, never silently reset; per-PC
 * values move out of the site's row into this PC's file once. Real files,
 * real SQLite, a real restart of the core.
 */

const DB = 'reception.sqlite3';
const PC_FILE = 'pc-settings.json';

let dataDir: string;
let recovery: string;
const open: TestCore[] = [];

async function start(): Promise<TestCore> {
  const core = await makeTestCore({ dataDir, setUp: false });
  open.push(core);
  await core.call('session.unseal', { passphrase: recovery });
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  return core;
}

async function stop(core: TestCore): Promise<void> {
  open.splice(open.indexOf(core), 1);
  await core.close();
}

/** Edits the database while no core holds it, as damage or an older version would leave it. */
function withDb<T>(use: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, DB));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const siteRow = () => withDb((db) => db.prepare("SELECT value FROM settings WHERE key = 'desk'").pluck().get() as string);
const setSiteRow = (value: string) => withDb((db) => db.prepare("UPDATE settings SET value = ? WHERE key = 'desk'").run(value));
const pcFile = () => JSON.parse(readFileSync(join(dataDir, PC_FILE), 'utf8')) as Record<string, unknown>;
const auditOf = (action: string) =>
  withDb((db) => (db.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq').pluck().all(action) as string[]).map((d) => JSON.parse(d) as Record<string, unknown>));

interface View {
  siteName: string;
  idleLockMinutes: number;
  locale: string;
  printerId: string;
  autoPrintBadge: boolean;
  printerProfiles: Record<string, { layoutId: string; offsetXMm: number; offsetYMm: number }>;
  repairs: { place: string; field: string }[];
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'reception-settings-'));
  const first = await makeTestCore({ dataDir });
  recovery = first.recovery;
  await first.call('settings.update', {
    siteName: '总部前台',
    idleLockMinutes: 25,
    printerId: 'Brother-QL-820NWB',
    autoPrintBadge: false,
    printerProfile: { printerId: 'Brother-QL-820NWB', profile: { layoutId: 'label-62x100', offsetXMm: 1.5, offsetYMm: -1 } },
  });
  await first.close();
});

afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the site settings row', () => {
  it('keeps its site fields only; the printer and its calibration are in this PC file', () => {
    expect(Object.keys(JSON.parse(siteRow()) as object).sort()).toEqual(['idleLockMinutes', 'locale', 'orgName', 'siteName']);
    expect(pcFile()).toMatchObject({
      printerId: 'Brother-QL-820NWB',
      autoPrintBadge: false,
      printerProfiles: { 'Brother-QL-820NWB': { layoutId: 'label-62x100', offsetXMm: 1.5, offsetYMm: -1 } },
    });
  });

  it('one bad field: only that field gets its default, reported in the audit log and on the settings screen', async () => {
    setSiteRow(JSON.stringify({ ...(JSON.parse(siteRow()) as object), idleLockMinutes: 'soon' }));
    const core = await start();
    const view = await core.call<View>('settings.get', {});
    expect(view).toMatchObject({ siteName: '总部前台', idleLockMinutes: 10, locale: 'zh-CN', printerId: 'Brother-QL-820NWB' });
    expect(view.repairs).toEqual([{ place: 'site', field: 'idleLockMinutes' }]);
    expect(auditOf('settings.repair')).toEqual([{ scope: 'site', repairedFields: ['idleLockMinutes'] }]);
    // The row is sound again: a second start has nothing to repair.
    expect(JSON.parse(siteRow())).toMatchObject({ siteName: '总部前台', idleLockMinutes: 10 });
    await stop(core);
    const again = await start();
    expect((await again.call<View>('settings.get', {})).repairs).toEqual([]);
    expect(auditOf('settings.repair')).toHaveLength(1);
  });

  it('a row that is not JSON is kept aside, the defaults used and the repair reported', async () => {
    setSiteRow('{"siteName": "总部前台", idle');
    const core = await start();
    const view = await core.call<View>('settings.get', {});
    expect(view).toMatchObject({ siteName: '', idleLockMinutes: 10, printerId: 'Brother-QL-820NWB' });
    expect(view.repairs).toEqual([{ place: 'site', field: '*' }]);
    const [entry] = auditOf('settings.repair');
    expect(entry).toMatchObject({ scope: 'site', repairedFields: ['*'], keptAs: expect.stringMatching(/^desk\.corrupt-/) });
    const kept = withDb((db) => db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(entry!.keptAs) as string);
    expect(kept).toBe('{"siteName": "总部前台", idle');
  });
});

describe("this PC's settings file", () => {
  it('one bad field and one bad printer profile: only those reset, the rest kept', async () => {
    const file = pcFile();
    writeFileSync(
      join(dataDir, PC_FILE),
      JSON.stringify({ ...file, zoomFactor: 'huge', printerProfiles: { ...(file.printerProfiles as object), broken: { layoutId: 7 } } }),
    );
    const core = await start();
    const view = await core.call<View>('settings.get', {});
    expect(view).toMatchObject({ printerId: 'Brother-QL-820NWB', autoPrintBadge: false });
    expect(view.printerProfiles['Brother-QL-820NWB']).toEqual({ layoutId: 'label-62x100', offsetXMm: 1.5, offsetYMm: -1 });
    expect(view.printerProfiles.broken).toBeUndefined();
    expect(view.repairs).toEqual([
      { place: 'pc', field: 'printerProfiles' },
      { place: 'pc', field: 'zoomFactor' },
    ]);
    expect(auditOf('settings.repair')).toEqual([{ scope: 'pc', repairedFields: ['printerProfiles', 'zoomFactor'] }]);
    expect(pcFile()).toMatchObject({ zoomFactor: 1, version: 1, printerId: 'Brother-QL-820NWB' });
  });

  it('a file that is not JSON is kept aside as .corrupt-<time>, the defaults used and the repair reported', async () => {
    writeFileSync(join(dataDir, PC_FILE), '{"printerId": "Brother-QL-8');
    const core = await start();
    const view = await core.call<View>('settings.get', {});
    expect(view).toMatchObject({ printerId: 'pdf', autoPrintBadge: true, siteName: '总部前台', idleLockMinutes: 25 });
    expect(view.repairs).toEqual([{ place: 'pc', field: '*' }]);
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${PC_FILE}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toBe('{"printerId": "Brother-QL-8');
    expect(auditOf('settings.repair')).toEqual([{ scope: 'pc', repairedFields: ['*'], keptAs: aside[0] }]);
    // The new file is sound (and the row, which no longer holds printer keys, had nothing to move into it).
    expect(pcFile()).toMatchObject({ printerId: 'pdf', version: 1 });
  });

  it('reads a repair entry in words in both languages', async () => {
    writeFileSync(join(dataDir, PC_FILE), 'garbage');
    setSiteRow(JSON.stringify({ ...(JSON.parse(siteRow()) as object), siteName: 42 }));
    await start();
    const details = auditOf('settings.repair');
    expect(details.map((d) => auditDetailText(d, { locale: 'zh-CN', entity: 'settings' }))).toEqual([
      expect.stringMatching(/^设置范围：本机；已恢复默认值：全部设置（无法读取）；原内容另存为：pc-settings\.json\.corrupt-\d{8}T\d{9}Z$/),
      '设置范围：本站点（数据库）；已恢复默认值：站点名称',
    ]);
    expect(auditDetailText(details[1]!, { locale: 'en', entity: 'settings' })).toBe('Settings of: This site (database); Reset to default: Site name');
  });
});

describe('moving per-PC values out of an older desk row', () => {
  const OLD_ROW = {
    siteName: '老前台',
    orgName: '',
    locale: 'en',
    printerId: 'Zebra-ZD421',
    autoPrintBadge: false,
    idleLockMinutes: 12,
    printerProfiles: { 'Zebra-ZD421': { layoutId: 'label-101x54', offsetXMm: -2, offsetYMm: 0.5 }, pdf: { layoutId: 'a4-2x4', offsetXMm: 0, offsetYMm: 0 } },
  };

  it('moves them once: the file first, then the row loses them; a second start changes nothing', async () => {
    setSiteRow(JSON.stringify(OLD_ROW));
    rmSync(join(dataDir, PC_FILE));
    const core = await start();
    const view = await core.call<View>('settings.get', {});
    expect(view).toMatchObject({ siteName: '老前台', idleLockMinutes: 12, printerId: 'Zebra-ZD421', autoPrintBadge: false, printerProfiles: OLD_ROW.printerProfiles, repairs: [] });
    expect(pcFile()).toMatchObject({ version: 1, printerId: 'Zebra-ZD421', printerProfiles: OLD_ROW.printerProfiles });
    expect(Object.keys(JSON.parse(siteRow()) as object).sort()).toEqual(['idleLockMinutes', 'locale', 'orgName', 'siteName']);
    expect(auditOf('settings.movedToPc')).toEqual([{ movedFields: ['printerId', 'autoPrintBadge', 'printerProfiles'] }]);
    await stop(core);
    const fileBefore = readFileSync(join(dataDir, PC_FILE), 'utf8');
    await start();
    expect(readFileSync(join(dataDir, PC_FILE), 'utf8')).toBe(fileBefore);
    expect(auditOf('settings.movedToPc')).toHaveLength(1);
  });

  it('after a crash between the two writes, the row only loses the keys: the file already holds them', async () => {
    // The file was written (version 1) and the app stopped before the row was rewritten.
    writeFileSync(join(dataDir, PC_FILE), JSON.stringify({ ...pcFile(), printerId: 'Zebra-ZD421', version: 1 }));
    setSiteRow(JSON.stringify({ ...OLD_ROW, printerId: 'stale' }));
    const core = await start();
    expect(await core.call<View>('settings.get', {})).toMatchObject({ printerId: 'Zebra-ZD421', siteName: '老前台' });
    expect(JSON.parse(siteRow())).not.toHaveProperty('printerId');
  });

  it('an unreadable value in the row is not moved: its default is, and it is reported', async () => {
    setSiteRow(JSON.stringify({ ...OLD_ROW, autoPrintBadge: 'yes' }));
    rmSync(join(dataDir, PC_FILE));
    const core = await start();
    const view = await core.call<View>('settings.get', {});
    expect(view).toMatchObject({ printerId: 'Zebra-ZD421', autoPrintBadge: true, repairs: [{ place: 'site', field: 'autoPrintBadge' }] });
    expect(auditOf('settings.repair')).toEqual([{ scope: 'site', repairedFields: ['autoPrintBadge'] }]);
    expect(existsSync(join(dataDir, PC_FILE))).toBe(true);
  });
});
