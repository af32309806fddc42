import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInInput } from '../../contract/visits';
import { lengthCount, maxLengthOf } from '../../renderer/src/lib/fieldLimit';
import { firstNeedTooLong, guestOf, needTooLong, withNeed } from '../../renderer/src/plans/editor/guestRows';
import { problemsOf, rowAfter, TEXT_MAX, tooLongValues } from '../../renderer/src/plans/editor/itineraryRows';
import { emptyRow, firstTooLong, rowProblems } from '../../renderer/src/plans/editor/team/teamRows';

/** Issue 9 item 6(c): an over-long entry says so instead of being cut silently. */
describe('the desk counts against the check-in call’s own maxima', () => {
  it.each([
    ['name', 50],
    ['company', 100],
    ['phone', 30],
    ['idNumber', 40],
    ['host', 50],
    ['purpose', 200],
  ] as const)('%s: %i', (field, max) => {
    expect(maxLengthOf(checkInInput.shape[field])).toBe(max);
  });
});

describe('an itinerary cell too long is marked, not cut', () => {
  const row = { ...rowAfter(undefined, null, '2026-11-27'), activity: '参观' };

  it('reads each cell’s limit from the save call', () => {
    expect(TEXT_MAX).toEqual({ activity: 100, place: 100, responsible: 50, notes: 500 });
  });

  it.each(['activity', 'place', 'responsible', 'notes'] as const)('%s over its limit is a problem worded with limit and count', (field) => {
    const max = TEXT_MAX[field];
    expect(problemsOf({ ...row, [field]: '华'.repeat(max) })[field]).toBeUndefined();
    const over = { ...row, [field]: '华'.repeat(max + 20) };
    expect(problemsOf(over)[field]).toBe('forms.tooLong');
    expect(tooLongValues(over, field)).toEqual({ max, count: max + 20 });
  });
});

describe('a guest need too long is found before the save', () => {
  it('names the need, its limit and the count', () => {
    const guest = guestOf({ id: 'p1', name: '张三', company: '', phone: '' });
    const rows = withNeed([guest], 'p1', 'diet', 'x'.repeat(230));
    expect(needTooLong(rows[0]!, 'diet')).toEqual({ max: 200, count: 230 });
    expect(firstNeedTooLong(rows)).toMatchObject({ key: 'diet', max: 200, count: 230 });
    expect(firstNeedTooLong(withNeed(rows, 'p1', 'diet', 'x'.repeat(200)))).toBeNull();
  });
});

describe('a team cell too long is said with the limit', () => {
  it('the lead’s name over 50', () => {
    const row = { ...emptyRow('greeter'), primaryName: '王'.repeat(60) };
    expect(rowProblems(row).primaryName).toBe('tooLong');
    expect(firstTooLong([row])).toEqual({ field: 'primaryName', max: 50, count: 60 });
  });
});

describe('a table cell shows its count only once over', () => {
  it('nothing at the limit, "count / max" past it', () => {
    const props = lengthCount(checkInInput.shape.name, 'whenOver') as { count: { show: (a: { count: number }) => string | null; max: number } };
    expect(props.count.show({ count: 50 })).toBeNull();
    expect(props.count.show({ count: 61 })).toBe('61 / 50');
  });
});

/**
 * antd's `maxLength` drops whatever is typed or pasted past it, without a word.
 * Only boxes that save nothing may keep one, reading it from the contract and
 * saying why in a "Hard cap" comment just above.
 */
describe('no input in the renderer cuts text silently', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
    });
  }

  it('every maxLength is a justified hard cap read from the contract', () => {
    const offenders: string[] = [];
    for (const file of files(join(__dirname, '../../renderer/src'))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/\bmaxLength=\{/.test(line)) return;
        const above = lines.slice(Math.max(0, i - 4), i).join('\n');
        if (!/Hard caps?\b/.test(above) || !/maxLength=\{maxLengthOf\(/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
