import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';

export const visitors = sqliteTable(
  'visitors',
  {
    ...syncColumns,
    name: text('name').notNull(),
    /** Toneless full pinyin without spaces (`zhangsan`) and initials (`zs`), for search. */
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    company: text('company').notNull().default(''),
    phone: text('phone').notNull().default(''),
    idType: text('id_type'),
    /** AES-256-GCM ciphertext bound to (visitors, id_number, id). */
    idNumberEnc: text('id_number_enc'),
    idNumberMask: text('id_number_mask'),
    /** Keyed HMAC of the normalized number: exact-match lookup without plaintext. */
    idNumberIndex: text('id_number_index'),
  },
  (t) => [
    index('visitors_id_number_index').on(t.idNumberIndex),
    index('visitors_phone').on(t.phone),
    index('visitors_name_pinyin').on(t.namePinyin),
    index('visitors_name_initials').on(t.nameInitials),
    index('visitors_name').on(t.name),
  ],
);
