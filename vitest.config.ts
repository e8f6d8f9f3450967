import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` for pure code and content (fast, no build needed) and
 * `browser` for Chromium against the built site in dist/ (run after the build).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // A few tests run the scripts in a child process (check:content, new, the generator):
          // seconds each on a busy 2-core machine, over Vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
