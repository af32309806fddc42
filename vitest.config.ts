import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // better-sqlite3 is a native module: separate processes, not worker threads.
    pool: 'forks',
    testTimeout: 20_000,
    // electron-store imports 'electron', which under plain Node tries to download the binary: inlined, the tests' vi.mock('electron') reaches it (TOOLCHAIN.md trap 2).
    server: { deps: { inline: ['electron-store'] } },
  },
});
