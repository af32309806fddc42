import { IMPORT_CHUNK_BYTES } from '../../../contract/data-import';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** base64 of a chunk, without building one huge string of the whole file. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type ImportUploadOutcome = { ok: true; importId: string } | { ok: false; error: ApiError };

/** Sends a spreadsheet to main in chunks (imports.begin / chunk); main reads it only when the wizard opens it. */
export async function uploadImportFile(file: File, onProgress: (percent: number) => void): Promise<ImportUploadOutcome> {
  const begun = await api.imports.begin({ fileName: file.name, size: file.size });
  if (!begun.ok) return begun;
  const { importId } = begun.value;
  const chunkBytes = begun.value.chunkBytes || IMPORT_CHUNK_BYTES;
  const chunks = Math.ceil(file.size / chunkBytes);
  for (let index = 0; index < chunks; index++) {
    const slice = new Uint8Array(await file.slice(index * chunkBytes, (index + 1) * chunkBytes).arrayBuffer());
    const sent = await api.imports.chunk({ importId, index, data: base64Of(slice) });
    if (!sent.ok) {
      await api.imports.cancel({ importId });
      return sent;
    }
    onProgress(Math.round(((index + 1) / chunks) * 100));
  }
  return { ok: true, importId };
}
