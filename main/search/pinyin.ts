import { pinyinPro } from '../files/heavy-modules';
import { keysFromSyllables, type NameKeys } from '../../contract/search-keys';

export type { NameKeys };

/**
 * Search keys for a personal name. `surname: 'head'` reads the first character as
 * a surname, so 曾 is zeng and 单 is shan (see TOOLCHAIN.md). Latin letters pass
 * through, so "Anna Li" is searchable as "annali" and "al". ü is kept (folded to
 * u, see contract/search-keys.ts), so 吕小军 is luxiaojun, not lxiaojun.
 */
export function nameKeys(name: string): NameKeys {
  return keysFromSyllables(pinyinPro().pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' }));
}

/**
 * Search keys for an organization's name: read as ordinary words (no surname
 * rule), so 重庆 is chongqing and 银行 is yinhang.
 */
export function orgKeys(name: string): NameKeys {
  return keysFromSyllables(pinyinPro().pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }));
}

/**
 * The readings a person's name is found by: the surname reading first (单 shan,
 * 曾 zeng), then the everyday reading when it differs (单 dan, 曾 ceng), since a
 * receptionist who does not know the rare reading types the common one.
 */
export function nameReadings(name: string, surnameKeys: NameKeys = nameKeys(name)): NameKeys[] {
  const alternative = everydayReading(name, surnameKeys);
  return alternative ? [surnameKeys, alternative] : [surnameKeys];
}

/** Per first character: its surname and everyday readings, when they differ (单 shan/dan), else null. */
const surnameReadings = new Map<string, { surname: NameKeys; plain: NameKeys } | null>();

/**
 * Only the surname is read differently as a surname, so the everyday reading of
 * a name is its surname keys with the first syllable swapped. Worked out once
 * per first character: re-reading every name would double the cost of indexing.
 */
function everydayReading(name: string, keys: NameKeys): NameKeys | null {
  const first = Array.from(name.trim())[0] ?? '';
  if (!surnameReadings.has(first)) {
    const surname = nameKeys(first);
    const plain = orgKeys(first);
    surnameReadings.set(first, surname.full === plain.full ? null : { surname, plain });
  }
  const readings = surnameReadings.get(first);
  if (!readings || !keys.full.startsWith(readings.surname.full)) return null;
  return {
    full: readings.plain.full + keys.full.slice(readings.surname.full.length),
    initials: readings.plain.initials + keys.initials.slice(readings.surname.initials.length),
  };
}

/** Keys of a run of Chinese characters typed in a query; at the start of a name it is read as a surname. */
export function hanKeys(run: string, atStart: boolean): NameKeys {
  return atStart ? nameKeys(run) : orgKeys(run);
}
