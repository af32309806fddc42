/**
 * How names become pinyin search keys, and how what is typed meets them. One
 * fold for both sides, so a key and a query always agree:
 * - lower case, accents off: ü (as pinyin-pro writes 吕 lü) → u;
 * - v → u: Chinese IMEs type ü as v (吕 lv, 女 nv, 绿 lv), and many people type u.
 * So 吕小军 is keyed `luxiaojun` / `lxj` and found by lvxiaojun, luxiaojun,
 * lüxiaojun or lxj. (路 lu and 吕 lü then share a key: for finding a person,
 * offering both is what an IME does too.)
 */
export function foldSearchText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/v/g, 'u');
}

/**
 * Bumped whenever the keys' rule changes, so stored keys are made again once at
 * start (main/core/data-migrations.ts). 1: ü kept as u, v folded to u.
 */
export const SEARCH_KEYS_VERSION = 1;

export interface NameKeys {
  /** Full pinyin, no spaces, folded: 张伟 → zhangwei, 吕小军 → luxiaojun. */
  full: string;
  /** First letters: 张伟 → zw. */
  initials: string;
}

/** Keys from the syllables a pinyin reader gave (Latin words pass through as they are). */
export function keysFromSyllables(syllables: readonly string[]): NameKeys {
  const folded = syllables
    .flatMap((s) => s.split(/\s+/))
    .map((s) => foldSearchText(s).replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { full: folded.join(''), initials: folded.map((s) => s[0]).join('') };
}

/** What a typed query is as pinyin letters (spaces out, folded), or null when it is not letters. */
export function pinyinQuery(query: string, allowDigits = false): string | null {
  const letters = foldSearchText(query).replace(/\s+/g, '');
  return (allowDigits ? /^[a-z0-9]+$/ : /^[a-z]+$/).test(letters) ? letters : null;
}
