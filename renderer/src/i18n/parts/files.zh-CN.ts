/** 导出与另存的文件交到使用者手里之后的提示. */
export const filesZh = {
  downloaded: '{{what}}已下载到浏览器的“下载”文件夹：{{fileName}}',
  savedTo: '{{what}}已保存到 {{place}}',
  notSaved: '{{what}}未另存；副本仍在数据文件夹中：{{fileName}}',
  what: {
    audit_one: '审计日志（{{count}} 条）',
    audit_other: '审计日志（{{count}} 条）',
    badges: '胸卡 PDF',
    document: '{{document}} PDF',
  },
};
