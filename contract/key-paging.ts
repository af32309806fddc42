import { z } from 'zod';

/*
 * Lists that grow with the years are read by key, not by OFFSET: a page starts
 * just after the last row of the page before, found by the list's own index,
 * so page 2 000 costs what page 1 costs (OFFSET reads and drops every row
 * before it). The key travels to the renderer as an opaque cursor string: the
 * renderer only hands back `nextCursor` as `cursor`; main alone reads it, and
 * the contract checks its shape before any service sees it.
 */

/** The longest cursor accepted: a key of a few short values, never a payload. */
const MAX_CURSOR = 600;

/** The cursor a service hands out for the key of a page's last row. */
export function encodeCursor(key: unknown): string {
  return JSON.stringify(key);
}

/** A `cursor` input field: the opaque string, checked and read into `key` (anything else is `invalidType`). */
export function cursorOf<T extends z.ZodType>(key: T) {
  return z
    .string('invalidType')
    .max(MAX_CURSOR, 'tooLong')
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'invalidType' });
        return z.NEVER;
      }
    })
    .pipe(key);
}

/**
 * How many rows match, counted only when asked and only up to `COUNT_CAP`:
 * counting a filter over ten years of rows costs what reading them costs.
 * `more` says the real number is larger than `n`.
 */
export const COUNT_CAP = 10_000;
export const cappedCount = z.object({ n: z.number().int(), more: z.boolean() });
export type CappedCount = z.output<typeof cappedCount>;

/** One page of a list read by key; `nextCursor` is null on the last page; `count` only when the input asked for it. */
export function keyPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable(), count: cappedCount.optional() });
}
