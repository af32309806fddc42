/**
 * The past visits' words in the audit log (spread into audit-labels.ts): a
 * reopening, a change to a completed visit's record and its decision, and the
 * visit file's printing, in both languages.
 */
export const PAST_VISIT_AUDIT_LABELS = {
  'zh-CN': {
    actions: {
      'pastVisit.reopen': '重新打开已归档接待',
      'pastVisit.changeRequest': '申请修改已归档记录',
      'pastVisit.changeApprove': '批准修改已归档记录',
      'pastVisit.changeReject': '驳回修改已归档记录',
      'pastVisit.print': '打印接待档案',
    },
    fields: { target: '修改对象', guest: '来宾', checkOutAt: '签退时间', documents: '文档数' },
    values: { target: { plan: '接待方案', visit: '来宾签到记录' } },
  },
  en: {
    actions: {
      'pastVisit.reopen': 'Reopened a past visit',
      'pastVisit.changeRequest': "Asked to change a past visit's record",
      'pastVisit.changeApprove': "Approved a change to a past visit's record",
      'pastVisit.changeReject': "Rejected a change to a past visit's record",
      'pastVisit.print': "Printed a visit's file",
    },
    fields: { target: 'Record', guest: 'Guest', checkOutAt: 'Checked out at', documents: 'Documents' },
    values: { target: { plan: 'Plan', visit: "Guest's visit" } },
  },
} as const;
