import Database from 'better-sqlite3';
import { rebuildReportSummaries } from '../../main/app/report-summaries';

/*
 * Bulk writes straight into the app's SQLite file, after the app itself made
 * the schema. One prepared statement per table, rows as plain objects named
 * like the columns, commits every few thousand rows. The journal and syncing
 * are relaxed only while generating (a failed run leaves a folder to delete,
 * never one to trust) and put back to the app's WAL before the file is handed over.
 */

type Row = Record<string, string | number | null>;

/** The columns the generator writes per table (the rest keep their defaults). */
const COLUMNS = {
  people: [
    'id', 'created_at', 'updated_at', 'device_id', 'name', 'name_pinyin', 'name_initials', 'company', 'phone', 'id_type', 'id_number_enc', 'id_number_mask',
    'id_number_index', 'client_id', 'title', 'email', 'dietary', 'birthday',
  ],
  visits: [
    'id', 'created_at', 'updated_at', 'device_id', 'person_id', 'kind', 'status', 'host', 'purpose', 'badge_no', 'privacy_ack_at', 'check_in_at', 'check_out_at',
    'plan_id', 'visit_day', 'visitor_name', 'visitor_company', 'visitor_phone', 'handling_ms',
  ],
  badge_prints: ['id', 'created_at', 'updated_at', 'device_id', 'visit_id', 'layout_id', 'printer_id', 'is_reprint', 'operator'],
  clients: ['id', 'created_at', 'updated_at', 'device_id', 'name', 'name_pinyin', 'name_initials', 'industry', 'tier', 'account_manager', 'background', 'tags'],
  visit_plans: [
    'id', 'created_at', 'updated_at', 'device_id', 'title', 'client_id', 'purpose', 'level', 'status', 'arrival_at', 'departure_at', 'expected_headcount', 'needs', 'notes',
  ],
  plan_guests: ['id', 'created_at', 'updated_at', 'device_id', 'plan_id', 'person_id', 'is_lead', 'needs'],
  itinerary_items: ['id', 'created_at', 'updated_at', 'device_id', 'plan_id', 'starts_at', 'ends_at', 'activity', 'place', 'responsible', 'notes'],
  plan_team: ['id', 'created_at', 'updated_at', 'device_id', 'plan_id', 'role', 'custom_label', 'primary_name', 'primary_phone', 'backup_name', 'backup_phone'],
  resource_bookings: ['id', 'created_at', 'updated_at', 'device_id', 'plan_id', 'resource_id', 'starts_at', 'ends_at', 'spare'],
  plan_checklists: ['id', 'created_at', 'updated_at', 'device_id', 'plan_id', 'template_id', 'name', 'kind', 'position'],
  checklist_items: [
    'id', 'created_at', 'updated_at', 'device_id', 'checklist_id', 'plan_id', 'template_item_id', 'section', 'text', 'position', 'required', 'department', 'role',
    'assignee_name', 'due_anchor', 'due_offset_minutes', 'due_at', 'item_check', 'status', 'status_by_name', 'status_at',
  ],
  incidents: [
    'id', 'created_at', 'updated_at', 'device_id', 'code', 'category', 'tier', 'status', 'source', 'title', 'description', 'person_id', 'plan_id', 'client_id',
    'contact_name', 'feedback_response_id', 'owner_user_id', 'owner_role', 'owner_name', 'reporter_id', 'reporter_name', 'involved_ids', 'received_at', 'limit_from',
    'deadline_at', 'escalations', 'resolved_at', 'resolution', 'root_cause', 'resolved_late',
  ],
  incident_events: ['id', 'created_at', 'updated_at', 'device_id', 'incident_id', 'kind', 'at', 'by_id', 'by_name', 'value', 'text'],
  incident_callbacks: [
    'id', 'created_at', 'updated_at', 'device_id', 'incident_id', 'owner_user_id', 'owner_name', 'due_at', 'status', 'attempts', 'score', 'comment', 'done_at', 'done_by_name',
  ],
  feedback_requests: [
    'id', 'created_at', 'updated_at', 'device_id', 'code', 'template_id', 'plan_id', 'client_id', 'person_id', 'owner_user_id', 'owner_name', 'due_at', 'status', 'response_id',
  ],
  feedback_responses: [
    'id', 'created_at', 'updated_at', 'device_id', 'template_id', 'request_id', 'channel', 'plan_id', 'client_id', 'person_id', 'answers', 'score', 'lowest_rating',
    'comment_text', 'red_alert', 'alert_reasons', 'incident_id', 'given_at', 'entered_by_id', 'entered_by_name',
  ],
  followup_plans: ['id', 'created_at', 'updated_at', 'device_id', 'client_id', 'template_id', 'plan_id', 'title', 'status', 'urgency', 'owner_user_id', 'owner_name'],
  followup_steps: [
    'id', 'created_at', 'updated_at', 'device_id', 'followup_id', 'seq', 'title', 'owner_user_id', 'owner_name', 'due_day', 'status', 'outcome', 'done_at', 'done_by_name',
  ],
  document_blobs: ['content_hash', 'stored_name', 'size', 'kind', 'text_status', 'created_at'],
  document_texts: ['content_hash', 'text'],
  documents: [
    'id', 'created_at', 'updated_at', 'device_id', 'code', 'title', 'notes', 'class_id', 'security', 'folder_id', 'doc_date', 'retain_until', 'plan_id', 'client_id',
    'current_version_id',
  ],
  document_tags: ['document_id', 'tag'],
  document_versions: [
    'id', 'created_at', 'updated_at', 'device_id', 'document_id', 'version_no', 'status', 'content_hash', 'file_name', 'reason', 'submitted_by_user_id', 'submitted_by_name',
    'decided_by_user_id', 'decided_by_name', 'decided_at', 'decision_note',
  ],
  audit_log: ['id', 'at', 'device_id', 'actor', 'action', 'entity', 'entity_id', 'detail', 'prev_hash', 'hash', 'device_seq', 'prev_id'],
} as const;

export type Table = keyof typeof COLUMNS;

/** Rows per transaction: large enough to be quick, small enough that the in-memory journal stays small. */
const COMMIT_EVERY = 20_000;

export class BulkStore {
  readonly sqlite: Database.Database;
  private readonly inserts = new Map<Table, Database.Statement>();
  private pending = 0;
  private readonly dropped: string[];
  private readonly droppedTriggers: string[];
  readonly counts: Record<string, number> = {};

  constructor(file: string) {
    this.sqlite = new Database(file);
    this.sqlite.pragma('journal_mode = MEMORY');
    this.sqlite.pragma('synchronous = OFF');
    this.sqlite.pragma('locking_mode = EXCLUSIVE');
    this.sqlite.pragma('cache_size = -400000');
    this.sqlite.pragma('temp_store = MEMORY');
    this.sqlite.pragma('foreign_keys = ON');
    for (const [table, columns] of Object.entries(COLUMNS) as [Table, readonly string[]][]) {
      // Positional parameters: binding by name costs a property lookup per column, and this runs millions of times.
      this.inserts.set(table, this.sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`));
    }
    this.dropped = this.dropSecondaryIndexes();
    this.droppedTriggers = this.dropReportTriggers();
    this.sqlite.exec('BEGIN');
  }

  /**
   * The non-unique indexes of the tables written here, dropped while writing
   * and made again at the end from their own stored definitions (a sorted
   * build is many times faster than millions of scattered inserts).
   */
  private dropSecondaryIndexes(): string[] {
    const tables = Object.keys(COLUMNS);
    const rows = this.sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
      .all(...tables) as { name: string; sql: string }[];
    for (const r of rows) this.sqlite.exec(`DROP INDEX "${r.name}"`);
    return rows.map((r) => r.sql);
  }

  /**
   * The reports' summary triggers on visits (db/migrations/0014_reports.sql),
   * dropped while writing: each asks for the person's other visits, along an
   * index dropped above. Made again at the end, the summaries counted once.
   */
  private dropReportTriggers(): string[] {
    const rows = this.sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'visits' AND name LIKE 'reports\\_%' ESCAPE '\\'`).all() as { name: string; sql: string }[];
    for (const r of rows) this.sqlite.exec(`DROP TRIGGER "${r.name}"`);
    return rows.map((r) => r.sql);
  }

  insert(table: Table, row: Row): number {
    const info = this.inserts.get(table)!.run(COLUMNS[table].map((c) => row[c] ?? null));
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    this.tick();
    return Number(info.lastInsertRowid);
  }

  /** A statement of the generator's own (lookups, the few updates history makes). */
  prepare(sql: string): Database.Statement {
    return this.sqlite.prepare(sql);
  }

  tick(): void {
    if (++this.pending < COMMIT_EVERY) return;
    this.sqlite.exec('COMMIT; BEGIN');
    this.pending = 0;
  }

  /** Commits, checks what the app would refuse, and leaves the file as the app keeps it (WAL, normal locking). */
  finish(onIndex: (done: number, total: number) => void = () => {}): void {
    this.sqlite.exec('COMMIT');
    this.dropped.forEach((sql, i) => {
      onIndex(i, this.dropped.length);
      this.sqlite.exec(sql);
    });
    for (const sql of this.droppedTriggers) this.sqlite.exec(sql);
    rebuildReportSummaries(this.sqlite);
    const broken = this.sqlite.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new Error(`generated rows break foreign keys: ${JSON.stringify(broken.slice(0, 5))}`);
    this.sqlite.pragma('locking_mode = NORMAL');
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.close();
  }

  abort(): void {
    if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
    this.sqlite.close();
  }
}
