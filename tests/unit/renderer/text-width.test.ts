import { describe, expect, it } from 'vitest';
import { textWidth, twoLines } from '../../../renderer/src/print/twoLines';

describe('printed width: Chinese characters count about twice a Latin letter', () => {
  it('weighs a character by its script, counting a character outside the BMP once', () => {
    expect(textWidth('王伟')).toBe(2);
    expect(textWidth('ABCD')).toBeCloseTo(2.2);
    // A rare character some names use (CJK ext. B, outside the BMP) is as wide as any other.
    expect(textWidth('𠀋')).toBe(1);
    expect(textWidth('王𠮷')).toBe(2);
    expect(textWidth('김민준')).toBe(3);
    // Full-width forms print as wide as Chinese.
    expect(textWidth('ＡＢ')).toBe(2);
    expect(textWidth('')).toBe(0);
  });

  it('balances a mixed name by width, not by character count', () => {
    // Ten Latin letters weigh about as much as five Chinese characters.
    const [first, second] = twoLines('Siemens Healthineers 西门子医疗')!;
    expect([first, second]).toEqual(['Siemens Healthineers', '西门子医疗']);
    expect(Math.abs(textWidth(first) - textWidth(second))).toBeLessThan(textWidth('Siemens Healthineers 西门子医疗') / 2);
  });

  it('breaks Chinese near its middle by width when no seam is even enough', () => {
    const lines = twoLines('北京字节跳动网络技术研究')!;
    expect(lines.join('')).toBe('北京字节跳动网络技术研究');
    expect(Math.abs(textWidth(lines[0]) - textWidth(lines[1]))).toBeLessThanOrEqual(1);
  });
});
