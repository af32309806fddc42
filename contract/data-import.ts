import { z } from 'zod';
import { channel } from './channel';
import { CLIENT_TIERS, clientFields, personFields } from './clients';
import { email, idDocumentCheck, idType, optionalText, pastDate, phone, refineIdDocument, requiredText, text, uuid } from './fields';
import { ID_TYPES, normalizeIdNumber } from './id-documents';

/**
 * Imports (issue 16): guest lists and client directories from .xlsx, .xls and
 * CSV as Excel, WPS and LibreOffice write them. The file is uploaded in
 * chunks, read in main (never evaluated: formulas give their cached values),
 * mapped column by column, every row checked by the forms' own rules below,
 * and committed all or nothing.
 */

/** Where the rows go: a plan's guest list, the people directory, or client organisations with their contacts. */
export const IMPORT_TARGETS = ['planGuests', 'people', 'clients'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Bytes per upload chunk before base64 (as the archive's uploads). */
export const IMPORT_CHUNK_BYTES = 1024 * 1024;
/** Rows after the header; a 50 000-row list fits with room. */
export const MAX_IMPORT_ROWS = 100_000;
/** A plan's guest list holds at most this many people (as plans.setGuests). */
export const MAX_PLAN_GUESTS = 500;
/** The file picker's filter; main decides by the file's first bytes. */
export const IMPORT_ACCEPT = '.xlsx,.xls,.csv,.txt';
/** An upload or a read file nobody touched for this long is dropped. */
export const IMPORT_IDLE_MS = 30 * 60 * 1000;

const PERSON_FIELDS = ['name', 'idType', 'idNumber', 'phone', 'company', 'title', 'email'] as const;
/** Each target's fields, in the order the mapping shows them. */
export const IMPORT_FIELDS = {
  planGuests: [...PERSON_FIELDS, 'diet', 'transport', 'accessibility', 'other'],
  people: [...PERSON_FIELDS, 'dietary', 'transportPref', 'preferences', 'birthday', 'notes'],
  clients: ['clientName', 'industry', 'tier', 'accountManager', 'tags', 'background', 'contactName', 'contactTitle', 'contactPhone', 'contactEmail'],
} as const satisfies Record<ImportTarget, readonly string[]>;
export const ALL_IMPORT_FIELDS = [...new Set(Object.values(IMPORT_FIELDS).flat())] as [ImportField, ...ImportField[]];
export type ImportField = (typeof IMPORT_FIELDS)[ImportTarget][number];
/** A target cannot be imported without these columns mapped. */
export const REQUIRED_IMPORT_FIELDS: Record<ImportTarget, readonly ImportField[]> = { planGuests: ['name'], people: ['name'], clients: ['clientName'] };

/*
 * Words a spreadsheet uses for a coded value, read case-blind: 身份证 for
 * resident_id, 重要 for key. What no word matches is refused with the form's own
 * message (invalidOption), never guessed.
 */
const ID_TYPE_WORDS: Record<string, (typeof ID_TYPES)[number]> = {
  身份证: 'resident_id', 居民身份证: 'resident_id', 二代身份证: 'resident_id', 'resident id': 'resident_id', 'id card': 'resident_id',
  护照: 'passport', passport: 'passport',
  港澳通行证: 'hk_macao_permit', 港澳居民来往内地通行证: 'hk_macao_permit', 回乡证: 'hk_macao_permit', 'hk/macao permit': 'hk_macao_permit',
  台胞证: 'taiwan_permit', 台湾居民来往大陆通行证: 'taiwan_permit', 'taiwan permit': 'taiwan_permit',
  其他: 'other', 其它: 'other', other: 'other',
};
const TIER_WORDS: Record<string, (typeof CLIENT_TIERS)[number]> = {
  vip: 'vip', 贵宾: 'vip', 重要客户: 'key', 重要: 'key', 重点: 'key', 重点客户: 'key', key: 'key', 普通: 'normal', 普通客户: 'normal', 一般: 'normal', normal: 'normal',
};

function coded<T extends string>(words: Record<string, T>, codes: readonly T[]) {
  return (raw: string): string => {
    const s = raw.trim().toLowerCase();
    if ((codes as readonly string[]).includes(s)) return s;
    return words[s] ?? raw.trim();
  };
}
export const idTypeOfWord = coded(ID_TYPE_WORDS, ID_TYPES);
export const tierOfWord = coded(TIER_WORDS, CLIENT_TIERS);

/** An ID type cell: empty means a resident ID (as the forms default), a word is read as its code. */
const idTypeCell = z.string('invalidType').transform((s) => (s.trim() === '' ? 'resident_id' : idTypeOfWord(s))).pipe(idType);
const idNumberCell = z.string('invalidType').max(40, 'tooLong').transform(normalizeIdNumber);
const needText = optionalText(200);

/**
 * A day as offices type it in a sheet: 1990/3/7, 1990.3.7, 1990年3月7日,
 * 19900307 or 1990-3-7, read as 1990-03-07; anything else is left for the
 * form's own rule to refuse.
 */
export function dayOfText(raw: string): string {
  const s = raw.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s;
}
const birthdayCell = z.string('invalidType').transform(dayOfText).pipe(pastDate);

/*
 * One row per target, as the forms check it: the same field schemas
 * (contract/clients.ts, contract/fields.ts, the ID rules), so a row the
 * import takes is a row the form would take.
 */
const personRow = {
  name: personFields.name,
  idType: idTypeCell,
  idNumber: idNumberCell,
  phone,
  company: personFields.company,
  title: personFields.title,
  email,
};
export const IMPORT_ROW_SCHEMAS = {
  planGuests: z
    .object({ ...personRow, diet: needText, transport: needText, accessibility: needText, other: needText })
    .superRefine(refineIdDocument, idDocumentCheck),
  people: z
    .object({ ...personRow, dietary: personFields.dietary, transportPref: personFields.transport, preferences: personFields.preferences, birthday: birthdayCell, notes: personFields.notes })
    .superRefine(refineIdDocument, idDocumentCheck),
  clients: z.object({
    clientName: clientFields.name,
    industry: clientFields.industry,
    tier: z.string('invalidType').transform((s) => (s.trim() === '' ? 'normal' : tierOfWord(s))).pipe(z.enum(CLIENT_TIERS, 'invalidOption')),
    accountManager: clientFields.accountManager,
    /** Tags in one cell, split at commas, semicolons or 、 (Chinese lists use it). */
    tags: z
      .string('invalidType')
      .transform((s) => s.split(/[,，;；、]/).map((t) => t.trim()).filter(Boolean))
      .pipe(clientFields.tags.unwrap()),
    background: clientFields.background,
    contactName: optionalText(50),
    contactTitle: personFields.title,
    contactPhone: phone,
    contactEmail: email,
  }),
} as const;

/** Which column (0-based) feeds each field; unmapped fields are empty. */
export const importMapping = z.partialRecord(z.enum(ALL_IMPORT_FIELDS, 'invalidOption'), z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(999, 'outOfRange'));
export type ImportMapping = z.output<typeof importMapping>;

/** A cell fixed in the preview: data row `index` (0-based), its mapped field's new text. */
export const importEdit = z.strictObject({
  index: z.number('invalidType').int('invalidType').min(0, 'outOfRange'),
  field: z.enum(ALL_IMPORT_FIELDS, 'invalidOption'),
  value: text(2000),
});
export type ImportEdit = z.output<typeof importEdit>;

/** What the user chose in the preview; sent again at commit, where main checks every row anew. */
const selection = {
  importId: uuid,
  target: z.enum(IMPORT_TARGETS, 'invalidOption'),
  /** The plan a guest list goes onto (target planGuests). */
  planId: uuid.optional(),
  mapping: importMapping,
  edits: z.array(importEdit, 'invalidType').max(5000, 'tooMany').default([]),
  /** Data rows (0-based) left out. */
  skip: z.array(z.number('invalidType').int('invalidType').min(0, 'outOfRange'), 'invalidType').max(5000, 'tooMany').default([]),
  /** Leave out every row that still has a problem (instead of refusing the commit). */
  skipProblems: z.boolean('invalidType').default(false),
};
export type ImportSelection = z.output<z.ZodObject<typeof selection>>;

export const importIssue = z.object({
  field: z.string(),
  /** An i18n key under `errors.` (the forms' own messages, and `import.*`). */
  message: z.string(),
  /** For a duplicate within the file: the file row it repeats. */
  row: z.number().int().optional(),
});
export type ImportIssue = z.output<typeof importIssue>;

export const importRow = z.object({
  /** 0-based among the data rows. */
  index: z.number().int(),
  /** The row number in the sheet as Excel shows it. */
  sheetRow: z.number().int(),
  values: z.record(z.string(), z.string()),
  issues: z.array(importIssue),
  /** The directory person this row is (same ID number or phone): reused, never duplicated. */
  existing: z.object({ personId: z.string(), name: z.string(), matchedBy: z.enum(['idNumber', 'phone']) }).nullable(),
  /** For clients: the live client of this name the row's contact joins. */
  existingClient: z.object({ clientId: z.string(), name: z.string() }).nullable(),
  /** A planGuests row whose person is already on the plan: left as they are. */
  onPlan: z.boolean(),
  skipped: z.boolean(),
});
export type ImportRow = z.output<typeof importRow>;

export const importCounts = z.object({
  rows: z.number().int(),
  /** Rows that will be written (not skipped, no problem). */
  ready: z.number().int(),
  problems: z.number().int(),
  skipped: z.number().int(),
  /** Ready rows whose person is already in the directory. */
  existing: z.number().int(),
  onPlan: z.number().int(),
});
export type ImportCounts = z.output<typeof importCounts>;

export const IMPORT_FORMATS = ['xlsx', 'xls', 'csv'] as const;

export const importSheet = z.object({
  importId: z.string(),
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  /** How a CSV was decoded (utf-8, utf-16le, utf-16be, gb18030); null for workbooks. */
  encoding: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.number().int(),
  /** 1-based, as the sheet shows it. */
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  /** Data rows under the header (empty rows left out). */
  rows: z.number().int(),
  /** Merged ranges in the sheet: each one's value fills the whole range. */
  mergedRanges: z.number().int(),
  /** Formula cells: their saved values are taken, never recalculated; those saved without one read as empty. */
  formulaCells: z.number().int(),
  formulasWithoutValue: z.number().int(),
  /** Suggested from the header names (Chinese or English). */
  mapping: importMapping,
  /** The first rows as they are in the sheet, header row included. */
  sample: z.array(z.array(z.string())),
});
export type ImportSheet = z.output<typeof importSheet>;

export const importResult = z.object({
  target: z.enum(IMPORT_TARGETS),
  rows: z.number().int(),
  peopleCreated: z.number().int(),
  peopleReused: z.number().int(),
  guestsAdded: z.number().int(),
  clientsCreated: z.number().int(),
  skipped: z.number().int(),
});
export type ImportResult = z.output<typeof importResult>;

export const dataImport = {
  /** Starts an upload of `size` bytes; the file is read only when `open` asks for it. */
  begin: channel({
    input: () => z.strictObject({ fileName: requiredText(200), size: z.number('invalidType').int('invalidType').min(1, 'import.empty').max(MAX_IMPORT_BYTES, 'import.tooLarge') }),
    output: () => z.object({ importId: z.string(), chunkBytes: z.number().int() }),
    permission: 'data.import',
  }),
  /** One chunk, in order (`index` from 0), base64. */
  chunk: channel({
    input: () => z.strictObject({
      importId: uuid,
      index: z.number('invalidType').int('invalidType').min(0, 'outOfRange'),
      data: z.base64('invalidType').max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4, 'tooLong'),
    }),
    output: () => z.object({ received: z.number().int() }),
    permission: 'data.import',
  }),
  /** Reads the uploaded file: its sheets, the chosen sheet's header and first rows, and a suggested mapping. */
  open: channel({
    input: () => z.strictObject({
      importId: uuid,
      target: z.enum(IMPORT_TARGETS, 'invalidOption'),
      sheet: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(255, 'outOfRange').optional(),
      headerRow: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(1000, 'outOfRange').optional(),
    }),
    output: () => importSheet,
    permission: 'data.import',
  }),
  /** Every row checked as mapped and edited; a page of them (all, or those with problems) and the counts. */
  check: channel({
    input: () => z.strictObject({
      ...selection,
      only: z.enum(['all', 'problems', 'existing'], 'invalidOption').default('all'),
      offset: z.number('invalidType').int('invalidType').min(0, 'outOfRange').default(0),
      limit: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(200, 'outOfRange').default(50),
    }),
    output: () => z.object({ counts: importCounts, total: z.number().int(), rows: z.array(importRow) }),
    permission: 'data.import',
  }),
  /** The rows with problems as an .xlsx, each with its reasons, to fix in Excel and import again. */
  problems: channel({
    input: () => z.strictObject({ ...selection, locale: z.enum(['zh-CN', 'en'], 'invalidOption').default('zh-CN') }),
    output: () => z.object({ fileId: z.string(), fileName: z.string(), rows: z.number().int() }),
    permission: 'data.import',
  }),
  /** Writes every ready row in one transaction (all or nothing), audited; refused while a row not skipped has a problem. */
  commit: channel({ input: () => z.strictObject(selection), output: () => importResult, permission: 'data.import' }),
  /** Drops the upload and what was read from it. */
  cancel: channel({ input: () => z.strictObject({ importId: uuid }), output: () => z.object({}), permission: 'data.import' }),
};
