/**
 * Builds and serves pages for the browser tests and the benchmarks: the production build (dist/)
 * or, with a config, the bench-only sigma.js page (bench/sigma), each with `vite preview` on
 * 127.0.0.1 and a free port. The vite binary is started directly (not through npx), so the
 * process stopped is the server itself.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const vite = `${repoRoot}node_modules/.bin/vite`;
export const SIGMA_CONFIG = `${repoRoot}bench/sigma/vite.config.ts`;
/** The production build the browser tests serve; E2E_DIST picks another (e.g. to test two builds side by side). */
export const distDir = process.env.E2E_DIST ?? 'dist';

export interface Server {
  readonly url: string;
  stop(): Promise<void>;
}

/** `vite build` (with `config`, or the project's own); skipped when `reuse` and the output exists. */
export function build(config: string | null, outputMarker: string, reuse: boolean): void {
  if (reuse && existsSync(outputMarker)) return;
  const args = ['build', '--logLevel', 'warn', ...(config ? ['--config', config] : [])];
  execFileSync(vite, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

export function preview(config: string | null): Promise<Server> {
  return serve('preview', config);
}

/** The dev server, as `npm start` runs it (sources served and transformed on request). */
export function devServer(): Promise<Server> {
  return serve('dev', null);
}

async function serve(mode: 'preview' | 'dev', config: string | null): Promise<Server> {
  const port = await freePort();
  const args = [
    ...(mode === 'preview' ? ['preview'] : []),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    ...(config ? ['--config', config] : mode === 'preview' ? ['--outDir', distDir] : []),
  ];
  const server = spawn(vite, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  try {
    await waitUntilServing(url, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('vite preview: no free port'))));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, output: () => string): Promise<void> {
  // A bound on attempts, so a broken server fails the run instead of hanging it.
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`vite preview exited before serving:\n${output()}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url}:\n${output()}`);
}
