/** Long lists read a page at a time as they scroll (audit log, directory, accounts). */
export const keyPagingEn = {
  /** Beside the list's own count: "1,234 entries · 100 shown". */
  shown: '· {{shown}} shown',
  loadMore: 'Load more',
} as const;
