/** 接待方案编辑：基本信息、来宾、日程. */
export const planEditorZh = {
  title: '接待方案编辑',
} as const;
