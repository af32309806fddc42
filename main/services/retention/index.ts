/**
 * What other domains may use of retention and destruction (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { destructionRecordOf } from './records';
export { readPersonalDataYears } from './rules';
export { destructionsSince, reapplyDestructions, type CarriedDestruction } from './reapply';
