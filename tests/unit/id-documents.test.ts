import { describe, expect, it } from 'vitest';
import { idNumberProblem, maskIdNumber, normalizeIdNumber, residentIdCheckChar } from '../../contract/id-documents';
import { residentId } from '../helpers/test-core';

const today = new Date('2026-11-27T00:00:00Z');

describe('resident ID numbers (GB 11643)', () => {
  it('accepts the standard example and computed numbers', () => {
    expect(idNumberProblem('resident_id', '11010519491231002X', today)).toBeNull();
    expect(idNumberProblem('resident_id', residentId('440305', '20000229', '017'), today)).toBeNull();
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('accepts births before 1900, as the standard does', () => {
    // GB 11643-1999's second example: born 1 January 1880 in 潮阳, check digit 4.
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(idNumberProblem('resident_id', '440524188001010014', today)).toBeNull();
    expect(idNumberProblem('resident_id', residentId('110105', '18991231', '002'), today)).toBeNull();
    expect(idNumberProblem('resident_id', residentId('310101', '18800229', '013'), today)).toBeNull(); // 1880 was a leap year
    expect(idNumberProblem('resident_id', residentId('110105', '20261127'), today)).toBeNull(); // born today
  });

  it('names what is wrong', () => {
    expect(idNumberProblem('resident_id', '110105194912310021', today)).toBe('id.checkDigit');
    expect(idNumberProblem('resident_id', '11010519491231002', today)).toBe('id.length18');
    expect(idNumberProblem('resident_id', '110105491231002', today)).toBe('id.length18');
    expect(idNumberProblem('resident_id', '1101051949123100AX', today)).toBe('id.format');
    expect(idNumberProblem('resident_id', residentId('990105'), today)).toBe('id.region');
    expect(idNumberProblem('resident_id', residentId('110105', '19990230'), today)).toBe('id.birthDate');
    expect(idNumberProblem('resident_id', residentId('110105', '20270101'), today)).toBe('id.birthDate');
    expect(idNumberProblem('resident_id', residentId('110105', '18800230'), today)).toBe('id.birthDate');
    expect(idNumberProblem('resident_id', residentId('110105', '20261128'), today)).toBe('id.birthDate');
  });

  it('normalizes what people type', () => {
    expect(normalizeIdNumber(' 1101 0519 4912 3100 2x ')).toBe('11010519491231002X');
  });
});

describe('other documents', () => {
  it.each([
    ['passport', 'E12345678', null],
    ['passport', 'EA1234567', null],
    ['passport', 'E12', 'id.passport'],
    ['hk_macao_permit', 'H12345678', null],
    ['hk_macao_permit', 'M1234567801', null],
    ['hk_macao_permit', 'X12345678', 'id.hkMacaoPermit'],
    ['taiwan_permit', '12345678', null],
    ['taiwan_permit', 'T1234567', 'id.taiwanPermit'],
    ['other', 'AB123', null],
    ['other', 'A!', 'id.other'],
  ] as const)('%s %s', (type, number, problem) => {
    expect(idNumberProblem(type, number, today)).toBe(problem);
  });
});

describe('masks', () => {
  it('keeps the region and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdNumber('E12345678')).toBe('E****5678');
    expect(maskIdNumber('12345')).toBe('*****');
  });
});
