import { residentIdCheckChar, type IdType } from '../../contract/id-documents';
import type { Random } from './random';

/*
 * Identity documents: resident ID numbers that pass GB 11643 (a real county
 * code, a birth date, a sequence whose parity is the holder's sex, the check
 * character from contract/id-documents.ts), passports, and the permits of
 * Hong Kong, Macao and Taiwan residents.
 */

/** Real county-level codes (GB/T 2260) from the provinces a coastal site's visitors come from. */
const COUNTY_CODES = [
  '110101', '110105', '110106', '110108', '110114', '120101', '120104', '130102', '130104', '140105', '150102', '210102', '210202', '220102',
  '230103', '310101', '310104', '310105', '310110', '310112', '310115', '320102', '320106', '320205', '320506', '330102', '330106', '330108',
  '330203', '340104', '350102', '350203', '360102', '370102', '370202', '410105', '420102', '420106', '430104', '430105', '440103', '440106',
  '440304', '440305', '440306', '441900', '450103', '460106', '500103', '500108', '510104', '510107', '520102', '530102', '610102', '610113',
  '620102', '640104', '650102',
];

export interface IdDocument {
  idType: IdType;
  idNumber: string;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A valid resident ID for someone `age` years old at `at`, of the given sex. */
export function residentId(random: Random, at: Date, age: number, male: boolean): string {
  const year = at.getFullYear() - age;
  const month = random.int(1, 12);
  const day = random.int(1, new Date(year, month, 0).getDate());
  const sequence = random.int(0, 99) * 10 + (male ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]));
  const first17 = `${random.pick(COUNTY_CODES)}${year}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * What a visitor shows: a resident ID for most, a passport or permit for a
 * few, nothing for about one in ten (deliveries, short visits). Latin-named
 * visitors carry passports.
 */
export function idDocumentFor(random: Random, at: Date, male: boolean, foreign: boolean): IdDocument | null {
  if (foreign) return { idType: 'passport', idNumber: `${random.pick(['C', 'G', 'P', 'K', 'X'])}${pad(random.int(0, 99_999_999), 8)}` };
  const roll = random.next();
  if (roll < 0.1) return null;
  if (roll < 0.93) return { idType: 'resident_id', idNumber: residentId(random, at, random.int(19, 64), male) };
  if (roll < 0.96) return { idType: 'passport', idNumber: `E${pad(random.int(0, 99_999_999), 8)}` };
  if (roll < 0.985) return { idType: 'hk_macao_permit', idNumber: `${random.pick(['H', 'M'])}${pad(random.int(0, 99_999_999), 8)}` };
  return { idType: 'taiwan_permit', idNumber: pad(random.int(0, 99_999_999), 8) };
}
