import { z } from 'zod';
import { channel } from './channel';
import { email, idDocumentCheck, idDocumentShape, idType, multilineText, optionalMultilineText, optionalText, pastDate, phone, refineIdDocument, requiredText, text, uuid } from './fields';
import { ID_TYPES, normalizeIdNumber } from './id-documents';
import { cursorOf, keyPage } from './key-paging';

/** VIP clients get a dedicated account manager; key and normal ones differ in care (DIGEST 04). */
export const CLIENT_TIERS = ['vip', 'key', 'normal'] as const;
export type ClientTier = (typeof CLIENT_TIERS)[number];
const tier = z.enum(CLIENT_TIERS, 'invalidOption');

const tags = z.array(requiredText(20), 'invalidType').max(20, 'tags.tooMany');

/** Why `people.find` offers a record: the same ID number, the same phone, or the same name (or its pinyin). */
export const MATCH_REASONS = ['idNumber', 'phone', 'name'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export const clientSummary = z.object({
  id: z.string(),
  name: z.string(),
  industry: z.string(),
  tier: z.enum(CLIENT_TIERS),
  accountManager: z.string(),
  /** The account manager as a user (a VIP client must have one): follow-ups and care reminders go to them. */
  accountManagerUserId: z.string().nullable(),
  tags: z.array(z.string()),
  peopleCount: z.number().int(),
  lastVisitAt: z.string().nullable(),
});
export type ClientSummary = z.output<typeof clientSummary>;

export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  company: z.string(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  idType: z.enum(ID_TYPES).nullable(),
  /** Always masked; the full number is only shown through visitors.revealId. */
  idMasked: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  visitCount: z.number().int(),
});
export type PersonSummary = z.output<typeof personSummary>;

export const person = personSummary.extend({
  dietary: z.string(),
  transport: z.string(),
  preferences: z.string(),
  birthday: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.output<typeof person>;

export const clientDetail = clientSummary.extend({
  background: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  people: z.array(personSummary),
});
export type ClientDetail = z.output<typeof clientDetail>;

/** A client's fields as created; forms read their limits from here. */
export const clientFields = {
  name: requiredText(100),
  industry: optionalText(50),
  tier: tier.default('normal'),
  accountManager: optionalText(50),
  /** A user who looks after the client; required for a VIP (main refuses with `client.vipManager`). Their name fills `accountManager`. */
  accountManagerUserId: uuid.nullable().default(null),
  background: optionalMultilineText(2000),
  tags: tags.default([]),
};

/** Everything about a person except the ID document, which has its own rules; forms read their limits from here. */
export const personFields = {
  name: requiredText(50),
  /** Null detaches the person from their organization (update only). */
  clientId: uuid.nullable().optional(),
  /** Free text; defaults to the client's name when a client is given. */
  company: optionalText(100),
  title: optionalText(50),
  phone: phone.default(''),
  email: email.default(''),
  dietary: optionalText(200),
  transport: optionalText(200),
  preferences: optionalText(500),
  /** YYYY-MM-DD; empty when unknown. */
  birthday: pastDate.default(''),
  notes: optionalMultilineText(1000),
};

const personCreate = z
  .strictObject({
    ...personFields,
    ...idDocumentShape,
    /** The user saw the possible duplicates and still wants a new record. */
    confirmNew: z.boolean('invalidType').optional(),
  })
  .superRefine(refineIdDocument, idDocumentCheck);
export type PersonCreateInput = z.input<typeof personCreate>;

/** Every field optional: only what is sent changes. An empty idNumber clears it; a new one needs its idType. */
const personUpdate = z
  .strictObject({
    id: uuid,
    name: personFields.name.optional(),
    clientId: personFields.clientId,
    company: text(100).optional(),
    title: text(50).optional(),
    phone: phone.optional(),
    email: email.optional(),
    dietary: text(200).optional(),
    transport: text(200).optional(),
    preferences: text(500).optional(),
    birthday: pastDate.optional(),
    notes: multilineText(1000).optional(),
    idType: idType.optional(),
    idNumber: z.string('invalidType').max(40, 'tooLong').transform(normalizeIdNumber).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.idNumber === undefined || input.idNumber === '') return;
    if (!input.idType) ctx.addIssue({ code: 'custom', path: ['idType'], message: 'required' });
    else refineIdDocument({ idType: input.idType, idNumber: input.idNumber }, ctx);
  }, idDocumentCheck);

/**
 * Where a directory page starts. Browsing (no query): the list order's key of
 * the last row shown, read by index. Searching: how many matches were shown
 * (search results are ranked, and a few pages deep at most).
 */
const searchCursor = z.strictObject({ offset: z.number('invalidType').int('invalidType').min(0) });
const clientCursor = cursorOf(
  z.union([z.tuple([z.number('invalidType').int('invalidType'), z.string('invalidType'), z.string('invalidType')]), searchCursor], 'invalidType'),
);
const personCursor = cursorOf(z.union([z.tuple([z.string('invalidType'), z.string('invalidType')]), searchCursor], 'invalidType'));
export type ClientCursor = z.output<typeof clientCursor>;
export type PersonCursor = z.output<typeof personCursor>;

export const clients = {
  /** The directory: by name characters, full pinyin, initials or tag; optionally one tier. */
  list: channel({
    input: () => z.strictObject({
      query: text(50).optional(),
      tier: tier.optional(),
      limit: z.number('invalidType').int('invalidType').min(1).max(200).default(50),
      cursor: clientCursor.optional(),
      count: z.boolean('invalidType').optional(),
    }),
    output: () => keyPage(clientSummary),
    permission: 'clients.view',
  }),
  get: channel({ input: () => z.strictObject({ id: uuid }), output: () => clientDetail, permission: 'clients.view' }),
  create: channel({ input: () => z.strictObject(clientFields), output: () => clientDetail, permission: 'clients.manage' }),
  update: channel({
    input: () => z.strictObject({
      id: uuid,
      name: clientFields.name.optional(),
      industry: text(50).optional(),
      tier: tier.optional(),
      accountManager: text(50).optional(),
      accountManagerUserId: uuid.nullable().optional(),
      background: multilineText(2000).optional(),
      tags: tags.optional(),
    }),
    output: () => clientDetail,
    permission: 'clients.manage',
  }),
  /** Soft delete; refused while people still belong to the client unless forced (they keep the link as history). */
  archive: channel({
    input: () => z.strictObject({ id: uuid, force: z.boolean('invalidType').optional() }),
    output: () => z.object({ id: z.string(), archivedAt: z.string(), people: z.number().int() }),
    permission: 'clients.manage',
  }),
};

export const personMatch = z.object({
  person: personSummary,
  /** The strongest reason, then every reason that applied. */
  matchedBy: z.enum(MATCH_REASONS),
  reasons: z.array(z.enum(MATCH_REASONS)),
  /** 0–100: an ID number match is certain, a phone strong, a name weak. */
  score: z.number().int(),
});
export type PersonMatch = z.output<typeof personMatch>;

export const people = {
  /**
   * Everyone in the directory, with or without an organization (walk-ins registered
   * at the desk too), paged: by name characters, full pinyin, initials, company,
   * phone or a whole ID number — the desk's visitor search.
   */
  list: channel({
    input: () => z.strictObject({
      query: text(50).optional(),
      /** Only people who belong to no client organization (walk-ins, mostly). */
      withoutClient: z.boolean('invalidType').optional(),
      limit: z.number('invalidType').int('invalidType').min(1).max(200).default(50),
      cursor: personCursor.optional(),
      count: z.boolean('invalidType').optional(),
    }),
    output: () => keyPage(personSummary),
    permission: 'clients.view',
  }),
  /** Who this may already be, before a new record is made. */
  find: channel({
    input: () => z
      .strictObject({
        name: text(50).optional(),
        phone: phone.optional(),
        idType: idType.optional(),
        idNumber: z.string('invalidType').max(40, 'tooLong').transform(normalizeIdNumber).optional(),
      })
      .superRefine((input, ctx) => {
        if (input.idNumber) refineIdDocument({ idType: input.idType ?? 'resident_id', idNumber: input.idNumber }, ctx);
      }, idDocumentCheck),
    output: () => z.array(personMatch),
    permission: 'clients.view',
  }),
  create: channel({ input: () => personCreate, output: () => person, permission: 'clients.manage' }),
  get: channel({ input: () => z.strictObject({ id: uuid }), output: () => person, permission: 'clients.view' }),
  update: channel({ input: () => personUpdate, output: () => person, permission: 'clients.manage' }),
  /** Folds a duplicate record into the kept one, with all its history. */
  merge: channel({
    input: () => z.strictObject({ keepId: uuid, mergeId: uuid }),
    output: () => z.object({ person, moved: z.object({ visits: z.number().int(), mergedRecords: z.number().int() }) }),
    permission: 'clients.manage',
  }),
};
