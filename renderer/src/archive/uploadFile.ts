import { UPLOAD_CHUNK_BYTES } from '../../../contract/archive';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** base64 of a chunk, without building one huge string of the whole file. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type UploadOutcome = { ok: true; uploadId: string } | { ok: false; error: ApiError | null };

/**
 * Sends a file to main in chunks (storage.begin / chunk), reporting the share
 * sent; `signal` cancels it (the partial upload is dropped in main). The
 * upload becomes a document only when archive.create or submitVersion takes it.
 */
export async function uploadFile(file: File, onProgress: (percent: number) => void, signal: AbortSignal): Promise<UploadOutcome> {
  const begun = await api.storage.begin({ fileName: file.name, size: file.size });
  if (!begun.ok) return { ok: false, error: begun.error };
  const { uploadId } = begun.value;
  const chunkBytes = begun.value.chunkBytes || UPLOAD_CHUNK_BYTES;
  const chunks = Math.ceil(file.size / chunkBytes);
  for (let index = 0; index < chunks; index++) {
    if (signal.aborted) {
      await api.storage.cancel({ uploadId });
      return { ok: false, error: null };
    }
    const slice = new Uint8Array(await file.slice(index * chunkBytes, (index + 1) * chunkBytes).arrayBuffer());
    const sent = await api.storage.chunk({ uploadId, index, data: base64Of(slice) });
    if (!sent.ok) {
      await api.storage.cancel({ uploadId });
      return { ok: false, error: sent.error };
    }
    onProgress(Math.round(((index + 1) / chunks) * 100));
  }
  return { ok: true, uploadId };
}
