import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { syncColumns } from './columns';

/** The directory record of a person: a visitor at the desk and a guest on a plan are both rows here. */
export const people = sqliteTable(
  'people',
  {
    ...syncColumns,
    name: text('name').notNull(),
    /** Toneless full pinyin without spaces (`zhangsan`) and initials (`zs`), for search. */
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    company: text('company').notNull().default(''),
    phone: text('phone').notNull().default(''),
    idType: text('id_type'),
    /** AES-256-GCM ciphertext bound to (visitors, id_number, id): the table's name when numbers were first sealed (see ID_NUMBER_TABLE). */
    idNumberEnc: text('id_number_enc'),
    idNumberMask: text('id_number_mask'),
    /** Keyed HMAC of the normalized number: exact-match lookup without plaintext. */
    idNumberIndex: text('id_number_index'),
    /** The client organization this person works for, if any (added by ALTER TABLE ADD COLUMN, no rebuild). */
    clientId: text('client_id').references((): AnySQLiteColumn => clients.id),
    title: text('title').notNull().default(''),
    email: text('email').notNull().default(''),
    dietary: text('dietary').notNull().default(''),
    transport: text('transport').notNull().default(''),
    preferences: text('preferences').notNull().default(''),
    /** YYYY-MM-DD. */
    birthday: text('birthday'),
    notes: text('notes').notNull().default(''),
    /** Set on a record merged into another (which is also soft-deleted): where its history went. */
    mergedInto: text('merged_into').references((): AnySQLiteColumn => people.id),
  },
  (t) => [
    index('people_id_number_index').on(t.idNumberIndex),
    index('people_phone').on(t.phone),
    index('people_name_pinyin').on(t.namePinyin),
    /** The directory's order, read by key (name pinyin, then id for equal pinyin). */
    index('people_directory').on(t.namePinyin, t.id),
    index('people_name_initials').on(t.nameInitials),
    index('people_name').on(t.name),
    /** A client's people, and the walk-ins (no client), in the directory's order. */
    index('people_client').on(t.clientId, t.namePinyin, t.id),
    /** Care reminders: people whose birthday (MM-DD) falls in the next days, whatever the year. */
    index('people_birthday_month_day').on(sql`substr(${t.birthday}, 6)`).where(sql.raw('birthday IS NOT NULL AND deleted_at IS NULL')),
  ],
);
