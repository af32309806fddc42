/**
 * What other domains may use of users (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { getUser, toSessionUser, type UserRow } from './user-rows';
