import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVEL_RULES } from '../../../contract/plans';
import { guestOf, guestsInput, sameGuests, withGuests, withLead, withNeed } from '../../../renderer/src/plans/editor/guestRows';
import { emptyRow, firstTooLong, hasProblems, lacksBackup, membersInput, missingStandardRoles, nextRole, rowsFromPlan, sameTeam, staffShortBy, type TeamRow } from '../../../renderer/src/plans/editor/team/teamRows';

const member = (patch: Partial<TeamRow>): TeamRow => ({ ...emptyRow('greeter'), primaryName: '王芳', ...patch });

describe('team rows', () => {
  it('offers the standard roles in order, then custom ones once all four are there', () => {
    expect(nextRole([])).toBe('greeter');
    expect(nextRole([member({ role: 'greeter' }), member({ role: 'noteTaker' })])).toBe('presenter');
    const full = (['greeter', 'presenter', 'noteTaker', 'logistics'] as const).map((role) => member({ role }));
    expect(nextRole(full)).toBe('custom');
    expect(missingStandardRoles(full)).toEqual([]);
    expect(missingStandardRoles([])).toEqual(['greeter', 'presenter', 'noteTaker', 'logistics']);
  });

  it("asks a stand-in of the roles the plan's level names, not every role, and blank is not a name", () => {
    const normal = DEFAULT_LEVEL_RULES.normal.standInRoles;
    expect(lacksBackup(member({ role: 'greeter', backupName: '  ' }), normal)).toBe(true);
    expect(lacksBackup(member({ role: 'presenter', backupName: '周杰' }), normal)).toBe(false);
    expect(lacksBackup(member({ role: 'logistics' }), normal)).toBe(false);
    // A VIP level (or a manager's rule) names more roles than greeter and presenter.
    expect(lacksBackup(member({ role: 'logistics' }), DEFAULT_LEVEL_RULES.vip.standInRoles)).toBe(true);
    expect(lacksBackup(member({ role: 'greeter' }), [])).toBe(false);
  });

  it("counts how many more people the level's minimum staff needs, people named only", () => {
    expect(staffShortBy([member({ role: 'greeter' }), member({ role: 'presenter', primaryName: ' ' })], 4)).toBe(3);
    expect(staffShortBy([member({ role: 'greeter' })], 1)).toBe(0);
  });

  it('reads a role it does not know as a custom one named after it', () => {
    const saved = { id: 'm1', role: 'driver', customLabel: '', primaryName: '张三', primaryPhone: '', backupName: '', backupPhone: '' };
    expect(rowsFromPlan([saved] as never)[0]).toMatchObject({ role: 'custom', customLabel: 'driver', savedId: 'm1' });
  });

  it('gives every new row its own key', () => {
    const keys = new Set([emptyRow('greeter'), emptyRow('greeter'), ...rowsFromPlan([])].map((r) => r.key));
    expect(keys.size).toBe(2);
  });

  it('sees no change in retyped spacing or a phone written another way, but sees a new name', () => {
    const saved = [member({ primaryPhone: '13800138000' })];
    expect(sameTeam(saved, [member({ primaryName: ' 王芳 ', primaryPhone: '138 0013 8000' })])).toBe(true);
    expect(sameTeam(saved, [member({ primaryName: '王芳芳', primaryPhone: '13800138000' })])).toBe(false);
    expect(membersInput([member({ role: 'greeter', customLabel: 'left over' })])[0]!.customLabel).toBe('');
  });

  it('has nothing to refuse on an empty team', () => {
    expect(hasProblems([])).toBe(false);
    expect(firstTooLong([])).toBeNull();
  });

  it('names the first cell too long, with its limit and count', () => {
    const long = member({ backupName: '长'.repeat(200) });
    const over = firstTooLong([member({}), long]);
    expect(over).toMatchObject({ field: 'backupName', count: 200 });
    expect(over!.max).toBeLessThan(200);
  });
});

describe('guest rows', () => {
  const zhang = guestOf({ id: 'p1', name: '张伟', company: '华为', phone: '' });
  const li = guestOf({ id: 'p2', name: '李娜', company: '', phone: '', title: '经理' });

  it('adds each person once, whether already listed or picked twice, and makes nobody lead', () => {
    const rows = withGuests([zhang], [li, zhang, li]);
    expect(rows.map((g) => g.personId)).toEqual(['p1', 'p2']);
    expect(rows.some((g) => g.isLead)).toBe(false);
    expect(withGuests([], [])).toEqual([]);
  });

  it('keeps one lead at most', () => {
    const rows = withLead(withLead([zhang, li], 'p1'), 'p2');
    expect(rows.filter((g) => g.isLead).map((g) => g.personId)).toEqual(['p2']);
  });

  it('saves needs trimmed, and sees the same list in any order as unchanged', () => {
    const rows = withNeed([zhang, li], 'p2', 'diet', ' 素食 ');
    expect(guestsInput(rows)[1]!.needs!.diet).toBe('素食');
    expect(sameGuests(rows, [...rows].reverse())).toBe(true);
    expect(sameGuests(rows, withNeed(rows, 'p2', 'diet', '清真'))).toBe(false);
    expect(zhang.needs.diet).toBe('');
  });
});
