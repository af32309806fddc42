import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isClosedPlan } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { useSectionReport } from './editorContext';
import { SectionToolbar } from './SectionToolbar';
import type { SectionProps } from './sectionProps';
import { DutiesByRole } from './checklists/DutiesByRole';
import { TeamTable } from './team/TeamTable';
import {
  emptyRow,
  firstTooLong,
  hasProblems,
  membersInput,
  missingStandardRoles,
  nextRole,
  rowsFromPlan,
  sameTeam,
  staffShortBy,
  type RowProblems,
  type TeamField,
  type TeamRow,
} from './team/teamRows';
import { useStaffNames } from './team/useStaffNames';
import './team/team.css';

const ISSUE_PATH = /^members\.(\d+)\.(customLabel|primaryName|primaryPhone|backupName|backupPhone)$/;

/** Main's field issues (`members.2.primaryPhone`) on the rows they name. */
function serverIssues(error: ApiError, rows: TeamRow[]): Record<string, RowProblems> {
  const found: Record<string, RowProblems> = {};
  for (const issue of error.issues ?? []) {
    const m = ISSUE_PATH.exec(issue.path);
    const row = m ? rows[Number(m[1])] : undefined;
    if (row) found[row.key] = { ...found[row.key], [m![2] as TeamField]: issue.message };
  }
  return found;
}

/** 接待团队: each role's lead (A角) and stand-in (B角), saved as a whole with setTeam. */
export function TeamSection({ plan, readOnly, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [seen, setSeen] = useState({ id: plan.id, team: plan.team });
  const [baseline, setBaseline] = useState(() => rowsFromPlan(plan.team));
  const [rows, setRows] = useState(baseline);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [triedSave, setTriedSave] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, RowProblems>>({});
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const staff = useStaffNames(plan);
  const dirty = !sameTeam(rows, baseline);

  // A newer plan from main (another section saved, or a reload): take its team unless the coordinator is mid-edit here.
  if (seen.team !== plan.team || seen.id !== plan.id) {
    const fresh = rowsFromPlan(plan.team);
    setSeen({ id: plan.id, team: plan.team });
    setBaseline(fresh);
    if (!dirty || seen.id !== plan.id) setRows(fresh);
  }

  function change(key: string, patch: Partial<TeamRow>) {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setServerProblems(({ [key]: _gone, ...rest }) => rest);
  }

  function add(roles: TeamRow['role'][]) {
    const added = roles.map(emptyRow);
    setRows((all) => [...all, ...added]);
    setFocusKey(added[0]?.key ?? null);
  }

  function discard() {
    setRows(baseline);
    setTouched(new Set());
    setTriedSave(false);
    setServerProblems({});
  }

  async function save() {
    if (readOnly || busy) return;
    if (!dirty) return void message.info(t('planEditor.section.noChanges'));
    setTriedSave(true);
    if (hasProblems(rows)) {
      const over = firstTooLong(rows);
      const column = over && (over.field === 'customLabel' ? t('planTeam.team.customLabel') : t(`planTeam.team.columns.${over.field.endsWith('Phone') ? 'phone' : 'name'}`));
      message.error(over ? t('lengths.cellTooLong', { column, problem: t('forms.tooLong', over) }) : t('planEditor.section.fixErrors'));
      return;
    }
    setBusy(true);
    const result = await api.plans.setTeam({ planId: plan.id, members: membersInput(rows) });
    setBusy(false);
    if (!result.ok) {
      setServerProblems(serverIssues(result.error, rows));
      message.error(errorText(result.error));
      return;
    }
    const fresh = rowsFromPlan(result.value.team);
    setSeen({ id: result.value.id, team: result.value.team });
    setBaseline(fresh);
    setRows(fresh);
    setTouched(new Set());
    setTriedSave(false);
    onSaved(result.value);
    message.success(t('planTeam.team.saved'));
  }

  // The editor's Ctrl+S and leave guard reach this tab through its report.
  useSectionReport('team', dirty, () => void save());

  const missing = missingStandardRoles(rows);
  const rule = plan.levelRule;
  const standIn = rule.standInRoles.filter((r) => r !== 'custom');
  const short = staffShortBy(rows, rule.minStaff);
  const level = t(`receptionLevels.${plan.level}`);

  return (
    <div className="plan-section team-section" data-testid="team-section">
      <SectionToolbar section="team" dirty={dirty} busy={busy} readOnly={readOnly} onSave={() => void save()} onDiscard={discard}>
        {!readOnly && missing.length > 0 && (
          <Button type={rows.length === 0 ? 'primary' : 'default'} ghost={rows.length === 0} icon={<AppstoreAddOutlined />} onClick={() => add(missing)} data-testid="team-add-standard">
            {rows.length === 0 ? t('planTeam.team.addStandard') : t('planTeam.team.addMissing')}
          </Button>
        )}
        {!readOnly && (
          <Button icon={<PlusOutlined />} onClick={() => add([nextRole(rows)])} data-testid="team-add">
            {t('planTeam.team.addRole')}
          </Button>
        )}
        <Typography.Text type="secondary" className="plan-section-hint" data-testid="team-level-needs">
          {t('planTeam.team.hint')}{' '}
          {standIn.length > 0
            ? t('planTeam.team.levelNeeds', { level, roles: standIn.map((r) => t(`planTeam.team.roles.${r}`)).join(t('planTeam.team.rolesJoin')), minStaff: rule.minStaff })
            : t('planTeam.team.levelNeedsNoRoles', { level, minStaff: rule.minStaff })}
          {short > 0 && !isClosedPlan(plan.status) && (
            <Typography.Text type="warning" data-testid="team-staff-short">
              {' '}
              {t('planTeam.team.staffShort', { count: short })}
            </Typography.Text>
          )}
        </Typography.Text>
      </SectionToolbar>
      <TeamTable
        rows={rows}
        savedTeam={plan.team}
        standInRoles={rule.standInRoles}
        readOnly={readOnly}
        closed={isClosedPlan(plan.status)}
        showProblem={(key, field) => triedSave || touched.has(`${key}.${field}`)}
        serverProblems={serverProblems}
        names={staff.names}
        focusKey={focusKey}
        onChange={change}
        onTouch={(key, field) => setTouched((s) => new Set(s).add(`${key}.${field}`))}
        onRemove={(key) => setRows((all) => all.filter((r) => r.key !== key))}
        findNames={staff.find}
      />
      <DutiesByRole plan={plan} />
    </div>
  );
}
