import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertItem, insertList, setPlanStatus } from '../helpers/quality-seed';
import { pdfPageSizesMm, pdfText } from './pdf-tools';
import { ADMIN, expect, setClockOffset, setUpDesk, startWebShell, stopWebShell, test, type WebShell } from './web-shell-fixture';

/**
 * The checklist, hand-off and roll-call papers rendered by the real print
 * route in Chromium, saved as PDFs and read back with poppler (Chinese and
 * English). Set QUALITY_PRINT_PNG=<folder> to keep each first page as a PNG.
 */

const A4 = { widthMm: 210, heightMm: 297 };
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function printToPdf(desk: WebShell, channel: string, input: object, png: string): Promise<{ text: string; pages: number; file: string }> {
  const result = await desk.api<{ outcome: string; fileName: string; pages: number }>(channel, { ...input, printerId: 'pdf' });
  expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: true, value: { outcome: 'saved' } });
  const file = join(desk.dataDir, 'prints', result.value.fileName);
  const keep = process.env.QUALITY_PRINT_PNG;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(keep, png)]);
  }
  return { file, pages: result.value.pages, text: pdfText(file).replace(/\s+/g, '') };
}

/** A confirmed plan with two lists of items (seeded in the database: exactly these items, whatever the templates say). */
async function seedPlan(desk: WebShell): Promise<string> {
  const plan = await call(desk, 'plans.create', { title: '华为高管来访', level: 'vip', arrivalAt: `${TODAY}T09:30`, departureAt: `${TODAY}T17:00`, expectedHeadcount: 2 });
  const guest = await call(desk, 'people.create', { name: '张总', phone: '13900000001', company: '华为技术有限公司', confirmNew: true });
  await call(desk, 'plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
  await call(desk, 'plans.setTeam', { planId: plan.id, members: [{ role: 'greeter', customLabel: '', primaryName: '李娜', primaryPhone: '13812345678', backupName: '', backupPhone: '' }] });
  const db = new Database(join(desk.dataDir, 'reception.sqlite3'));
  db.pragma('busy_timeout = 5000');
  try {
    setPlanStatus(db, plan.id, 'in_progress');
    const prep = insertList(db, { planId: plan.id, templateId: null, name: '场地与设备' });
    const safe = insertList(db, { planId: plan.id, templateId: null, name: '安全与保密', position: 1 });
    insertItem(db, { planId: plan.id, listId: prep, text: '投影仪与音响调试', section: '设备', dueAt: `${TODAY}T08:30`, department: 'it', assignee: '周杰', position: 0 });
    insertItem(db, { planId: plan.id, listId: prep, text: '访客无线网络测试', section: '设备', dueAt: `${TODAY}T09:00`, department: 'it', required: false, position: 1 });
    insertItem(db, { planId: plan.id, listId: prep, text: '茶水与水果', section: '茶歇', dueAt: `${TODAY}T09:00`, department: 'catering', status: 'done', tickedAt: `${TODAY}T07:50`, by: '陈静', position: 2 });
    insertItem(db, { planId: plan.id, listId: safe, text: '消防通道畅通', section: '安全', dueAt: `${TODAY}T08:00`, department: 'security', assignee: '陈保安', position: 0 });
    insertItem(db, { planId: plan.id, listId: safe, text: '敏感资料上锁', section: '保密', dueAt: `${TODAY}T08:00`, department: 'reception', note: '会议室白板擦净', position: 1 });
  } finally {
    db.close();
  }
  return plan.id;
}

test('the checklist and the hand-off sheet print as A4 with boxes, due times, departments and who', async ({ desk }) => {
  test.setTimeout(120_000);
  const planId = await seedPlan(desk);

  const sheet = await printToPdf(desk, 'print.checklist', { planId, locale: 'zh-CN' }, 'checklist-zh');
  expect(pdfPageSizesMm(sheet.file)).toEqual([A4]);
  for (const words of ['检查清单', '华为高管来访', '场地与设备', '安全与保密', '投影仪与音响调试', '08:30', '信息技术', '周杰', '必做', '已完成', '消防通道畅通', '安保', '陈保安', '会议室白板擦净', '内部资料', '共5项']) {
    expect(sheet.text, words).toContain(words);
  }
  const sheetEn = await printToPdf(desk, 'print.checklist', { day: TODAY, locale: 'en' }, 'checklist-day-en');
  for (const words of ["Today'sopen", 'Security', 'IT', 'Required', '4items', 'Arrives09:30']) expect(sheetEn.text, words).toContain(words);
  expect(sheetEn.text).not.toContain('茶水与水果');

  const handoff = await printToPdf(desk, 'print.handoff', { planId, department: 'it', locale: 'zh-CN' }, 'handoff-zh');
  expect(pdfPageSizesMm(handoff.file)).toEqual([A4]);
  for (const words of ['信息技术交接单', '华为高管来访', '投影仪与音响调试', '访客无线网络测试', '完成后请交回', '李娜（13812345678）', '负责人签名', '日期', '前台接收人']) {
    expect(handoff.text, words).toContain(words);
  }
  expect(handoff.text).not.toContain('消防通道畅通');
  const handoffEn = await printToPdf(desk, 'print.handoff', { planId, department: 'security', locale: 'en' }, 'handoff-en');
  for (const words of ['Hand-off', 'sheet:Security', 'Whendone,returnto', '李娜(13812345678)', 'Signed(responsible)', '消防通道畅通']) expect(handoffEn.text, words).toContain(words);

  // Printing the sheets marked their items handed off.
  const lists = await desk.api<{ lists: { items: { text: { zh: string }; handedOffAt: string | null }[] }[] }>('checklists.forPlan', { planId });
  if (lists.ok) {
    const handed = lists.value.lists.flatMap((l) => l.items).filter((i) => i.handedOffAt !== null).map((i) => i.text.zh).sort();
    expect(handed).toEqual(['投影仪与音响调试', '消防通道畅通', '访客无线网络测试'].sort());
  }
});

test('the roll call lists everyone on site now, large, with a box each and the total', async ({ desk }) => {
  test.setTimeout(120_000);
  await call(desk, 'quality.saveEmergencyPlan', { planId: null, plan: { contacts: [], assemblyPoint: '东门广场旗杆下', spareRoom: '', spareVehicle: '', procedures: '' } });
  const visitor = { company: '西门子（中国）有限公司', idType: 'resident_id', host: '王芳', purpose: '商务洽谈', privacyAck: true };
  const names = ['赵一', '钱二', '孙三', '李四', 'Hans Müller', '周六'];
  const badges: string[] = [];
  for (const [i, name] of names.entries()) badges.push((await call<{ badgeNo: string }>(desk, 'visits.checkIn', { ...visitor, name, phone: `1380000000${i}` })).badgeNo);
  const gone = await call(desk, 'visits.checkIn', { ...visitor, name: '已签离', phone: '13900000009' });
  await call(desk, 'visits.checkOut', { visitId: gone.id });

  const zh = await printToPdf(desk, 'print.rollCall', { locale: 'zh-CN' }, 'roll-call-zh');
  expect(pdfPageSizesMm(zh.file)).toEqual([A4]);
  for (const words of ['紧急点名表', '在场6人', '集合点：东门广场旗杆下', '打印时间', ...names.flatMap((n) => n.split(' ')), ...badges, '王芳', '西门子（中国）']) {
    expect(zh.text, words).toContain(words);
  }
  expect(zh.text).not.toContain('已签离');
  const en = await printToPdf(desk, 'print.rollCall', { locale: 'en' }, 'roll-call-en');
  for (const words of ['Rollcall', '6peopleonsite', 'Assemblypoint:东门广场旗杆下', 'Printed', ...badges]) expect(en.text, words).toContain(words);
  const log = await desk.api<{ entries: { detail: { onSite: number } }[] }>('audit.list', { action: 'visit.rollCall' });
  expect(log.value.entries.map((e) => e.detail.onSite)).toEqual([6, 6]);
});

/** A device id whose desk code is WWW (main/services/visits/badge-number.ts): the widest three letters a badge number can hold. */
const WIDEST_DESK = 'a86f9115-8dfc-4c14-bb28-ee3b4f379062';
const DAY_MS = 24 * 60 * 60 * 1000;

test('the roll call prints the widest badge numbers whole, and the day of someone on site since yesterday', async () => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
  const clockFile = join(dataDir, '..', `clock-${Date.now()}`);
  // Set up, then become the desk whose code is WWW (a used folder is never started without its database).
  const first = await startWebShell(dataDir);
  const recovery = await setUpDesk(first.shell);
  expect(await stopWebShell(first.child)).toBe(0);
  writeFileSync(join(dataDir, 'device-id'), WIDEST_DESK);
  setClockOffset(clockFile, -DAY_MS);
  const { shell: desk, child, stderr } = await startWebShell(dataDir, { clockFile });
  try {
    await call(desk, 'session.unseal', { passphrase: recovery });
    await call(desk, 'session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const visitor = { company: '西门子（中国）有限公司', idType: 'resident_id', host: '王芳', purpose: '商务洽谈', privacyAck: true };
    const overnight = await call<{ badgeNo: string }>(desk, 'visits.checkIn', { ...visitor, name: '夜班工程师', phone: '13800000001' });
    // A day later the idle desk has locked itself: the receptionist signs in again.
    setClockOffset(clockFile, 0);
    await call(desk, 'session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const today = await call<{ badgeNo: string }>(desk, 'visits.checkIn', { ...visitor, name: '欧阳娜娜', phone: '13800000002' });
    expect(overnight.badgeNo).toMatch(/^V\d{6}WWW0001$/);
    expect(today.badgeNo).toMatch(/^V\d{6}WWW0001$/);

    const texts: Record<string, string> = {};
    for (const locale of ['zh-CN', 'en'] as const) {
      texts[locale] = (await printToPdf(desk, 'print.rollCall', { locale }, `roll-call-widest-${locale}`)).text;
      for (const words of [overnight.badgeNo, today.badgeNo, '夜班工程师', '欧阳娜娜']) expect(texts[locale], `${locale} ${words}`).toContain(words);
    }
    // The overnight visitor's arrival shows its date; the log names no text that ran past its place.
    const yesterday = new Date(Date.now() - DAY_MS);
    expect(texts['zh-CN']).toContain(`${yesterday.getMonth() + 1}月${yesterday.getDate()}日`);
    expect((await stderr()).split('\n').filter((line) => line.includes('[print]'))).toEqual([]);
  } finally {
    expect(await stopWebShell(child)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(clockFile, { force: true });
  }
});
