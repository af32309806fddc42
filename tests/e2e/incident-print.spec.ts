import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPageSizesMm, pdfText } from './pdf-tools';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * The incident report rendered by the real print route in Chromium, saved as
 * a PDF and read back with poppler, in Chinese and in English. Set
 * INCIDENT_PRINT_PNG=<folder> to keep each page as a PNG.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function printToPdf(desk: WebShell, id: string, locale: 'zh-CN' | 'en'): Promise<{ text: string; pages: number; file: string }> {
  const result = await desk.api<{ outcome: string; fileName: string; pages: number }>('print.incident', { id, locale, printerId: 'pdf' });
  expect(result).toMatchObject({ ok: true, value: { outcome: 'saved' } });
  const file = join(desk.dataDir, 'prints', result.value.fileName);
  const keep = process.env.INCIDENT_PRINT_PNG;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', file, join(keep, `incident-${locale}`)]);
  }
  return { file, pages: result.value.pages, text: pdfText(file).replace(/\s+/g, '') };
}

test('an incident report prints on A4 in both languages, with its timeline and call-back', async ({ desk }) => {
  const admin = (await call<{ user: { id: string } }>(desk, 'session.status', {})).user.id;
  const client = await call(desk, 'clients.create', { name: '华为技术有限公司', tier: 'vip', accountManagerUserId: admin });
  const incident = await call(desk, 'incidents.record', {
    category: 'complaint',
    title: '会议室空调不制冷，客户等候过久',
    description: '华为来访团在三号会议室等候二十分钟，空调不制冷。\n客户当场表示不满。',
    clientId: client.id,
    contactName: '陈先生',
    contactPhone: '13800138000',
  });
  await call(desk, 'incidents.classify', { id: incident.id, category: 'equipment', tier: 'urgent', note: '设备故障，升为紧急' });
  await call(desk, 'incidents.dispatch', { id: incident.id, ownerUserId: admin, note: '请行政部跟进' });
  await call(desk, 'incidents.logContact', { id: incident.id, channel: 'phone', text: '已致电陈先生说明处理进度' });
  const resolved = await call<{ callBacks: { id: string }[] }>(desk, 'incidents.resolve', { id: incident.id, resolution: '更换空调滤网并为客户换到一号会议室', rootCause: 'facility', rootCauseNote: '滤网半年未清洗' });
  await call(desk, 'incidents.logCallBack', { callBackId: resolved.callBacks[0]!.id, reached: true, score: 4, comment: '客户表示满意' });

  const zh = await printToPdf(desk, incident.id, 'zh-CN');
  expect(pdfPageSizesMm(zh.file).every((p) => p.widthMm === 210 && p.heightMm === 297)).toBe(true);
  for (const words of ['问题处理报告', '会议室空调不制冷', '设备故障', '紧急', '已解决', '华为技术有限公司', '陈先生', '更换空调滤网', '设施设备', '处理经过', '联系访客（电话）', '回访记录', '已回访', '4/5', '内部资料']) {
    expect(zh.text, words).toContain(words);
  }
  const en = await printToPdf(desk, incident.id, 'en');
  for (const words of ['Incidentreport', 'Equipment', 'Urgent', 'Resolved', 'Facilities', 'Howitwashandled', 'Visitorkeptinformed(Phone)', 'Call-backs', 'Called', '4/5']) {
    expect(en.text, words).toContain(words);
  }
  expect(en.pages).toBeGreaterThanOrEqual(1);
});
