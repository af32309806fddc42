import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceContext } from '../../core/context';
import { writeFileAtomic } from '../../core/atomic-file';

/** Where saved PDFs go: the data directory's `prints/` folder. */
export function printsDir(dataDir: string): string {
  return join(dataDir, 'prints');
}

/** Saves a rendered PDF and returns its file name (the renderer never sees a path). */
export function savePrintFile(ctx: ServiceContext, base: string, pdf: Buffer): string {
  const stamp = ctx.now().toISOString().slice(0, 19).replace(/[-:T]/g, '');
  const dir = printsDir(ctx.dataDir);
  // Two prints in one second must not overwrite each other.
  let fileName = `${base}-${stamp}.pdf`;
  for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `${base}-${stamp}-${n}.pdf`;
  writeFileAtomic(join(dir, fileName), pdf, 0o600);
  return fileName;
}
