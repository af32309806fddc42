const pad = (n: number) => String(n).padStart(2, '0');

/** A stored instant (ISO) as the desk's local `YYYY-MM-DD HH:mm`. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
