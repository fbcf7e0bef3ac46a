import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const biome = resolve('node_modules/.bin/biome');
const sandbox = mkdtempSync(join(tmpdir(), 'backchannel-lint-'));
cpSync('biome.json', join(sandbox, 'biome.json'));
cpSync('.ci', join(sandbox, '.ci'), { recursive: true });
mkdirSync(join(sandbox, 'src/sim'), { recursive: true });
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

let probes = 0;
/** Lints a snippet as a file inside src/sim of a copy of the project's lint setup; returns the diagnostics. */
function lintAsSim(source: string): string {
  const file = `src/sim/probe${probes++}.ts`;
  writeFileSync(join(sandbox, file), source);
  try {
    execFileSync(biome, ['lint', '--colors=off', file], { cwd: sandbox, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return `${e.stdout}${e.stderr}`;
  }
}

describe('src/sim stays pure', () => {
  const forbidden: [string, string, RegExp][] = [
    [
      "import * as Phaser from 'phaser';\nexport const x = Phaser;\n",
      'phaser',
      /rendering belongs to src\/view/,
    ],
    [
      "import { createStore } from 'zustand/vanilla';\nexport const x = createStore;\n",
      'zustand',
      /state containers/,
    ],
    [
      "import { x } from '../view/map';\nexport const y = x;\n",
      'the view',
      /nothing from the view or the store/,
    ],
    [
      "import { x } from '../store/appStore';\nexport const y = x;\n",
      'the store',
      /nothing from the view or the store/,
    ],
    ['export const x = Math.random();\n', 'Math.random', /Math\.random is not seeded/],
    ['export const x = Date.now();\n', 'Date', /global variable Date/],
    ['export const x = performance.now();\n', 'performance', /global variable performance/],
    ['export const x = document.title;\n', 'document', /global variable document/],
    ['export const x = window.innerWidth;\n', 'window', /global variable window/],
  ];
  for (const [source, what, diagnostic] of forbidden) {
    it(`lint rejects ${what} inside src/sim`, () => {
      expect(lintAsSim(source)).toMatch(diagnostic);
    });
  }

  it('lint accepts plain seeded code inside src/sim', () => {
    expect(lintAsSim('export const half = (x: number): number => x / 2;\n')).toBe('');
  });

  it('no file in src/sim mentions a forbidden module or global', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src/sim');
    const offenders = files.filter((f) =>
      /from '(phaser|zustand|preact)|Math\.random|Date\.now|performance\.now|\bdocument\.|\bwindow\./.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
