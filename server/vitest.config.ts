import { defineConfig } from 'vitest/config';

// Integration tests start real relays (some as child processes) on two shared cores: generous timeouts,
// and files run one at a time so a crash test's child process does not starve the others.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
