import { z } from 'zod';
import { text } from './fields';

/*
 * The host organisation: the company the visitors come to see, named on the
 * welcome sign, the itineraries' mastheads and the badges' header. It is not
 * the desk's own name (the site, "总部大楼一层前台"), which names the place.
 */

/** As long as a registered company name in China runs, with room to spare. */
export const ORG_NAME_MAX = 60;
export const orgName = text(ORG_NAME_MAX);

/**
 * A logo is a small picture for paper: PNG or JPEG only (never SVG, which can
 * carry script), at most 180 KB, ample for 600 px across. The limit also keeps
 * its base64 (4/3 larger) inside one web-shell request (256 KB).
 */
export const LOGO_MAX_BYTES = 180 * 1024;
export const LOGO_MIN_PX = 16;
export const LOGO_MAX_PX = 4096;
/** Wider or taller than this is a banner or a line, not a logo. */
export const LOGO_MAX_ASPECT = 10;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

/** The file's bytes, base64 (the renderer's MIME is not trusted: main reads the bytes). */
export const logoUpload = z.strictObject({
  base64: z
    .string('invalidType')
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, 'logo.tooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'logo.notImage'),
});

export const orgLogoView = z.object({
  /** `data:image/png;base64,…`, made by main from checked bytes. */
  dataUrl: z.string(),
  widthPx: z.number().int(),
  heightPx: z.number().int(),
  bytes: z.number().int(),
});
export type OrgLogoView = z.output<typeof orgLogoView>;

/** Whose paper it is: the organisation, or the site's name until an administrator names it. */
export function hostNameOf(settings: { orgName: string; siteName: string }): string {
  return settings.orgName || settings.siteName;
}
