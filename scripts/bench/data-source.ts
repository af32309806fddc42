import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LOCK_FILE, lockDataDir } from '../../main/app/data-dir-lock';
import { DATA_FILES } from '../../main/app/data-folder';
import type { BenchArgs } from './args';
import { loadGenerator } from './generator';
import { MANIFEST_FILE, type GeneratedManifest } from './manifest';
import { buildStandInData } from './stand-in-data';

/** The folder a run measures: always a scratch copy, because the bench writes (check-ins, scans, prints). */
export interface DataSource {
  preset: string;
  manifest: GeneratedManifest;
  dataDir: string;
  /** Where the copy came from (the generator's cache or --data). */
  origin: string;
  cleanup: () => void;
}

export const QUICK_SIZE = { visitors: 60, plans: 9 };

function readManifest(dir: string): GeneratedManifest {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${dir} has no ${MANIFEST_FILE}: the bench needs the generator's manifest (sign-in, passphrase, sample inputs).`);
  return JSON.parse(readFileSync(file, 'utf8')) as GeneratedManifest;
}

/**
 * Copies a data folder while holding its lock (a desk running on it refuses
 * the copy instead of tearing it), without the lock file itself (the copy is
 * nobody's yet) and without backups (not measured, often large).
 */
function workingCopy(from: string, manifest: GeneratedManifest): { dataDir: string; manifest: GeneratedManifest; cleanup: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-run-'));
  const skip = new Set([LOCK_FILE, DATA_FILES.backups]);
  const unlock = lockDataDir(from);
  try {
    cpSync(from, dataDir, { recursive: true, filter: (src) => src === from || !skip.has(basename(src)) });
  } finally {
    unlock();
  }
  return { dataDir, manifest: { ...manifest, dir: dataDir }, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export async function prepareData(args: BenchArgs): Promise<DataSource> {
  if (args.quick) {
    const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-quick-'));
    const manifest = await buildStandInData(dataDir, QUICK_SIZE);
    return { preset: 'quick', manifest, dataDir, origin: 'stand-in (router)', cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (args.data) {
    const from = resolve(args.data);
    const copy = workingCopy(from, readManifest(from));
    return { preset: args.preset ?? basename(from), origin: from, ...copy };
  }
  const preset = args.preset ?? '100k';
  const cache = join(args.cacheDir ?? join(tmpdir(), 'reception-bench-data'), preset);
  if (!existsSync(join(cache, MANIFEST_FILE))) {
    const { generateDataDir, PRESETS } = await loadGenerator();
    const size = PRESETS[preset];
    if (!size) throw new Error(`Unknown preset ${preset}; the generator has: ${Object.keys(PRESETS).join(', ')}`);
    console.log(`Generating the ${preset} data set into ${cache} (kept for later runs) ...`);
    const t = performance.now();
    // Built aside and renamed when complete: an interrupted generation leaves no half folder that looks ready.
    const partial = `${cache}.partial`;
    mkdirSync(dirname(cache), { recursive: true });
    rmSync(partial, { recursive: true, force: true });
    await generateDataDir({ dir: partial, ...size });
    rmSync(cache, { recursive: true, force: true });
    renameSync(partial, cache);
    console.log(`Generated in ${((performance.now() - t) / 1000).toFixed(0)} s.`);
  }
  return { preset, origin: cache, ...workingCopy(cache, readManifest(cache)) };
}
