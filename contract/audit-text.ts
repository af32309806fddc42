import { AUDIT_LABELS } from './audit-labels';
import type { Locale } from './print';

/**
 * An audit entry's words as a reader sees them, on screen and in the export:
 * labels for actions, records and detail keys, values with their codes
 * translated, instants in the desk's local time. Pure functions over the
 * tables in audit-labels.ts.
 */
export interface AuditTextOptions {
  locale: Locale;
  /** The entry's record kind: a few keys read differently per kind. */
  entity?: string;
  /** How an instant reads; by default the local date and time, `YYYY-MM-DD HH:mm:ss`. */
  instant?: (iso: string) => string;
  /** The entry's subject (AuditEntryView.subject), shown beside the detail: a fact saying one of its parts again is left out. */
  subject?: string | null;
}

/** Between the parts of an entry's subject (visitor · badge number). */
export const SUBJECT_SEPARATOR = ' · ';

/** Older entries carried their record's name in the detail: with the subject shown, those facts would say it twice. */
function saidBySubject(value: unknown, subject: string | null | undefined): boolean {
  return typeof value === 'string' && !!subject && value !== '' && subject.split(SUBJECT_SEPARATOR).includes(value);
}

export interface AuditFact {
  key: string;
  label: string;
  value: string;
}

export interface AuditChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** Plans keep their times as local date-times without a zone. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in this machine's time zone, which is the desk's. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** 'visit.checkIn' → 登记入场; an action this build does not know yet shows as written. */
export function auditActionLabel(locale: Locale, action: string): string {
  const labels = AUDIT_LABELS[locale];
  const known = labels.actions[action];
  if (known) return known;
  // A filter by prefix ("visit.") names every action of one kind of record.
  const prefix = /^([a-z]+)\.$/.exec(action)?.[1];
  const entity = prefix ? labels.entities[prefix] : undefined;
  return entity ? `${entity}${locale === 'en' ? ' (all actions)' : '（全部操作）'}` : action;
}

export function auditEntityLabel(locale: Locale, entity: string): string {
  return AUDIT_LABELS[locale].entities[entity] ?? entity;
}

export function auditFieldLabel(locale: Locale, field: string, entity?: string, parent?: string): string {
  const labels = AUDIT_LABELS[locale];
  return (parent && labels.nestedFields[parent]?.[field]) ?? (entity && labels.entityFields[entity]?.[field]) ?? labels.fields[field] ?? field;
}

/** One value as a reader expects it: codes by name, yes/no, lists joined, nested facts as "label: value". */
export function auditValueText(field: string, value: unknown, opts: AuditTextOptions): string {
  const labels = AUDIT_LABELS[opts.locale];
  if (value === null || value === undefined || value === '') return labels.none;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return labels.none;
    const parts = value.map((v) => auditValueText(field, v, opts));
    return parts.join(value.some(isRecord) ? labels.factSeparator : labels.listSeparator);
  }
  if (isRecord(value) && field === 'printerProfiles') {
    // Keyed by printer: each printer by its name, then its profile.
    return Object.entries(value)
      .map(([printer, profile]) => {
        const name = labels.values.printerId?.[printer] ?? printer;
        const text = auditValueText('profile', profile, opts);
        return opts.locale === 'en' ? `${name} (${text})` : `${name}（${text}）`;
      })
      .join(labels.factSeparator);
  }
  if (isRecord(value)) {
    const text = Object.entries(value)
      // A nested record's own id says nothing to a reader, nor a client id beside the company's name; blanks are left out.
      .filter(([k, v]) => k !== 'id' && !(SHOWN_ELSEWHERE[k] && value[SHOWN_ELSEWHERE[k]]) && v !== '' && v !== null && v !== undefined)
      .map(([k, v]) => `${auditFieldLabel(opts.locale, k, opts.entity, field)}${labels.pairSeparator}${auditValueText(k, v, opts)}`)
      .join(labels.listSeparator === '、' ? '，' : ', ');
    return text || labels.none;
  }
  if (typeof value === 'string') {
    const coded = labels.values[field]?.[value];
    if (coded) return coded;
    if (field === 'action' && (labels.actions[value] || /^[a-z]+\.$/.test(value))) return auditActionLabel(opts.locale, value);
    if (ISO_INSTANT.test(value)) return (opts.instant ?? localDateTime)(value);
    const local = LOCAL_DATE_TIME.exec(value);
    if (local) return `${local[1]} ${local[2]}`;
  }
  return String(value);
}

/**
 * Ids a detail carries beside the thing's name: the name is what a reader
 * knows, so the id is shown as that name, or left out where the name is
 * already a fact of its own.
 */
const NAMED_BY: Record<string, (detail: Record<string, unknown>) => unknown> = {
  personId: () => undefined,
  visitorId: () => undefined,
  clientId: () => undefined,
  keepId: (d) => (isRecord(d.before) ? d.before.name : undefined),
  mergeId: (d) => (isRecord(d.merged) ? d.merged.name : undefined),
};
const SHOWN_ELSEWHERE: Record<string, string> = { personId: 'name', visitorId: 'name', clientId: 'company' };

/** The facts of a detail (everything but a change's before and after), ids shown by name. */
export function auditFacts(detail: Record<string, unknown>, opts: AuditTextOptions): AuditFact[] {
  const { before, after, ...rest } = detail;
  const isChange = isRecord(before) && isRecord(after);
  const facts: AuditFact[] = [];
  for (const [key, value] of Object.entries(isChange ? rest : detail)) {
    const shownAs = SHOWN_ELSEWHERE[key];
    if (shownAs && detail[shownAs]) continue;
    if (saidBySubject(value, opts.subject)) continue;
    const name = NAMED_BY[key]?.(detail);
    facts.push({ key, label: auditFieldLabel(opts.locale, key, opts.entity), value: auditValueText(key, name ?? value, opts) });
  }
  return facts;
}

/** What a change changed, field by field, old and new side by side. */
export function auditChanges(detail: Record<string, unknown>, opts: AuditTextOptions): AuditChange[] {
  const { before, after } = detail;
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    keys
      .map((key) => ({
        key,
        label: auditFieldLabel(opts.locale, key, opts.entity),
        before: auditValueText(key, before[key], opts),
        after: auditValueText(key, after[key], opts),
      }))
      // A merge logs whole records: only what differs is a change; a client id is shown by its company.
      .filter((c) => c.before !== c.after && !(SHOWN_ELSEWHERE[c.key] && (before[SHOWN_ELSEWHERE[c.key]!] || after[SHOWN_ELSEWHERE[c.key]!])))
  );
}

/** The whole detail on one line: facts, then each change as "label: old → new". */
export function auditDetailText(detail: Record<string, unknown>, opts: AuditTextOptions): string {
  const { pairSeparator, factSeparator } = AUDIT_LABELS[opts.locale];
  const facts = auditFacts(detail, opts).map((f) => `${f.label}${pairSeparator}${f.value}`);
  const changes = auditChanges(detail, opts).map((c) => `${c.label}${pairSeparator}${c.before} → ${c.after}`);
  return [...facts, ...changes].join(factSeparator);
}
