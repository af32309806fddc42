import { sql, type SQLWrapper } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CLIENT_TIERS } from '../../contract/clients';
import { users } from './users';
import { syncColumns } from './columns';

/**
 * The directory's order of tiers: VIP, key, normal. The index below and the
 * directory's query must write it identically for SQLite to read it by index.
 */
export const tierRank = (tier: SQLWrapper) => sql`(CASE ${tier} WHEN 'vip' THEN 0 WHEN 'key' THEN 1 ELSE 2 END)`;
export const TIER_RANK = { vip: 0, key: 1, normal: 2 } as const;

/** Client organizations: who visits, how much care they get, and who looks after them. */
export const clients = sqliteTable(
  'clients',
  {
    ...syncColumns,
    name: text('name').notNull(),
    /** Toneless full pinyin and initials of the name, for search (as for visitors). */
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    industry: text('industry').notNull().default(''),
    tier: text('tier', { enum: CLIENT_TIERS }).notNull().default('normal'),
    /** The staff member who looks after this client, by name (a VIP has a dedicated one). */
    accountManager: text('account_manager').notNull().default(''),
    /** The account manager as a user (required for a VIP): follow-ups and care reminders go to them. */
    accountManagerUserId: text('account_manager_user_id').references(() => users.id),
    /** Background research notes: business, needs, history. */
    background: text('background').notNull().default(''),
    /** JSON array of short tags. */
    tags: text('tags').notNull().default('[]'),
  },
  (t) => [
    index('clients_name').on(t.name),
    index('clients_name_pinyin').on(t.namePinyin),
    index('clients_name_initials').on(t.nameInitials),
    index('clients_tier').on(t.tier),
    index('clients_account_manager').on(t.accountManagerUserId),
    /** The directory's order, read by key: tier, then pinyin, then id. */
    index('clients_directory').on(tierRank(t.tier), t.namePinyin, t.id),
  ],
);
