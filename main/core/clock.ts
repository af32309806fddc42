/** The desk's calendar day (local time), `YYYY-MM-DD`: what "today" means to a receptionist. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The desk's local minute, `YYYY-MM-DDTHH:mm`: how plans and checklist due times
 * are stored (contract localDateTime), so "is it overdue" compares like with like.
 */
export function localMinute(date: Date): string {
  return `${localDay(date)}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** `localMinute` shifted by whole minutes (wall-clock arithmetic, as contract dueTime does). */
export function localMinuteAfter(date: Date, minutes: number): string {
  return localMinute(new Date(date.getTime() + minutes * 60_000));
}
