/** Long lists read a page at a time as they scroll (audit log, directory, accounts). */
export const keyPagingZh = {
  /** Beside the list's own count: "共 1,234 条 · 已显示 100". */
  shown: '· 已显示 {{shown}}',
  loadMore: '加载更多',
} as const;
