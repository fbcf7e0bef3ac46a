import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalogue, en, setCatalogue, t } from '../../src/view/strings/en';

describe('string catalogue', () => {
  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
  });

  it('t() reads the active catalogue and fills placeholders', () => {
    const test: Catalogue = { ...en, 'title.start': 'Go, {name}! ({n})' };
    setCatalogue(test);
    try {
      expect(t('title.start', { name: 'Ana', n: 3 })).toBe('Go, Ana! (3)');
      expect(t('title.start', { name: 'Ana' })).toBe('Go, Ana! ({n})');
    } finally {
      setCatalogue(en);
    }
    expect(t('title.start')).toBe(en['title.start']);
  });

  it('every key is used by the UI, and every UI key exists', () => {
    const root = new URL('../../src/', import.meta.url).pathname;
    const source = filesUnder(root)
      .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes('/strings/') && !file.includes('/sim/'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = new Set([...source.matchAll(/\bt\('([^']+)'/g)].map((match) => match[1]));
    // Keys built from a code, t(`rejected.${code}`): every key under that prefix counts as used.
    const prefixes = [...source.matchAll(/\bt\(`([^`$]+)\$\{/g)].map((match) => match[1]);
    const isUsed = (key: string) => used.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
    expect([...used].filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !isUsed(key))).toEqual([]);
  });

  it("index.html's description for search engines says what the catalogue says", () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(description).toBe(en['meta.description']);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
