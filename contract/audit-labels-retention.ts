/**
 * Retention and destruction in the audit log (spread into audit-labels.ts):
 * the actions, the destruction record and its detail keys, in both languages.
 */
export const RETENTION_AUDIT_LABELS = {
  'zh-CN': {
    actions: {
      'retention.rules': '修改保管期限',
      'destruction.request': '申请销毁',
      'destruction.approve': '批准销毁',
      'destruction.reject': '驳回销毁',
      'destruction.execute': '执行销毁',
      'destruction.failed': '销毁执行失败',
      'destruction.files': '销毁文件未能删除',
      'destruction.print': '打印销毁证明',
      'destruction.reapply': '恢复备份后重新执行销毁',
    },
    entities: { destruction: '销毁申请' },
    fields: {
      documents: '文档数',
      approvals: '批准数',
      executed: '已执行',
      files: '文件数',
      failure: '问题',
      notRemoved: '未删除文件数',
      personalDataYears: '个人信息保管年限',
      redacted: '已按销毁脱敏',
    },
    values: {},
  },
  en: {
    actions: {
      'retention.rules': 'Changed the retention periods',
      'destruction.request': 'Requested a destruction',
      'destruction.approve': 'Approved a destruction',
      'destruction.reject': 'Rejected a destruction',
      'destruction.execute': 'Carried out a destruction',
      'destruction.failed': 'A destruction failed',
      'destruction.files': 'Files of a destruction not removed',
      'destruction.print': 'Printed a destruction certificate',
      'destruction.reapply': 'Carried a destruction out again after a restore',
    },
    entities: { destruction: 'Destruction request' },
    fields: {
      documents: 'Documents',
      approvals: 'Approvals',
      executed: 'Carried out',
      files: 'Files',
      failure: 'Problem',
      notRemoved: 'Files not removed',
      personalDataYears: 'Personal data kept (years)',
      redacted: 'Redacted by destruction',
    },
    values: {},
  },
} as const;
