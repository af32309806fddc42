import { EXPORT_LABELS } from './export-labels';
import { VALUE_LABELS } from './labels';

/**
 * Data exports in the audit log (spread into audit-labels.ts): the actions,
 * the record kind, the detail keys and their coded values, in both languages.
 */
export const EXPORT_AUDIT_LABELS = {
  'zh-CN': {
    actions: { 'data.export': '导出数据', 'data.exportFull': '导出数据（含完整证件号码）' },
    entities: { export: '数据导出' },
    fields: {
      dataset: '数据',
      deskList: '前台列表',
      visitStatus: '来访状态',
      visitKind: '来访类别',
      planStatus: '方案状态',
      keyword: '关键词',
      withoutClient: '仅无所属客户',
      unscheduled: '仅未排时间',
      includeArchived: '含已归档的客户',
    },
    values: {
      dataset: EXPORT_LABELS['zh-CN'].datasets,
      deskList: { on_site: '在场访客', today: '今日来访' },
      visitStatus: EXPORT_LABELS['zh-CN'].visitStatus,
      visitKind: EXPORT_LABELS['zh-CN'].visitKind,
      planStatus: VALUE_LABELS['zh-CN'].planStatus,
    },
  },
  en: {
    actions: { 'data.export': 'Exported data', 'data.exportFull': 'Exported data with full ID numbers' },
    entities: { export: 'Data export' },
    fields: {
      dataset: 'Data',
      deskList: 'Desk list',
      visitStatus: 'Visit status',
      visitKind: 'Visit kind',
      planStatus: 'Plan status',
      keyword: 'Keyword',
      withoutClient: 'Only people without a client',
      unscheduled: 'Only unscheduled plans',
      includeArchived: 'Archived clients too',
    },
    values: {
      dataset: EXPORT_LABELS.en.datasets,
      deskList: { on_site: 'On site', today: 'Today' },
      visitStatus: EXPORT_LABELS.en.visitStatus,
      visitKind: EXPORT_LABELS.en.visitKind,
      planStatus: VALUE_LABELS.en.planStatus,
    },
  },
} as const;
