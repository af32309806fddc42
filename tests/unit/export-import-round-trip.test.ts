import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csvRows, exportFile, xlsxRows } from '../helpers/exports';
import { uploadImport } from '../helpers/import-files';
import { makeTestCore, residentId, type TestCore } from '../helpers/test-core';

/*
 * Excel out and back in: the directory exported in full from one desk, the
 * file imported into a new desk as it is (its title row, its header words),
 * then exported again — the people's rows come back identical.
 */

const cores: TestCore[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.cleanup();
});

/** The columns both desks hold for a person: everything but the client link, the visit count and the last visit. */
const SHARED = ['姓名', '职务', '单位', '电话', '电子邮件', '证件类型', '证件号码'];

async function seedDirectory(core: TestCore): Promise<void> {
  const people = [
    { name: '张伟', company: '华为技术有限公司', title: '采购经理', phone: '13800138000', email: 'zhang.wei@example.cn', idType: 'resident_id', idNumber: residentId('110105', '19900307', '123') },
    { name: '欧阳娜娜', company: '上海浦东发展银行', title: '', phone: '+86 139 0013 9000', idType: 'passport', idNumber: 'E12345678' },
    // A name that looks like a formula, a company with a comma and quotes, no ID.
    { name: '=王芳', company: '北京"四季",酒店', title: '前厅经理', phone: '' },
    { name: '李雷', company: '', title: '', phone: '13700137000', idType: 'resident_id', idNumber: residentId('440305', '19851111', '045') },
  ];
  for (const p of people) await core.call('people.create', p);
}

/** A sheet's rows under its header row, only the shared columns, as text, sorted by name. */
function sharedRows(rows: unknown[][]): string[][] {
  const headerAt = rows.findIndex((r) => r.includes('姓名'));
  const header = rows[headerAt]!.map(String);
  const at = SHARED.map((name) => header.indexOf(name));
  expect(at.every((i) => i >= 0)).toBe(true);
  return rows
    .slice(headerAt + 1)
    .filter((r) => r.some((v) => v !== null && v !== undefined && v !== ''))
    .map((r) => at.map((i) => (r[i] === null || r[i] === undefined ? '' : String(r[i]))))
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

async function importPeople(core: TestCore, bytes: Buffer, fileName: string): Promise<number> {
  const importId = await uploadImport(core, bytes, fileName);
  const opened = await core.call<{ mapping: Record<string, number>; headerRow: number }>('imports.open', { importId, target: 'people' });
  const checked = await core.call<{ counts: Record<string, number>; rows: { issues: unknown[] }[] }>('imports.check', { importId, target: 'people', mapping: opened.mapping, limit: 200 });
  expect(checked.rows.flatMap((r) => r.issues)).toEqual([]);
  const result = await core.call<Record<string, number>>('imports.commit', { importId, target: 'people', mapping: opened.mapping });
  return result.created ?? Object.values(result).find((v) => typeof v === 'number') ?? 0;
}

describe('export → import → export', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`gives back the same people (${format}, ID numbers in full)`, async () => {
      const first = await makeTestCore();
      cores.push(first);
      await seedDirectory(first);
      const request = { dataset: 'people', format, filters: {}, full: { reason: '迁移到新前台' } } as const;
      const out = await exportFile(first, request);
      const before = format === 'xlsx' ? sharedRows((await xlsxRows(out)).rows) : sharedRows(await csvRows(out));
      expect(before).toHaveLength(4);
      expect(before.some((r) => r[6] === residentId('110105', '19900307', '123'))).toBe(true);

      const second = await makeTestCore();
      cores.push(second);
      await importPeople(second, readFileSync(out), `名录.${format}`);
      // The CSV's guard apostrophe before a formula-looking name is the export's, not the person's.
      const names = second.sqlite.prepare('SELECT name FROM people WHERE deleted_at IS NULL ORDER BY name').pluck().all();
      expect(names).toEqual(['=王芳', '张伟', '李雷', '欧阳娜娜'].sort());
      const back = await exportFile(second, request);
      const after = format === 'xlsx' ? sharedRows((await xlsxRows(back)).rows) : sharedRows(await csvRows(back));
      expect(after).toEqual(before);
    });
  }

  it('opens in LibreOffice Calc as the same rows', async () => {
    const core = await makeTestCore();
    cores.push(core);
    await seedDirectory(core);
    const out = await exportFile(core, { dataset: 'people', format: 'xlsx', filters: {}, full: { reason: '核对' } });
    const ours = sharedRows((await xlsxRows(out)).rows);
    const dir = mkdtempSync(join(tmpdir(), 'rd-export-lo-'));
    try {
      writeFileSync(join(dir, 'people.xlsx'), readFileSync(out));
      // Calc reads the workbook and writes its first sheet as UTF-8 CSV (filter options: comma, quote, UTF-8).
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'people.xlsx')],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const csv = readFileSync(join(dir, 'people.csv'));
      const withBom = join(dir, 'people-bom.csv');
      writeFileSync(withBom, Buffer.concat([Buffer.from('\uFEFF'), csv]));
      expect(sharedRows(await csvRows(withBom))).toEqual(ours);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
