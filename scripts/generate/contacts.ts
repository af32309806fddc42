import { normalizePhone } from '../../contract/fields';
import type { Random } from './random';

/*
 * Phones as people give them at a desk, stored the way the app stores them
 * (contract/fields.ts normalizePhone): most are mainland mobiles, some
 * landlines with area code and now and then an extension, typed with spaces,
 * dashes or brackets.
 */

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '166', '170', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '198', '199',
];
const AREA_CODES = ['010', '021', '020', '022', '023', '0755', '0571', '028', '027', '025', '0512', '029', '0532', '0592'];

function digits(random: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(random.int(0, 9));
  return s;
}

export function mobile(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + digits(random, 8);
}

/** A landline as someone might write it, e.g. `(010) 6512-3456` or `0755-8888 1234 转 123`. */
function typedLandline(random: Random): string {
  const area = random.pick(AREA_CODES);
  const local = String(random.int(2, 8)) + digits(random, area.length === 3 ? 7 : random.chance(0.5) ? 7 : 6);
  const ext = random.chance(0.2) ? ` 转 ${digits(random, 3)}` : '';
  const shape = random.int(0, 2);
  if (shape === 0) return `(${area}) ${local.slice(0, 4)}-${local.slice(4)}${ext}`;
  if (shape === 1) return `${area}-${local}${ext}`;
  return `${area} ${local.slice(0, 4)} ${local.slice(4)}${ext}`;
}

/** A visitor's phone in stored form; '' for the few who give none. */
export function visitorPhone(random: Random): string {
  const roll = random.next();
  if (roll < 0.03) return '';
  if (roll < 0.1) return normalizePhone(typedLandline(random));
  // Some type the mobile in groups: stored the same way.
  const m = mobile(random);
  return normalizePhone(random.chance(0.2) ? `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}` : m);
}
