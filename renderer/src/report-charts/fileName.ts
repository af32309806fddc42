/**
 * A file name from a chart's title and the counted range: "各日来访_2026-11-01_2026-11-30.png".
 * Characters Windows refuses in a file name and runs of spaces become one dash.
 */
export function chartFileName(title: string, from: string, to: string, extension: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `${safe || 'chart'}_${from}_${to}.${extension}`;
}
