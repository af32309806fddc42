/** What other domains and the composition root use of the audit domain. */
export { auditSealReport, sealAuditHead } from './audit-seal';
export { toViews as auditEntryViews } from './audit-subjects';
