import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './web-shell-fixture';
import { artifact } from './ui-helpers';
import { pdfPageSizesMm } from './pdf-tools';

const PT_PER_MM = 72 / 25.4;

/** The longest entries the forms accept, and the shortest names. */
const LONG_SITE = '北京市朝阳区建国路八十八号现代城国际大厦A座二十八层总部前台接待中心';
/** The header names the host organisation once it is set (the longest the form accepts). */
const LONG_ORG = 'Galaxy Technology Group (Greater China) Holdings Company Ltd';
const VISITORS = [
  { name: 'Maximilian Alexander Featherstonehaugh-Wy'.slice(0, 40), company: 'International Business Machines Corporation Greater China Regional Headquarters Ltd', host: 'Alexandra Müller-Lüdenscheidt von Hohenzollern' },
  { name: '爱新觉罗·溥仪皇帝陛下的第十二代远房表弟', company: '中国石油天然气股份有限公司北京昌平区分公司华北地区销售中心第三营业部客户服务站', host: '欧阳娜娜' },
  { name: '王伟', company: '', host: '张敏' },
  { name: 'Li', company: 'IBM', host: 'Tom' },
];
/** Layouts as main defines them: page, badge size, grid. */
const LAYOUTS = [
  { id: 'label-89x36', page: [89, 36], badge: [89, 36], grid: [1, 1] },
  { id: 'label-62x100', page: [62, 100], badge: [62, 100], grid: [1, 1] },
  { id: 'label-101x54', page: [101, 54], badge: [101, 54], grid: [1, 1] },
  { id: 'a4-2x5', page: [210, 297], badge: [90, 54], grid: [2, 5] },
  { id: 'a4-2x4', page: [210, 297], badge: [90, 65], grid: [2, 4] },
] as const;

interface Word {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: i,
      word: m[5]!.replaceAll('&amp;', '&'),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  );
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Whether `value` is printed whole among a badge's words. Poppler's reading
 * order mixes lines of different sizes (a two-line header beside "访客 VISITOR"),
 * so the value is matched word by word, in any order: each next piece of it is
 * a whole word, or the rest of it lies inside one.
 */
function printedWhole(value: string, words: string[]): boolean {
  const unused = [...words];
  let rest = squeeze(value);
  while (rest) {
    if (unused.some((w) => w.includes(rest))) return true;
    const next = unused.filter((w) => w && rest.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (!next) return false;
    unused.splice(unused.indexOf(next), 1);
    rest = rest.slice(next.length);
  }
  return true;
}

/**
 * Every badge stock, in both languages, with the longest names, companies and
 * site name the forms accept and the shortest names: on each badge the whole
 * text is printed (no ellipsis, nothing dropped) and every word lies inside
 * the badge's own box.
 */
test('every layout prints long and short names, companies and the header whole, inside the badge', async ({ desk }) => {
  test.setTimeout(180_000);
  expect(await desk.api('settings.update', { siteName: LONG_SITE })).toMatchObject({ ok: true });
  const ids: string[] = [];
  for (const [i, v] of VISITORS.entries()) {
    const res = await desk.api<{ id: string }>('visits.checkIn', { ...v, phone: `1390013900${i}`, privacyAck: true });
    expect(res, v.name).toMatchObject({ ok: true });
    ids.push(res.value.id);
  }
  const pngDir = artifact('badge-fit');
  mkdirSync(pngDir, { recursive: true });
  for (const locale of ['zh-CN', 'en'] as const) {
    // In Chinese the header shows the site's name (no organisation yet), in English the organisation's.
    if (locale === 'en') expect(await desk.api('settings.update', { orgName: LONG_ORG })).toMatchObject({ ok: true });
    const header = locale === 'en' ? LONG_ORG : LONG_SITE;
    for (const layout of LAYOUTS) {
      const res = await desk.api<{ fileName: string }>('print.badges', { visitIds: ids, layoutId: layout.id, printerId: 'pdf', locale, confirmReprint: true });
      expect(res, `${layout.id} ${locale}`).toMatchObject({ ok: true });
      const file = join(desk.dataDir, 'prints', res.value.fileName);
      const [pw, ph] = layout.page;
      const [bw, bh] = layout.badge;
      const [cols, rows] = layout.grid;
      const perPage = cols * rows;
      expect(pdfPageSizesMm(file)[0]).toEqual({ widthMm: pw, heightMm: ph });
      execFileSync('pdftoppm', ['-png', '-r', '110', file, join(pngDir, `${layout.id}-${locale}`)]);
      const all = words(file);
      // The badge cells, centred on the page as BadgePages lays them out.
      const left = ((pw - cols * bw) / 2) * PT_PER_MM;
      const top = ((ph - rows * bh) / 2) * PT_PER_MM;
      const cellOf = (i: number) => {
        const slot = i % perPage;
        const x = left + (slot % cols) * bw * PT_PER_MM;
        const y = top + Math.floor(slot / cols) * bh * PT_PER_MM;
        return { page: Math.floor(i / perPage), x0: x, y0: y, x1: x + bw * PT_PER_MM, y1: y + bh * PT_PER_MM };
      };
      const cells = VISITORS.map((_, i) => cellOf(i));
      const EPS = 0.5;
      for (const w of all) {
        // Across, poppler's boxes are the glyphs' advance; up and down they are the font's whole box (far taller than
        // the ink for CJK fonts), so a line counts as inside when its middle is.
        const middle = (w.yMin + w.yMax) / 2;
        const inside = cells.some((c) => c.page === w.page && w.xMin >= c.x0 - EPS && w.xMax <= c.x1 + EPS && middle > c.y0 && middle < c.y1);
        expect(inside, `${layout.id} ${locale}: "${w.word}" runs outside its badge (${w.xMin.toFixed(1)},${w.yMin.toFixed(1)})-(${w.xMax.toFixed(1)},${w.yMax.toFixed(1)})`).toBe(true);
        expect(w.word, `${layout.id} ${locale}: an ellipsis stands for cut text`).not.toMatch(/…|\.\.\./);
      }
      for (const [i, v] of VISITORS.entries()) {
        const c = cells[i]!;
        const mine = all.filter((w) => w.page === c.page && (w.xMin + w.xMax) / 2 > c.x0 && (w.xMin + w.xMax) / 2 < c.x1 && (w.yMin + w.yMax) / 2 > c.y0 && (w.yMin + w.yMax) / 2 < c.y1);
        const text = mine.map((w) => w.word);
        for (const [what, value] of [['name', v.name], ['company', v.company], ['host', v.host], ['header', header]] as const) {
          expect(printedWhole(value, text), `${layout.id} ${locale} badge ${i + 1}: the whole ${what} in ${text.join(' ')}`).toBe(true);
        }
      }
    }
  }
});
