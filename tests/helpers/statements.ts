import type Database from 'better-sqlite3';

export interface Ran {
  sql: string;
  params: unknown[];
}

type Methods = Record<'all' | 'get' | 'run' | 'iterate', (this: Database.Statement, ...params: unknown[]) => unknown>;

/**
 * Records every statement run on the handle (and its parameters) while `during` runs: for query-plan checks.
 * Caught where statements run, not where they are prepared: drizzle's statements are prepared once and kept
 * (db/statement-cache.ts), so a query the core ran before would otherwise go unseen.
 */
export async function capturedStatements(sqlite: Database.Database, during: () => Promise<unknown>): Promise<Ran[]> {
  const ran: Ran[] = [];
  const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Methods;
  const names = ['all', 'get', 'run', 'iterate'] as const;
  const saved = names.map((name) => [name, proto[name]] as const);
  for (const [name, original] of saved) {
    proto[name] = function (this: Database.Statement, ...params: unknown[]) {
      if (this.database === sqlite) ran.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  try {
    await during();
  } finally {
    for (const [name, original] of saved) proto[name] = original;
  }
  return ran;
}
