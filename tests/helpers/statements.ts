import type Database from 'better-sqlite3';

export interface Ran {
  sql: string;
  params: unknown[];
}

/** Records every statement run on the handle (and its parameters) while `during` runs: for query-plan checks. */
export async function capturedStatements(sqlite: Database.Database, during: () => Promise<unknown>): Promise<Ran[]> {
  const ran: Ran[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source) as unknown as Record<string, (...params: unknown[]) => unknown>;
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...params: unknown[]) => {
        ran.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  }) as unknown as typeof sqlite.prepare;
  try {
    await during();
  } finally {
    sqlite.prepare = prepare;
  }
  return ran;
}
