import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, residentId, type TestCore } from '../helpers/test-core';
import { csvText, uploadImport } from '../helpers/import-files';

/*
 * A guest list onto a plan, the people directory and a client directory:
 * rows checked as the forms check them, people found before they are made,
 * problems fixed or skipped, and the commit all or nothing with its audit entry.
 */

type Opened = { importId: string; mapping: Record<string, number> };
type Row = { index: number; sheetRow: number; values: Record<string, string>; issues: { field: string; message: string; row?: number }[]; existing: { personId: string; matchedBy: string } | null; onPlan: boolean };
type Checked = { counts: Record<string, number>; total: number; rows: Row[] };

let core: TestCore;
beforeEach(async () => {
  core = await makeTestCore();
});
afterEach(() => core.cleanup());

const HEADER = ['姓名', '证件类型', '证件号码', '手机', '单位', '饮食要求', '交通'];
const ZHANG = residentId('110105', '19900307', '123');

async function openCsv(rows: string[][], target: string, fileName = '名单.csv'): Promise<Opened> {
  const importId = await uploadImport(core, Buffer.from(csvText(rows)), fileName);
  return core.call<Opened>('imports.open', { importId, target });
}

async function makePlan(): Promise<string> {
  const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', arrivalAt: '2030-05-06T09:30', departureAt: '2030-05-06T17:00', expectedHeadcount: 5 });
  return plan.id;
}

const guestsOf = (planId: string) => core.call<{ guests: { personId: string; name: string; needs: { diet: string; transport: string } }[] }>('plans.get', { id: planId });
const peopleCount = () => core.sqlite.prepare('SELECT COUNT(*) FROM people WHERE deleted_at IS NULL').pluck().get() as number;

describe('a guest list onto a plan', () => {
  it('adds the guests with their needs, reuses a person on file, and flags bad rows until they are fixed or skipped', async () => {
    const known = await core.call<{ id: string }>('people.create', { name: '李娜', phone: '13900139000' });
    const planId = await makePlan();
    const opened = await openCsv(
      [
        HEADER,
        ['张伟', '身份证', ZHANG, '138 0013 8000', '华为', '清真', '接机'],
        ['李娜', '', '', '+86 139-0013-9000', '华为', '', ''],
        ['王芳', '护照', 'E12', '13700137000', '华为', '', ''],
        ['赵敏', '', '', '12345', '华为', '', ''],
        ['张伟', '', ZHANG, '', '华为', '', ''],
      ],
      'planGuests',
    );
    expect(opened.mapping).toMatchObject({ name: 0, idType: 1, idNumber: 2, phone: 3, company: 4, diet: 5, transport: 6 });
    const selection = { importId: opened.importId, target: 'planGuests', planId, mapping: opened.mapping };
    const first = await core.call<Checked>('imports.check', selection);
    expect(first.counts).toMatchObject({ rows: 5, ready: 2, problems: 3, existing: 1 });
    const [zhang, li, wang, zhao, again] = first.rows;
    expect(zhang!.issues).toEqual([]);
    expect(li!.existing).toMatchObject({ personId: known.id, matchedBy: 'phone' });
    expect(wang!.issues).toEqual([{ field: 'idNumber', message: 'id.passport' }]);
    expect(zhao!.issues).toEqual([{ field: 'phone', message: 'phone.invalid' }]);
    expect(again!.issues).toEqual([{ field: 'idNumber', message: 'import.duplicateInFile', row: 2 }]);
    expect((await core.call<Checked>('imports.check', { ...selection, only: 'problems' })).total).toBe(3);

    // Refused while a row has a problem: nothing is written.
    const refused = await core.dispatch('imports.commit', selection);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'rowsWithProblems', problems: 3 } } });
    expect((await guestsOf(planId)).guests).toEqual([]);

    // Two fixed in the preview, the repeat skipped.
    const fixed = { ...selection, edits: [{ index: 2, field: 'idNumber', value: 'E12345678' }, { index: 3, field: 'phone', value: '13600136000' }], skip: [4] };
    expect((await core.call<Checked>('imports.check', fixed)).counts).toMatchObject({ ready: 4, problems: 0, skipped: 1 });
    const before = peopleCount();
    const result = await core.call('imports.commit', fixed);
    expect(result).toEqual({ target: 'planGuests', rows: 5, peopleCreated: 3, peopleReused: 1, guestsAdded: 4, clientsCreated: 0, skipped: 1 });
    expect(peopleCount()).toBe(before + 3);
    const guests = (await guestsOf(planId)).guests;
    expect(guests.map((g) => g.name).sort()).toEqual(['张伟', '李娜', '王芳', '赵敏'].sort());
    expect(guests.find((g) => g.name === '张伟')!.needs).toMatchObject({ diet: '清真', transport: '接机' });
    expect(guests.find((g) => g.name === '李娜')!.personId).toBe(known.id);

    const audit = core.sqlite.prepare("SELECT entity, entity_id, detail FROM audit_log WHERE action = 'data.import'").all() as { entity: string; entity_id: string; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'plan', entity_id: planId });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ importTarget: 'planGuests', fileName: '名单.csv', rows: 5, peopleCreated: 3, guestsAdded: 4, skippedRows: 1, fileHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The import is done with: the same id cannot be committed twice.
    expect(await core.dispatch('imports.commit', fixed)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('leaves a guest already on the plan as they are, and refuses a closed plan', async () => {
    const planId = await makePlan();
    const zhang = await core.call<{ id: string }>('people.create', { name: '张伟', phone: '13800138000' });
    await core.call('plans.setGuests', { planId, guests: [{ personId: zhang.id, needs: { diet: '素食', transport: '', accessibility: '', other: '' } }] });
    const opened = await openCsv([HEADER, ['张伟', '', '', '13800138000', '', '清真', '']], 'planGuests');
    const selection = { importId: opened.importId, target: 'planGuests', planId, mapping: opened.mapping };
    expect((await core.call<Checked>('imports.check', selection)).rows[0]).toMatchObject({ onPlan: true, existing: { personId: zhang.id } });
    expect(await core.call('imports.commit', selection)).toMatchObject({ peopleReused: 1, guestsAdded: 0 });
    expect((await guestsOf(planId)).guests[0]!.needs.diet).toBe('素食');

    await core.call('plans.transition', { id: planId, to: 'cancelled', reason: '客户改期' });
    const again = await openCsv([HEADER, ['王芳', '', '', '13700137000', '', '', '']], 'planGuests');
    const closed = await core.dispatch('imports.check', { importId: again.importId, target: 'planGuests', planId, mapping: again.mapping });
    expect(closed).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'planClosed' } } });
  });

  it('takes two rows that are one person on file (one by phone, one by ID number) as a repeat', async () => {
    const planId = await makePlan();
    const zhang = await core.call<{ id: string }>('people.create', { name: '张伟', phone: '13800138000', idType: 'resident_id', idNumber: ZHANG });
    const opened = await openCsv([HEADER, ['张伟', '', '', '13800138000', '', '', ''], ['张伟', '', ZHANG, '', '', '', '']], 'planGuests');
    const checked = await core.call<Checked>('imports.check', { importId: opened.importId, target: 'planGuests', planId, mapping: opened.mapping });
    expect(checked.rows[0]!.existing).toMatchObject({ personId: zhang.id });
    expect(checked.rows[1]!.issues).toEqual([{ field: 'idNumber', message: 'import.duplicateInFile', row: 2 }]);
  });

  it('checks again at commit: a person registered after the preview is reused, not duplicated', async () => {
    const planId = await makePlan();
    const opened = await openCsv([HEADER, ['张伟', '', ZHANG, '13800138000', '', '', '']], 'planGuests');
    const selection = { importId: opened.importId, target: 'planGuests', planId, mapping: opened.mapping };
    expect((await core.call<Checked>('imports.check', selection)).rows[0]!.existing).toBeNull();
    const meanwhile = await core.call<{ id: string }>('people.create', { name: '张伟', idType: 'resident_id', idNumber: ZHANG });
    expect(await core.call('imports.commit', selection)).toMatchObject({ peopleCreated: 0, peopleReused: 1 });
    expect((await guestsOf(planId)).guests[0]!.personId).toBe(meanwhile.id);
  });
});

describe('the directory', () => {
  it('imports people, refuses a phone on file for someone with another ID number, and skips problem rows when asked', async () => {
    await core.call('people.create', { name: '李娜', phone: '13900139000', idType: 'resident_id', idNumber: residentId('310101', '19851212', '456') });
    const opened = await openCsv(
      [
        ['姓名', '身份证号', '手机', '生日', '邮箱'],
        ['张伟', ZHANG, '13800138000', '1990-03-07', 'zhang@example.cn'],
        ['李四', residentId('440305', '19920101', '789'), '13900139000', '', ''],
        ['王五', '', '', '2990-01-01', 'not-an-email'],
      ],
      'people',
    );
    const selection = { importId: opened.importId, target: 'people', mapping: opened.mapping };
    const checked = await core.call<Checked>('imports.check', selection);
    expect(checked.rows[1]!.issues).toEqual([{ field: 'phone', message: 'import.phoneOfAnother' }]);
    expect(checked.rows[2]!.issues.map((i) => i.field).sort()).toEqual(['birthday', 'email']);
    expect(await core.call('imports.commit', { ...selection, skipProblems: true })).toMatchObject({ peopleCreated: 1, skipped: 2 });
    const people = await core.call<{ items: { name: string; idMasked: string | null }[] }>('people.list', { query: '张伟' });
    expect(people.items).toEqual([expect.objectContaining({ name: '张伟', idMasked: '110***********' + ZHANG.slice(-4) })]);
  });

  it('imports a client directory: one organisation per name with its contacts, an existing client joined, a VIP needing a manager who is a user', async () => {
    const existing = await core.call<{ id: string }>('clients.create', { name: '腾讯' });
    const opened = await openCsv(
      [
        ['客户名称', '行业', '客户等级', '客户经理', '标签', '联系人', '联系人电话'],
        ['华为', '通信', '重要', '', '通信、战略', '张伟', '13800138000'],
        ['华为', '', '', '', '', '李娜', '13900139000'],
        ['腾讯', '', '', '', '', '王芳', '13700137000'],
        ['小米', '', 'VIP', '不存在的人', '', '', ''],
      ],
      'clients',
    );
    const selection = { importId: opened.importId, target: 'clients', mapping: opened.mapping };
    const checked = await core.call<Checked>('imports.check', selection);
    expect(checked.rows[3]!.issues).toEqual([{ field: 'accountManager', message: 'client.vipManager' }]);
    expect(await core.call('imports.commit', { ...selection, skipProblems: true })).toMatchObject({ clientsCreated: 1, peopleCreated: 3, skipped: 1 });
    const list = await core.call<{ items: { id: string; name: string; tier: string; tags: string[]; peopleCount: number }[] }>('clients.list', {});
    expect(list.items.find((c) => c.name === '华为')).toMatchObject({ tier: 'key', tags: ['通信', '战略'], peopleCount: 2 });
    expect(list.items.find((c) => c.id === existing.id)).toMatchObject({ peopleCount: 1 });
    expect(list.items.some((c) => c.name === '小米')).toBe(false);
  });
});

describe('who may import', () => {
  it('is refused to a receptionist, and another user cannot see or commit my upload', async () => {
    const opened = await openCsv([['姓名'], ['张伟']], 'people');
    await core.signInAs('receptionist');
    expect(await core.dispatch('imports.begin', { fileName: 'a.csv', size: 10 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('coordinator');
    expect(await core.dispatch('imports.check', { importId: opened.importId, target: 'people', mapping: opened.mapping })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('holds two uploads per user in memory at most: a third drops the oldest', async () => {
    const begin = () => core.call<{ importId: string }>('imports.begin', { fileName: 'a.csv', size: 4 });
    const [first, second, third] = [await begin(), await begin(), await begin()];
    const chunk = (importId: string) => core.dispatch('imports.chunk', { importId, index: 0, data: Buffer.from('姓名').toString('base64').slice(0, 4) });
    expect(await chunk(first.importId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await chunk(second.importId)).toMatchObject({ ok: true });
    expect(await chunk(third.importId)).toMatchObject({ ok: true });
  });

  it('writes the problem rows as an .xlsx with their reasons', async () => {
    const opened = await openCsv([['姓名', '手机'], ['张伟', '12345'], ['李娜', '13900139000']], 'people');
    const file = await core.call<{ fileId: string; fileName: string; rows: number }>('imports.problems', { importId: opened.importId, target: 'people', mapping: opened.mapping });
    expect(file.rows).toBe(1);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const kept = `${core.dataDir}/exports-personal/${file.fileName}`;
    await book.xlsx.readFile(kept);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe(2);
    expect(JSON.stringify(sheet.getRow(2).values)).toContain('不是有效的电话号码');
    // What was typed (ID numbers, phones) does not stay in the data folder once handed over.
    const delivered = await core.call<{ place: string }>('files.deliver', { fileId: file.fileId });
    expect(readFileSync(delivered.place).length).toBeGreaterThan(0);
    expect(existsSync(kept)).toBe(false);
  });
});
