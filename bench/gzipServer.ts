/**
 * A tiny static server for the benchmarks: serves a folder on 127.0.0.1 and a free port, gzipping
 * what compresses (as any real static host does), so load figures see the bytes a phone would.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface GzipServer {
  readonly url: string;
  stop(): Promise<void>;
}

export function serveGzipped(root: string): Promise<GzipServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = normalize(path === '/' ? '/index.html' : path);
    const file = join(root, relative);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    stat(file)
      .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then((body) => {
        const type = extname(file);
        const gzip = COMPRESSED.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
        const sent = gzip ? gzipSync(body) : body;
        response.writeHead(200, {
          'content-type': TYPES[type] ?? 'application/octet-stream',
          'content-length': sent.length,
          'cache-control': 'no-cache',
          ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        });
        response.end(sent);
      })
      .catch(() => {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
