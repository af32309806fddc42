import type { GeneratedManifest as Written } from '../generate/manifest';

export { MANIFEST_FILE } from '../generate/manifest';

/** What the bench reads of a generated folder's manifest (the quick stand-in writes the same fields). */
export type GeneratedManifest = Pick<Written, 'dir' | 'adminLogin' | 'adminPassword' | 'recoveryPassphrase' | 'counts' | 'samples'>;
