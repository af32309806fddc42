import type { SecurityLevel } from './archive';

/**
 * The archive's words in the audit log (spread into audit-labels.ts): its
 * actions, records, detail keys and coded values, in both languages.
 */
export const SECURITY_ZH: Record<SecurityLevel, string> = { public: '公开', internal: '内部', confidential: '机密' };
export const SECURITY_EN: Record<SecurityLevel, string> = { public: 'Public', internal: 'Internal', confidential: 'Confidential' };

export const ARCHIVE_AUDIT_LABELS = {
  'zh-CN': {
    actions: {
      'archive.seed': '载入内置档案目录和文档类别',
      'archive.folder.add': '新增档案目录',
      'archive.folder.rename': '修改档案目录',
      'archive.folder.archive': '停用档案目录',
      'archive.folder.remove': '删除档案目录',
      'archive.class.save': '保存文档类别',
      'document.create': '归档新文档',
      'document.update': '修改文档信息',
      'document.version.submit': '提交文档新版本',
      'document.version.approve': '批准文档新版本',
      'document.version.reject': '驳回文档新版本',
      'document.preview': '预览机密文档',
      'document.open': '打开文档',
    },
    entities: { archiveFolder: '档案目录', documentClass: '文档类别', document: '文档' },
    fields: {
      retentionYears: '保管年限',
      documents: '文档数',
      defaultSecurity: '默认密级',
      archived: '停用',
      security: '密级',
      contentHash: '内容哈希',
      size: '大小（字节）',
      stored: '存储',
      versionNo: '版本号',
      classId: '类别',
      folderId: '目录',
      docDate: '文档日期',
      visitId: '来访',
      planId: '接待方案',
    },
    values: { security: SECURITY_ZH, defaultSecurity: SECURITY_ZH, stored: { new: '新存入', existing: '已有相同文件' } },
  },
  en: {
    actions: {
      'archive.seed': 'Loaded the built-in archive folders and document classes',
      'archive.folder.add': 'Added an archive folder',
      'archive.folder.rename': 'Changed an archive folder',
      'archive.folder.archive': 'Archived an archive folder',
      'archive.folder.remove': 'Removed an archive folder',
      'archive.class.save': 'Saved a document class',
      'document.create': 'Filed a new document',
      'document.update': 'Edited a document',
      'document.version.submit': 'Submitted a new document version',
      'document.version.approve': 'Approved a document version',
      'document.version.reject': 'Rejected a document version',
      'document.preview': 'Previewed a confidential document',
      'document.open': 'Opened a document',
    },
    entities: { archiveFolder: 'Archive folder', documentClass: 'Document class', document: 'Document' },
    fields: {
      retentionYears: 'Retention (years)',
      documents: 'Documents',
      defaultSecurity: 'Default security',
      archived: 'Archived',
      security: 'Security',
      contentHash: 'Content hash',
      size: 'Size (bytes)',
      stored: 'Storage',
      versionNo: 'Version',
      classId: 'Class',
      folderId: 'Folder',
      docDate: 'Document date',
      visitId: 'Visit',
      planId: 'Plan',
    },
    values: { security: SECURITY_EN, defaultSecurity: SECURITY_EN, stored: { new: 'Newly stored', existing: 'Same file already stored' } },
  },
};
