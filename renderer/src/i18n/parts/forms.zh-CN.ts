/** Forms that keep what was typed (leaving with changes, numbers typed as text) and the directory's people. */
export const formsZh = {
  discard: {
    title: '放弃未保存的修改？',
    content: '此表单中填写的内容尚未保存，关闭后将丢失。',
    ok: '放弃修改',
    cancel: '继续填写',
  },
  tooLong: '最多 {{max}} 个字，现在有 {{count}} 个字',
  number: {
    notWhole: '请输入整数',
  },
  people: {
    tabsLabel: '客户与人员',
    tabClients: '客户单位',
    tabPeople: '人员',
    search: '搜索姓名、拼音、首字母、单位或电话',
    onlyWithoutClient: '只看无所属客户的人员（散客）',
    organization: '所属客户 / 单位',
    noClient: '散客',
    empty: '没有符合条件的人员',
    total_one: '共 {{total}} 人',
    total_other: '共 {{total}} 人',
    mergePickPlaceholder: '输入姓名、拼音、首字母或电话搜索所有人员',
  },
} as const;
