/** 前台：今日预约到访. */
export const arrivalsZh = {
  title: '前台',
} as const;
