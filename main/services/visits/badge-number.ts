import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../core/write-path';

/**
 * `V` + yymmdd + a 4-digit sequence for the day (V2611270007): short enough to
 * type when a scanner fails, and what the badge's QR code holds. Called inside
 * the check-in transaction so two check-ins cannot take the same number.
 */
export function nextBadgeNo(tx: ReadDb, visitDay: string): string {
  const prefix = `V${visitDay.slice(2).replaceAll('-', '')}`;
  // Longest first: past 9999 the sequence grows a digit and text order alone would be wrong.
  const row = tx.get<{ last: string | null }>(
    sql`SELECT badge_no AS last FROM visits WHERE badge_no GLOB ${`${prefix}[0-9][0-9][0-9][0-9]*`}
        ORDER BY length(badge_no) DESC, badge_no DESC LIMIT 1`,
  );
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

/** What a scanner or a hurried hand may type for a badge number. */
export function normalizeBadgeNo(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, '');
}
