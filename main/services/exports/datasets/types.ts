import type { Locale } from '../../../../contract/print';
import type { ExportRow } from '../cells';

/**
 * One dataset being read for an export: how many rows it holds (for the
 * progress bar) and its next page, read by key where the last page stopped.
 * An empty page means the end.
 */
export interface DatasetReader {
  total: number;
  next(): ExportRow[];
}

/** Rows read per page: small enough that a slice never holds the desk up for long. */
export const PAGE = 500;

export interface ReadOptions {
  locale: Locale;
  /** Full ID numbers of these people, for a full export; empty for a masked one (the file then shows the masks). */
  fullIdNumbers: (personIds: string[]) => Map<string, string>;
}
