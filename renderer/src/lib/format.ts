import dayjs from 'dayjs';
import { i18n } from '../i18n';

/** Times arrive as ISO strings from main; the desk shows them in local time. */
export function formatClock(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(i18n.t('time.exact')) : '';
}

export function formatFull(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(i18n.t('time.full')) : '';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(i18n.t('time.date')) : '';
}

/** "12 分钟前" / "12 minutes ago", relative to `now` so a shared ticking clock keeps it fresh. */
export function formatRelative(iso: string | null | undefined, now: number): string {
  // The desk clock ticks coarsely; a time just stamped by main must not read as "in a few seconds".
  return iso ? dayjs(Math.min(Date.parse(iso), now)).from(dayjs(now)) : '';
}

/** Sizes of files and backups: `1.6 GB`, `376 KB` (powers of 1024, as file managers show them). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 || value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
