/**
 * What other domains may use of clients (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { listClients } from './client-search';
export { getLiveClient, insertClient, type NewClient } from './clients';
