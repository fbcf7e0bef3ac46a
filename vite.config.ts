import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Phaser built from its own sources with only what the game uses: the Canvas renderer (the map and
 * the title are baked into 2D canvases; see src/view/phaser/startBackdrop.ts), no WebGL renderer,
 * no physics, no sound. Phaser's sources switch features with `typeof WEBGL_RENDERER`-style tests
 * that its own webpack build defines; this does the same. About 130 kB gzipped less than the
 * prebuilt bundle. Types still come from the package ('phaser' in tsconfig resolves to its .d.ts).
 */
const phaserFeatures: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_FBINSTANT: false,
};

function phaserCanvasOnly(): Plugin {
  return {
    name: 'phaser-canvas-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      return (
        code
          // The sources also publish a global Phaser; the game imports it instead.
          .replace(/\bglobal\.Phaser\s*=\s*Phaser;/, '')
          .replace(
            /typeof (CANVAS_RENDERER|WEBGL_RENDERER|WEBGL_DEBUG|FEATURE_SOUND|PLUGIN_FBINSTANT)\b/g,
            (_, name) => String(phaserFeatures[name]),
          )
      );
    },
  };
}

/**
 * Only the production build compiles Phaser from its sources: the dev server's dependency
 * pre-bundler does not run plugin transforms, so there the feature switches would stay unset
 * (and the WebGL debug branch would `require` a module that is not installed). `npm start` serves
 * Phaser's own prebuilt bundle instead; the game asks for the Canvas renderer either way.
 */
const canvasOnlyPhaser = {
  plugins: [phaserCanvasOnly()],
  resolve: {
    alias: {
      phaser: fileURLToPath(new URL('./node_modules/phaser/src/phaser-no-physics.js', import.meta.url)),
    },
  },
};

export default defineConfig(({ command }) => ({
  // Relative asset URLs: dist/ works from any folder or static host, at any path.
  base: './',
  ...(command === 'build' ? canvasOnlyPhaser : {}),
  build: {
    // Phaser is one lazily loaded chunk of ~1 MB (~290 kB gzipped); that is expected, not a leak.
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
}));
