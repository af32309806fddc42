import type { z } from 'zod';
import { normalizePhone } from '../../../../../contract/fields';
import { TEAM_ROLES, teamMember, teamRowIssues, type PlanDetail } from '../../../../../contract/plans';
import { maxLengthOf } from '../../../lib/fieldLimit';

export type TeamRole = (typeof TEAM_ROLES)[number];
/** The four roles of DIGEST 01, in the order a coordinator thinks of them. */
export const STANDARD_ROLES = TEAM_ROLES.filter((r): r is Exclude<TeamRole, 'custom'> => r !== 'custom');

/** One role being edited; `key` is local, for React and for per-cell errors. */
export interface TeamRow {
  key: string;
  /** The saved member this row came from, if any: its double bookings are known only as saved. */
  savedId: string | null;
  role: TeamRole;
  customLabel: string;
  primaryName: string;
  primaryPhone: string;
  backupName: string;
  backupPhone: string;
}

export type TeamField = 'customLabel' | 'primaryName' | 'primaryPhone' | 'backupName' | 'backupPhone';
/** i18n keys under `errors.`, per field. */
export type RowProblems = Partial<Record<TeamField, string>>;

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `team-row-${nextKey}`;
}

function isTeamRole(role: string): role is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(role);
}

export function rowsFromPlan(team: PlanDetail['team']): TeamRow[] {
  return team.map((m) => ({
    key: newRowKey(),
    savedId: m.id,
    role: isTeamRole(m.role) ? m.role : 'custom',
    customLabel: isTeamRole(m.role) ? m.customLabel : m.customLabel || m.role,
    primaryName: m.primaryName,
    primaryPhone: m.primaryPhone,
    backupName: m.backupName,
    backupPhone: m.backupPhone,
  }));
}

export function emptyRow(role: TeamRole): TeamRow {
  return { key: newRowKey(), savedId: null, role, customLabel: '', primaryName: '', primaryPhone: '', backupName: '', backupPhone: '' };
}

/** The first standard role the team does not have yet, else a custom one. */
export function nextRole(rows: TeamRow[]): TeamRole {
  return STANDARD_ROLES.find((r) => !rows.some((row) => row.role === r)) ?? 'custom';
}

export function missingStandardRoles(rows: TeamRow[]): TeamRole[] {
  return STANDARD_ROLES.filter((r) => !rows.some((row) => row.role === r));
}

/** Roles the plan's level asks a stand-in for (planDetail.levelRule.standInRoles, set by a manager per level). */
export type StandInRoles = readonly TeamRole[];

export function isKeyRole(role: TeamRole, standIn: StandInRoles): boolean {
  return standIn.includes(role);
}

/** A role the level names (e.g. greeter, presenter) with nobody named as stand-in: the A/B rule. */
export function lacksBackup(row: TeamRow, standIn: StandInRoles): boolean {
  return isKeyRole(row.role, standIn) && row.backupName.trim() === '';
}

/** Fewer people named (rows with a lead) than the level asks for. */
export function staffShortBy(rows: TeamRow[], minStaff: number): number {
  return Math.max(0, minStaff - rows.filter((r) => r.primaryName.trim() !== '').length);
}

/** Each cell's schema is main's own (contract/plans.ts `teamMember`): one source for its rules and its maximum. */
export const TEAM_FIELD_SCHEMA: Record<TeamField, z.ZodType> = teamMember.shape;

/** The limit and count for a `tooLong` cell, so its message names them; null when the cell is not too long. */
export function tooLongValues(row: TeamRow, field: TeamField): { max: number; count: number } | null {
  const max = maxLengthOf(TEAM_FIELD_SCHEMA[field]);
  const count = row[field].trim().length;
  return max !== undefined && count > max ? { max, count } : null;
}

function firstIssue(schema: z.ZodType, value: string): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'invalid');
}

/**
 * What main would refuse, cell by cell: each field's own schema, then the row's
 * rules from contract (a custom role needs a name; the stand-in is not the lead).
 */
export function rowProblems(row: TeamRow): RowProblems {
  const problems: RowProblems = {
    customLabel: row.role === 'custom' ? firstIssue(TEAM_FIELD_SCHEMA.customLabel, row.customLabel) : undefined,
    primaryName: firstIssue(TEAM_FIELD_SCHEMA.primaryName, row.primaryName),
    primaryPhone: firstIssue(TEAM_FIELD_SCHEMA.primaryPhone, row.primaryPhone),
    backupName: firstIssue(TEAM_FIELD_SCHEMA.backupName, row.backupName),
    backupPhone: firstIssue(TEAM_FIELD_SCHEMA.backupPhone, row.backupPhone),
  };
  for (const issue of teamRowIssues(row)) problems[issue.path] ??= issue.message;
  return Object.fromEntries(Object.entries(problems).filter(([, v]) => v)) as RowProblems;
}

/** The first cell too long on the team, for the refused save's message. */
export function firstTooLong(rows: TeamRow[]): { field: TeamField; max: number; count: number } | null {
  for (const row of rows) {
    for (const [field, key] of Object.entries(rowProblems(row)) as [TeamField, string][]) {
      const over = key === 'tooLong' ? tooLongValues(row, field) : null;
      if (over) return { field, ...over };
    }
  }
  return null;
}

export function hasProblems(rows: TeamRow[]): boolean {
  return rows.some((r) => Object.keys(rowProblems(r)).length > 0);
}

/** What setTeam receives: trimmed, phones in the app's one written form. */
export function membersInput(rows: TeamRow[]) {
  return rows.map((r) => ({
    role: r.role,
    customLabel: r.role === 'custom' ? r.customLabel.trim() : '',
    primaryName: r.primaryName.trim(),
    primaryPhone: normalizePhone(r.primaryPhone),
    backupName: r.backupName.trim(),
    backupPhone: normalizePhone(r.backupPhone),
  }));
}

/** Compared on what would be saved, so retyping a value back is not an unsaved change. */
export function sameTeam(a: TeamRow[], b: TeamRow[]): boolean {
  return JSON.stringify(membersInput(a)) === JSON.stringify(membersInput(b));
}

/** Whether a row's people are still those main checked for double bookings. */
export function samePeopleAsSaved(row: TeamRow, saved: PlanDetail['team'][number] | undefined): boolean {
  return !!saved && saved.primaryName === row.primaryName.trim() && saved.backupName === row.backupName.trim();
}
