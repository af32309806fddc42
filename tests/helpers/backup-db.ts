import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';

/** A small app-like database for backup tests: people, visits, and an audit_log shaped like db/schema/audit.ts. */
export function makeDb(file: string, opts: { people?: number; blobBytes?: number } = {}): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note BLOB);
    CREATE TABLE visits (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id), at TEXT NOT NULL);
    CREATE INDEX visits_person ON visits(person_id);
    CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, device_id TEXT NOT NULL,
      actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT, detail TEXT NOT NULL,
      prev_hash TEXT NOT NULL, hash TEXT NOT NULL, device_seq INTEGER NOT NULL DEFAULT 0, prev_id TEXT);
  `);
  db.pragma('user_version = 10');
  addRows(db, opts.people ?? 2000, opts.blobBytes ?? 200);
  db.close();
}

/** Appends people with a visit and an audit entry each; random blobs so pages do not compress away. */
export function addRows(db: Database.Database, count: number, blobBytes = 200): void {
  const person = db.prepare('INSERT INTO people (name, note) VALUES (?, ?)');
  const visit = db.prepare('INSERT INTO visits (person_id, at) VALUES (?, ?)');
  const entry = db.prepare(`INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq)
    VALUES (?, ?, 'device-1', 'admin', 'visits.checkIn', 'visit', ?, '{}', '', ?, ?)`);
  let audit = db.prepare('SELECT COALESCE(MAX(device_seq), 0) FROM audit_log').pluck().get() as number;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = Number(person.run(`访客 ${i}`, randomBytes(blobBytes)).lastInsertRowid);
      visit.run(id, new Date().toISOString());
      audit += 1;
      const entryId = `e-${process.pid}-${audit}-${randomBytes(4).toString('hex')}`;
      entry.run(entryId, new Date().toISOString(), String(id), createHash('sha256').update(entryId).digest('hex'), audit);
    }
  })();
}

export function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ['people', 'visits', 'audit_log']) out[t] = db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;
    return out;
  } finally {
    db.close();
  }
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

export const sha256File = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');
