import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../src/sim';

function sim(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectUsageError(args: string[], message: RegExp) {
  const run = sim(...args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('npm run sim', () => {
  it('prints exactly one JSON object in the documented shape for classroom', () => {
    const run = sim('--scenario', 'classroom', '--json');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      scenario: 'classroom',
      seed: 1,
      policy: 'historical',
      days: expect.any(Number),
      handsets: expect.any(Number),
      syndicatesReached: expect.any(Number),
      countriesReached: expect.any(Number),
      messages: expect.any(Number),
      arrests: expect.any(Number),
      seizures: { cocaineKg: expect.any(Number), gunsCount: expect.any(Number), cashGBP: expect.any(Number) },
      threatsToKill: {
        detected: expect.any(Number),
        actedOn: expect.any(Number),
        livesLost: expect.any(Number),
      },
      leaked: expect.any(Boolean),
      score: { total: expect.any(Number) },
      vsArticle: expect.objectContaining({ handsets: expect.any(Number), arrests: expect.any(Number) }),
    });
    expect(report.leakDay === null || typeof report.leakDay === 'number').toBe(true);
    expect(report.handsets).toBeGreaterThan(0);
  });

  it('honours --seed, --policy and --takedown-day', () => {
    const report = JSON.parse(
      sim('--scenario', 'workshop', '--seed', '4', '--policy', 'early', '--takedown-day', '150', '--json')
        .stdout,
    );
    expect(report).toMatchObject({ seed: 4, policy: 'early', takedownDay: 150 });
  });

  it('honours --targets: whom the takedown teams go for, key players unless it says otherwise', () => {
    const run = (...extra: string[]) =>
      JSON.parse(
        sim('--scenario', 'workshop', '--seed', '3', '--takedown-day', '300', '--json', ...extra).stdout,
      );
    const keyPlayers = run('--targets', 'key-player');
    const strongest = run('--targets', 'evidence');
    expect(run()).toEqual(keyPlayers);
    expect(strongest.arrests).toBeGreaterThan(0);
    expect(strongest).not.toEqual(keyPlayers);
  });

  it("plays a scenario file's fixed class seed unless --seed says otherwise", () => {
    const dir = mkdtempSync(join(tmpdir(), 'backchannel-cli-'));
    const file = join(dir, 'week-3.json');
    writeFileSync(file, JSON.stringify({ ...BUILT_IN_SCENARIOS.workshop, id: 'week-3', seed: 9 }));
    expect(JSON.parse(sim('--scenario', file, '--json').stdout)).toMatchObject({ seed: 9 });
    expect(JSON.parse(sim('--scenario', file, '--seed', '2', '--json').stdout)).toMatchObject({ seed: 2 });
  });

  it('prints a readable report without --json', () => {
    const run = sim('--scenario', 'workshop');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Handsets\s+[\d,]+/);
  });

  it('prints a CSV for a takedown-day sweep', () => {
    const run = sim('--scenario', 'workshop', '--sweep', 'takedown-day=100:300:100', '--seeds', '1-2');
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'takedownDay,seed,handsets,arrests,cocaineKg,guns,cashGBP,livesLost,leaked,leakDay,score',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '100,1',
      '100,2',
      '200,1',
      '200,2',
      '300,1',
      '300,2',
    ]);
  });

  it('reads a scenario file by path', () => {
    const report = JSON.parse(sim('--scenario', 'assets/scenarios/workshop.json', '--json').stdout);
    expect(report.scenario).toBe('workshop');
  });

  it('rejects bad arguments and files with one line and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backchannel-cli-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "version": 2, "id": "x" ');
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ version: 2, id: 'Bad Id' }));
    expectUsageError(['--scenario', 'classroom', '--bogus'], /Unknown option '--bogus'/);
    expectUsageError([], /--scenario is required/);
    expectUsageError(['--scenario', 'atlantis'], /no built-in scenario "atlantis"/);
    expectUsageError(['--scenario', 'classroom', '--seed', '-3'], /--seed/);
    expectUsageError(['--scenario', 'classroom', '--seed', 'abc'], /--seed must be a whole number/);
    expectUsageError(['--scenario', 'classroom', '--policy', 'reckless'], /unknown policy "reckless"/);
    expectUsageError(['--scenario', 'classroom', '--sweep', 'days=1:2'], /--sweep must look like/);
    expectUsageError(
      ['--scenario', 'classroom', '--targets', 'everyone'],
      /--targets must be one of key-player, evidence/,
    );
    expectUsageError(['--replay', broken, '--targets', 'evidence'], /takes no --targets/);
    expectUsageError(['--scenario', broken], /not valid JSON/);
    expectUsageError(['--scenario', invalid], /id: must be 1–40 lowercase letters/);
  });
});
