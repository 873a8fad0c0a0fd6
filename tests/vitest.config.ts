import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is native: separate processes keep each test file's connections apart.
    pool: 'forks',
    // Property and SQLite tests are CPU-bound: on a busy 2-core machine 5 s is not a verdict.
    testTimeout: 30_000,
  },
});
