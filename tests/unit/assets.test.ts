import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Country {
  iso2: string;
  iso3: string;
  numeric: string;
  name: string;
  region: string;
  lat: number;
  lon: number;
  language: string;
}

interface NameGroup {
  label: string;
  given: string[];
  family: string[];
}

interface Names {
  groups: Record<string, NameGroup>;
  handleWords: { adjectives: string[]; nouns: string[] };
}

function readJson<T>(relative: string): T {
  const url = new URL(`../../assets/${relative}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

const countries = readJson<Country[]>('countries.json');
const names = readJson<Names>('names.json');

const REGIONS = new Set([
  'Oceania',
  'Europe',
  'North America',
  'Latin America',
  'Asia',
  'Middle East',
  'Africa',
]);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dups.add(v);
    seen.add(v);
  }
  return [...dups];
}

describe('assets/countries.json', () => {
  it('lists at least 110 countries', () => {
    expect(Array.isArray(countries)).toBe(true);
    expect(countries.length).toBeGreaterThanOrEqual(110);
  });

  it('has well-formed, unique ISO 3166-1 codes', () => {
    for (const c of countries) {
      expect(c.iso2, c.name).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3, c.name).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric, c.name).toMatch(/^\d{3}$/);
    }
    expect(duplicates(countries.map((c) => c.iso2))).toEqual([]);
    expect(duplicates(countries.map((c) => c.iso3))).toEqual([]);
    expect(duplicates(countries.map((c) => c.numeric))).toEqual([]);
    expect(duplicates(countries.map((c) => c.name))).toEqual([]);
  });

  it('matches known numeric codes (the world-atlas feature ids)', () => {
    const known: Record<string, [string, string]> = {
      AU: ['AUS', '036'],
      NZ: ['NZL', '554'],
      DE: ['DEU', '276'],
      NL: ['NLD', '528'],
      ES: ['ESP', '724'],
      RS: ['SRB', '688'],
      SE: ['SWE', '752'],
      US: ['USA', '840'],
      TR: ['TUR', '792'],
      CO: ['COL', '170'],
      GB: ['GBR', '826'],
      FJ: ['FJI', '242'],
      PG: ['PNG', '598'],
    };
    const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
    for (const [iso2, [iso3, numeric]] of Object.entries(known)) {
      const c = byIso2.get(iso2);
      expect(c, iso2).toBeDefined();
      expect(c?.iso3).toBe(iso3);
      expect(c?.numeric).toBe(numeric);
    }
  });

  it('has plausible coordinates, a known region and a known language', () => {
    const languages = new Set(Object.keys(names.groups));
    for (const c of countries) {
      expect(c.name.trim().length, c.iso2).toBeGreaterThan(0);
      expect(Number.isFinite(c.lat) && c.lat >= -90 && c.lat <= 90, `${c.name} lat`).toBe(true);
      expect(Number.isFinite(c.lon) && c.lon >= -180 && c.lon <= 180, `${c.name} lon`).toBe(true);
      expect(REGIONS.has(c.region), `${c.name} region ${c.region}`).toBe(true);
      expect(languages.has(c.language), `${c.name} language ${c.language}`).toBe(true);
    }
  });

  it('is ordered by prominence: Australia first, New Zealand in the top 20', () => {
    expect(countries[0].iso2).toBe('AU');
    const nz = countries.findIndex((c) => c.iso2 === 'NZ');
    expect(nz).toBeGreaterThanOrEqual(0);
    expect(nz).toBeLessThan(20);
  });
});

describe('assets/names.json', () => {
  const groups = Object.entries(names.groups);

  it('has a name group for every language a country uses, and no unused group', () => {
    const used = new Set(countries.map((c) => c.language));
    expect(groups.length).toBeGreaterThan(0);
    for (const [code] of groups) expect(used.has(code), `group ${code} unused`).toBe(true);
  });

  it('has at least 40 distinct given and family names per group', () => {
    for (const [code, g] of groups) {
      expect(g.label.trim().length, code).toBeGreaterThan(0);
      expect(g.given.length, `${code} given`).toBeGreaterThanOrEqual(40);
      expect(g.family.length, `${code} family`).toBeGreaterThanOrEqual(40);
      expect(duplicates(g.given), `${code} given`).toEqual([]);
      expect(duplicates(g.family), `${code} family`).toEqual([]);
      for (const n of [...g.given, ...g.family]) {
        expect(n, code).toBe(n.trim());
        expect(n.length, code).toBeGreaterThan(0);
      }
    }
  });

  it('has at least 80 lowercase, distinct handle adjectives and nouns', () => {
    const { adjectives, nouns } = names.handleWords;
    for (const [kind, words] of [
      ['adjectives', adjectives],
      ['nouns', nouns],
    ] as const) {
      expect(words.length, kind).toBeGreaterThanOrEqual(80);
      expect(duplicates(words), kind).toEqual([]);
      for (const w of words) expect(w, kind).toMatch(/^[a-z]+$/);
    }
  });
});
