import { eq, inArray, sql } from 'drizzle-orm';
import { DESTROYED_NAME } from '../../../contract/retention';
import { destructionItems, documentBlobs, documents, documentTags, documentTexts, documentVersions, feedbackResponses, incidents, people, planGuests, visits } from '../../../db/schema';
import type { WriteTx } from '../../core/write-path';
import type { FileRow, ItemRow } from './records';

/*
 * What one item's destruction does to the rows, inside the destruction's write
 * (secure_delete is on for the connection, so freed cells and pages are zeroed).
 * Each returns the rows it touched by table, the files it freed, and the words
 * and ids the audit redaction looks for. The files themselves are destroyed
 * after the commit (a rolled-back write must not have lost them).
 */

export interface ItemOutcome {
  rows: Record<string, number>;
  files: FileRow[];
  /** Store files no remaining version uses: destroyed after the commit. */
  storedNames: { storedName: string; contentHash: string }[];
  ids: string[];
  words: string[];
}

const noNeeds = JSON.stringify({ diet: '', transport: '', accessibility: '', other: '' });

export function destroyDocument(tx: WriteTx, item: ItemRow): ItemOutcome {
  const id = item.targetId;
  const doc = tx.select({ title: documents.title, notes: documents.notes }).from(documents).where(eq(documents.id, id)).get();
  if (!doc) throw new Error(`document ${item.label} is gone`);
  const versions = tx
    .select({ id: documentVersions.id, versionNo: documentVersions.versionNo, contentHash: documentVersions.contentHash, fileName: documentVersions.fileName, reason: documentVersions.reason, size: documentBlobs.size, storedName: documentBlobs.storedName })
    .from(documentVersions)
    .innerJoin(documentBlobs, eq(documentBlobs.contentHash, documentVersions.contentHash))
    .where(eq(documentVersions.documentId, id))
    .all();
  const rows: Record<string, number> = {};
  rows.document_tags = tx.delete(documentTags).where(eq(documentTags.documentId, id)).run().changes;
  rows.document_versions = tx.delete(documentVersions).where(eq(documentVersions.documentId, id)).run().changes;
  rows.documents = tx.delete(documents).where(eq(documents.id, id)).run().changes;
  rows.document_texts = 0;
  rows.document_blobs = 0;
  const storedNames: ItemOutcome['storedNames'] = [];
  for (const hash of new Set(versions.map((v) => v.contentHash))) {
    // The same content filed as another document stays: only a file no version uses any more goes.
    const stillUsed = tx.select({ id: documentVersions.id }).from(documentVersions).where(eq(documentVersions.contentHash, hash)).limit(1).get();
    if (stillUsed) continue;
    rows.document_texts += tx.delete(documentTexts).where(eq(documentTexts.contentHash, hash)).run().changes;
    rows.document_blobs += tx.delete(documentBlobs).where(eq(documentBlobs.contentHash, hash)).run().changes;
    storedNames.push({ storedName: versions.find((v) => v.contentHash === hash)!.storedName, contentHash: hash });
  }
  const freed = new Set(storedNames.map((s) => s.contentHash));
  return {
    rows,
    files: versions.map((v) => ({ contentHash: v.contentHash, size: v.size, versionNo: v.versionNo, removed: freed.has(v.contentHash) ? true : null })),
    storedNames,
    ids: [id, ...versions.map((v) => v.id)],
    words: [doc.title, doc.notes, ...versions.flatMap((v) => [v.fileName, v.reason])],
  };
}

/** The person and every record merged into them (their history moved to this one; the merged rows still hold their words). */
function personAndMerged(tx: WriteTx, id: string): string[] {
  return tx
    .all<{ id: string }>(sql`WITH RECURSIVE m(id) AS (SELECT ${id} UNION SELECT p.id FROM people p JOIN m ON p.merged_into = m.id) SELECT id FROM m`)
    .map((r) => r.id);
}

export function anonymisePerson(tx: WriteTx, item: ItemRow): ItemOutcome {
  const ids = personAndMerged(tx, item.targetId);
  const before = tx.select({ name: people.name, phone: people.phone, email: people.email, company: people.company }).from(people).where(inArray(people.id, ids)).all();
  const visitRows = tx.select({ id: visits.id, name: visits.visitorName, phone: visits.visitorPhone }).from(visits).where(inArray(visits.personId, ids)).all();
  const rows: Record<string, number> = {};
  rows.people = tx
    .update(people)
    .set({
      name: DESTROYED_NAME,
      namePinyin: '',
      nameInitials: '',
      company: '',
      phone: '',
      idType: null,
      idNumberEnc: null,
      idNumberMask: null,
      idNumberIndex: null,
      title: '',
      email: '',
      dietary: '',
      transport: '',
      preferences: '',
      birthday: null,
      notes: '',
      // Out of the directory and search: nothing left to find them by.
      deletedAt: sql`coalesce(${people.deletedAt}, ${tx.at})`,
    })
    .where(inArray(people.id, ids))
    .run().changes;
  rows.visits = tx.update(visits).set({ visitorName: DESTROYED_NAME, visitorCompany: '', visitorPhone: '' }).where(inArray(visits.personId, ids)).run().changes;
  rows.plan_guests = tx.update(planGuests).set({ needs: noNeeds }).where(inArray(planGuests.personId, ids)).run().changes;
  rows.incidents = tx.update(incidents).set({ contactName: '', contactPhone: '' }).where(inArray(incidents.personId, ids)).run().changes;
  rows.feedback_responses = tx.update(feedbackResponses).set({ respondentName: '' }).where(inArray(feedbackResponses.personId, ids)).run().changes;
  // Incidents and feedback are also found by their person's name: re-index them (no trigger watches a person's name for them).
  const json = JSON.stringify(ids);
  tx.run(sql`INSERT OR IGNORE INTO search_dirty (kind, entity_id) SELECT 'incidents', id FROM incidents WHERE person_id IN (SELECT value FROM json_each(${json}))`);
  tx.run(sql`INSERT OR IGNORE INTO search_dirty (kind, entity_id) SELECT 'feedback', id FROM feedback_responses WHERE person_id IN (SELECT value FROM json_each(${json}))`);
  return {
    rows,
    files: [],
    storedNames: [],
    ids: [...ids, ...visitRows.map((v) => v.id)],
    words: [...before.flatMap((p) => [p.name, p.phone, p.email]), ...visitRows.flatMap((v) => [v.name ?? '', v.phone ?? ''])],
  };
}

/** The item's record once done: its files and the rows it touched. */
export function recordItem(tx: WriteTx, item: ItemRow, outcome: ItemOutcome): void {
  tx.update(destructionItems)
    .set({ files: JSON.stringify(outcome.files), rows: JSON.stringify(outcome.rows) })
    .where(sql`${destructionItems.requestId} = ${item.requestId} AND ${destructionItems.kind} = ${item.kind} AND ${destructionItems.targetId} = ${item.targetId}`)
    .run();
}
