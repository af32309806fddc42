/**
 * Identity documents a visitor may show, and the rules each number must meet.
 * Pure functions with no dependencies: main enforces them, forms preview them.
 */
import { isCalendarDay } from './calendar';

export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Province-level codes that may open a resident ID (GB/T 2260, plus 81–83 for residence permits). */
const REGION_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function normalizeIdNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** GB 11643-1999 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CHECK_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * GB 11643 sets no earliest year: a number is valid for anyone born on a day
 * that exists, up to today (the standard's own example was born in 1880).
 */
function birthDateProblem(yyyymmdd: string, today: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (!isCalendarDay(y, m, d)) return 'id.birthDate';
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (y * 10000 + m * 100 + d > todayKey) return 'id.birthDate';
  return null;
}

function residentIdProblem(id: string, today: Date): string | null {
  if (id.length !== 18) return 'id.length18';
  if (!/^\d{17}[\dX]$/.test(id)) return 'id.format';
  if (!REGION_CODES.has(id.slice(0, 2))) return 'id.region';
  const birth = birthDateProblem(id.slice(6, 14), today);
  if (birth) return birth;
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'id.checkDigit';
  return null;
}

/** Chinese passports are E + 8 characters; foreign ones vary, so only shape is checked. */
const PASSPORT = /^[A-Z0-9]{5,20}$/;
/** 港澳居民来往内地通行证: H or M, then 8 or 10 digits. */
const HK_MACAO_PERMIT = /^[HM]\d{8}(\d{2})?$/;
/** 台湾居民来往大陆通行证: 8 digits (older cards add a 2-digit issue count). */
const TAIWAN_PERMIT = /^\d{8}(\d{2})?$/;
const OTHER = /^[A-Z0-9]{3,30}$/;

/** Returns an i18n key naming what is wrong with the number, or null when it is valid. */
export function idNumberProblem(type: IdType, normalized: string, today = new Date()): string | null {
  switch (type) {
    case 'resident_id':
      return residentIdProblem(normalized, today);
    case 'passport':
      return PASSPORT.test(normalized) ? null : 'id.passport';
    case 'hk_macao_permit':
      return HK_MACAO_PERMIT.test(normalized) ? null : 'id.hkMacaoPermit';
    case 'taiwan_permit':
      return TAIWAN_PERMIT.test(normalized) ? null : 'id.taiwanPermit';
    case 'other':
      return OTHER.test(normalized) ? null : 'id.other';
  }
}

/** `110105199001011234` → `110***********1234`: enough to recognise, not to reuse. */
export function maskIdNumber(normalized: string): string {
  if (normalized.length <= 6) return '*'.repeat(normalized.length);
  const head = normalized.length >= 15 ? 3 : 1;
  return normalized.slice(0, head) + '*'.repeat(normalized.length - head - 4) + normalized.slice(-4);
}
