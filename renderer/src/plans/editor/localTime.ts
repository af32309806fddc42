import dayjs from 'dayjs';

/**
 * Plans keep local times as `YYYY-MM-DDTHH:mm` text (one site, one time
 * zone); these helpers read, shift and show them without touching UTC.
 */
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export function splitLocal(value: string | null | undefined): { date: string; time: string } | null {
  const m = value ? LOCAL.exec(value) : null;
  return m ? { date: m[1]!, time: m[2]! } : null;
}

export function joinLocal(date: string, time: string): string {
  return `${date}T${time}`;
}

/**
 * What a typist means by a time: `930` → 09:30, `14` → 14:00, `9:5` → 09:05,
 * `14.30` → 14:30. Null when it is not a time of day.
 */
export function normalizeTime(text: string): string | null {
  const t = text.trim().replace(/[：.．]/g, ':');
  let h: number;
  let m: number;
  const colon = /^(\d{1,2}):(\d{1,2})$/.exec(t);
  if (colon) {
    h = Number(colon[1]);
    m = Number(colon[2]);
  } else if (/^\d{1,4}$/.test(t)) {
    // 1–2 digits are hours; 3–4 digits end in minutes (930, 1430).
    h = t.length <= 2 ? Number(t) : Number(t.slice(0, -2));
    m = t.length <= 2 ? 0 : Number(t.slice(-2));
  } else {
    return null;
  }
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function timeOf(minutes: number): string {
  const clamped = Math.max(0, Math.min(23 * 60 + 55, minutes));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/**
 * `2026-11-28 周六 09:00`; the weekday follows the interface language. The date
 * and time are the text's own: read as an instant, a time in a daylight-saving
 * gap (02:30 on a spring-forward night) would show an hour later. Only the
 * weekday comes from dayjs, taken at noon, which no zone skips.
 */
export function showLocal(value: string): string {
  const local = splitLocal(value);
  if (!local) return value;
  return `${local.date} ${dayjs(`${local.date}T12:00`).format('ddd')} ${local.time}`;
}

/** Arrival–departure in one line; the second date is left out when the visit is one day. */
export function showSpan(arrivalAt: string | null, departureAt: string | null): string | null {
  if (!arrivalAt && !departureAt) return null;
  if (!arrivalAt || !departureAt) return showLocal((arrivalAt ?? departureAt)!);
  const sameDay = arrivalAt.slice(0, 10) === departureAt.slice(0, 10);
  return `${showLocal(arrivalAt)} – ${sameDay ? departureAt.slice(11) : showLocal(departureAt)}`;
}

/** `MM-DD HH:mm` for short references inside a sentence. */
export function showShort(value: string): string {
  return value.slice(5).replace('T', ' ');
}
