import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './bench-core';
import type { GenerateOptions } from '../generate/manifest';
import type { GeneratedManifest } from './manifest';

interface GeneratorModule {
  generateDataDir: (opts: GenerateOptions) => Promise<GeneratedManifest>;
  PRESETS: Record<string, Omit<GenerateOptions, 'dir'>>;
}

const ENTRY = join(ROOT, 'scripts', 'generate', 'index.ts');

/** Loaded when asked for, so the bench still measures a folder given with --data where the generator is absent. */
export async function loadGenerator(): Promise<GeneratorModule> {
  if (!existsSync(ENTRY)) throw new Error(`No data generator at ${ENTRY}: generate a folder elsewhere and pass it with --data <dir>, or use --quick.`);
  return (await import(pathToFileURL(ENTRY).href)) as GeneratorModule;
}
