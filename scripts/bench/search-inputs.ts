import type Database from 'better-sqlite3';
import { pinyin } from 'pinyin-pro';
import type { GeneratedManifest } from './manifest';

/** A kind of query a receptionist types, one keystroke at a time. */
export type QueryClass = 'name' | 'pinyin' | 'initials' | 'mixed' | 'phone' | 'company' | 'client' | 'clientPinyin' | 'plan';

export interface Keystroke {
  cls: QueryClass;
  /** What the box holds after this keystroke. */
  text: string;
}

/** Every prefix of a word, as typed: 王 → 王伟 → 王伟明; 1 → 13 → 138 …; up to `max` characters. */
export function keystrokes(cls: QueryClass, word: string, max = 12): Keystroke[] {
  const chars = [...word.normalize('NFC')].slice(0, max);
  return chars.map((_, i) => ({ cls, text: chars.slice(0, i + 1).join('') }));
}

/** Toneless pinyin of Chinese characters, ü as v as people type it; a surname read as a surname (曾 zeng). */
export function pinyinOf(hanzi: string): string {
  return pinyin(hanzi, { toneType: 'none', type: 'array', v: true, surname: 'head' }).join('');
}

/** 王伟明 → 王weiming: the surname in characters, the rest in pinyin, as people switch input method mid-name. */
export function mixedOf(name: string): string {
  const [first, ...rest] = [...name];
  return `${first ?? ''}${pinyinOf(rest.join(''))}`;
}

/** `count` values spread evenly over a list (deterministic: the same data gives the same inputs). */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

/** `count` values of one column spread over a table, read once (untimed) before measuring. */
function column(db: Database.Database, sql: string, count: number): string[] {
  const values = (db.prepare(sql).pluck().all() as string[]).filter((v) => v && v.trim());
  return spread(values, count);
}

export type SearchChannel = 'visitors.search' | 'people.list' | 'clients.list' | 'plans.list';

/** What each search box is typed with, per channel and class: words, each typed out key by key. */
export function searchWords(manifest: GeneratedManifest, db: Database.Database, count: number): Record<SearchChannel, Keystroke[][]> {
  const unique = (xs: string[]) => [...new Set(xs)];
  const s = { ...manifest.samples, names: unique(manifest.samples.names), phones: unique(manifest.samples.phones), companies: unique(manifest.samples.companies) };
  const names = spread(s.names, count);
  // Switching input method mid-name starts from Chinese characters: names written in Latin letters have no mixed form.
  const hanNames = spread(s.names.filter((n) => /^\p{Script=Han}/u.test(n)), count);
  const person: Keystroke[][] = [
    ...names.map((w) => keystrokes('name', w)),
    ...spread(s.pinyin, count).map((w) => keystrokes('pinyin', w)),
    ...spread(s.initials, count).map((w) => keystrokes('initials', w)),
    ...hanNames.map((w) => keystrokes('mixed', mixedOf(w))),
    ...spread(s.phones, count).map((w) => keystrokes('phone', w.replace(/\D/g, ''), 11)),
    ...spread(s.companies, count).map((w) => keystrokes('company', w, 8)),
  ];
  const clients = column(db, 'SELECT name FROM clients WHERE deleted_at IS NULL ORDER BY id', count);
  const titles = column(db, 'SELECT title FROM visit_plans WHERE deleted_at IS NULL ORDER BY id', count);
  return {
    'visitors.search': person,
    'people.list': person,
    'clients.list': [...clients.map((w) => keystrokes('client', w, 8)), ...clients.map((w) => keystrokes('clientPinyin', pinyinOf(w), 12))],
    'plans.list': titles.map((w) => keystrokes('plan', w, 8)),
  };
}
