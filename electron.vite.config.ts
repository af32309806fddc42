import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // electron-vite leaves every part unminified by default. Main is minified too, but keeps
      // function and class names so its logs' stack traces and error names stay readable.
      minify: true,
      // playwright-core is a devDependency used only by the web shell's print
      // engine: keep it external rather than bundling a browser driver.
      // electron-store is ESM-only: bundled into the main build, never
      // required from node_modules at run time (TOOLCHAIN.md).
      externalizeDeps: { include: ['playwright-core'], exclude: ['electron-store'] },
      rollupOptions: {
        input: {
          electron: resolve(__dirname, 'main/shells/electron/main.ts'),
          web: resolve(__dirname, 'main/shells/web/main.ts'),
          // The backup engine's worker thread, started by path (main/backup/worker-entry.ts): out/main/backup-worker.js.
          'backup-worker': resolve(__dirname, 'main/backup/backup-worker.ts'),
          // The document store's worker (main/documents/worker-entry.ts): out/main/documents-worker.js.
          'documents-worker': resolve(__dirname, 'main/documents/documents-worker.ts'),
        },
        output: { keepNames: true },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      minify: true,
      // A sandboxed preload cannot require() packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // Parsed on every start of the window: minified (electron-vite's default is off).
      minify: true,
      chunkSizeWarningLimit: 2500,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
