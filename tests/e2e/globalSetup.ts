/**
 * Serves the production build (dist/) with `vite preview` on a free local port for the browser
 * tests, and stops that server afterwards. The vite binary is started directly (not through npx),
 * so the process we kill is the server itself.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir, preview, repoRoot } from '../support/viteServers';
import { assertChromium } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromium();
  if (!existsSync(`${repoRoot}${distDir}/index.html`)) {
    throw new Error(
      `tests/e2e: ${distDir}/index.html is missing; build first (\`npm run test:e2e\` runs \`vite build\`).`,
    );
  }
  const server = await preview(null);
  project.provide('baseUrl', server.url);
  return server.stop;
}
