/** Words added while translating every screen (issue 9): audit detail headings, labels that were English. */
export const wordsZh = {
  audit: {
    field: '项目',
  },
  resources: {
    kindFilter: '按类型筛选',
  },
  select: {
    all: '全选本页',
    row: '选择 {{name}}',
  },
};
