/** 接待计划：日历、列表、资源. */
export const plansZh = {
  title: '接待计划',
} as const;
