import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, computeWhatIfs, POLICIES, reportRun, runPolicy } from '../../src/sim';

function sim(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run sim with the debrief', () => {
  it('--json --debrief adds the key-player comparison and the what-ifs the library computes', () => {
    const run = sim('--scenario', 'workshop', '--seed', '2', '--json', '--debrief');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(run.stdout);
    const { state, commands } = runPolicy(BUILT_IN_SCENARIOS.workshop, 2, POLICIES.historical({}));
    const report = JSON.parse(JSON.stringify(reportRun(state, 'historical')));
    expect(out.score).toEqual(report.score);
    expect(out.vsArticle).toEqual(report.vsArticle);
    expect(out.keyPlayers.size).toBe(report.arrests);
    const whatIfs = computeWhatIfs(BUILT_IN_SCENARIOS.workshop, 2, commands);
    expect(out.whatIfs.map((w: { id: string; hash: string }) => [w.id, w.hash])).toEqual(
      whatIfs.map((w) => [w.id, w.hash]),
    );
  });

  it('prints the score parts with their explanations, and the debrief as text', () => {
    const run = sim('--scenario', 'workshop', '--debrief');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}convictions\s+[\d.]+ {2}You earn points/m);
    expect(run.stdout).toMatch(/Key players:/);
    expect(run.stdout).toMatch(/takedown-later: .*\n.*\n.*\n.*permission to read messages had ended/);
  });

  it('--score-parts adds one sweep column per part of the score', () => {
    const run = sim(
      '--scenario',
      'workshop',
      '--sweep',
      'takedown-day=200:200:1',
      '--seeds',
      '1-1',
      '--score-parts',
    );
    const [header, row] = run.stdout.trim().split('\n');
    expect(header).toBe(
      'takedownDay,seed,handsets,arrests,cocaineKg,guns,cashGBP,livesLost,leaked,leakDay,score,' +
        'score_convictions,score_dismantled,score_crossTies,score_seizures,score_lives,score_exposure,' +
        'score_officerDays,score_privacy',
    );
    const cells = row.split(',').map(Number);
    const parts = cells.slice(11).reduce((a, b) => a + b, 0);
    expect(Math.abs(parts - cells[10])).toBeLessThan(0.5);
  });
});
