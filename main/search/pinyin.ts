import { pinyin } from 'pinyin-pro';
import { keysFromSyllables, type NameKeys } from '../../contract/search-keys';

export type { NameKeys };

/**
 * Search keys for a personal name. `surname: 'head'` reads the first character as
 * a surname, so 曾 is zeng and 单 is shan (see TOOLCHAIN.md). Latin letters pass
 * through, so "Anna Li" is searchable as "annali" and "al". ü is kept (folded to
 * u, see contract/search-keys.ts), so 吕小军 is luxiaojun, not lxiaojun.
 */
export function nameKeys(name: string): NameKeys {
  return keysFromSyllables(pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' }));
}

/**
 * Search keys for an organization's name: read as ordinary words (no surname
 * rule), so 重庆 is chongqing and 银行 is yinhang.
 */
export function orgKeys(name: string): NameKeys {
  return keysFromSyllables(pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }));
}
