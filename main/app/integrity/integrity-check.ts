// SQLite's check of a whole database file, as a process of its own (main/app/integrity/background-check.ts says why).
import Database from 'better-sqlite3';
import { integrityProblems, isDamage } from '../../../db/integrity';
import type { CheckAnswer } from './check-protocol';

function check(file: string): CheckAnswer {
  let sqlite: Database.Database | null = null;
  try {
    // Read-only: this process never writes. It reads one state of the file while the desk goes on writing to its log.
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return { problems: integrityProblems(sqlite) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return isDamage(err) ? { problems: [message] } : { error: message };
  } finally {
    sqlite?.close();
  }
}

const answer = check(process.argv[2] ?? '');
process.send?.(answer, () => process.exit(0));
if (!process.send) {
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
