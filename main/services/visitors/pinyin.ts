import { pinyin } from 'pinyin-pro';

export interface NameKeys {
  /** Toneless full pinyin, no spaces, lower case: 张伟 → zhangwei. */
  full: string;
  /** First letters: 张伟 → zw. */
  initials: string;
}

/**
 * Search keys for a personal name. `surname: 'head'` reads the first character as
 * a surname, so 曾 is zeng and 单 is shan (see TOOLCHAIN.md). Latin letters pass
 * through, so "Anna Li" is searchable as "annali" and "al".
 */
export function nameKeys(name: string): NameKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .flatMap((s) => s.split(/\s+/))
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/**
 * Search keys for an organization's name: read as ordinary words (no surname
 * rule), so 重庆 is chongqing and 银行 is yinhang.
 */
export function orgKeys(name: string): NameKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .flatMap((s) => s.split(/\s+/))
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
