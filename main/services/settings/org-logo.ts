import { eq } from 'drizzle-orm';
import { LOGO_MAX_ASPECT, LOGO_MAX_BYTES, LOGO_MAX_PX, LOGO_MIN_PX, type OrgLogoView } from '../../../contract/organisation';
import { settings } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb, WriteTx } from '../../core/write-path';
import { upsertSetting } from './setting-row';

/** Its own settings row: a logo is up to 256 KB, too big to ride along with every read of the desk's settings. */
const KEY = 'orgLogo';

export interface OrgLogo {
  mime: 'image/png' | 'image/jpeg';
  widthPx: number;
  heightPx: number;
  bytes: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(b: Buffer): { widthPx: number; heightPx: number } | null {
  // The signature, then the IHDR chunk first: length 13, type, width, height (big-endian).
  if (b.length < 33 || !b.subarray(0, 8).equals(PNG_SIGNATURE) || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { widthPx: b.readUInt32BE(16), heightPx: b.readUInt32BE(20) };
}

/** Start-of-frame markers (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Buffer): { widthPx: number; heightPx: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM and the restart markers; the image data (SOS) comes after the frame header.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return null;
    if (SOF.has(marker)) {
      if (i + 9 > b.length) return null;
      return { heightPx: b.readUInt16BE(i + 5), widthPx: b.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

function refuse(message: string, limit?: Record<string, number>): never {
  throw new AppError('VALIDATION', 'The logo was refused.', limit, [{ path: 'orgLogo', message }]);
}

/**
 * Checks an uploaded logo by its own bytes: a PNG or JPEG signature and a
 * readable size in its header, within LOGO_MAX_BYTES and sane dimensions.
 * SVG, GIF, WebP or anything merely named .png is refused.
 */
export function checkLogo(base64: string): OrgLogo {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) refuse('logo.notImage');
  if (bytes.length > LOGO_MAX_BYTES) refuse('logo.tooLarge', { maxBytes: LOGO_MAX_BYTES });
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) refuse('logo.notImage');
  const { widthPx, heightPx } = size;
  const small = Math.min(widthPx, heightPx);
  const large = Math.max(widthPx, heightPx);
  if (small < LOGO_MIN_PX || large > LOGO_MAX_PX || large / small > LOGO_MAX_ASPECT) refuse('logo.badSize', { widthPx, heightPx });
  return { mime: png ? 'image/png' : 'image/jpeg', widthPx, heightPx, bytes };
}

interface StoredLogo {
  mime: OrgLogo['mime'];
  widthPx: number;
  heightPx: number;
  base64: string;
}

export function readOrgLogo(db: ReadDb): OrgLogoView | null {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return null;
  const stored = JSON.parse(row.value) as StoredLogo | null;
  if (!stored) return null;
  return {
    dataUrl: `data:${stored.mime};base64,${stored.base64}`,
    widthPx: stored.widthPx,
    heightPx: stored.heightPx,
    bytes: Buffer.byteLength(stored.base64, 'base64'),
  };
}

/** Inside the caller's write: a checked logo, or null to remove it. */
export function writeOrgLogo(tx: WriteTx, logo: OrgLogo | null): void {
  if (!logo) {
    tx.delete(settings).where(eq(settings.key, KEY)).run();
    return;
  }
  const value = JSON.stringify({ mime: logo.mime, widthPx: logo.widthPx, heightPx: logo.heightPx, base64: logo.bytes.toString('base64') } satisfies StoredLogo);
  upsertSetting(tx, KEY, value);
}

/** What the audit log keeps of a logo: its size, never its bytes. */
export function logoSummary(logo: OrgLogo | OrgLogoView | null): { widthPx: number; heightPx: number; bytes: number } | null {
  if (!logo) return null;
  return { widthPx: logo.widthPx, heightPx: logo.heightPx, bytes: typeof logo.bytes === 'number' ? logo.bytes : logo.bytes.length };
}
