/**
 * What other domains may use of visitors (ID numbers sealed and indexed, the name/ID match) (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { ID_COLUMN, idIndexes, refuseIdOfAnotherVisitor, sealIdNumber } from './visitor-rows';
export { visitorMatch } from './search';
