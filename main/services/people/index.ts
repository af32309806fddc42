/**
 * What other domains may use of people (the directory record; ID numbers sealed and indexed) (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { selectPersonSummaries } from './person-rows';
export { ID_COLUMN, idIndexes, idNumberLocation, refuseIdOfAnotherPerson, sealIdNumber } from './id-numbers';
export { listPeople } from './list';
export { findPeople, findStrongMany, isStrong } from './find';
export { insertPerson, newPersonRow, type NewPerson } from './create';
