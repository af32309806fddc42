import type { ExportDataset } from './data-export';
import { VALUE_LABELS } from './labels';
import type { Locale } from './print';

/**
 * The words inside an exported file, in both languages: main writes the
 * files in the desk's language, and the export dialog names the datasets with
 * the same words. Pure values, like audit-labels.ts.
 */

/** Each dataset's columns, in the file's order. */
export const EXPORT_COLUMNS = {
  visits: ['checkInAt', 'checkOutAt', 'name', 'company', 'phone', 'idType', 'idNumber', 'host', 'purpose', 'badgeNo', 'status', 'kind', 'plan'],
  visitors: ['name', 'company', 'phone', 'idType', 'idNumber', 'visitsInRange', 'firstVisitAt', 'lastVisitAt'],
  plans: ['title', 'client', 'level', 'visitType', 'status', 'arrivalAt', 'departureAt', 'expectedHeadcount', 'guestCount'],
  clients: ['name', 'industry', 'tier', 'accountManager', 'tags', 'peopleCount', 'lastVisitAt'],
  people: ['name', 'title', 'company', 'client', 'phone', 'email', 'idType', 'idNumber', 'visitCount', 'lastVisitAt'],
} as const satisfies Record<ExportDataset, readonly string[]>;
export type ExportColumn = (typeof EXPORT_COLUMNS)[ExportDataset][number];

interface ExportLabelTable {
  datasets: Record<ExportDataset, string>;
  columns: Record<ExportColumn, string>;
  visitStatus: Record<string, string>;
  visitKind: Record<string, string>;
  /** The first line of a full export: the file holds personal data. */
  personalNotice: (reason: string, by: string, at: string) => string;
  /** The workbook's properties (File → Properties in Excel and WPS). */
  personalSubject: string;
}

export const EXPORT_LABELS: Record<Locale, ExportLabelTable> = {
  'zh-CN': {
    datasets: { visits: '来访记录', visitors: '访客', plans: '接待方案', clients: '客户', people: '人员名录' },
    columns: {
      checkInAt: '入场时间',
      checkOutAt: '离场时间',
      name: '姓名',
      company: '单位',
      phone: '电话',
      idType: '证件类型',
      idNumber: '证件号码',
      host: '被访人',
      purpose: '来访事由',
      badgeNo: '胸卡号',
      status: '状态',
      kind: '类别',
      plan: '接待方案',
      visitsInRange: '来访次数',
      firstVisitAt: '首次来访',
      lastVisitAt: '最近来访',
      title: '名称',
      client: '客户',
      level: '接待级别',
      visitType: '来访类型',
      arrivalAt: '到达时间',
      departureAt: '离开时间',
      expectedHeadcount: '预计人数',
      guestCount: '来宾人数',
      industry: '行业',
      tier: '客户级别',
      accountManager: '客户经理',
      tags: '标签',
      peopleCount: '联系人数',
      email: '电子邮件',
      visitCount: '来访次数',
    },
    visitStatus: { expected: '待到访', on_site: '在场', checked_out: '已离场', cancelled: '已取消' },
    visitKind: { walk_in: '临时来访', planned: '计划接待' },
    personalNotice: (reason, by, at) => `本文件含个人信息（完整证件号码），仅限授权用途，请妥善保管，用后销毁。导出人：${by}；时间：${at}；原因：${reason}`,
    personalSubject: '含个人信息（完整证件号码）',
  },
  en: {
    datasets: { visits: 'Visits', visitors: 'Visitors', plans: 'Visit plans', clients: 'Clients', people: 'People directory' },
    columns: {
      checkInAt: 'Checked in',
      checkOutAt: 'Checked out',
      name: 'Name',
      company: 'Company',
      phone: 'Phone',
      idType: 'ID type',
      idNumber: 'ID number',
      host: 'Host',
      purpose: 'Purpose',
      badgeNo: 'Badge no.',
      status: 'Status',
      kind: 'Kind',
      plan: 'Visit plan',
      visitsInRange: 'Visits',
      firstVisitAt: 'First visit',
      lastVisitAt: 'Last visit',
      title: 'Title',
      client: 'Client',
      level: 'Reception level',
      visitType: 'Visit type',
      arrivalAt: 'Arrival',
      departureAt: 'Departure',
      expectedHeadcount: 'Expected headcount',
      guestCount: 'Guests',
      industry: 'Industry',
      tier: 'Client tier',
      accountManager: 'Account manager',
      tags: 'Tags',
      peopleCount: 'Contacts',
      email: 'Email',
      visitCount: 'Visits',
    },
    visitStatus: { expected: 'Expected', on_site: 'On site', checked_out: 'Checked out', cancelled: 'Cancelled' },
    visitKind: { walk_in: 'Walk-in', planned: 'Planned' },
    personalNotice: (reason, by, at) =>
      `This file holds personal data (full ID numbers): for authorised use only; keep it safe and destroy it after use. Exported by: ${by}; at: ${at}; reason: ${reason}`,
    personalSubject: 'Holds personal data (full ID numbers)',
  },
};

/** A person's job title is `title` in people; a plan's `title` is its name: the people dataset's column reads as a job title. */
export function exportColumnLabel(locale: Locale, dataset: ExportDataset, column: ExportColumn): string {
  if (dataset === 'people' && column === 'title') return locale === 'en' ? 'Job title' : '职务';
  return EXPORT_LABELS[locale].columns[column];
}

/** Coded values as the file shows them. */
export function exportValueLabels(locale: Locale) {
  const v = VALUE_LABELS[locale];
  return { ...EXPORT_LABELS[locale], idType: v.idType, planStatus: v.planStatus, level: v.receptionLevel, visitType: v.visitType, tier: v.clientTier };
}
