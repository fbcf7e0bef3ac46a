import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/formatReport';
import {
  BUILT_IN_SCENARIOS,
  encodeResultCode,
  encodeResultFile,
  makeResult,
  POLICIES,
  reportRun,
  runPolicy,
} from '../../src/sim';

function sim(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const workshop = BUILT_IN_SCENARIOS.workshop;
const played = runPolicy(workshop, 11, POLICIES.historical({ takedownDay: 300 }));
const result = makeResult(workshop, 11, played.commands, played.state, 'Ada');
/** What the class review shows for this result: the replay's report, played by the "player". */
const expected = reportRun(played.state, 'player');

const dir = mkdtempSync(join(tmpdir(), 'backchannel-replay-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run sim -- --replay FILE (workshop, seed 11, historical policy taking down on day 300)', () => {
  it('replays an exported result file and prints the same report as class review, as one JSON object', () => {
    const run = sim('--replay', file('ada.json', encodeResultFile(result)), '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('replays a text file holding a result code, and prints the readable report without --json', () => {
    const run = sim('--replay', file('ada-code.txt', `${encodeResultCode(result)}\n`));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${formatReport(expected)}\n`);
  });

  it('refuses a missing, garbled or foreign result with one line and exit code 2', () => {
    const bad: [string, RegExp][] = [
      [join(dir, 'missing.json'), /missing\.json: no readable file at that path$/],
      [
        file('garbled.json', '{"format": 1, "kind": '),
        /garbled\.json: The result file is damaged: it is not valid JSON\.$/,
      ],
      [
        file('garbled.txt', 'not a code at all!'),
        /garbled\.txt: That is not a result code: copy the whole code, with nothing added\.$/,
      ],
      [
        file('atlantis.json', JSON.stringify({ ...result, scenario: 'atlantis' })),
        /atlantis\.json: The result names a scenario this game does not have\.$/,
      ],
      [
        file('constructor.json', JSON.stringify({ ...result, scenario: 'constructor' })),
        /constructor\.json: The result names a scenario this game does not have\.$/,
      ],
      [
        file('future.json', JSON.stringify({ ...result, format: 2 })),
        /made by a newer version of Backchannel \(result format 2; this copy reads formats up to 1\)\. Open it in that version\.$/,
      ],
    ];
    for (const [path, message] of bad) {
      const run = sim('--replay', path, '--json');
      expect(run.code, path).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(message);
    }
  });

  it('refuses flags that would change the replayed run', () => {
    const path = file('ada-again.json', encodeResultFile(result));
    for (const extra of [
      ['--scenario', 'workshop'],
      ['--seed', '3'],
      ['--policy', 'early'],
      ['--takedown-day', '100'],
      ['--sweep', 'takedown-day=100:200:50'],
    ]) {
      const run = sim('--replay', path, ...extra);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/--replay replays the result as it was played/);
    }
  });
});
