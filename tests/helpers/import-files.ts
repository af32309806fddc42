import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_CHUNK_BYTES } from '../../contract/data-import';

interface Caller {
  call: <T = unknown>(name: string, input: unknown) => Promise<T>;
}

/** Sends a file through the import's upload channels as the renderer does (base64 chunks); returns the import id. */
export async function uploadImport(core: Caller, bytes: Uint8Array, fileName: string): Promise<string> {
  const { importId, chunkBytes } = await core.call<{ importId: string; chunkBytes: number }>('imports.begin', { fileName, size: bytes.length });
  const step = chunkBytes || IMPORT_CHUNK_BYTES;
  for (let index = 0, at = 0; at < bytes.length; index++, at += step) {
    await core.call('imports.chunk', { importId, index, data: Buffer.from(bytes.subarray(at, at + step)).toString('base64') });
  }
  return importId;
}

/** RFC 4180 text of these rows, CRLF, every field quoted when it must be. */
export function csvText(rows: string[][], delimiter = ','): string {
  const cell = (s: string) => (/[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/** The text in GBK, as Excel and WPS save "CSV" on a Chinese Windows (glibc's iconv does the encoding). */
export function gbk(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
}

/**
 * A real file written by LibreOffice Calc: the CSV (UTF-8) opened and saved as
 * `format` (xlsx or xls). Each run has its own profile, so parallel runs do not
 * fight over one, and a time limit.
 */
export function libreOffice(csv: string, format: 'xlsx' | 'xls'): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'rd-import-lo-'));
  try {
    writeFileSync(join(dir, 'list.csv'), csv);
    // Filter options: comma, double quote, UTF-8 (76), from line 1, and every column as text (2) so ID numbers stay text.
    const textColumns = Array.from({ length: 20 }, (_, i) => `${i + 1}/2`).join('/');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', `--infilter=CSV:44,34,76,1,${textColumns}`, '--convert-to', format, '--outdir', dir, join(dir, 'list.csv')],
      { timeout: 120_000, stdio: 'ignore' },
    );
    return readFileSync(join(dir, `list.${format}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
