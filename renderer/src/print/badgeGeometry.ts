/**
 * Sizes on a badge scale from one design drawn for the 89×36 mm label: `unit`
 * multiplies every length in badge.css. Landscape badges put the QR code on
 * the right at the largest size the height allows; portrait ones put it at
 * the bottom.
 */
export interface BadgeGeometry {
  orientation: 'landscape' | 'portrait';
  unit: number;
  qrMm: number;
}

const round = (n: number) => Math.floor(n * 10) / 10;

export function badgeGeometry(widthMm: number, heightMm: number): BadgeGeometry {
  if (widthMm >= heightMm) {
    // Width caps the unit too, or a short wide label would get text too big for its text column.
    const unit = Math.min(heightMm / 36, widthMm / 70);
    const padding = 2 * unit;
    const badgeNoLine = 3.6 * unit;
    const qrMm = Math.min(heightMm - 2 * padding - badgeNoLine, widthMm * 0.32);
    return { orientation: 'landscape', unit, qrMm: round(qrMm) };
  }
  const unit = Math.min(widthMm / 62, heightMm / 100);
  const qrMm = Math.min(widthMm - 6 * unit, heightMm * 0.34);
  return { orientation: 'portrait', unit, qrMm: round(qrMm) };
}
