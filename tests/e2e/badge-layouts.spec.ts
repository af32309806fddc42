import { join } from 'node:path';
import { expect, test } from './web-shell-fixture';
import { pdfPageSizesMm, pdfText, pdfWordBoxes, type WordBox } from './pdf-tools';

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

/** The printer profile's calibration offsets move everything on the badge by exactly that much, in the PDF Chromium renders. */
test("a printer profile's offsets shift the printed badge by that many millimetres", async ({ desk }) => {
  const PT_PER_MM = 72 / 25.4;
  const checkIn = await desk.api<{ id: string; badgeNo: string }>('visits.checkIn', { name: 'Alexandra Weber', company: 'Siemens AG', phone: '13800138000', host: '李娜', privacyAck: true });
  expect(checkIn.ok).toBe(true);
  const print = async (confirmReprint: boolean) => {
    const res = await desk.api<{ fileName: string }>('print.badges', { visitIds: [checkIn.value.id], layoutId: 'label-101x54', printerId: 'pdf', locale: 'en', confirmReprint });
    expect(res).toMatchObject({ ok: true, value: { outcome: 'saved', pages: 1 } });
    const file = join(desk.dataDir, 'prints', res.value.fileName);
    expect(pdfPageSizesMm(file)).toEqual([{ widthMm: 101, heightMm: 54 }]);
    return pdfWordBoxes(file);
  };
  const place = (boxes: WordBox[], word: string) => {
    const found = boxes.filter((b) => b.word === word);
    expect(found, `"${word}" once on the badge`).toHaveLength(1);
    return found[0]!;
  };

  const setProfile = (offsetXMm: number, offsetYMm: number) =>
    desk.api('settings.update', { printerProfile: { printerId: 'pdf', profile: { layoutId: 'label-101x54', offsetXMm, offsetYMm } } });
  expect(await setProfile(0, 0)).toMatchObject({ ok: true });
  const straight = await print(false);
  // Small enough that nothing at the label's edge (the QR code and its number sit near the right one) is shifted off the page.
  expect(await setProfile(3, -3)).toMatchObject({ ok: true });
  const shifted = await print(true);

  // 3 mm to the right, 3 mm up (poppler measures y downwards from the top), for every word alike.
  for (const word of ['Alexandra', 'Weber', 'Siemens', checkIn.value.badgeNo]) {
    const a = place(straight, word);
    const b = place(shifted, word);
    expect(b.xMin - a.xMin, `${word} x`).toBeCloseTo(3 * PT_PER_MM, 1);
    expect(b.yMin - a.yMin, `${word} y`).toBeCloseTo(-3 * PT_PER_MM, 1);
  }
});
