import { nameKeys } from '../../main/search/pinyin';
import { surnameClass } from './names';
import type { PersonInfo } from './people';
import type { Random } from './random';

export interface SampleSet {
  names: string[];
  pinyin: string[];
  initials: string[];
  phones: string[];
  companies: string[];
  badgeNos: string[];
}

const KEEP = 64;

/**
 * Real values from the data for the benchmark to type: the commonest names
 * and rare ones, compound and heteronym surnames, dotted and Latin names,
 * phones of people who visited, companies often and seldom seen, badges on site.
 */
export class Samples {
  private readonly nameCounts = new Map<string, number>();
  private readonly companyCounts = new Map<string, number>();
  private readonly special: Record<'compound' | 'heteronym' | 'long' | 'dotted' | 'latin', string[]> = { compound: [], heteronym: [], long: [], dotted: [], latin: [] };
  private readonly rare: string[] = [];
  private readonly mobiles: number[] = [];
  private readonly landlines: number[] = [];
  private seen = 0;

  constructor(private readonly random: Random) {}

  private keep(list: string[], value: string): void {
    if (list.length < KEEP) list.push(value);
    else if (this.random.chance(0.01)) list[this.random.int(0, KEEP - 1)] = value;
  }

  /** A new walk-in visitor. */
  person(p: PersonInfo, habit: string): void {
    this.nameCounts.set(p.name, (this.nameCounts.get(p.name) ?? 0) + 1);
    if (p.company) this.companyCounts.set(p.company, (this.companyCounts.get(p.company) ?? 0) + 1);
    const cls = surnameClass(p.name);
    if (cls) this.keep(this.special[cls], p.name);
    if (p.name.includes('·')) this.keep(this.special.dotted, p.name);
    else if (/^[A-Za-z]/.test(p.name)) this.keep(this.special.latin, p.name);
    else if (p.name.length === 4 && !cls) this.keep(this.special.long, p.name);
    if (habit === 'once') this.keep(this.rare, p.name);
  }

  /** Someone who checked in: their phone is one a receptionist might type. */
  visited(p: PersonInfo): void {
    if ((this.seen++ & 15) !== 0 || p.phone === '') return;
    this.keepRow(/^1\d{10}$/.test(p.phone) ? this.mobiles : this.landlines, p.rowid);
  }

  private keepRow(list: number[], rowid: number): void {
    if (list.length < KEEP) list.push(rowid);
    else if (this.random.chance(0.01)) list[this.random.int(0, KEEP - 1)] = rowid;
  }

  /** `phoneOf` reads a person's phone as it is at the end (a visitor may have changed it since). */
  result(onSite: string[], phoneOf: (rowid: number) => string): SampleSet {
    const byCount = [...this.nameCounts.entries()].sort((a, b) => b[1] - a[1]);
    const common = byCount.slice(0, 4).map(([n]) => n);
    const rare = this.rare.filter((n) => this.nameCounts.get(n) === 1).slice(0, 4);
    const names = [...new Set([...common, ...rare, ...this.special.compound.slice(0, 3), ...this.special.heteronym.slice(0, 4), ...this.special.long.slice(0, 1), ...this.special.dotted.slice(0, 1), ...this.special.latin.slice(0, 1)])];
    const chinese = names.filter((n) => /^\p{Script=Han}/u.test(n));
    const companies = [...this.companyCounts.entries()].sort((a, b) => b[1] - a[1]);
    const rareCompanies = companies.filter(([, c]) => c === 1);
    return {
      names,
      pinyin: [...new Set(chinese.map((n) => nameKeys(n).full))],
      initials: [...new Set(chinese.map((n) => nameKeys(n).initials))],
      phones: [...new Set([...this.mobiles.slice(0, 8), ...this.landlines.slice(0, 2)].map(phoneOf).filter(Boolean))],
      companies: [...companies.slice(0, 5).map(([n]) => n), ...rareCompanies.slice(0, 5).map(([n]) => n)],
      badgeNos: onSite.slice(-50),
    };
  }
}
