import type { Locale } from '../../../../contract/print';

/*
 * Plans keep local times as `YYYY-MM-DDTHH:mm` strings. Paper shows them the
 * way each language writes dates: 2026年11月28日 周六 14:00 / Sat 28 Nov 2026, 14:00.
 * Built from the string's own parts, so no time zone can move a day.
 */

interface Parts {
  y: number;
  m: number;
  d: number;
  time: string;
}

function parts(local: string): Parts {
  return { y: Number(local.slice(0, 4)), m: Number(local.slice(5, 7)), d: Number(local.slice(8, 10)), time: local.slice(11, 16) };
}

const utc = (p: Parts) => new Date(Date.UTC(p.y, p.m - 1, p.d));

function weekday(locale: Locale, p: Parts): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(utc(p));
}

function monthName(p: Parts): string {
  return new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(utc(p));
}

/** 2026年11月28日 周六 / Sat 28 Nov 2026; without the year: 11月28日 周六 / Sat 28 Nov. */
export function formatDay(locale: Locale, local: string, withYear = true): string {
  const p = parts(local);
  if (locale === 'zh-CN') return `${withYear ? `${p.y}年` : ''}${p.m}月${p.d}日 ${weekday(locale, p)}`;
  return `${weekday(locale, p)} ${p.d} ${monthName(p)}${withYear ? ` ${p.y}` : ''}`;
}

/** 2026年11月28日 周六 14:00 / Sat 28 Nov 2026, 14:00. */
export function formatDateTime(locale: Locale, local: string, withYear = true): string {
  return `${formatDay(locale, local, withYear)}${locale === 'zh-CN' ? ' ' : ', '}${parts(local).time}`;
}

/** 2026年11月28日 (no weekday): for the welcome sign. */
export function formatPlainDate(locale: Locale, local: string): string {
  const p = parts(local);
  return locale === 'zh-CN' ? `${p.y}年${p.m}月${p.d}日` : `${p.d} ${monthName(p)} ${p.y}`;
}

/** 11月29日 / 29 Nov: a nearby day, where the weekday and year would only crowd a narrow column. */
export function formatShortDate(locale: Locale, local: string): string {
  const p = parts(local);
  return locale === 'zh-CN' ? `${p.m}月${p.d}日` : `${p.d} ${monthName(p)}`;
}

export const clock = (local: string): string => local.slice(11, 16);
export const dayOf = (local: string): string => local.slice(0, 10);

/** 09:00–10:30, or with the end's day when it runs past midnight. */
export function formatTimeRange(locale: Locale, from: string, to: string): string {
  const end = dayOf(to) === dayOf(from) ? clock(to) : formatDateTime(locale, to, false);
  return `${clock(from)}–${end}`;
}

/** A visit's dates: one day with its hours, or from one day and time to another. */
export function formatVisitSpan(locale: Locale, from: string | null, to: string | null): string {
  if (!from) return '';
  if (!to) return formatDateTime(locale, from);
  if (dayOf(from) === dayOf(to)) return `${formatDay(locale, from)} ${clock(from)}–${clock(to)}`;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const joiner = locale === 'zh-CN' ? ' 至 ' : ' – ';
  return `${formatDateTime(locale, from)}${joiner}${formatDateTime(locale, to, !sameYear)}`;
}

/** Calendar days of a visit, for the welcome sign: 2026年11月28日 or 2026年11月28日–29日. */
export function formatSignDates(locale: Locale, from: string | null, to: string | null): string {
  if (!from) return '';
  if (!to || dayOf(from) === dayOf(to)) return formatPlainDate(locale, from);
  const a = parts(from);
  const b = parts(to);
  if (locale === 'zh-CN') {
    if (a.y !== b.y) return `${formatPlainDate(locale, from)}–${formatPlainDate(locale, to)}`;
    return a.m === b.m ? `${a.y}年${a.m}月${a.d}日–${b.d}日` : `${a.y}年${a.m}月${a.d}日–${b.m}月${b.d}日`;
  }
  if (a.y !== b.y) return `${formatPlainDate(locale, from)} – ${formatPlainDate(locale, to)}`;
  return a.m === b.m ? `${a.d}–${b.d} ${monthName(a)} ${a.y}` : `${a.d} ${monthName(a)} – ${b.d} ${monthName(b)} ${a.y}`;
}

/** Mainland mobiles read in groups (138 0013 8000); anything else as written. */
export function formatPhone(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone;
}

/** Items grouped by their start day, in time order. */
export function byDay<T extends { startsAt: string }>(items: T[]): { day: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayOf(item.startsAt);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups].map(([day, list]) => ({ day, items: list }));
}
