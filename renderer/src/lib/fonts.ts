/**
 * Local fonts only (the CSP forbids remote ones): Noto on Linux, YaHei on
 * Windows, PingFang on macOS.
 */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Segoe UI", system-ui, sans-serif';

