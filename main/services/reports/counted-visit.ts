/** A counted visit (db/schema/reports.ts), its columns prefixed with `alias.` when given; the triggers of db/migrations/0014_reports.sql test the same. */
export const countedVisit = (alias = '') => {
  const a = alias ? `${alias}.` : '';
  return `${a}deleted_at IS NULL AND ${a}check_in_at IS NOT NULL AND ${a}status IN ('on_site', 'checked_out')`;
};
