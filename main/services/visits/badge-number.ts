import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../core/write-path';

/** Consonants only, none mistaken for a digit (no I, O, U, Y): read aloud letter by letter, never a word. */
const DESK_LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';

/** A desk's code never changes: hashed once per device id, not on every check-in. */
const deskCodes = new Map<string, string>();

/**
 * Three letters naming this desk in its badge numbers, derived from the
 * device id (kept beside the database, never synced): 20³ = 8 000 codes, so
 * two desks of one site share a code with odds of 1 in 8 000.
 */
export function deskCode(deviceId: string): string {
  let code = deskCodes.get(deviceId);
  if (code === undefined) deskCodes.set(deviceId, (code = deskCodeOf(deviceId)));
  return code;
}

function deskCodeOf(deviceId: string): string {
  let n = createHash('sha256').update(deviceId, 'utf8').digest().readUInt32BE(0);
  let code = '';
  for (let i = 0; i < 3; i++) {
    code += DESK_LETTERS[n % DESK_LETTERS.length];
    n = Math.floor(n / DESK_LETTERS.length);
  }
  return code;
}

/**
 * `V` + yymmdd + this desk's code + a 4-digit sequence for the day and desk
 * (V261127KMX0007, read "V, 26 11 27, K M X, 0007"): short enough to type when
 * a scanner fails, what the badge's QR code holds, and unique across desks,
 * so rows of two desks merge under the UNIQUE index. Numbers issued before
 * desk codes (V2611270007) stay valid: check-out looks a number up whole.
 * Called inside the check-in transaction so two check-ins cannot take the
 * same number.
 */
export function nextBadgeNo(tx: ReadDb, visitDay: string, deviceId: string): string {
  const prefix = `V${visitDay.slice(2).replaceAll('-', '')}${deskCode(deviceId)}`;
  // Longest first: past 9999 the sequence grows a digit and text order alone would be wrong. Read from the top of
  // visits_badge_seq (prefix, length, number): one row. Only this function writes numbers with a desk code, and
  // the older ones (V + yymmdd + digits) never share a 10-character prefix with them (letters at 8–10).
  const row = tx.get<{ last: string | null }>(
    sql`SELECT badge_no AS last FROM visits WHERE substr(badge_no, 1, 10) = ${prefix} ORDER BY length(badge_no) DESC, badge_no DESC LIMIT 1`,
  );
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

/** What a scanner or a hurried hand may type for a badge number. */
export function normalizeBadgeNo(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, '');
}
