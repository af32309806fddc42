import QRCode from 'qrcode';

/**
 * One QR code per badge number, encoding exactly the number (what the scanner
 * types back at check-out). SVG, so it stays sharp at any printer resolution;
 * level M survives a scuffed or creased badge.
 */
export async function qrDataUrl(badgeNo: string): Promise<string> {
  const svg = await QRCode.toString(badgeNo, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export async function qrDataUrls(badgeNos: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(badgeNos)];
  const urls = await Promise.all(unique.map(qrDataUrl));
  return Object.fromEntries(unique.map((no, i) => [no, urls[i]!]));
}
