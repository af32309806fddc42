import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Output } from '../../../contract';
import type { PastVisitFile } from '../../../contract/past-visits';
import {
  auditLog,
  badgePrints,
  documentBlobs,
  documentClasses,
  documents,
  documentVersions,
  feedbackRequests,
  feedbackResponses,
  incidents,
  visits,
} from '../../../db/schema';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { mayCall } from '../../security/roles';
import { planChecklistsOf } from '../checklists';
import { planDetail } from '../plans';
import { auditEntryViews } from '../audit';
import { changeRows, changeViews } from './change-view';

/** An instant stored as ISO, as the desk's local minute (how plans and the screens show times). */
const local = (iso: string | null) => (iso ? localMinute(new Date(iso)) : null);

function visitsOf(db: ReadDb, planId: string): PastVisitFile['visits'] {
  return db
    .select()
    .from(visits)
    .where(and(eq(visits.planId, planId), isNull(visits.deletedAt)))
    .orderBy(asc(visits.checkInAt))
    .all()
    .map((v) => ({
      id: v.id,
      personId: v.personId,
      name: v.visitorName ?? '',
      company: v.visitorCompany ?? '',
      host: v.host,
      purpose: v.purpose,
      badgeNo: v.badgeNo,
      status: v.status,
      checkInAt: local(v.checkInAt),
      checkOutAt: local(v.checkOutAt),
    }));
}

function incidentsOf(db: ReadDb, planId: string): PastVisitFile['incidents'] {
  return db
    .select({
      id: incidents.id,
      code: incidents.code,
      title: incidents.title,
      category: incidents.category,
      tier: incidents.tier,
      status: incidents.status,
      receivedAt: incidents.receivedAt,
      resolvedAt: incidents.resolvedAt,
      resolution: incidents.resolution,
    })
    .from(incidents)
    .where(and(eq(incidents.planId, planId), isNull(incidents.deletedAt)))
    .orderBy(asc(incidents.receivedAt))
    .all();
}

function feedbackOf(db: ReadDb, planId: string, visitIds: string[], names: Map<string, string>): Pick<PastVisitFile, 'feedbackRequests' | 'feedbackResponses'> {
  // The plan's own request (index feedback_requests_plan, spelt with its WHERE) and its guests' (feedback_requests_visit).
  const forPlan = sql`(${feedbackRequests.planId} = ${planId} AND ${feedbackRequests.visitId} IS NULL AND ${feedbackRequests.deletedAt} IS NULL)`;
  const forVisits = visitIds.length > 0 ? and(inArray(feedbackRequests.visitId, visitIds), isNull(feedbackRequests.deletedAt)) : undefined;
  const requests = db
    .select()
    .from(feedbackRequests)
    .where(or(forPlan, forVisits))
    .orderBy(asc(feedbackRequests.dueAt))
    .all()
    .map((r) => ({ id: r.id, code: r.code, status: r.status, dueAt: r.dueAt, ownerName: r.ownerName, guestName: r.visitId ? (names.get(r.visitId) ?? '') : null }));
  const responses = db
    .select()
    .from(feedbackResponses)
    .where(and(eq(feedbackResponses.planId, planId), isNull(feedbackResponses.deletedAt)))
    .orderBy(asc(feedbackResponses.givenAt))
    .all()
    .map((r) => ({ id: r.id, channel: r.channel, respondentName: r.respondentName, score: r.score, redAlert: r.redAlert, givenAt: r.givenAt, comment: r.commentText }));
  return { feedbackRequests: requests, feedbackResponses: responses };
}

/**
 * The documents filed against the plan or one of its visits, each with every
 * version's file facts. Confidential ones are left out altogether for a user
 * without archive.confidential, as the archive's own list leaves them out.
 */
function documentsOf(ctx: ServiceContext, planId: string, visitIds: string[]): PastVisitFile['documents'] {
  const seeConfidential = mayCall(ctx.session, 'archive.confidential');
  const docs = ctx.db
    .select({ id: documents.id, code: documents.code, title: documents.title, security: documents.security, zh: documentClasses.nameZh, en: documentClasses.nameEn })
    .from(documents)
    .innerJoin(documentClasses, eq(documentClasses.id, documents.classId))
    .where(
      and(
        isNull(documents.deletedAt),
        or(eq(documents.planId, planId), visitIds.length > 0 ? inArray(documents.visitId, visitIds) : undefined),
        seeConfidential ? undefined : sql`${documents.security} <> 'confidential'`,
      ),
    )
    .orderBy(asc(documents.code))
    .all();
  if (docs.length === 0) return [];
  const versions = ctx.db
    .select({
      documentId: documentVersions.documentId,
      versionNo: documentVersions.versionNo,
      status: documentVersions.status,
      fileName: documentVersions.fileName,
      size: documentBlobs.size,
      contentHash: documentVersions.contentHash,
      submittedBy: documentVersions.submittedByName,
      submittedAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .innerJoin(documentBlobs, eq(documentBlobs.contentHash, documentVersions.contentHash))
    .where(and(inArray(documentVersions.documentId, docs.map((d) => d.id)), isNull(documentVersions.deletedAt)))
    .orderBy(asc(documentVersions.versionNo))
    .all();
  return docs.map((d) => ({
    id: d.id,
    code: d.code,
    title: d.title,
    className: { zh: d.zh, en: d.en },
    security: d.security,
    versions: versions.filter((v) => v.documentId === d.id).map(({ documentId: _, ...v }) => v),
  }));
}

function badgePrintsOf(db: ReadDb, visitIds: string[]): PastVisitFile['badgePrints'] {
  if (visitIds.length === 0) return [];
  return db
    .select({ at: badgePrints.createdAt, guestName: visits.visitorName, badgeNo: visits.badgeNo, layoutId: badgePrints.layoutId, printerId: badgePrints.printerId, isReprint: badgePrints.isReprint, operator: badgePrints.operator })
    .from(badgePrints)
    .innerJoin(visits, eq(visits.id, badgePrints.visitId))
    .where(and(inArray(badgePrints.visitId, visitIds), isNull(badgePrints.deletedAt)))
    .orderBy(asc(badgePrints.createdAt))
    .all()
    .map((p) => ({ ...p, guestName: p.guestName ?? '' }));
}

/** The log's entries about the plan and its visits (index audit_log_entity), oldest first. */
function auditOf(db: ReadDb, ids: string[]): PastVisitFile['audit'] {
  const rows = db
    .select()
    .from(auditLog)
    .where(inArray(auditLog.entityId, ids))
    .orderBy(asc(auditLog.at), asc(auditLog.seq))
    .all();
  // Each with its record's subject (a guest's visit: name · badge), as the audit screen lists them.
  return auditEntryViews(db, rows);
}

/** Everything that belonged to one plan, as it stands: what the Past visits tab shows and the visit file prints. */
export function pastVisitFile(ctx: ServiceContext, planId: string): Output<'pastVisits', 'file'> {
  const now = ctx.now();
  const plan = planDetail(ctx.db, planId, now);
  const guestVisits = visitsOf(ctx.db, planId);
  const visitIds = guestVisits.map((v) => v.id);
  const names = new Map(guestVisits.map((v) => [v.id, v.name]));
  return {
    plan,
    visits: guestVisits,
    checklists: planChecklistsOf(ctx.db, planId, now),
    incidents: incidentsOf(ctx.db, planId),
    ...feedbackOf(ctx.db, planId, visitIds, names),
    documents: documentsOf(ctx, planId, visitIds),
    badgePrints: badgePrintsOf(ctx.db, visitIds),
    changes: changeViews(ctx.db, changeRows(ctx.db, { planId, pending: false, limit: 500 }), ctx.session),
    // The log is the auditors' and managers' to read (audit.view): without it the file leaves its trail out.
    audit: mayCall(ctx.session, 'audit.view') ? auditOf(ctx.db, [planId, ...visitIds]) : [],
    mayRequestChange: mayCall(ctx.session, 'plans.manage'),
    mayReopen: mayCall(ctx.session, 'archive.approve'),
  };
}
