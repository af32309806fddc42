import { z } from 'zod';
import { channel } from './channel';
import { fileDelivery } from './files';
import { day, optionalMultilineText, refineDayRange, requiredText, text, uuid } from './fields';
import { cursorOf, keyPage } from './key-paging';

/*
 * The archive (DIGEST 03 "Document archive"): documents filed in a three-level
 * tree, tagged, versioned with approval, found by the app's search engine,
 * kept for their class's retention period. Files live in the document store
 * (main/documents) by content hash, encrypted at rest; the renderer never sees
 * a path, only bytes it uploads in chunks and files handed over by the outbox.
 */

/** 密级. Confidential files are seen and opened only with `archive.confidential`, and their text stays out of the search index. */
export const SECURITY_LEVELS = ['public', 'internal', 'confidential'] as const;
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];

/** The tree's three levels (DIGEST): business type → client tier → project stage. */
export const FOLDER_LEVELS = ['businessType', 'clientTier', 'projectStage'] as const;
export type FolderLevel = (typeof FOLDER_LEVELS)[number];
export const FOLDER_DEPTH = FOLDER_LEVELS.length;

export const VERSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** What the store knows of a file's text: extracted (searchable), withheld (confidential), none in this kind of file, or unreadable. */
export const TEXT_STATUSES = ['extracted', 'withheld', 'unsupported', 'failed'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

/**
 * The kinds of file the archive takes, told by their first bytes (never by the
 * name's extension alone). Legacy .doc/.xls/.ppt are stored and found by
 * title, tags and notes; their text is not extracted.
 */
export const DOCUMENT_KINDS = ['pdf', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'png', 'jpeg', 'gif', 'webp'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_MIME: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
/** The file picker's filter; main decides by content. */
export const DOCUMENT_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.webp';

/** Hard cap on one file (a scanned contract bundle fits; a video does not). */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;
/** Bytes per upload chunk before base64: small enough for one IPC/HTTP message, large enough that 200 MB is 200 calls. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
/** Characters of extracted text kept per file for search and comparison. */
export const MAX_DOCUMENT_TEXT = 500_000;
/** An upload nobody finished is dropped (its partial file removed) after this long without a chunk. */
export const UPLOAD_IDLE_MS = 15 * 60 * 1000;

export const MAX_TAGS = 20;
export const tagText = requiredText(30);

/** Years a class's documents are kept after their date; 0 keeps them for good. */
export const retentionYears = z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(100, 'outOfRange');

export const archiveFolder = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(FOLDER_LEVELS),
  nameZh: z.string(),
  nameEn: z.string(),
  sort: z.number().int(),
  archived: z.boolean(),
  /** Documents filed here or below (active ones). */
  documents: z.number().int(),
});
export type ArchiveFolder = z.output<typeof archiveFolder>;

export const documentClass = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  retentionYears: z.number().int(),
  defaultSecurity: z.enum(SECURITY_LEVELS),
  sort: z.number().int(),
  archived: z.boolean(),
});
export type DocumentClass = z.output<typeof documentClass>;

/** What a document is linked to; each shown with its name for the list. */
export const documentLinks = z.object({
  visitId: z.string().nullable(),
  planId: z.string().nullable(),
  clientId: z.string().nullable(),
  personId: z.string().nullable(),
});
const linkNames = z.object({ visit: z.string().nullable(), plan: z.string().nullable(), client: z.string().nullable(), person: z.string().nullable() });

export const documentVersion = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  status: z.enum(VERSION_STATUSES),
  fileName: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  size: z.number().int(),
  /** SHA-256 of the file's bytes, hex: the same on every copy of the same file. */
  contentHash: z.string(),
  textStatus: z.enum(TEXT_STATUSES),
  reason: z.string(),
  submittedBy: z.string(),
  submittedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string(),
});
export type DocumentVersion = z.output<typeof documentVersion>;

export const documentSummary = z.object({
  id: z.string(),
  /** `AR-YYMMDD-NNN`, numbered per local day. */
  code: z.string(),
  title: z.string(),
  classId: z.string(),
  security: z.enum(SECURITY_LEVELS),
  folderId: z.string().nullable(),
  /** Names of the folder and its parents, top first. */
  folderPath: z.array(z.string()),
  tags: z.array(z.string()),
  docDate: z.string(),
  /** The last day it is kept (null: for good). */
  retainUntil: z.string().nullable(),
  links: documentLinks,
  linkNames,
  /** The approved version in force. */
  current: documentVersion,
  /** A newer version waits for approval. */
  pendingVersions: z.number().int(),
  updatedAt: z.string(),
  /** The row of a search hit: where the words were found. */
  matchedIn: z.array(z.enum(['title', 'tags', 'notes', 'text', 'pinyin'])).optional(),
});
export type DocumentSummary = z.output<typeof documentSummary>;

export const documentDetail = documentSummary.extend({
  notes: z.string(),
  versions: z.array(documentVersion),
  /** Whether the signed-in user may decide the pending versions (a manager who did not submit them). */
  mayDecide: z.boolean(),
});
export type DocumentDetail = z.output<typeof documentDetail>;

export const documentMeta = {
  title: requiredText(200),
  notes: optionalMultilineText(2000),
  tags: z.array(tagText, 'invalidType').max(MAX_TAGS, 'tooMany').default([]),
  classId: uuid,
  security: z.enum(SECURITY_LEVELS, 'invalidOption'),
  folderId: uuid.nullable().default(null),
  docDate: day,
  visitId: uuid.nullable().default(null),
  planId: uuid.nullable().default(null),
  clientId: uuid.nullable().default(null),
  personId: uuid.nullable().default(null),
};

export const DOCUMENT_SORTS = ['recent', 'docDate', 'title'] as const;

const listKey = z.tuple([z.string(), z.string()]);

export const documentFilter = z
  .strictObject({
    query: text(100).optional(),
    folderId: uuid.optional(),
    tag: tagText.optional(),
    classId: uuid.optional(),
    security: z.enum(SECURITY_LEVELS, 'invalidOption').optional(),
    clientId: uuid.optional(),
    planId: uuid.optional(),
    visitId: uuid.optional(),
    personId: uuid.optional(),
    from: day.optional(),
    to: day.optional(),
    /** Only documents with a version waiting for approval. */
    pending: z.boolean('invalidType').default(false),
    cursor: cursorOf(listKey).optional(),
    limit: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(200, 'outOfRange').default(50),
    withCount: z.boolean('invalidType').default(false),
  })
  .superRefine(refineDayRange);

/** How a file shows inline: an image as it is, a document as its extracted text. */
export const documentPreview = z.object({
  versionId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  /** base64 of the image (up to MAX_PREVIEW_IMAGE bytes), else null. */
  image: z.string().nullable(),
  /** The extracted text (up to MAX_PREVIEW_TEXT characters), else null. */
  text: z.string().nullable(),
  truncated: z.boolean(),
});
export const MAX_PREVIEW_IMAGE = 8 * 1024 * 1024;
export const MAX_PREVIEW_TEXT = 50_000;

const COMPARED_FIELDS = ['fileName', 'kind', 'size', 'contentHash', 'textStatus', 'reason', 'submittedBy', 'submittedAt', 'decidedBy', 'decidedAt', 'status'] as const;
export const comparedField = z.enum(COMPARED_FIELDS);

export const uploadStarted = z.object({ uploadId: z.string(), chunkBytes: z.number().int() });

export const storageProblem = z.object({
  kind: z.enum(['missing', 'damaged', 'unreadable', 'orphan']),
  contentHash: z.string().nullable(),
  /** Documents whose versions use that file: code and title. */
  documents: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), versionNo: z.number().int() })),
});
export const storageCheck = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  trigger: z.enum(['schedule', 'manual']),
  files: z.number().int(),
  bytes: z.number().int(),
  /** `ok`, or the lines SQLite's integrity check reported. */
  database: z.array(z.string()),
  problems: z.array(storageProblem),
  intact: z.boolean(),
});
export type StorageCheck = z.output<typeof storageCheck>;
/** The scheduled check runs when the last one is older than this. */
export const STORAGE_CHECK_EVERY_DAYS = 7;

const byId = { id: uuid };

export const archive = {
  /** A new document from a finished upload: its first version is in force at once. */
  create: channel({ input: () => z.strictObject({ uploadId: uuid, ...documentMeta }), output: () => documentDetail, permission: 'archive.upload' }),
  list: channel({ input: () => documentFilter, output: () => keyPage(documentSummary), permission: 'archive.view' }),
  get: channel({ input: () => z.strictObject(byId), output: () => documentDetail, permission: 'archive.view' }),
  /** Title, notes, tags, class, folder, links (audited with the changed fields). */
  update: channel({ input: () => z.strictObject({ ...byId, ...documentMeta }), output: () => documentDetail, permission: 'archive.upload' }),
  /** A new version from a finished upload; pending until a manager decides. */
  submitVersion: channel({ input: () => z.strictObject({ documentId: uuid, uploadId: uuid, reason: requiredText(500) }), output: () => documentDetail, permission: 'archive.upload' }),
  /** Approve (it becomes the version in force) or reject, by a manager other than who submitted it. */
  decideVersion: channel({
    input: () => z
      .strictObject({ versionId: uuid, decision: z.enum(['approve', 'reject'], 'invalidOption'), note: text(500).optional().default('') })
      .refine((i) => i.decision === 'approve' || i.note.trim() !== '', { message: 'document.rejectNote', path: ['note'] }),
    output: () => documentDetail,
    permission: 'archive.approve',
  }),
  /** Two versions of one document side by side: their metadata, the fields that differ, and a preview of each. */
  compare: channel({
    input: () => z.strictObject({ a: uuid, b: uuid }),
    output: () => z.object({ a: documentVersion, b: documentVersion, differs: z.array(comparedField), previewA: documentPreview, previewB: documentPreview }),
    permission: 'archive.view',
  }),
  preview: channel({ input: () => z.strictObject({ versionId: uuid }), output: () => documentPreview, permission: 'archive.view' }),
  /** Hands the file over (download in the web shell, save dialog in Electron); audited as document.open. */
  open: channel({ input: () => z.strictObject({ versionId: uuid }), output: () => fileDelivery, permission: 'archive.view' }),
  tags: channel({ input: () => z.strictObject({}), output: () => z.array(z.object({ tag: z.string(), documents: z.number().int() })), permission: 'archive.view' }),
  folders: channel({ input: () => z.strictObject({}), output: () => z.array(archiveFolder), permission: 'archive.view' }),
  /** Adds or renames a folder; a folder's level is its depth, so a child of a project stage is refused. */
  saveFolder: channel({
    input: () => z.strictObject({ id: uuid.optional(), parentId: uuid.nullable().default(null), nameZh: requiredText(40), nameEn: text(60).optional().default(''), sort: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(9999, 'outOfRange').default(0) }),
    output: () => z.array(archiveFolder),
    permission: 'archive.classify',
  }),
  /** Archives a folder (kept for the documents filed in it, offered no more); an empty one is removed. */
  removeFolder: channel({ input: () => z.strictObject(byId), output: () => z.array(archiveFolder), permission: 'archive.classify' }),
  classes: channel({ input: () => z.strictObject({}), output: () => z.array(documentClass), permission: 'archive.view' }),
  /** Adds or changes a class; a new retention period moves the keep-until day of its documents in the same write. */
  saveClass: channel({
    input: () => z.strictObject({
      id: uuid.optional(),
      nameZh: requiredText(40),
      nameEn: text(60).optional().default(''),
      retentionYears,
      defaultSecurity: z.enum(SECURITY_LEVELS, 'invalidOption'),
      sort: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(9999, 'outOfRange').default(0),
      archived: z.boolean('invalidType').default(false),
    }),
    output: () => z.array(documentClass),
    permission: 'archive.classify',
  }),
};

/**
 * The document store's own channels (main/documents): uploads in chunks, and
 * the storage health check. An upload becomes a file only when `archive.create`
 * or `archive.submitVersion` takes it.
 */
export const storage = {
  /** Starts an upload of `size` bytes; the file is checked and stored only when a document or version is created from it. */
  begin: channel({
    input: () => z.strictObject({ fileName: requiredText(200), size: z.number('invalidType').int('invalidType').min(1, 'document.empty').max(MAX_DOCUMENT_BYTES, 'document.tooLarge') }),
    output: () => uploadStarted,
    permission: 'archive.upload',
  }),
  /** One chunk, in order (`index` from 0), base64. */
  chunk: channel({
    input: () => z.strictObject({ uploadId: uuid, index: z.number('invalidType').int('invalidType').min(0, 'outOfRange'), data: z.base64('invalidType').max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4, 'tooLong') }),
    output: () => z.object({ received: z.number().int() }),
    permission: 'archive.upload',
  }),
  cancel: channel({ input: () => z.strictObject({ uploadId: uuid }), output: () => z.object({}), permission: 'archive.upload' }),
  /** The newest storage check, or null before the first. */
  health: channel({ input: () => z.strictObject({}), output: () => storageCheck.nullable(), permission: 'archive.manage' }),
  /** Runs the storage check now: every stored file against its hash, and the database's integrity. */
  check: channel({ input: () => z.strictObject({}), output: () => storageCheck, permission: 'archive.manage' }),
};
