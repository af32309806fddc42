import type { BadgeLayout } from '../../../contract/print';
import { i18n } from '../i18n';

/** "标签 89×36 mm", "A4 每页10枚 (90×54 mm)"; a layout main adds later still gets a readable name. */
export function layoutName(layout: BadgeLayout): string {
  const key = `print.layouts.${layout.id}`;
  if (i18n.exists(key)) return i18n.t(key);
  if (layout.kind === 'label') return i18n.t('print.labelSize', { w: layout.pageWidthMm, h: layout.pageHeightMm });
  return i18n.t('print.sheetSize', {
    w: layout.pageWidthMm,
    h: layout.pageHeightMm,
    count: layout.columns * layout.rows,
    bw: layout.badgeWidthMm,
    bh: layout.badgeHeightMm,
  });
}
