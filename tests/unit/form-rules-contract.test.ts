import type { RuleObject } from 'antd/es/form';
import { describe, expect, it, vi } from 'vitest';
import { clientFields } from '../../contract/clients';
import type { IdType } from '../../contract/id-documents';
import { checkInInput } from '../../contract/visits';
import { clientRules } from '../../renderer/src/directory/clientRules';
import { rules } from '../../renderer/src/forms/checkInRules';
import { residentId } from '../helpers/test-core';

/*
 * Forms judge with the contract's own schemas (check-in: contract/visits.ts
 * checkInInput; clients: contract/clients.ts clientFields), so they refuse
 * exactly what main refuses: no limit or rule of their own that could drift from main's.
 */
// The renderer's i18n setup needs a document; the words do not matter here, only refused or not.
vi.mock('../../renderer/src/i18n', () => ({ i18n: { t: (key: string) => key, exists: () => true } }));

type Validator = (rule: RuleObject, value: unknown) => Promise<void>;
async function formRefuses(rule: unknown, value: unknown): Promise<boolean> {
  try {
    await (rule as { validator: Validator }).validator({} as RuleObject, value);
    return false;
  } catch {
    return true;
  }
}

const VALID = { name: '王芳', host: '李明', privacyAck: true };
function mainRefuses(extra: object, field: string): boolean {
  const result = checkInInput.safeParse({ ...VALID, ...extra });
  return !result.success && result.error.issues.some((i) => i.path[0] === field);
}

describe('the check-in form refuses what main refuses', () => {
  it.each<[IdType, string]>([
    ['resident_id', residentId()],
    ['resident_id', `${residentId()}`.replace(/.$/, '0')],
    ['resident_id', ''],
    ['passport', 'E12345678'],
    // Main counts what was typed, spaces included, before it normalises: 44 characters are too many however few remain.
    ['passport', `E1234 5678${' '.repeat(34)}`],
    ['passport', `${'A'.repeat(39)}`],
    ['passport', `${'A'.repeat(41)}`],
    ['other', 'x'],
    ['hk_macao_permit', 'H12345678'],
  ])('%s %j', async (idType, idNumber) => {
    const [rule] = rules.idNumber(() => idType);
    expect(await formRefuses(rule, idNumber)).toBe(mainRefuses({ idType, idNumber }, 'idNumber'));
  });

  it.each([true, false, undefined, 'yes'])('privacy acknowledgement %j', async (privacyAck) => {
    expect(await formRefuses(rules.privacyAck[0], privacyAck)).toBe(mainRefuses({ privacyAck }, 'privacyAck'));
  });
});

describe('the client form refuses the tags main refuses', () => {
  const tags = (n: number, length = 4) => Array.from({ length: n }, (_, i) => `${i}`.padEnd(length, '签'));
  it.each([[tags(3)], [tags(20)], [tags(21)], [tags(2, 21)], [['', '重点']], [[]]])('%j', async (value) => {
    const main = clientFields.tags.safeParse(value);
    expect(await formRefuses(clientRules.tags[0], value)).toBe(!main.success);
  });
});
