import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/** Dependencies of main bundled into its build (see `externalizeDeps` below). */
const BUNDLED_IN_MAIN = ['drizzle-orm', 'zod', 'uuid', 'send'];

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
      // The pure-JavaScript libraries every start needs are bundled too: loaded
      // from node_modules they cost a fresh process one file read and parse per
      // module (drizzle-orm's driver alone ~0.8 s on the 2-core desk PC, issue
      // 17), bundled they are one chunk, cut to what the app uses. The native
      // driver (better-sqlite3) and what loads only when first used (exceljs,
      // pdf-lib, SheetJS, the document readers, pinyin-pro and chinese-days:
      // main/files/heavy-modules.ts) stay in node_modules.
      externalizeDeps: { include: ['playwright-core'], exclude: ['electron-store', ...BUNDLED_IN_MAIN] },
      rollupOptions: {
        input: {
          electron: resolve(__dirname, 'main/shells/electron/start.ts'),
          web: resolve(__dirname, 'main/shells/web/start.ts'),
          // The backup engine's worker thread, started by path (main/backup/worker-entry.ts): out/main/backup-worker.js.
          'backup-worker': resolve(__dirname, 'main/backup/backup-worker.ts'),
          // The document store's worker (main/documents/worker-entry.ts): out/main/documents-worker.js.
          'documents-worker': resolve(__dirname, 'main/documents/documents-worker.ts'),
          // The check of the database after a crash, a process of its own (main/app/integrity/background-check.ts): out/main/integrity-check.js.
          'integrity-check': resolve(__dirname, 'main/app/integrity/integrity-check.ts'),
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
