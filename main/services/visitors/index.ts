/**
 * What other domains may use of the desk's visitor search (the name/ID match) (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { searchPeopleIds, type PeopleSearch } from './search';
