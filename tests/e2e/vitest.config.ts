import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests against the production build: `npm run build`, then
 * `vitest run --config tests/e2e/vitest.config.ts` (npm run test:e2e does both).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // One Chromium at a time: the machines have two cores and software WebGL is CPU-bound.
    fileParallelism: false,
    // Generous safety nets only; no test asserts how long anything takes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
