import { DeleteOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Input, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type PlanDetail } from '../../../../../contract/plans';
import { issueText } from '../../../lib/errors';
import { lengthCount } from '../../../lib/fieldLimit';
import { StaffNameInput } from './StaffNameInput';
import { isKeyRole, lacksBackup, rowProblems, samePeopleAsSaved, TEAM_FIELD_SCHEMA, tooLongValues, type StandInRoles, type TeamField, type TeamRole, type TeamRow } from './teamRows';
import type { StaffName } from './useStaffNames';

interface Props {
  rows: TeamRow[];
  savedTeam: PlanDetail['team'];
  /** Roles the plan's level asks a stand-in for. */
  standInRoles: StandInRoles;
  readOnly: boolean;
  /** A closed plan: its warnings no longer matter, so the notes column goes. */
  closed: boolean;
  /** Whether a cell's problem is shown yet: after it was left, or after a save was tried. */
  showProblem: (key: string, field: TeamField) => boolean;
  serverProblems: Record<string, Partial<Record<TeamField, string>>>;
  names: StaffName[];
  focusKey: string | null;
  onChange: (key: string, patch: Partial<TeamRow>) => void;
  onTouch: (key: string, field: TeamField) => void;
  onRemove: (key: string) => void;
  findNames: (query: string) => Promise<StaffName[]>;
}

/** A cell's control with its problem (already worded) underneath, as a form item would show it. */
function Cell({ problem, children }: { problem?: string; children: ReactNode }) {
  return (
    <div className="team-cell">
      {children}
      {problem && <div className="team-cell__problem">{problem}</div>}
    </div>
  );
}

/** The team being edited: one row per role, its A (lead) and B (stand-in). */
export function TeamTable(p: Props) {
  const { t } = useTranslation();
  // Too long shows as soon as it is typed or pasted (the text is kept whole); other problems once the cell was left.
  const problem = (row: TeamRow, field: TeamField) =>
    p.serverProblems[row.key]?.[field] ?? (p.showProblem(row.key, field) || tooLongValues(row, field) ? rowProblems(row)[field] : undefined);
  const problemText = (row: TeamRow, field: TeamField): string | undefined => {
    const key = problem(row, field);
    if (!key) return undefined;
    const over = key === 'tooLong' ? tooLongValues(row, field) : null;
    return over ? t('forms.tooLong', over) : issueText(key);
  };
  const savedById = new Map(p.savedTeam.map((m) => [m.id, m]));

  function phoneCell(row: TeamRow, field: 'primaryPhone' | 'backupPhone') {
    if (p.readOnly) return <span className="team-text team-text--phone">{row[field] || <span className="muted">—</span>}</span>;
    const shown = problemText(row, field);
    return (
      <Cell problem={shown}>
        <Input
          value={row[field]}
          status={shown ? 'error' : undefined}
          placeholder={t('planTeam.team.phonePlaceholder')}
          {...lengthCount(TEAM_FIELD_SCHEMA[field], 'whenOver')}
          disabled={p.readOnly}
          inputMode="tel"
          onChange={(e) => p.onChange(row.key, { [field]: e.target.value })}
          onBlur={() => p.onTouch(row.key, field)}
          data-testid={`team-${field}`}
        />
      </Cell>
    );
  }

  function nameCell(row: TeamRow, field: 'primaryName' | 'backupName') {
    if (p.readOnly) return <span className="team-text">{row[field] || <span className="muted">—</span>}</span>;
    const shown = problemText(row, field);
    const phoneField = field === 'primaryName' ? 'primaryPhone' : 'backupPhone';
    const missingBackup = field === 'backupName' && lacksBackup(row, p.standInRoles);
    return (
      <Cell problem={shown}>
        <StaffNameInput
          value={row[field]}
          names={p.names}
          find={p.findNames}
          exclude={field === 'primaryName' ? row.backupName : row.primaryName}
          status={shown ? 'error' : missingBackup ? 'warning' : undefined}
          placeholder={missingBackup ? t('planTeam.team.needsBackup') : t('planTeam.team.namePlaceholder')}
          autoFocus={field === 'primaryName' && p.focusKey === row.key && row.role !== 'custom'}
          disabled={p.readOnly}
          onChange={(name) => p.onChange(row.key, { [field]: name })}
          onPick={(person) => {
            if (!row[phoneField].trim() && person.phone) p.onChange(row.key, { [field]: person.name, [phoneField]: person.phone });
          }}
          onBlur={() => p.onTouch(row.key, field)}
          lengthSchema={TEAM_FIELD_SCHEMA[field]}
          testId={`team-${field}`}
        />
      </Cell>
    );
  }

  function roleCell(row: TeamRow) {
    if (p.readOnly) return <span className="team-text team-text--role">{row.role === 'custom' ? row.customLabel : t(`planTeam.team.roles.${row.role}`)}</span>;
    const shown = problemText(row, 'customLabel');
    return (
      <div className="team-role">
        <Select<TeamRole>
          value={row.role}
          disabled={p.readOnly}
          onChange={(role) => p.onChange(row.key, { role })}
          options={TEAM_ROLES.map((r) => ({ value: r, label: t(`planTeam.team.roles.${r}`) }))}
          popupMatchSelectWidth={false}
          aria-label={t('planTeam.team.columns.role')}
          className="team-role__select"
          data-testid="team-role"
        />
        {row.role === 'custom' && (
          <Cell problem={shown}>
            <Input
              value={row.customLabel}
              status={shown ? 'error' : undefined}
              placeholder={t('planTeam.team.customLabel')}
              aria-label={t('planTeam.team.customLabel')}
              {...lengthCount(TEAM_FIELD_SCHEMA.customLabel, 'whenOver')}
              autoFocus={p.focusKey === row.key}
              disabled={p.readOnly}
              onChange={(e) => p.onChange(row.key, { customLabel: e.target.value })}
              onBlur={() => p.onTouch(row.key, 'customLabel')}
              data-testid="team-custom-label"
            />
          </Cell>
        )}
      </div>
    );
  }

  function notesCell(row: TeamRow) {
    const saved = row.savedId ? savedById.get(row.savedId) : undefined;
    // Main checked the saved people only; once names change the answer waits for the next save.
    const doubleBookedOn = samePeopleAsSaved(row, saved) ? saved!.doubleBookedOn : [];
    return (
      <div className="team-notes">
        {isKeyRole(row.role, p.standInRoles) && !lacksBackup(row, p.standInRoles) && <Tag>{t('planTeam.team.keyRole')}</Tag>}
        {lacksBackup(row, p.standInRoles) && (
          <Tag color="warning" icon={<WarningOutlined />} data-testid="team-needs-backup">
            {t('planTeam.team.needsBackup')}
          </Tag>
        )}
        {doubleBookedOn.length > 0 && (
          <Tooltip title={t('planTeam.team.doubleBooked', { titles: doubleBookedOn.map((s) => `“${s}”`).join('、') })}>
            <Tag color="error" icon={<ExclamationCircleOutlined />} className="team-notes__double" data-testid="team-double-booked">
              {t('planTeam.team.doubleBooked', { titles: doubleBookedOn.join('、') })}
            </Tag>
          </Tooltip>
        )}
      </div>
    );
  }

  const columns: TableColumnsType<TeamRow> = [
    { key: 'role', title: t('planTeam.team.columns.role'), width: 150, render: (_, row) => roleCell(row) },
    {
      key: 'primary',
      title: t('planTeam.team.columns.primary'),
      children: [
        { key: 'primaryName', title: t('planTeam.team.columns.name'), width: 150, render: (_, row) => nameCell(row, 'primaryName') },
        { key: 'primaryPhone', title: t('planTeam.team.columns.phone'), width: 165, render: (_, row) => phoneCell(row, 'primaryPhone') },
      ],
    },
    {
      key: 'backup',
      title: t('planTeam.team.columns.backup'),
      children: [
        { key: 'backupName', title: t('planTeam.team.columns.name'), width: 150, render: (_, row) => nameCell(row, 'backupName') },
        { key: 'backupPhone', title: t('planTeam.team.columns.phone'), width: 165, render: (_, row) => phoneCell(row, 'backupPhone') },
      ],
    },
    p.closed ? { key: 'fill' } : { key: 'notes', title: t('planTeam.team.columns.notes'), render: (_, row) => notesCell(row) },
  ];
  if (!p.readOnly) {
    columns.push({
      key: 'remove',
      width: 48,
      render: (_, row) => (
        <Tooltip title={t('planTeam.team.remove')}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('planTeam.team.remove')} onClick={() => p.onRemove(row.key)} data-testid="team-remove" />
        </Tooltip>
      ),
    });
  }

  return (
    <Table<TeamRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={p.rows}
      pagination={false}
      className="team-table"
      rowClassName={(row) => (lacksBackup(row, p.standInRoles) ? 'team-row team-row--needs-backup' : 'team-row')}
      locale={{ emptyText: t('planTeam.team.empty') }}
      onRow={(row) => ({ 'data-testid': 'team-row', 'data-role': row.role }) as HTMLAttributes<HTMLElement>}
    />
  );
}
