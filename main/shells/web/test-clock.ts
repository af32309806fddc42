import { readFileSync, statSync } from 'node:fs';

/**
 * The e2e tests' clock (`--test-clock-file <path>`, never used by the product):
 * real time plus an offset in milliseconds written in the file, so a test can
 * move the desk three hours or three days on and watch deadlines run out. The
 * file is re-read when its modification time changes; a missing or unreadable
 * file means no offset, so a test that has not written it yet sees real time.
 */
export function testClock(file: string): () => Date {
  let seenMtime = -1;
  let offset = 0;
  return () => {
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      seenMtime = -1;
      offset = 0;
      return new Date();
    }
    if (mtime !== seenMtime) {
      seenMtime = mtime;
      const read = Number(readFileSync(file, 'utf8').trim());
      offset = Number.isFinite(read) ? read : 0;
    }
    return new Date(Date.now() + offset);
  };
}
