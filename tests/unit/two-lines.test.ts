import { describe, expect, it } from 'vitest';
import { twoLines } from '../../renderer/src/print/twoLines';

describe('twoLines: where printed names, companies and headings break', () => {
  it('breaks English at the most even space, never inside a word', () => {
    expect(twoLines('Maximilian Alexander Featherstonehaugh-W')).toEqual(['Maximilian Alexander', 'Featherstonehaugh-W']);
    expect(twoLines('International Business Machines Corporation Greater China')).toEqual(['International Business Machines', 'Corporation Greater China']);
  });

  it('breaks a company after its seam word when that is even enough', () => {
    expect(twoLines('中国石油天然气股份有限公司北京昌平区分公司')).toEqual(['中国石油天然气股份有限公司', '北京昌平区分公司']);
  });

  it('breaks Chinese between characters at the middle when no seam is even', () => {
    expect(twoLines('爱新觉罗·溥仪皇帝陛下的第十二代远房表弟')).toEqual(['爱新觉罗·溥仪皇帝陛', '下的第十二代远房表弟']);
  });

  it('keeps every character: the lines together are the text', () => {
    for (const text of ['欧阳娜娜', 'Alexandra Müller-Lüdenscheidt', '𠀋𠀌𠀍𠀎𠀏𠀐', 'Supercalifragilisticexpialidocious']) {
      const lines = twoLines(text);
      expect(lines, text).not.toBeNull();
      expect(lines!.join('').replace(/[\s·]/g, ''), text).toBe(text.replace(/[\s·]/g, ''));
      // Never inside a surrogate pair.
      for (const line of lines!) expect(line, text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('leaves a text too short to break on one line', () => {
    expect(twoLines('王伟')).toBeNull();
    expect(twoLines('Li')).toBeNull();
  });
});
