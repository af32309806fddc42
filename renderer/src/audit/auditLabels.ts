import { i18n } from '../i18n';
import { formatFull } from '../lib/format';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const LOCALE_NAMES: Record<string, string> = { 'zh-CN': 'lang.zh', en: 'lang.en' };
/** Fields whose values are codes with a translation of their own: a plan's status, a reception level, a tier. */
const CODE_LABELS: Record<string, string> = { from: 'planStatus', to: 'planStatus', status: 'planStatus', level: 'receptionLevels', tier: 'tiers', document: 'printDocs', audience: 'printAudience' };

/** 'visit.checkIn' → 登记入场; an action this build does not know yet shows as written. */
export function actionLabel(action: string): string {
  const key = `auditActions.${action}`;
  return i18n.exists(key) && typeof i18n.t(key) === 'string' ? i18n.t(key) : action;
}

export function entityLabel(entity: string): string {
  return i18n.exists(`entities.${entity}`) ? i18n.t(`entities.${entity}`) : entity;
}

export function fieldLabel(field: string): string {
  return i18n.exists(`auditFields.${field}`) ? i18n.t(`auditFields.${field}`) : field;
}

/** A detail value as a reader expects it: roles by name, yes/no, lists joined, objects as JSON. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'roles' && Array.isArray(value)) {
    return value.map((r) => (i18n.exists(`roles.${String(r)}`) ? i18n.t(`roles.${String(r)}`) : String(r))).join(i18n.t('list.separator'));
  }
  if (typeof value === 'boolean') return i18n.t(value ? 'audit.yes' : 'audit.no');
  if (field === 'locale' && typeof value === 'string' && LOCALE_NAMES[value]) return i18n.t(LOCALE_NAMES[value]);
  const codes = CODE_LABELS[field];
  if (codes && typeof value === 'string' && i18n.exists(`${codes}.${value}`)) return i18n.t(`${codes}.${value}`);
  // Main stores instants in UTC; people read them in local time.
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatFull(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(i18n.t('list.separator'));
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short form of a value for the one-line summary: nested objects are left to the expanded row. */
function shortText(field: string, value: unknown): string {
  return isRecord(value) ? '…' : valueText(field, value);
}

/** One line for the table: the facts of the detail, and what a change changed (before → after). */
export function detailSummary(detail: Record<string, unknown>): string {
  const { before, after, ...rest } = detail;
  const facts = Object.entries(rest).map(([k, v]) => `${fieldLabel(k)}: ${shortText(k, v)}`);
  const changes = isRecord(after)
    ? Object.entries(after).map(([k, v]) => `${fieldLabel(k)}: ${shortText(k, isRecord(before) ? before[k] : undefined)} → ${shortText(k, v)}`)
    : [];
  return [...facts, ...changes].join(' · ');
}
