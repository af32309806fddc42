/** 接待方案打印：日程、每日安排、欢迎牌. */
export const planPrintZh = {
  title: '接待方案打印',
} as const;
