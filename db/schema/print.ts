import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { visits } from './visits';

/** One row per badge printed (or saved as PDF): the "already printed" guard and the reprint log. */
export const badgePrints = sqliteTable(
  'badge_prints',
  {
    ...syncColumns,
    visitId: text('visit_id')
      .notNull()
      .references(() => visits.id),
    layoutId: text('layout_id').notNull(),
    printerId: text('printer_id').notNull(),
    isReprint: integer('is_reprint', { mode: 'boolean' }).notNull(),
    operator: text('operator').notNull(),
  },
  (t) => [index('badge_prints_visit').on(t.visitId)],
);
