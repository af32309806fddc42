import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { FileDelivery } from '../../../contract/files';
import type { FileHandOver, OfferedFile } from '../../app';
import { BASE_HEADERS, sendJson } from './request-guard';

export const DOWNLOAD_PATH = '/downloads/';
/** The renderer starts the download at once; a link nobody follows soon is dead. */
const LINK_TTL_MS = 2 * 60_000;

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
};

/** RFC 6266: an ASCII stand-in for old clients, the real (often Chinese) name in filename*. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The web shell's hand-over: a one-time link the renderer opens as a browser
 * download (the browser saves it to its downloads folder). A download carries
 * no token header, so the link's random id is the only key: used once, alive
 * for two minutes, served to our own origin only (the server checks the Host).
 */
export class BrowserDownloads implements FileHandOver {
  private readonly links = new Map<string, { file: OfferedFile; expires: number }>();

  deliver(file: OfferedFile, now = Date.now()): Promise<FileDelivery> {
    this.sweep(now);
    const id = randomUUID();
    this.links.set(id, { file, expires: now + LINK_TTL_MS });
    return Promise.resolve({ kind: 'download', fileName: file.fileName, url: `${DOWNLOAD_PATH}${id}` });
  }

  /** Answers GET /downloads/<id>: the file once, then 404 like any unknown link. */
  serve(req: IncomingMessage, res: ServerResponse, path: string, now = Date.now()): void {
    this.sweep(now);
    const id = path.slice(DOWNLOAD_PATH.length);
    const link = this.links.get(id);
    if (req.method !== 'GET' || !link) {
      sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such download (links work once, for two minutes).' } });
      return;
    }
    this.links.delete(id);
    const body = readFileSync(link.file.path);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'content-type': CONTENT_TYPES[extname(link.file.fileName).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'content-disposition': contentDisposition(link.file.fileName),
      'content-security-policy': "default-src 'none'",
    });
    res.end(body);
  }

  private sweep(now: number): void {
    for (const [id, link] of this.links) if (link.expires < now) this.links.delete(id);
  }
}
