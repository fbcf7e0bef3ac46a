import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The bench-only sigma.js page (the render benchmark's peer), built and served like the game:
 * `vite build --config bench/sigma/vite.config.ts`, then `vite preview` with the same config.
 * Its output sits in .test-results/ (ignored by git); sigma is a dev dependency used only here.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.test-results/bench-sigma', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
