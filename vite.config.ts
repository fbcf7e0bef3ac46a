import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
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

/**
 * Offline play for the normal build (dist/): a Workbox service worker precaches every built file
 * (the entry, the lazily loaded Phaser and teachers' chunks, CSS, icons, index.html and the manifest),
 * so after one visit the game reloads and plays with no network. The entry registers the worker
 * itself (src/view/serviceWorker.ts), once the page has loaded and is idle, so that fetching and
 * precaching never compete with the first load; it finds the worker's file name in
 * `import.meta.env.VITE_SERVICE_WORKER`, which only this build sets (the single-file build and the
 * dev server register nothing).
 * Paths stay relative, so the worker's scope is whatever folder dist/ is served from.
 */
function offlinePlay() {
  return VitePWA({
    // A new version takes over at once; the open page keeps its code until the next load, and the
    // game itself lives in localStorage, so nothing is lost.
    registerType: 'autoUpdate',
    injectRegister: false,
    // The glob below already precaches the icon.
    includeManifestIcons: false,
    manifest: {
      name: 'Backchannel',
      short_name: 'Backchannel',
      description: 'A classroom game about how covert investigations work.',
      lang: 'en',
      display: 'standalone',
      start_url: './',
      scope: './',
      background_color: '#070b14',
      theme_color: '#070b14',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // Everything the build writes (the plugin adds the manifest itself), but the single-file copy
      // offered for download: the site already holds all of it.
      globPatterns: ['**/*.{html,js,css,svg,png,webp,woff2,json}'],
      globIgnores: [FILE_NAME],
      // Phaser's chunk is about 1 MB; the game is nothing without it.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // The app has one page: every navigation (any query such as ?seed=3, any #hash) is index.html.
      navigateFallback: 'index.html',
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
    devOptions: { enabled: false },
  });
}

/** The worker's file in dist/ (vite-plugin-pwa's default name). */
const SERVICE_WORKER = 'sw.js';

/** `vite build --mode single-file` (part of `npm run build`): one HTML file a teacher can email. */
const SINGLE_FILE_MODE = 'single-file';
const FILE_NAME = 'backchannel.html';
const POLICY_MARKER = 'single-file-policy-goes-here';
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/**
 * The whole game in dist-single/backchannel.html, playable from file:// with no server and no
 * network: vite-plugin-singlefile inlines the JS (with the Phaser chunk folded in, no code
 * splitting) and the CSS; icons are already data: URIs; the favicon is inlined here. No service
 * worker. The page's policy cannot say `script-src 'self'` for inline code, so this build rewrites
 * it with the sha256 hash of each inlined script and style (no 'unsafe-inline').
 */
function singleFileBuild(): UserConfig {
  return {
    // Nothing beside the HTML file: the favicon, public/'s only file, is inlined below.
    publicDir: false,
    build: { outDir: 'dist-single', modulePreload: false },
    plugins: [viteSingleFile(), inlinedPagePolicy()],
  };
}

function inlinedPagePolicy(): Plugin {
  let policy = '';
  return {
    name: 'backchannel-single-file-policy',
    enforce: 'post',
    // Set the marker before vite-plugin-singlefile inlines the code: it would otherwise warn that
    // the strict policy blocks inline code, which is what the hashes put right afterwards.
    transformIndexHtml(html) {
      const match = CSP_META.exec(html);
      if (!match) throw new Error('single-file build: index.html has no Content-Security-Policy meta');
      policy = match[2];
      return html
        .replace(CSP_META, `$1${POLICY_MARKER}$3`)
        .replace(/href="\.\/favicon\.svg"/, `href="${svgDataUri('./public/favicon.svg')}"`);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('single-file build: no index.html in the bundle');
        const html = String(page.source);
        const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
        const leftovers = [...markup.matchAll(/\s(?:src|href)="(?!data:)([^"]+)"/g)].map((m) => m[1]);
        if (leftovers.length > 0) throw new Error(`single-file build: not inlined: ${leftovers.join(', ')}`);
        delete bundle['index.html'];
        this.emitFile({
          type: 'asset',
          fileName: FILE_NAME,
          source: html.replace(POLICY_MARKER, hashedPolicy(policy, html)),
        });
      },
    },
  };
}

/**
 * The page's own policy with scripts and styles allowed by hash only, and 'self' dropped
 * everywhere: the file fetches nothing, so it needs nothing from beside it.
 */
function hashedPolicy(policy: string, html: string): string {
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .filter((m) => m[1].length > 0)
      .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  const inlined: Record<string, string[]> = { 'script-src': hashes('script'), 'style-src': hashes('style') };
  if (inlined['script-src'].length === 0) throw new Error('single-file build: no inlined script');
  if (html.includes('\r')) throw new Error('single-file build: a CR would change what the browser hashes');
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => {
      const kept = inlined[name] ?? sources.filter((source) => source !== "'self'");
      return `${name} ${kept.length > 0 ? kept.join(' ') : "'none'"}`;
    })
    .join('; ');
}

function svgDataUri(relativePath: string): string {
  const svg = readFileSync(fileURLToPath(new URL(relativePath, import.meta.url)), 'utf8');
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * `npm run build` makes two builds, both with the Canvas-only Phaser: dist/, a static site that
 * also plays offline after one visit (offlinePlay above), and, with `--mode single-file`,
 * dist-single/backchannel.html, the whole game in one file that plays from file:// (singleFileBuild above).
 */
const productionBuild = (mode: string) =>
  mergeConfig(
    canvasOnlyPhaser,
    mode === SINGLE_FILE_MODE
      ? singleFileBuild()
      : {
          plugins: [offlinePlay(), singleFileForDownload()],
          define: { 'import.meta.env.VITE_SERVICE_WORKER': JSON.stringify(SERVICE_WORKER) },
        },
  );

/**
 * dist/ also carries the single-file copy, so a teacher can download it from the teacher guide of
 * a served copy (`npm run build` makes it first). Without it (a bare `vite build`, the dev server)
 * `import.meta.env.VITE_SINGLE_FILE_COPY` is unset and the guide does not offer it.
 */
function singleFileForDownload(): Plugin {
  const built = fileURLToPath(new URL(`./dist-single/${FILE_NAME}`, import.meta.url));
  const present = existsSync(built);
  return {
    name: 'backchannel-single-file-download',
    config: () => ({
      define: present ? { 'import.meta.env.VITE_SINGLE_FILE_COPY': JSON.stringify(FILE_NAME) } : {},
    }),
    generateBundle() {
      if (present) this.emitFile({ type: 'asset', fileName: FILE_NAME, source: readFileSync(built) });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const config = {
    // Relative asset URLs: dist/ works from any folder or static host, at any path.
    base: './',
    build: {
      // Phaser is one lazily loaded chunk of ~1 MB (~290 kB gzipped); that is expected, not a leak.
      chunkSizeWarningLimit: 1600,
    },
    test: {
      include: ['tests/**/*.test.ts'],
      // Browser tests need a build and Chromium; they run with tests/e2e/vitest.config.ts.
      exclude: ['tests/e2e/**', '**/node_modules/**'],
      environment: 'node',
      // Speed is measured in bench/, not asserted here; the limits only stop a hung test from hanging
      // CI. The slowest unit test (calibration's timing sweep) takes ~10 s alone, so 2 minutes leaves
      // room for a loaded machine; a test that needs more passes its own timeout argument.
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  };
  return command === 'build' ? mergeConfig(config, productionBuild(mode)) : config;
});
