import { useEffect, useState } from 'react';
import { foldSearchText, keysFromSyllables } from '../../../../contract/search-keys';
import type { ArrivalGroup, ArrivalGuest } from './arrivalGroups';

type PinyinFn = typeof import('pinyin-pro').pinyin;

/** Loaded on first use: its dictionary is large and only this panel needs it in the renderer. */
let pinyinFn: PinyinFn | null = null;
let loading: Promise<void> | null = null;

export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then(
    (m) => void (pinyinFn = m.pinyin),
    () => undefined, // Without it, names still match by their characters.
  );
  return loading;
}

/** True once pinyin matching is available; re-renders the caller when it becomes so. */
export function usePinyinReady(): boolean {
  const [ready, setReady] = useState(pinyinFn !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadPinyin().then(() => live && setReady(pinyinFn !== null));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

/** Folded as main folds its keys, so lv, lu and lü all find 吕 here too. */
const compact = (s: string) => foldSearchText(s).replace(/\s+/g, '');

/**
 * Full pinyin and initials of a name, read the way main reads it (first
 * character as a surname, so 曾 is zeng): 张伟 → zhangwei, zw.
 */
function pinyinKeys(name: string): string[] {
  if (!pinyinFn || !/[\u4e00-\u9fff]/.test(name)) return [];
  const keys = keysFromSyllables(pinyinFn(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' }));
  return [keys.full, keys.initials];
}

const keyCache = new Map<string, string[]>();

/** Everything a receptionist may type to find a guest: name (characters, pinyin, initials), company, title. */
function guestKeys(guest: ArrivalGuest, byPinyin: boolean): string[] {
  const cacheKey = `${byPinyin ? 'p' : 'c'}|${guest.name}|${guest.company}|${guest.title}`;
  let keys = keyCache.get(cacheKey);
  if (!keys) {
    keys = [compact(guest.name), ...(byPinyin ? pinyinKeys(guest.name) : []), compact(guest.company), compact(guest.title)].filter(Boolean);
    keyCache.set(cacheKey, keys);
  }
  return keys;
}

function groupMatches(group: ArrivalGroup, query: string): boolean {
  return [group.title, group.clientName ?? ''].some((s) => s && compact(s).includes(query));
}

function guestMatches(guest: ArrivalGuest, query: string, byPinyin: boolean): boolean {
  const digits = query.replace(/\D/g, '');
  if (digits.length >= 3 && digits === query && guest.phone.replace(/\D/g, '').includes(digits)) return true;
  return guestKeys(guest, byPinyin).some((k) => k.includes(query));
}

/** A group as shown: the whole group (its header counts everyone) and the guests that match. */
export interface VisibleGroup {
  group: ArrivalGroup;
  guests: ArrivalGuest[];
}

/**
 * The groups with only the guests who match; a group matched by its plan
 * title or client keeps all its guests.
 */
export function filterGroups(groups: ArrivalGroup[], rawQuery: string, byPinyin: boolean): VisibleGroup[] {
  const query = compact(rawQuery);
  return groups
    .map((group) => ({
      group,
      guests: !query || groupMatches(group, query) ? group.guests : group.guests.filter((guest) => guestMatches(guest, query, byPinyin)),
    }))
    .filter((v) => v.guests.length > 0);
}
