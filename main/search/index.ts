/** The one search engine: what the app finds, and how the index keeps up with the tables. */
export { searchIds, countMatches, matchingIdsSql, MATCH_COUNT_CAP, type SearchRequest } from './engine';
export { flushSearchIndex, catchUpSearchIndex, queueFullRebuild, type CatchUpProgress } from './index-sync';
export { SEARCH_KINDS, type SearchKind } from './kinds';
export { planSearch, type SearchTier } from './query-plan';
export { searchForm } from './terms';

/** Bumped whenever the rules that make a document's terms change: the index is then rebuilt once at start. */
export const SEARCH_INDEX_VERSION = 1;
