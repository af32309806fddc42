/**
 * The document store's words in the audit log (spread into audit-labels.ts):
 * the storage health check's action, record and detail keys, in both languages.
 */
export const STORAGE_AUDIT_LABELS = {
  'zh-CN': {
    actions: { 'storage.check': '存储健康检查' },
    entities: { storage: '文档存储' },
    fields: { checkTrigger: '检查方式', checkedFiles: '检查文件数', missingFiles: '缺失文件数', damagedFiles: '损坏文件数', orphanFiles: '多余文件数', databaseIntact: '数据库完好', storageIntact: '存储完好' },
    values: { checkTrigger: { schedule: '定时检查', manual: '手动检查' } },
  },
  en: {
    actions: { 'storage.check': 'Storage health check' },
    entities: { storage: 'Document store' },
    fields: { checkTrigger: 'Started by', checkedFiles: 'Files checked', missingFiles: 'Missing files', damagedFiles: 'Damaged files', orphanFiles: 'Stray files', databaseIntact: 'Database intact', storageIntact: 'Storage intact' },
    values: { checkTrigger: { schedule: 'Schedule', manual: 'By hand' } },
  },
} as const;
