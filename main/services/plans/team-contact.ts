/** A team member's role and who to call, first and stand-in: what a printout or a plan shows of them. */
export interface TeamContact {
  role: string;
  customLabel: string;
  primaryName: string;
  primaryPhone: string;
  backupName: string;
  backupPhone: string;
}

/**
 * Copies exactly those fields, named one by one, so whatever else the source
 * row carries (ids, sync columns, clash notes) never travels with them.
 */
export function teamContactOf(m: TeamContact): TeamContact {
  return {
    role: m.role,
    customLabel: m.customLabel,
    primaryName: m.primaryName,
    primaryPhone: m.primaryPhone,
    backupName: m.backupName,
    backupPhone: m.backupPhone,
  };
}
