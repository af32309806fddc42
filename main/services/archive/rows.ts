import { sql } from 'drizzle-orm';
import type { DocumentDetail, DocumentSummary, DocumentVersion } from '../../../contract/archive';
import type { ReadDb } from '../../core/write-path';
import { mayCall, type Session } from '../../security/roles';
import { folderPaths } from './tree-read';
import { documentNotFound, seesConfidential } from './visibility';

interface DocRow {
  id: string;
  code: string;
  title: string;
  notes: string;
  class_id: string;
  security: DocumentSummary['security'];
  folder_id: string | null;
  doc_date: string;
  retain_until: string | null;
  visit_id: string | null;
  plan_id: string | null;
  client_id: string | null;
  person_id: string | null;
  current_version_id: string | null;
  updated_at: string;
  visit_name: string | null;
  plan_name: string | null;
  client_name: string | null;
  person_name: string | null;
  pending: number;
}

interface VersionRow {
  id: string;
  document_id: string;
  version_no: number;
  status: DocumentVersion['status'];
  file_name: string;
  kind: DocumentVersion['kind'];
  size: number;
  content_hash: string;
  text_status: DocumentVersion['textStatus'];
  reason: string;
  submitted_by_name: string;
  submitted_by_user_id: string | null;
  created_at: string;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string;
}

const VERSION_SELECT = sql`SELECT v.id, v.document_id, v.version_no, v.status, v.file_name, b.kind, b.size, v.content_hash, b.text_status, v.reason,
  v.submitted_by_name, v.submitted_by_user_id, v.created_at, v.decided_by_name, v.decided_at, v.decision_note
  FROM document_versions v JOIN document_blobs b ON b.content_hash = v.content_hash`;

export function versionOf(r: VersionRow): DocumentVersion {
  return {
    id: r.id,
    versionNo: r.version_no,
    status: r.status,
    fileName: r.file_name,
    kind: r.kind,
    size: r.size,
    contentHash: r.content_hash,
    textStatus: r.text_status,
    reason: r.reason,
    submittedBy: r.submitted_by_name,
    submittedAt: r.created_at,
    decidedBy: r.decided_by_name,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
}

/** One version with the document it belongs to, if this user may see that document. */
export function visibleVersion(db: ReadDb, versionId: string, session: Session): { version: VersionRow & { security: string; stored_name: string }; documentId: string } {
  const row = db.get<VersionRow & { security: string; stored_name: string; doc_deleted: string | null }>(
    sql`SELECT v.id, v.document_id, v.version_no, v.status, v.file_name, b.kind, b.size, v.content_hash, b.text_status, v.reason,
      v.submitted_by_name, v.submitted_by_user_id, v.created_at, v.decided_by_name, v.decided_at, v.decision_note, b.stored_name,
      d.security, d.deleted_at AS doc_deleted
      FROM document_versions v JOIN document_blobs b ON b.content_hash = v.content_hash JOIN documents d ON d.id = v.document_id
      WHERE v.id = ${versionId} AND v.deleted_at IS NULL`,
  );
  if (!row || row.doc_deleted !== null || (row.security === 'confidential' && !seesConfidential(session))) {
    throw documentNotFound();
  }
  return { version: row, documentId: row.document_id };
}

export function versionRow(db: ReadDb, versionId: string): VersionRow | undefined {
  return db.get<VersionRow>(sql`${VERSION_SELECT} WHERE v.id = ${versionId}`);
}

function docRows(db: ReadDb, ids: readonly string[]): DocRow[] {
  return db.all<DocRow>(
    sql`SELECT d.id, d.code, d.title, d.notes, d.class_id, d.security, d.folder_id, d.doc_date, d.retain_until, d.visit_id, d.plan_id, d.client_id,
        d.person_id, d.current_version_id, d.updated_at,
        (SELECT coalesce(v.visitor_name, '') FROM visits v WHERE v.id = d.visit_id) AS visit_name,
        (SELECT p.title FROM visit_plans p WHERE p.id = d.plan_id) AS plan_name,
        (SELECT c.name FROM clients c WHERE c.id = d.client_id) AS client_name,
        (SELECT pe.name FROM people pe WHERE pe.id = d.person_id) AS person_name,
        (SELECT count(*) FROM document_versions pv WHERE pv.document_id = d.id AND pv.status = 'pending' AND pv.deleted_at IS NULL) AS pending
      FROM documents d WHERE d.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
}

function tagsByDocument(db: ReadDb, ids: readonly string[]): Map<string, string[]> {
  const rows = db.all<{ document_id: string; tag: string }>(
    sql`SELECT document_id, tag FROM document_tags WHERE document_id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY tag`,
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.document_id, [...(out.get(r.document_id) ?? []), r.tag]);
  return out;
}

function summaryOf(r: DocRow, tags: string[], current: DocumentVersion, paths: Map<string, string[]>): DocumentSummary {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    classId: r.class_id,
    security: r.security,
    folderId: r.folder_id,
    folderPath: r.folder_id ? (paths.get(r.folder_id) ?? []) : [],
    tags,
    docDate: r.doc_date,
    retainUntil: r.retain_until,
    links: { visitId: r.visit_id, planId: r.plan_id, clientId: r.client_id, personId: r.person_id },
    linkNames: { visit: r.visit_name, plan: r.plan_name, client: r.client_name, person: r.person_name },
    current,
    pendingVersions: r.pending,
    updatedAt: r.updated_at,
  };
}

/** The list's rows, in the order of `ids` (a search's ranking or the page's key order). */
export function summariesOf(db: ReadDb, ids: readonly string[]): DocumentSummary[] {
  if (ids.length === 0) return [];
  const rows = new Map(docRows(db, ids).map((r) => [r.id, r]));
  const currentIds = [...rows.values()].map((r) => r.current_version_id).filter((id): id is string => id !== null);
  const versions = new Map(
    db.all<VersionRow>(sql`${VERSION_SELECT} WHERE v.id IN (SELECT value FROM json_each(${JSON.stringify(currentIds)}))`).map((v) => [v.id, versionOf(v)]),
  );
  const tags = tagsByDocument(db, ids);
  const paths = folderPaths(db);
  return ids.flatMap((id) => {
    const r = rows.get(id);
    const current = r?.current_version_id ? versions.get(r.current_version_id) : undefined;
    return r && current ? [summaryOf(r, tags.get(id) ?? [], current, paths)] : [];
  });
}

/** One document with every version, newest first; hidden and deleted ones read as not found. */
export function documentDetailOf(db: ReadDb, id: string, session: Session, opts: { filedNow?: boolean } = {}): DocumentDetail {
  const row = db.get<{ security: string; deleted_at: string | null; notes: string }>(sql`SELECT security, deleted_at, notes FROM documents WHERE id = ${id}`);
  if (!row || row.deleted_at !== null || (row.security === 'confidential' && !seesConfidential(session) && !opts.filedNow)) throw documentNotFound();
  const [summary] = summariesOf(db, [id]);
  if (!summary) throw documentNotFound();
  const versions = db.all<VersionRow>(sql`${VERSION_SELECT} WHERE v.document_id = ${id} AND v.deleted_at IS NULL ORDER BY v.version_no DESC`);
  const mayDecide = mayDecideAny(session, versions);
  return { ...summary, notes: row.notes, versions: versions.map(versionOf), mayDecide };
}

function mayDecideAny(session: Session, versions: VersionRow[]): boolean {
  return versions.some((v) => v.status === 'pending' && v.submitted_by_user_id !== session.operatorId) && mayCall(session, 'archive.approve');
}
