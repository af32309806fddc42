import { describe, expect, it } from 'vitest';
import { teamPlans } from '../../contract/plans';
import { emptyRow, membersInput, rowProblems, type TeamRow } from '../../renderer/src/plans/editor/team/teamRows';

const PLAN = '00000000-0000-7000-8000-000000000000';
const row = (patch: Partial<TeamRow>): TeamRow => ({ ...emptyRow('greeter'), primaryName: '王芳', ...patch });

/** What main refuses for a team, by row and field, from the setTeam schema itself. */
function mainIssues(rows: TeamRow[]) {
  const result = teamPlans.setTeam.input.safeParse({ planId: PLAN, members: membersInput(rows) });
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('the team editor checks what main checks', () => {
  it.each([
    ['a custom role without its name', row({ role: 'custom', customLabel: '  ' }), { customLabel: 'required' }],
    ['the stand-in is the lead, spaced and cased differently', row({ primaryName: 'Li Ming', backupName: ' li  MING ' }), { backupName: 'team.sameAsPrimary' }],
    ['a phone that is no phone', row({ backupName: '周杰', backupPhone: 'call me' }), { backupPhone: 'phone.invalid' }],
    ['a good row', row({ backupName: '周杰', primaryPhone: '138 0013 8000' }), {}],
  ] as const)('%s', (_label, r, problems) => {
    expect(rowProblems(r)).toEqual(problems);
    expect(mainIssues([row({ backupName: '周杰' }), r])).toEqual(Object.entries(problems).map(([field, message]) => ({ path: `members.1.${field}`, message })));
  });
});
