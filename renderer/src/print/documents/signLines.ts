/**
 * A welcome sign's name on one line while it stays large, else on two lines
 * broken where the name has a seam: after 有限公司 / 集团 / 研究院…, or at a
 * space, whichever leaves the two halves most even.
 */

/** Past this width (a Chinese character counts 1, a Latin letter about half) one line would shrink too far. */
const ONE_LINE_MAX = 16;
const MIN_PART = 4;
const SEAMS = ['股份有限公司', '有限责任公司', '有限公司', '分公司', '公司', '集团', '研究院', '研究所', '大学', '学院', '委员会', '管理局', '局', '厅', '银行', '医院', '中心', '协会', '事务所', '办事处'];

function width(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0);
}

/** Indices a line may end at: after a seam word, or before a space or a middle dot. */
function breakPoints(name: string): number[] {
  const points = new Set<number>();
  for (const seam of SEAMS) {
    for (let i = name.indexOf(seam); i >= 0; i = name.indexOf(seam, i + 1)) points.add(i + seam.length);
  }
  for (const m of name.matchAll(/[\s·]/g)) points.add(m.index);
  return [...points].filter((p) => p >= MIN_PART && name.length - p >= MIN_PART);
}

export function signLines(name: string): string[] {
  if (width(name) <= ONE_LINE_MAX) return [name];
  const total = width(name);
  const unevenness = (p: number) => Math.abs(width(name.slice(0, p)) - total / 2);
  const best = breakPoints(name).sort((a, b) => unevenness(a) - unevenness(b))[0];
  // No seam: halve it, since two even lines read better than one tiny one.
  const at = best ?? Math.ceil(name.length / 2);
  return [name.slice(0, at).trim(), name.slice(at).replace(/^[\s·]+/, '')];
}
