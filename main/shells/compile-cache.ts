import * as nodeModule from 'node:module';

/**
 * Node's on-disk cache of compiled code (Node ≥ 22.1; Electron's Node has it too):
 * a start reads the main build's compiled code instead of compiling its megabyte
 * of JavaScript again (measured ~0.1 s of a loaded 2-core desk PC's start, issue 17).
 * Where the runtime lacks it, nothing changes. Each shell's entry calls this
 * before it loads the app, which is why the entries import the app dynamically.
 */
export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // A cache folder that cannot be written only costs the compile it would have saved.
  }
}
