import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './test-core';

export const MIGRATIONS = join(REPO_ROOT, 'db', 'migrations');

/** A copy (in `dir`) of the migrations folder that stops before `tag`: the app as it shipped before that migration. */
export function migrationsBefore(dir: string, tag: string): string {
  const older = join(dir, `migrations-before-${tag}`);
  cpSync(MIGRATIONS, older, { recursive: true });
  const journalFile = join(older, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < tag);
  writeFileSync(journalFile, JSON.stringify(journal));
  return older;
}
