/**
 * What other domains may use of file delivery (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { saveAndOffer, type OfferedFileRef } from './offer-file';
