/*
 * PDFs printed by Chromium (the app's own printouts, and most made in a
 * browser) name some CJK glyphs by their radical code points in the
 * ToUnicode map, because CJK fonts draw 日 and the Kangxi radical ⽇ with one
 * glyph: extracted text then reads 接待⽇期 and 第⼆⻚, which no search for
 * 日期 or 二页 finds. Kangxi radicals (U+2F00–U+2FDF) have compatibility
 * decompositions (NFKC) to the ideograph; the CJK Radicals Supplement
 * (U+2E80–U+2EFF) has none, so its forms that are also everyday simplified
 * characters are mapped here (after Unicode's EquivalentUnifiedIdeograph.txt).
 * Only these two blocks change: full-width punctuation and digits stay as written.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺅': '亻',
  '⺆': '冂',
  '⺊': '卜',
  '⺎': '兀',
  '⺕': '彐',
  '⺖': '忄',
  '⺘': '扌',
  '⺙': '攵',
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺣': '灬',
  '⺨': '犭',
  '⺩': '王',
  '⺭': '礻',
  '⺹': '耂',
  '⺾': '艹',
  '⻂': '衤',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻌': '辶',
  '⻍': '辶',
  '⻐': '钅',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻠': '饣',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}
