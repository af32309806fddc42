/**
 * The imports' words in the audit log (spread into audit-labels.ts): the
 * import's action, record and detail keys, in both languages.
 */
export const IMPORT_AUDIT_LABELS = {
  'zh-CN': {
    actions: { 'data.import': '导入数据' },
    entities: { import: '数据导入' },
    fields: { importTarget: '导入到', fileHash: '文件哈希', peopleCreated: '新建人员', peopleReused: '沿用已有人员', guestsAdded: '加入来宾', clientsCreated: '新建客户', skippedRows: '跳过的行', editedCells: '预览中修改的单元格' },
    values: { importTarget: { planGuests: '接待方案来宾名单', people: '人员名录', clients: '客户名录' } },
  },
  en: {
    actions: { 'data.import': 'Imported data' },
    entities: { import: 'Data import' },
    fields: { importTarget: 'Imported into', fileHash: 'File hash', peopleCreated: 'People created', peopleReused: 'People already on file', guestsAdded: 'Guests added', clientsCreated: 'Clients created', skippedRows: 'Rows skipped', editedCells: 'Cells fixed in the preview' },
    values: { importTarget: { planGuests: "A plan's guest list", people: 'People directory', clients: 'Client directory' } },
  },
} as const;
