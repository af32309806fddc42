/** 接待方案编辑：团队、会议室与车辆. */
export const planTeamZh = {
  title: '接待方案编辑',
} as const;
