import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const scripts: Record<string, string> = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).scripts;

describe('the README’s commands', () => {
  it('names only npm scripts that package.json has', () => {
    const named = new Set([...readme.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((match) => match[1]));
    expect(named.size).toBeGreaterThan(3);
    expect([...named].filter((name) => !Object.hasOwn(scripts, name))).toEqual([]);
  });
});
