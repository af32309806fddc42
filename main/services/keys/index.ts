/**
 * What other domains may use of the data key (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { resumeKeyRotation } from './key-rotation';
