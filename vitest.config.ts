import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // better-sqlite3 is a native module: separate processes, not worker threads.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
