import type { BadgeLayout } from '../../contract/print';

/** Common visitor-badge stock: thermal labels, and A4 sheets of name-badge inserts. */
export const BADGE_LAYOUTS: readonly BadgeLayout[] = [
  // Dymo 99012 / Brother DK-11208 large address label, landscape.
  { id: 'label-89x36', kind: 'label', pageWidthMm: 89, pageHeightMm: 36, badgeWidthMm: 89, badgeHeightMm: 36, columns: 1, rows: 1 },
  // Brother DK-11202 shipping label, portrait.
  { id: 'label-62x100', kind: 'label', pageWidthMm: 62, pageHeightMm: 100, badgeWidthMm: 62, badgeHeightMm: 100, columns: 1, rows: 1 },
  // Dymo 99014 / 1760756 name badge label, landscape.
  { id: 'label-101x54', kind: 'label', pageWidthMm: 101, pageHeightMm: 54, badgeWidthMm: 101, badgeHeightMm: 54, columns: 1, rows: 1 },
  // A4 sheet of ten 90×54 mm badge inserts (2 × 5).
  { id: 'a4-2x5', kind: 'sheet', pageWidthMm: 210, pageHeightMm: 297, badgeWidthMm: 90, badgeHeightMm: 54, columns: 2, rows: 5 },
  // A4 sheet of eight 90×65 mm badges (2 × 4), roomier for long company names.
  { id: 'a4-2x4', kind: 'sheet', pageWidthMm: 210, pageHeightMm: 297, badgeWidthMm: 90, badgeHeightMm: 65, columns: 2, rows: 4 },
];

export function findLayout(id: string): BadgeLayout | undefined {
  return BADGE_LAYOUTS.find((l) => l.id === id);
}
