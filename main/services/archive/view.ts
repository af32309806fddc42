import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { overwriteAndRemove } from '../../documents/disk';
import { sql } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { MAX_PREVIEW_IMAGE, MAX_PREVIEW_TEXT, type DocumentKind } from '../../../contract/archive';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { versionOf, visibleVersion } from './rows';

const IMAGE_KINDS: readonly DocumentKind[] = ['png', 'jpeg', 'gif', 'webp'];

type Preview = Output<'archive', 'preview'>;

/** Who saw a confidential file is on record (DESIGN15: "who saw what"). */
function auditSight(ctx: ServiceContext, action: 'document.preview' | 'document.open', documentId: string, versionNo: number, extra: Record<string, string> = {}): void {
  ctx.write(
    () => null,
    () => ({ action, entity: 'document', entityId: documentId, detail: { versionNo, ...extra } }),
  );
}

async function previewOf(ctx: ServiceContext, versionId: string): Promise<Preview> {
  const { version: v, documentId } = visibleVersion(ctx.db, versionId, ctx.session);
  const confidential = v.security === 'confidential';
  let preview: Preview;
  if (IMAGE_KINDS.includes(v.kind)) {
    const fits = v.size <= MAX_PREVIEW_IMAGE;
    preview = { versionId, kind: v.kind, image: fits ? (await ctx.documents.read(v.stored_name, v.content_hash)).toString('base64') : null, text: null, truncated: !fits };
  } else {
    // An open file's text was kept at import; a confidential one's is read from the file now and kept nowhere.
    const text = confidential
      ? await ctx.documents.extractText(v.stored_name, v.content_hash, v.kind)
      : (ctx.db.get<{ text: string }>(sql`SELECT text FROM document_texts WHERE content_hash = ${v.content_hash}`)?.text ?? null);
    preview = { versionId, kind: v.kind, image: null, text: text === null ? null : text.slice(0, MAX_PREVIEW_TEXT), truncated: text !== null && text.length > MAX_PREVIEW_TEXT };
  }
  if (confidential) auditSight(ctx, 'document.preview', documentId, v.version_no);
  return preview;
}

export function previewVersion(ctx: ServiceContext, input: Parsed<'archive', 'preview'>): Promise<Preview> {
  return previewOf(ctx, input.versionId);
}

const COMPARED = ['fileName', 'kind', 'size', 'contentHash', 'textStatus', 'reason', 'submittedBy', 'submittedAt', 'decidedBy', 'decidedAt', 'status'] as const;

/** Two versions of one document side by side: their metadata, what differs, and a preview of each. */
export async function compareVersions(ctx: ServiceContext, input: Parsed<'archive', 'compare'>): Promise<Output<'archive', 'compare'>> {
  const a = visibleVersion(ctx.db, input.a, ctx.session);
  const b = visibleVersion(ctx.db, input.b, ctx.session);
  if (a.documentId !== b.documentId) {
    throw new AppError('VALIDATION', 'Versions of one document are compared.', undefined, [{ path: 'b', message: 'archive.otherDocument' }]);
  }
  const va = versionOf(a.version);
  const vb = versionOf(b.version);
  const differs = COMPARED.filter((f) => va[f] !== vb[f]);
  return { a: va, b: vb, differs, previewA: await previewOf(ctx, input.a), previewB: await previewOf(ctx, input.b) };
}

/** The decrypted copies handed over stay this long at most (the web shell's link lives two minutes). */
const OPENED_TTL_MS = 3 * 60_000;
const OPENED_DIR = 'opened';

/** Removes hand-over copies older than their time: after a crash or a link nobody followed. */
function sweepOpened(dir: string, now: number): void {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > OPENED_TTL_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone meanwhile: nothing to do.
    }
  }
}

/**
 * Overwrites and removes every hand-over copy now, whatever its age: a
 * destruction must not leave a decrypted copy of what it destroyed for the
 * minutes a download link lives.
 */
export function wipeOpenedCopies(dataDir: string): void {
  const root = join(dataDir, OPENED_DIR);
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(root, name, 'file');
    try {
      overwriteAndRemove(file);
    } catch {
      // Already gone, or not one of ours: the folder goes below either way.
    }
    rmSync(join(root, name), { recursive: true, force: true });
  }
}

/**
 * Hands a version's file to the user (download or save dialog). The store
 * keeps it encrypted, so a decrypted copy is made for the hand-over alone, in
 * a folder of its own, and removed as soon as the shell has taken it (or when
 * the download link dies). Every opening is audited as document.open.
 */
export async function openVersion(ctx: ServiceContext, input: Parsed<'archive', 'open'>): Promise<Output<'archive', 'open'>> {
  const { version: v, documentId } = visibleVersion(ctx.db, input.versionId, ctx.session);
  const bytes = await ctx.documents.read(v.stored_name, v.content_hash);
  const root = join(ctx.dataDir, OPENED_DIR);
  sweepOpened(root, Date.now());
  const dir = join(root, randomUUID());
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'file');
  writeFileSync(path, bytes, { mode: 0o600 });
  const removeCopy = () => rmSync(dir, { recursive: true, force: true });
  let delivery: Output<'archive', 'open'>;
  try {
    delivery = await ctx.handOver.deliver({ path, fileName: v.file_name, ownerId: ctx.session.operatorId });
  } catch (e) {
    removeCopy();
    throw e;
  }
  if (delivery.kind === 'download') setTimeout(removeCopy, OPENED_TTL_MS).unref();
  else removeCopy();
  auditSight(ctx, 'document.open', documentId, v.version_no, { fileName: v.file_name, how: delivery.kind });
  return delivery;
}
