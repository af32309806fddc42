import type { DeepStrings } from '../messages';
import type { auditZh } from './audit.zh-CN';

/** The audit log screen (action, record and detail key names: contract/audit-labels.ts, which main's export uses too). */
export const auditEn: DeepStrings<typeof auditZh> = {
  audit: {
    title: 'Audit log',
    range: 'Dates',
    actor: 'Actor',
    actorPlaceholder: 'Name or login',
    action: 'Action',
    allActions: 'All actions',
    text: 'Text',
    textPlaceholder: 'Search the details',
    search: 'Search',
    reset: 'Reset',
    verify: 'Verify integrity',
    intact_one: 'The log is intact (1 entry checked)',
    intact_other: 'The log is intact ({{count}} entries checked)',
    broken: 'The log was tampered with: entry {{seq}} ({{time}}) and later fail the check',
    brokenHint: 'Change nothing more and tell an administrator now; check entries after that time against a trusted backup.',
    exportCsv: 'Export CSV',
    exportXlsx: 'Export Excel',
    exported_one: 'Exported 1 row to exports/{{fileName}}',
    exported_other: 'Exported {{count}} rows to exports/{{fileName}}',
    total: 'Total: {{total}}',
    empty: 'No entries match',
    loadFailed: 'Could not load the audit log',
    before: 'Before',
    after: 'After',
    noDetail: 'No further detail',
    yes: 'Yes',
    no: 'No',
    columns: {
      seq: 'No.',
      time: 'Time',
      actor: 'Actor',
      action: 'Action',
      entity: 'Record',
      detail: 'Detail',
    },
  },
};
