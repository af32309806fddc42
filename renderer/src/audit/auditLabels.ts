import { auditActionLabel, auditChanges, auditDetailText, auditEntityLabel, auditFacts, type AuditChange, type AuditFact, type AuditTextOptions } from '../../../contract/audit-text';
import { AUDIT_LABELS } from '../../../contract/audit-labels';
import { currentLocale } from '../i18n';
import { formatFull } from '../lib/format';

/**
 * The audit screen reads entries with the same words main writes into the
 * export (contract/audit-labels.ts), in the language shown now, with times
 * in the screen's own format.
 */
function options(entity?: string, subject?: string | null): AuditTextOptions {
  return { locale: currentLocale(), entity, instant: formatFull, subject };
}

export function actionLabel(action: string): string {
  return auditActionLabel(currentLocale(), action);
}

/** Entries the app made itself (a key rotation finishing) name no person. */
export function actorText(actor: string): string {
  return actor === 'system' ? AUDIT_LABELS[currentLocale()].system : actor;
}

export function entityLabel(entity: string): string {
  return auditEntityLabel(currentLocale(), entity);
}

/** The subject is shown in its own place: facts that only repeat it are left out. */
export function detailFacts(detail: Record<string, unknown>, entity: string, subject: string | null): AuditFact[] {
  return auditFacts(detail, options(entity, subject));
}

export function detailChanges(detail: Record<string, unknown>, entity: string): AuditChange[] {
  return auditChanges(detail, options(entity));
}

/** One line for the table: the facts of the detail, and what a change changed (before → after). */
export function detailSummary(detail: Record<string, unknown>, entity: string, subject: string | null): string {
  return auditDetailText(detail, options(entity, subject));
}
