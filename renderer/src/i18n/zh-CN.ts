import { ROLE_LABELS } from '../../../contract/role-labels';
import { dataImportZh } from './parts/data-import.zh-CN';
import { filesZh } from './parts/files.zh-CN';
import { plansZh } from './parts/plans.zh-CN';
import { planEditorZh } from './parts/planEditor.zh-CN';
import { planTeamZh } from './parts/planTeam.zh-CN';
import { arrivalsZh } from './parts/arrivals.zh-CN';
import { planPrintZh } from './parts/planPrint.zh-CN';
import { checklistPrintZh } from './parts/checklistPrint.zh-CN';
import { incidentPrintZh } from './parts/incidentPrint.zh-CN';
import { identityZh } from './parts/identity.zh-CN';
import { organisationZh } from './parts/organisation.zh-CN';
import { a11yZh } from './parts/a11y.zh-CN';
import { formsZh } from './parts/forms.zh-CN';
import { lengthsZh } from './parts/lengths.zh-CN';
import { deskFlowZh } from './parts/deskFlow.zh-CN';
import { wordsZh } from './parts/words.zh-CN';
import { loadingZh } from './parts/loading.zh-CN';
import { deskZh } from './parts/desk.zh-CN';
import { badgesZh } from './parts/badges.zh-CN';
import { settingsZh } from './parts/settings.zh-CN';
import { errorsZh } from './parts/errors.zh-CN';
import { storageZh } from './parts/storage.zh-CN';
import { planWordsZh } from './parts/planWords.zh-CN';
import { securityZh } from './parts/security.zh-CN';
import { sessionZh } from './parts/session.zh-CN';
import { setupZh } from './parts/setup.zh-CN';
import { usersZh } from './parts/users.zh-CN';
import { auditZh } from './parts/audit.zh-CN';
import { clientsZh } from './parts/clients.zh-CN';
import { pcSettingsZh } from './parts/pcSettings.zh-CN';
import { backupZh } from './parts/backup.zh-CN';
import { keyPagingZh } from './parts/keyPaging.zh-CN';
import { checklistsZh } from './parts/checklists.zh-CN';
import { planChecklistsZh } from './parts/planChecklists.zh-CN';
import { feedbackZh } from './parts/feedback.zh-CN';
import { incidentsZh } from './parts/incidents.zh-CN';
import { tasksZh } from './parts/tasks.zh-CN';
import { followupsZh } from './parts/followups.zh-CN';
import { pastVisitsZh } from './parts/pastVisits.zh-CN';
import { archiveDocsZh } from './parts/archiveDocs.zh-CN';
import { retentionZh } from './parts/retention.zh-CN';
import { dataExportZh } from './parts/data-export.zh-CN';
import { reportsZh } from './parts/reports.zh-CN';

/**
 * Simplified Chinese: the desk's first language. `en.ts` must have exactly the
 * same keys (its type is derived from this object, so a missing or extra key
 * fails `tsc`).
 */
export const zhCN = {
  app: {
    name: '接待台',
    loading: '正在连接接待服务…',
    loadFailed: '无法连接接待服务',
    retry: '重试',
  },
  header: {
    onSite: '在场',
    onSiteUnit: '人',
    onSiteTitle: '当前在场访客人数',
    settings: '设置',
    language: '界面语言',
  },
  list: {
    separator: '、',
  },
  lang: {
    zh: '中文',
    en: 'English',
  },
  clock: {
    date: 'YYYY年M月D日 dddd',
    time: 'HH:mm:ss',
  },
  time: {
    exact: 'HH:mm',
    full: 'YYYY-MM-DD HH:mm:ss',
    date: 'YYYY-MM-DD',
  },
  nav: {
    label: '主导航',
    desk: '前台',
    admin: '系统管理',
    plans: '接待计划',
    users: '用户与权限',
    audit: '审计日志',
    security: '数据安全',
    backup: '备份与恢复',
    clients: '客户',
    checklists: '清单',
    templates: '清单模板',
    quality: '质量检查',
    emergency: '应急管理',
    service: '服务',
    tasks: '我的任务',
    incidents: '问题处理',
    feedback: '满意度反馈',
    followups: '客户跟进',
    scripts: '话术库',
    archive: '档案',
    documents: '文档',
    pastVisits: '往期接待',
    retention: '保管与销毁',
    storage: '存储健康',
    reports: '报表',
    dataExport: '数据导出',
    dataImport: '数据导入',
    short: {
      desk: '前台',
      admin: '管理',
      plans: '接待计划',
      clients: '客户',
      users: '用户与权限',
      audit: '审计日志',
      security: '数据安全',
      backup: '备份与恢复',
      checklists: '清单',
      templates: '清单模板',
      quality: '质量检查',
      emergency: '应急管理',
      service: '服务',
      tasks: '任务',
      incidents: '问题',
      feedback: '反馈',
      followups: '跟进',
      scripts: '话术',
      archive: '档案',
      documents: '文档',
      pastVisits: '往期',
      retention: '销毁',
      storage: '存储',
      reports: '报表',
      dataExport: '导出',
      dataImport: '导入',
    },
  },
  // Role names are translated once, in the contract: main's audit export uses the same table.
  roles: ROLE_LABELS['zh-CN'],
  // Feature parts live in ./parts, one pair of files per area.
  ...deskZh,
  ...badgesZh,
  ...settingsZh,
  ...errorsZh,
  storageHealth: storageZh.storageHealth,
  ...planWordsZh,
  ...securityZh,
  ...backupZh,
  ...sessionZh,
  ...setupZh,
  ...usersZh,
  ...auditZh,
  ...clientsZh,
  plans: plansZh,
  planEditor: planEditorZh,
  planTeam: planTeamZh,
  arrivals: arrivalsZh,
  planPrint: planPrintZh,
  checklistPrint: checklistPrintZh,
  incidentPrint: incidentPrintZh,
  identity: identityZh,
  files: filesZh,
  organisation: organisationZh,
  a11y: a11yZh,
  forms: formsZh,
  deskFlow: deskFlowZh,
  words: wordsZh,
  lengths: lengthsZh,
  loading: loadingZh,
  pcSettings: pcSettingsZh,
  keyPaging: keyPagingZh,
  checklists: checklistsZh,
  planChecklists: planChecklistsZh,
  ...feedbackZh,
  incidents: incidentsZh,
  tasks: tasksZh,
  followups: followupsZh,
  pastVisits: pastVisitsZh,
  archiveDocs: archiveDocsZh,
  retention: retentionZh,
  dataExport: dataExportZh,
  dataImport: dataImportZh,
  reports: reportsZh,
} as const;

