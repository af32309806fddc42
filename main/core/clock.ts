/** The desk's calendar day (local time), `YYYY-MM-DD`: what "today" means to a receptionist. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * An instant as the desk's local time to the minute, `YYYY-MM-DDTHH:mm`: the
 * form plans and due times are written in, so an instant compares with them as text.
 */
export function localMinute(date: Date): string {
  return `${localDay(date)}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
