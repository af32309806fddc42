import Database from 'better-sqlite3';

/**
 * A plain better-sqlite3 connection on the app's own file, set up as the app
 * sets its own (db/open.ts: WAL, synchronous FULL), for the raw-SQL floors:
 * the fastest the same question can be answered on the same data.
 */
export function openFloorDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}

export function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'`).get(name) !== undefined;
}

/** The plan SQLite picks for a floor, kept in the results: a floor that scans is no floor. */
export function planOf(db: Database.Database, sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

/** Times a prepared statement over inputs, the way sampleOver times the app. */
export function floorSamples<T>(inputs: T[], run: (input: T) => unknown, rounds: number): number[] {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t = performance.now();
      run(input);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}
