import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DOCUMENT_KINDS, FOLDER_LEVELS, SECURITY_LEVELS, TEXT_STATUSES, VERSION_STATUSES } from '../../contract/archive';
import { RECORD_CHANGE_STATUSES, RECORD_CHANGE_TARGETS } from '../../contract/past-visits';
import { DESTRUCTION_ITEM_KINDS, DESTRUCTION_STATUSES } from '../../contract/retention';
import { clients } from './clients';
import { syncColumns } from './columns';
import { people } from './people';
import { visitPlans } from './plans';
import { users } from './users';
import { visits } from './visits';

/*
 * The archive (contract/archive.ts). Files are content-addressed blobs in the
 * document store (main/documents): a row per distinct content, named in the
 * store by a keyed hash so the folder does not tell which known file it holds.
 * Days (doc_date, retain_until) are local `YYYY-MM-DD`.
 */

/** The three-level tree; level is the depth (1 business type, 2 client tier, 3 project stage). */
export const archiveFolders = sqliteTable(
  'archive_folders',
  {
    ...syncColumns,
    parentId: text('parent_id'),
    level: text('level', { enum: FOLDER_LEVELS }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull().default(''),
    sort: integer('sort').notNull().default(0),
    /** Kept for the documents filed in it, offered no more. */
    archivedAt: text('archived_at'),
    builtInKey: text('built_in_key').notNull().default(''),
  },
  (t) => [index('archive_folders_parent').on(t.parentId, t.sort)],
);

/** Document classes: each with its retention period and the security level new documents get. */
export const documentClasses = sqliteTable('document_classes', {
  ...syncColumns,
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull().default(''),
  /** 0 keeps for good. */
  retentionYears: integer('retention_years').notNull(),
  defaultSecurity: text('default_security', { enum: SECURITY_LEVELS }).notNull(),
  sort: integer('sort').notNull().default(0),
  archivedAt: text('archived_at'),
  builtInKey: text('built_in_key').notNull().default(''),
});

/** One stored file, by the SHA-256 of its bytes. */
export const documentBlobs = sqliteTable(
  'document_blobs',
  {
    contentHash: text('content_hash').primaryKey(),
    /** The file's name in the store: a keyed hash of the content hash. */
    storedName: text('stored_name').notNull(),
    size: integer('size').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    textStatus: text('text_status', { enum: TEXT_STATUSES }).notNull(),
    createdAt: text('created_at').notNull(),
    /** When the storage check last read it whole and found its hash. */
    checkedAt: text('checked_at'),
  },
  (t) => [uniqueIndex('document_blobs_stored_name').on(t.storedName)],
);

/** A file's extracted text (none for confidential files): what search indexes and comparison shows. */
export const documentTexts = sqliteTable('document_texts', {
  contentHash: text('content_hash')
    .primaryKey()
    .references(() => documentBlobs.contentHash),
  text: text('text').notNull(),
});

export const documents = sqliteTable(
  'documents',
  {
    ...syncColumns,
    /** `AR-YYMMDD-NNN`. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    classId: text('class_id')
      .notNull()
      .references(() => documentClasses.id),
    security: text('security', { enum: SECURITY_LEVELS }).notNull(),
    folderId: text('folder_id').references(() => archiveFolders.id),
    docDate: text('doc_date').notNull(),
    /** doc_date + the class's years; null keeps for good. Moved in the same write when the class's period changes. */
    retainUntil: text('retain_until'),
    visitId: text('visit_id').references(() => visits.id),
    planId: text('plan_id').references(() => visitPlans.id),
    clientId: text('client_id').references(() => clients.id),
    personId: text('person_id').references(() => people.id),
    /** The approved version in force (no foreign key: versions point at their document). */
    currentVersionId: text('current_version_id'),
  },
  (t) => [
    uniqueIndex('documents_code').on(t.code),
    index('documents_recent').on(t.updatedAt, t.id).where(sql`deleted_at IS NULL`),
    index('documents_folder').on(t.folderId, t.docDate).where(sql`deleted_at IS NULL`),
    index('documents_class').on(t.classId, t.docDate).where(sql`deleted_at IS NULL`),
    index('documents_doc_date').on(t.docDate, t.id).where(sql`deleted_at IS NULL`),
    index('documents_retain_until').on(t.retainUntil).where(sql`deleted_at IS NULL AND retain_until IS NOT NULL`),
    index('documents_client').on(t.clientId).where(sql`client_id IS NOT NULL`),
    index('documents_plan').on(t.planId).where(sql`plan_id IS NOT NULL`),
    index('documents_visit').on(t.visitId).where(sql`visit_id IS NOT NULL`),
    index('documents_person').on(t.personId).where(sql`person_id IS NOT NULL`),
  ],
);

export const documentTags = sqliteTable(
  'document_tags',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.tag] }), index('document_tags_tag').on(t.tag, t.documentId)],
);

export const documentVersions = sqliteTable(
  'document_versions',
  {
    ...syncColumns,
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: VERSION_STATUSES }).notNull(),
    contentHash: text('content_hash')
      .notNull()
      .references(() => documentBlobs.contentHash),
    fileName: text('file_name').notNull(),
    reason: text('reason').notNull().default(''),
    submittedByUserId: text('submitted_by_user_id').references(() => users.id),
    submittedByName: text('submitted_by_name').notNull(),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    decidedByName: text('decided_by_name'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('document_versions_number').on(t.documentId, t.versionNo),
    index('document_versions_pending').on(t.createdAt).where(sql`status = 'pending' AND deleted_at IS NULL`),
    index('document_versions_content').on(t.contentHash),
  ],
);

/** A change to a completed visit's record, waiting for a manager like a new version. */
export const recordChanges = sqliteTable(
  'record_changes',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    target: text('target', { enum: RECORD_CHANGE_TARGETS }).notNull(),
    /** The plan's id, or the visit's. */
    targetId: text('target_id').notNull(),
    /** JSON { field: { from, to } }: the record as it was asked about, and the new values. */
    changes: text('changes').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: RECORD_CHANGE_STATUSES }).notNull(),
    requestedByUserId: text('requested_by_user_id').references(() => users.id),
    requestedByName: text('requested_by_name').notNull(),
    decidedByUserId: text('decided_by_user_id').references(() => users.id),
    decidedByName: text('decided_by_name'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note').notNull().default(''),
  },
  (t) => [index('record_changes_plan').on(t.planId, t.createdAt), index('record_changes_pending').on(t.createdAt).where(sql`status = 'pending' AND deleted_at IS NULL`)],
);

/** A destruction: asked for with a reason, approved by two different managers, then carried out; kept as the record. */
export const destructionRequests = sqliteTable(
  'destruction_requests',
  {
    ...syncColumns,
    /** `DS-YYMMDD-NNN`. */
    code: text('code').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: DESTRUCTION_STATUSES }).notNull(),
    requestedByUserId: text('requested_by_user_id').references(() => users.id),
    requestedByName: text('requested_by_name').notNull(),
    /** JSON [{ userId, name, at, note }]: the approvals so far (two, by two different managers, carry it out). */
    approvals: text('approvals').notNull().default('[]'),
    rejectedByName: text('rejected_by_name'),
    rejectedAt: text('rejected_at'),
    rejectNote: text('reject_note').notNull().default(''),
    executedAt: text('executed_at'),
    /** Why the last attempt stopped (status failed). */
    failure: text('failure').notNull().default(''),
  },
  (t) => [uniqueIndex('destruction_requests_code').on(t.code), index('destruction_requests_status').on(t.status, t.createdAt)],
);

/**
 * One item of a destruction: what it was by code and class, never by its
 * words (the record must not keep what it destroyed), with the content
 * hashes and sizes of the files that went.
 */
export const destructionItems = sqliteTable(
  'destruction_items',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => destructionRequests.id),
    kind: text('kind', { enum: DESTRUCTION_ITEM_KINDS }).notNull(),
    /** The document's or person's id (gone once destroyed). */
    targetId: text('target_id').notNull(),
    /** The document's code and class, or "visitor" and the year of the last visit. */
    label: text('label').notNull(),
    /** JSON [{ contentHash, size, versionNo }]. */
    files: text('files').notNull().default('[]'),
    /** Rows deleted or anonymised, by table: JSON { table: n }, filled when done. */
    rows: text('rows').notNull().default('{}'),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.kind, t.targetId] }), index('destruction_items_target').on(t.targetId)],
);

/** Audit entries whose words were removed by a destruction: the chain checks their link, not their content. */
export const auditRedactions = sqliteTable('audit_redactions', {
  entryId: text('entry_id').primaryKey(),
  requestId: text('request_id')
    .notNull()
    .references(() => destructionRequests.id),
  redactedAt: text('redacted_at').notNull(),
});

/** Storage health checks (main/documents/health): the newest is what the screen shows. */
export const storageChecks = sqliteTable(
  'storage_checks',
  {
    id: text('id').primaryKey(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    trigger: text('trigger', { enum: ['schedule', 'manual'] }).notNull(),
    files: integer('files').notNull().default(0),
    bytes: integer('bytes').notNull().default(0),
    /** JSON string[]: `ok` or SQLite's integrity lines. */
    database: text('database').notNull().default('[]'),
    /** JSON StorageProblem[]. */
    problems: text('problems').notNull().default('[]'),
    intact: integer('intact', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('storage_checks_started').on(t.startedAt)],
);
