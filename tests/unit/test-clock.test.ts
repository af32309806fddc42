import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testClock } from '../../main/shells/web/test-clock';

const HOUR = 3_600_000;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function clockFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'test-clock-'));
  dirs.push(dir);
  return join(dir, 'clock');
}

describe('the e2e test clock (--test-clock-file)', () => {
  it('runs at real time while the file does not exist', () => {
    const now = testClock(clockFile());
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('adds the offset in the file and follows it when the file changes', () => {
    const file = clockFile();
    writeFileSync(file, String(3 * HOUR));
    const now = testClock(file);
    expect(Math.abs(now().getTime() - (Date.now() + 3 * HOUR))).toBeLessThan(1000);
    writeFileSync(file, String(72 * HOUR));
    // A later modification time, whatever the file system's resolution.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(Math.abs(now().getTime() - (Date.now() + 72 * HOUR))).toBeLessThan(1000);
  });

  it('treats an unreadable offset as none', () => {
    const file = clockFile();
    writeFileSync(file, 'soon');
    expect(Math.abs(testClock(file)().getTime() - Date.now())).toBeLessThan(1000);
  });
});
