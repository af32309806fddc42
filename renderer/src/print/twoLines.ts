/**
 * Where a name, a company or a heading breaks when one line would shrink it
 * too far: after 有限公司 / 集团 / 研究院…, at a space, a middle dot or a
 * hyphen, whichever leaves the two halves most even. Chinese may also break
 * between any two characters; a Latin word is split only when it has no space.
 * One rule for badges and the welcome sign alike.
 */

const MIN_PART = 2;
/** A seam or a space is taken while the longer line stays under this share of the whole. */
const EVEN_ENOUGH = 0.62;
const SEAMS = ['股份有限公司', '有限责任公司', '有限公司', '分公司', '公司', '集团', '研究院', '研究所', '大学', '学院', '委员会', '管理局', '局', '厅', '银行', '医院', '中心', '协会', '事务所', '办事处'];
/**
 * Characters printed a full em wide: CJK (with the rarer characters beyond the
 * BMP that some names use, ext. B onwards), Hangul and full-width forms. The
 * `u` flag makes a character outside the BMP one match, not two halves.
 */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/** Printed width in ems, near enough: a Chinese character counts 1, a Latin letter about half. */
export function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.55), 0);
}

/** Code-unit indices a line may end at after a seam word, or before a space, middle dot or after a hyphen. */
function seamPoints(text: string): number[] {
  const points = new Set<number>();
  for (const seam of SEAMS) {
    for (let i = text.indexOf(seam); i >= 0; i = text.indexOf(seam, i + 1)) points.add(i + seam.length);
  }
  for (const m of text.matchAll(/[\s·・]/g)) points.add(m.index);
  for (const m of text.matchAll(/-(?=\S)/g)) points.add(m.index + 1);
  return [...points];
}

/** Between two characters where either is Chinese (never inside a surrogate pair). */
function characterPoints(text: string): number[] {
  const points: number[] = [];
  const chars = [...text];
  let at = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    at += chars[i]!.length;
    if (WIDE.test(chars[i]!) || WIDE.test(chars[i + 1]!)) points.push(at);
  }
  return points;
}

function split(text: string, at: number): [string, string] {
  return [text.slice(0, at).trimEnd(), text.slice(at).replace(/^[\s·・]+/, '')];
}

/** The two lines a text breaks into; `null` when it is too short to break. */
export function twoLines(text: string): [string, string] | null {
  const total = textWidth(text);
  const usable = (p: number) => {
    const [a, b] = split(text, p);
    return [...a].length >= MIN_PART && [...b].length >= MIN_PART;
  };
  const longer = (p: number) => Math.max(...split(text, p).map(textWidth));
  const best = (points: number[]) => points.filter(usable).sort((a, b) => longer(a) - longer(b))[0];
  const seam = best(seamPoints(text));
  if (seam !== undefined && longer(seam) <= total * EVEN_ENOUGH) return split(text, seam);
  const anyPoint = best([...seamPoints(text), ...characterPoints(text)]);
  if (anyPoint !== undefined) return split(text, anyPoint);
  // Latin text without a space: halve it, since two even lines read better than one tiny one.
  const chars = [...text];
  if (chars.length < 2 * MIN_PART) return null;
  const half = chars.slice(0, Math.ceil(chars.length / 2)).join('').length;
  return split(text, half);
}
