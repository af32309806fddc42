import { join } from 'node:path';
import { expect, test } from './web-shell-fixture';
import { pdfPageSizesMm, pdfText } from './pdf-tools';

type Call = (name: string, input: unknown) => Promise<{ ok: boolean; value: Record<string, unknown> }>;

/** Every badge stock, rendered by the real print route in Chromium, at its exact page size. */
test('each layout prints at its exact size with the right page count', async ({ desk }) => {
  const call: Call = (name, input) => desk.api(name, input);
  const names = ['欧阳娜娜', 'Alexandra Müller-Lüdenscheidt', '王伟', '李静', '张敏', '刘洋', '陈杰', '杨帆', '赵磊', '黄丽', '周强'];
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const res = await call('visits.checkIn', { name, company: '北京字节跳动科技有限公司', phone: `1380013800${i}`.slice(0, 11), host: '李娜', privacyAck: true });
    expect(res.ok).toBe(true);
    ids.push(res.value.id as string);
  }
  const layouts: [string, number, number, number][] = [
    ['label-89x36', 89, 36, 11],
    ['label-62x100', 62, 100, 11],
    ['label-101x54', 101, 54, 11],
    ['a4-2x5', 210, 297, 2],
    ['a4-2x4', 210, 297, 2],
  ];
  for (const [layoutId, widthMm, heightMm, pages] of layouts) {
    const res = await call('print.badges', { visitIds: ids, layoutId, printerId: 'pdf', locale: 'zh-CN', confirmReprint: true });
    expect(res, layoutId).toMatchObject({ ok: true, value: { outcome: 'saved', pages } });
    const file = join(desk.dataDir, 'prints', res.value.fileName as string);
    expect(pdfPageSizesMm(file)).toEqual(Array.from({ length: pages }, () => ({ widthMm, heightMm })));
    const text = pdfText(file);
    for (const name of ['欧阳娜娜', '周强']) expect(text, `${layoutId} shows ${name}`).toContain(name);
  }
});
