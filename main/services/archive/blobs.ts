import { sql } from 'drizzle-orm';
import { documentBlobs, documentTexts } from '../../../db/schema';
import type { WriteTx } from '../../core/write-path';
import type { TakenFile } from '../../documents/types';

/**
 * The rows of a taken file, in the write that uses it (DESIGN15: the store
 * places the file, the caller writes its row in the same transaction). The
 * same content taken again keeps its one row; a text withheld before (a
 * confidential upload) is filled in when the same bytes come as an open document.
 */
export function recordBlob(tx: WriteTx, file: TakenFile, confidential: boolean): void {
  const textStatus = confidential && file.textStatus === 'extracted' ? 'withheld' : file.textStatus;
  tx.insert(documentBlobs)
    .values({ contentHash: file.contentHash, storedName: file.storedName, size: file.size, kind: file.kind, textStatus, createdAt: tx.at })
    .onConflictDoUpdate({
      target: documentBlobs.contentHash,
      set: { textStatus: sql`excluded.text_status` },
      setWhere: sql`${documentBlobs.textStatus} = 'withheld' AND excluded.text_status <> 'withheld'`,
    })
    .run();
  if (!confidential && file.text !== null) tx.insert(documentTexts).values({ contentHash: file.contentHash, text: file.text }).onConflictDoNothing().run();
}
