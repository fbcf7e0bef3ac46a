import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder or static host, at any path.
  base: './',
  build: {
    // Phaser is one lazily loaded chunk of ~1.2 MB (~350 kB gzipped); that is expected, not a leak.
    chunkSizeWarningLimit: 1600,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need a build and Chromium; they run with tests/e2e/vitest.config.ts.
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    environment: 'node',
    // No wall-clock limits in tests: speed is measured in bench/, not asserted here.
    testTimeout: 0,
    hookTimeout: 0,
  },
});
