import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { backupWorkerEntry } from '../../main/backup/worker-entry';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('backupWorkerEntry', () => {
  it('from sources: the .ts worker beside it, run through tsx', () => {
    const entry = backupWorkerEntry();
    expect(entry.file).toMatch(/main\/backup\/backup-worker\.ts$/);
    expect(entry.execArgv).toEqual(['--import', 'tsx']);
  });

  it('from the build: out/main/backup-worker.js, whether the caller was bundled into an entry or into a shared chunk', () => {
    const out = mkdtempSync(join(tmpdir(), 'rd-out-'));
    dirs.push(out);
    mkdirSync(join(out, 'chunks'));
    writeFileSync(join(out, 'backup-worker.js'), '');
    expect(backupWorkerEntry(pathToFileURL(join(out, 'web.js')).href)).toEqual({ file: join(out, 'backup-worker.js'), execArgv: [] });
    expect(backupWorkerEntry(pathToFileURL(join(out, 'chunks', 'index-abc.js')).href)).toEqual({ file: join(out, 'backup-worker.js'), execArgv: [] });
  });

  it('says plainly when the build lacks the worker', () => {
    const out = mkdtempSync(join(tmpdir(), 'rd-out-'));
    dirs.push(out);
    expect(() => backupWorkerEntry(pathToFileURL(join(out, 'web.js')).href)).toThrow(/backup worker is missing/);
  });
});
