// The web shell's entry (out/main/web.js): the compile cache first, then the shell.
import { enableCompileCache } from '../compile-cache';

enableCompileCache();
await import('./main');
