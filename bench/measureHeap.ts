import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What bench/heap.ts reports (megabytes are 2^20 bytes). */
export interface HeapFigures {
  /** Day the held state reached. */
  readonly day: number;
  /** Δ process.memoryUsage().heapUsed: the JS heap (objects, arrays, small typed arrays). */
  readonly heapMB: number;
  /** Δ arrayBuffers: backing stores of the typed arrays, which live outside the JS heap. */
  readonly arrayBuffersMB: number;
  readonly retainedMB: number;
  readonly people: number;
}

/**
 * Runs bench/heap.ts in a child node with --expose-gc (the parent, started by plain
 * `tsx`, cannot force a collection) and reads its one JSON line.
 */
export function measureHeap(seed: number): HeapFigures {
  const script = fileURLToPath(new URL('./heap.ts', import.meta.url));
  const root = dirname(dirname(script));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(seed)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench/heap.ts failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim()) as HeapFigures;
}
