import { AUDIT_LABELS } from '../../../../contract/audit-labels';
import type { Locale } from '../../../../contract/print';

const pad = (n: number) => String(n).padStart(2, '0');

/** A who-did-what instant (ISO) as the desk's local `YYYY-MM-DD HH:mm`. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A local `YYYY-MM-DDTHH:mm` as `YYYY-MM-DD HH:mm`, or '—'. */
export const minute = (local: string | null): string => (local ? local.replace('T', ' ') : '—');

/** An audit action as the log's reader names it, in the paper's language. */
export function actionLabel(locale: Locale, action: string): string {
  return (AUDIT_LABELS[locale].actions as Record<string, string>)[action] ?? action;
}

/** 1.2 MB / 340 KB. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
