import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DayScheduleJob, GuestItineraryJob, PrintJobPayload, TeamItineraryJob, WelcomeSignJob } from '../../contract/print';
import type { ServiceContext } from '../../main/core/context';
import { PrintJobStore } from '../../main/print/job-store';
import { readPrintJob } from '../../main/services/print/print-job';
import { seedBusyDay, seedResources, seedVipVisit, VIP_DAY, type Call } from '../e2e/plan-print-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Plan printouts on a real database. Only the print engine is a stand-in; it
 * reads each job through `print.job` while "rendering", as the print route
 * does, so the payload checked here is exactly what reaches the paper.
 */
let core: TestCore;
let payloads: PrintJobPayload[];
let res: Awaited<ReturnType<typeof seedResources>>;
let vipId: string;

beforeEach(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-27T16:45:00') });
  payloads = [];
  const render = core.engine.renderPdf.bind(core.engine);
  core.engine.renderPdf = async (jobId, page) => {
    const job = await core.dispatch('print.job', { jobId });
    if (!job.ok) throw new Error(`print.job failed: ${JSON.stringify(job.error)}`);
    payloads.push(job.value as PrintJobPayload);
    return render(jobId, page);
  };
  const call = core.call as Call;
  res = await seedResources(call);
  vipId = await seedVipVisit(call, res);
});
afterEach(() => core.cleanup());

const printPlan = (input: object) => core.dispatch('print.planDocument', { planId: vipId, locale: 'zh-CN', printerId: 'pdf', ...input });

function printAudit(): { actor: string; entity: string; entity_id: string | null; detail: Record<string, unknown> }[] {
  const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
  const rows = db.prepare("SELECT actor, entity, entity_id, detail FROM audit_log WHERE action = 'plan.print' ORDER BY seq").all() as { actor: string; entity: string; entity_id: string | null; detail: string }[];
  db.close();
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

const savedPrints = () => (existsSync(join(core.dataDir, 'prints')) ? readdirSync(join(core.dataDir, 'prints')) : []);

/** Staff phones of the VIP team (see plan-print-seed.ts); only the greeter's may reach the guests. */
const GREETER_PHONE = '13812345678';
const OTHER_STAFF_PHONES = ['13912345678', '13700001111', '13700002222', '0755-12345678-123456', '13500004444', '13500005555', '13300006666'];

describe("the guests' itinerary", () => {
  it('holds the programme and the greeter as contact, and nothing internal', async () => {
    const result = await printPlan({ document: 'itinerary', audience: 'guests' });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved', pages: 1 } });
    expect(core.engine.rendered).toEqual([{ widthMm: 210, heightMm: 297 }]);
    const job = payloads[0] as GuestItineraryJob;
    expect(job).toMatchObject({
      kind: 'itinerary',
      audience: 'guests',
      locale: 'zh-CN',
      siteName: '测试园区',
      hostName: '测试园区',
      hostLogo: null,
      printedAt: '2026-11-27T16:45',
      visit: { title: '东方电气集团高层考察交流', clientName: '中国东方电气集团有限公司', arrivalAt: `${VIP_DAY}T09:30`, headcount: 12 },
      leadGuest: { name: '王建国', title: '董事长' },
      contact: { name: '李娜', phone: GREETER_PHONE },
      meetingPoint: '一号楼贵宾室',
    });
    expect(job.items).toHaveLength(11);
    expect(job.items[0]).toEqual({ startsAt: `${VIP_DAY}T09:30`, endsAt: `${VIP_DAY}T10:00`, activity: '抵达接待，贵宾室茶歇', place: '一号楼贵宾室' });
    const text = JSON.stringify(job);
    for (const phone of OTHER_STAFF_PHONES) expect(text).not.toContain(phone);
    // No notes, no responsible staff, no guest phones or ID numbers, no plan notes or status.
    for (const secret of ['提前 15 分钟', '仅限双方高层', '不对外公开', '13901010001', '11010519491231002X', '张伟', 'status', 'notes', 'responsible']) {
      expect(text).not.toContain(secret);
    }
    expect(savedPrints()).toEqual([expect.stringMatching(/^itinerary-guests-东方电气集团高层考察交流-\d{14}\.pdf$/)]);
  });
});

describe("the team's itinerary", () => {
  it('adds status, roles with A/B phones, guests with needs, bookings and open warnings', async () => {
    // One open warning: a thirteenth guest is expected but only twelve are named.
    await core.call('plans.update', { id: vipId, expectedHeadcount: 13 });
    expect(await printPlan({ document: 'itinerary', audience: 'team', locale: 'en' })).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    const job = payloads[0] as TeamItineraryJob;
    expect(job).toMatchObject({ audience: 'team', locale: 'en', visit: { status: 'confirmed', level: 'vip', notes: expect.stringContaining('不对外公开') } });
    expect(job.team).toContainEqual({ role: 'presenter', customLabel: '', primaryName: '张伟', primaryPhone: '13700001111', backupName: '王芳', backupPhone: '13700002222' });
    expect(job.team).toContainEqual(expect.objectContaining({ role: 'custom', customLabel: '翻译', primaryName: '蒋文' }));
    expect(job.items.find((i) => i.activity === '战略合作洽谈')).toMatchObject({ responsible: '张伟', notes: '仅限双方高层' });
    expect(job.guests).toHaveLength(12);
    expect(job.guests[0]).toMatchObject({ name: '王建国', isLead: true, phone: '13901010001', needs: { diet: '不吃辣', transport: '虹桥机场接机' } });
    expect(job.bookings.filter((b) => b.spare).map((b) => b.resourceName).sort()).toEqual(['二楼小会议室', '沪A·77999 别克 GL8']);
    expect(job.bookings.filter((b) => b.kind === 'vehicle')).toHaveLength(4);
    // Besides, the default VIP rules ask a stand-in for every named role and a rehearsal, which this visit lacks.
    expect(job.warnings).toEqual(['headcountMismatch', 'roleWithoutBackup', 'noRehearsal']);
    // Even the team's copy never carries an ID number.
    expect(JSON.stringify(job)).not.toContain('11010519491231002X');
  });

  it('is audited with the document, audience, language and printer', async () => {
    await core.signInAs('receptionist');
    await printPlan({ document: 'itinerary', audience: 'team', locale: 'en' });
    expect(printAudit()).toEqual([
      {
        actor: 'receptionist 用户',
        entity: 'plan',
        entity_id: vipId,
        detail: { title: '东方电气集团高层考察交流', document: 'itinerary', audience: 'team', locale: 'en', printerId: 'pdf', pages: 1 },
      },
    ]);
  });
});

describe('the welcome sign', () => {
  it('is landscape A4 and names the client', async () => {
    expect(await printPlan({ document: 'welcomeSign', printerId: 'Brother-QL-820NWB' })).toMatchObject({ ok: true, value: { outcome: 'printed', fileName: null } });
    expect(core.engine.rendered).toEqual([{ widthMm: 297, heightMm: 210 }]);
    expect(core.engine.printed).toEqual([{ printerId: 'Brother-QL-820NWB', page: { widthMm: 297, heightMm: 210 } }]);
    expect(payloads[0]).toEqual<WelcomeSignJob>({
      kind: 'welcomeSign',
      locale: 'zh-CN',
      siteName: '测试园区',
      hostName: '测试园区',
      hostLogo: null,
      printedAt: '2026-11-27T16:45',
      clientName: '中国东方电气集团有限公司',
      leadGuest: null,
      headcount: 12,
      arrivalAt: `${VIP_DAY}T09:30`,
      departureAt: '2026-11-29T15:00',
    });
    expect(printAudit()[0]!.detail).toMatchObject({ document: 'welcomeSign', audience: null, printerId: 'Brother-QL-820NWB' });
  });

  it('names the lead guest when the plan has no client', async () => {
    const [, , , personal] = await seedBusyDay(core.call as Call, res);
    await core.dispatch('print.planDocument', { planId: personal, document: 'welcomeSign', locale: 'en', printerId: 'pdf' });
    expect(payloads[0]).toMatchObject({ clientName: null, leadGuest: { name: '张国华', title: '华东区域代理商' }, headcount: 1 });
  });
});

describe('the daily schedule', () => {
  it('lists the open visits of the day by arrival, leaving drafts out', async () => {
    await seedBusyDay(core.call as Call, res);
    const draft = await core.call<{ id: string }>('plans.create', { title: '尚未确认的来访', arrivalAt: `${VIP_DAY}T07:00`, departureAt: `${VIP_DAY}T08:00` });
    const result = await core.dispatch('print.daySchedule', { day: VIP_DAY, locale: 'zh-CN', printerId: 'pdf' });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved', visits: 6, fileName: expect.stringMatching(/^day-schedule-2026-11-28-\d{14}\.pdf$/) } });
    const job = payloads[0] as DayScheduleJob;
    expect(job.visits.map((v) => v.meetsAt.slice(11))).toEqual(['08:30', '09:30', '10:00', '13:30', '14:00', '16:00']);
    expect(job.visits.map((v) => v.title)).not.toContain('尚未确认的来访');
    const vip = job.visits[1]!;
    expect(vip).toMatchObject({
      title: '东方电气集团高层考察交流',
      level: 'vip',
      headcount: 12,
      greeter: { primaryName: '李娜', primaryPhone: '13812345678', backupName: '陈静', backupPhone: '13912345678' },
    });
    // Only the day's items and bookings: the second day's are left out.
    expect(vip.items).toHaveLength(7);
    expect(vip.bookings.map((b) => b.startsAt.slice(0, 10))).toEqual(Array(vip.bookings.length).fill(VIP_DAY));
    expect(job.visits.find((v) => v.title === '上海交通大学师生参观')!.headcount).toBe(16);
    expect(printAudit()[0]).toMatchObject({ entity: 'plan', entity_id: null, detail: { document: 'daySchedule', day: VIP_DAY, visits: 6 } });
    // The draft is on that day; it is left out for being a draft.
    expect(await core.call('plans.get', { id: draft.id })).toMatchObject({ status: 'draft', arrivalAt: `${VIP_DAY}T07:00` });
  });

  it('shows a visit that began the day before from its first item that day', async () => {
    await core.dispatch('print.daySchedule', { day: '2026-11-29', locale: 'en', printerId: 'pdf' });
    expect((payloads[0] as DayScheduleJob).visits).toMatchObject([{ meetsAt: '2026-11-29T09:00', items: [{ activity: '战略合作洽谈' }, {}, {}, {}] }]);
  });

  it('refuses a day that is not YYYY-MM-DD or not on the calendar, changing nothing', async () => {
    for (const day of ['28/11/2026', '2026-11-31', '2026-2-3', '', 20261128]) {
      expect(await core.dispatch('print.daySchedule', { day, locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'day' }] },
      });
    }
    expect(printAudit()).toEqual([]);
    expect(core.engine.rendered).toEqual([]);
  });
});

describe('refusals', () => {
  it('a missing plan is NOT_FOUND, printing and logging nothing', async () => {
    const result = await core.dispatch('print.planDocument', { planId: '01a21adb-eb70-749a-827b-d3dcdcce8a20', document: 'welcomeSign', locale: 'zh-CN', printerId: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.engine.rendered).toEqual([]);
    expect(printAudit()).toEqual([]);
    expect(savedPrints()).toEqual([]);
  });

  it('an itinerary needs its audience; an unknown printer is refused before rendering', async () => {
    expect(await printPlan({ document: 'itinerary' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'audience', message: 'required' }] } });
    expect(await printPlan({ document: 'itinerary', audience: 'press' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await printPlan({ document: 'welcomeSign', printerId: 'Nowhere' })).toMatchObject({ ok: false, error: { code: 'PRINTER_UNAVAILABLE' } });
    expect(core.engine.rendered).toEqual([]);
    expect(printAudit()).toEqual([]);
  });
});

describe('who may print and read the job', () => {
  it('every desk role prints plan papers; an auditor reads plans but prints none of them', async () => {
    for (const role of ['receptionist', 'coordinator'] as const) {
      await core.signInAs(role);
      expect(await printPlan({ document: 'itinerary', audience: 'guests' }), role).toMatchObject({ ok: true });
    }
    await core.signInAs('auditor');
    expect(await core.dispatch('plans.get', { id: vipId })).toMatchObject({ ok: true });
    for (const input of [{ document: 'itinerary', audience: 'team' }, { document: 'itinerary', audience: 'guests' }, { document: 'welcomeSign' }] as const) {
      expect(await printPlan(input), input.document).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await core.dispatch('print.daySchedule', { day: '2026-12-10', locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(printAudit().map((a) => a.actor)).toEqual(['receptionist 用户', 'coordinator 用户']);
  });

  it('a job is read only with the permission its kind needs', () => {
    const jobs = new PrintJobStore();
    const badgeJob = jobs.add({
      kind: 'badges',
      locale: 'zh-CN',
      hostName: 's',
      layout: { id: 'label-89x36', kind: 'label', pageWidthMm: 89, pageHeightMm: 36, badgeWidthMm: 89, badgeHeightMm: 36, columns: 1, rows: 1 },
      offsetXMm: 0,
      offsetYMm: 0,
      badges: [],
    });
    const sign = jobs.add({ kind: 'welcomeSign', locale: 'en', siteName: 's', hostName: 's', hostLogo: null, printedAt: '2026-11-27T09:00', clientName: 'c', leadGuest: null, headcount: 2, arrivalAt: null, departureAt: null });
    const as = (role: 'auditor' | 'receptionist') => ({ session: { operatorId: 'x', operatorName: 'x', roles: [role] } }) as unknown as ServiceContext;
    expect(() => readPrintJob(as('auditor'), jobs, sign)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => readPrintJob(as('auditor'), jobs, badgeJob)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(readPrintJob(as('receptionist'), jobs, sign).kind).toBe('welcomeSign');
    expect(readPrintJob(as('receptionist'), jobs, badgeJob).kind).toBe('badges');
    expect(() => readPrintJob(as('receptionist'), jobs, '01a21adb-eb70-749a-827b-d3dcdcce8a20')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
