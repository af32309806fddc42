// The Electron shell's entry (out/main/electron.js): the compile cache first, then the shell.
// main.ts waits with app.whenReady(), so loading it a moment later misses no event.
import { enableCompileCache } from '../compile-cache';

enableCompileCache();
await import('./main');
