// The package is a UMD bundle: Node's ESM loader (the built main) sees only its default export, so no named imports.
import { chineseDays } from '../../files/heavy-modules';
import type { Festival } from '../../../contract/followups';

/** The days on the solar (Gregorian) calendar. */
const SOLAR: Partial<Record<Festival, string>> = { newYear: '01-01', labourDay: '05-01', nationalDay: '10-01' };
/** Lunar month and day: the package converts them to a solar date for each lunar year. */
const LUNAR: Partial<Record<Festival, [number, number]>> = {
  springFestival: [1, 1],
  lantern: [1, 15],
  dragonBoat: [5, 5],
  midAutumn: [8, 15],
  doubleNinth: [9, 9],
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The years the package's lunar tables and solar-term formula cover (its
 * tables run 1900–2100; the edges are left out, as a lunar year straddles two).
 */
export const CALENDAR_YEARS = { min: 1901, max: 2099 } as const;

/**
 * The solar date of a festival in (lunar) year `year`; null for a lunar or
 * solar-term festival outside the years the package can date.
 */
export function festivalDay(festival: Festival, year: number): string | null {
  const solar = SOLAR[festival];
  if (solar) return `${year}-${solar}`;
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) return null;
  if (festival === 'qingming') return chineseDays().getSolarTermDate(year, 4, 'pure_brightness');
  const [m, d] = LUNAR[festival]!;
  return chineseDays().getSolarDateFromLunar(`${year}-${pad(m)}-${pad(d)}`).date;
}

/**
 * Every occurrence of the given festivals with its day in `[from, to]`. A lunar
 * festival of lunar year Y falls in solar year Y or (for late months) Y + 1, so
 * the years around the window are all asked.
 */
export function festivalsBetween(from: string, to: string, which: readonly Festival[]): { festival: Festival; day: string }[] {
  const out: { festival: Festival; day: string }[] = [];
  const first = Number(from.slice(0, 4)) - 1;
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (const festival of which) {
      const day = festivalDay(festival, year);
      if (day !== null && day >= from && day <= to) out.push({ festival, day });
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
