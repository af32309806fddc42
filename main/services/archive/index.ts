/**
 * What other domains may use of the archive (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { ensureArchiveSeeds, seedArchive, BUILT_IN_CLASSES, BUILT_IN_FOLDERS } from './seeds';
export { retainUntilOf, listClasses } from './classes';
export { seesConfidential } from './visibility';
export { wipeOpenedCopies } from './view';
