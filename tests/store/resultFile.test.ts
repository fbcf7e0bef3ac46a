import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, type CommandLog, POLICIES, replay, reportRun, runPolicy } from '../../src/sim';
import {
  cleanNickname,
  decodeResult,
  encodeResultCode,
  encodeResultFile,
  makeResult,
  RESULT_FORMAT,
  RESULT_KIND,
  type ResultProblem,
  resultFileName,
} from '../../src/store/resultFile';

const workshop = BUILT_IN_SCENARIOS.workshop;
const played = runPolicy(workshop, 11, POLICIES.historical({ takedownDay: 300 }));
const result = makeResult(workshop, 11, played.commands, played.state, '  Ada  ');

describe('result files and codes (seed 11, workshop, historical policy taking down on day 300)', () => {
  it('records the replay, the score and the figures, and only a nickname about the player', () => {
    expect(result.format).toBe(RESULT_FORMAT);
    expect(result.kind).toBe(RESULT_KIND);
    expect(result.scenario).toBe('workshop');
    expect(result.day).toBe(played.state.day);
    expect(result.nickname).toBe('Ada');
    const report = reportRun(played.state, 'player');
    expect(result.score).toEqual(report.score);
    expect(result.figures.arrests).toBe(report.arrests);
    expect(result.figures.handsets).toBe(report.handsets);
    expect(Object.keys(result).sort()).toEqual(
      ['commands', 'day', 'figures', 'format', 'kind', 'nickname', 'scenario', 'score', 'seed'].sort(),
    );
    expect(makeResult(workshop, 11, played.commands, played.state, '   ')).not.toHaveProperty('nickname');
    expect(resultFileName(result)).toBe(`backchannel-workshop-seed11-day${played.state.day}.json`);
  });

  it('reads back a file and a code to the same replayed figures', () => {
    for (const text of [encodeResultFile(result), encodeResultCode(result)]) {
      const decoded = decodeResult(text);
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
      expect(decoded.result.matches).toBe(true);
      expect(decoded.result.nickname).toBe('Ada');
      expect(decoded.result.seed).toBe(11);
      const again = reportRun(decoded.result.sim, 'player');
      expect(again.score).toEqual(result.score);
      expect(again.arrests).toBe(result.figures.arrests);
    }
  });

  it('makes a code shorter than the file and safe to paste anywhere', () => {
    const code = encodeResultCode(result);
    expect(code).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(code.length).toBeLessThan(JSON.stringify(result).length);
  });

  it('keeps a changed scenario whole, and replays it', () => {
    const custom = { ...workshop, id: 'my-workshop', name: 'My workshop' };
    const run = runPolicy(custom, 3, POLICIES.early({}));
    const own = makeResult(custom, 3, run.commands, run.state);
    expect(typeof own.scenario).toBe('object');
    const decoded = decodeResult(encodeResultCode(own));
    expect(decoded.ok && decoded.result.scenario.name).toBe('My workshop');
    expect(decoded.ok && decoded.result.matches).toBe(true);
  });

  it('flags (but still shows) a result whose recorded figures the replay does not give', () => {
    const forged = { ...result, score: { ...result.score, total: result.score.total + 1000 } };
    const decoded = decodeResult(JSON.stringify(forged));
    expect(decoded.ok && decoded.result.matches).toBe(false);
  });

  it('accepts the figures in any key order', () => {
    const reordered = JSON.parse(encodeResultFile(result));
    reordered.figures = Object.fromEntries(Object.entries(reordered.figures).reverse());
    const decoded = decodeResult(JSON.stringify(reordered));
    expect(decoded.ok && decoded.result.matches).toBe(true);
  });

  const bad: [string, string, ResultProblem][] = [
    ['empty input', '   ', { code: 'empty' }],
    ['broken JSON', '{"format": 1,', { code: 'not-json' }],
    ['not a code', 'hello world!', { code: 'not-a-code' }],
    ['a damaged code', 'N4Ig', { code: 'not-a-code' }],
    ['another kind of file', JSON.stringify({ ...result, kind: 'other' }), { code: 'not-a-result' }],
    ['a newer format', JSON.stringify({ ...result, format: 2 }), { code: 'newer-format', format: 2 }],
    ['no format', JSON.stringify({ ...result, format: undefined }), { code: 'unknown-format' }],
    ['a garbled format', JSON.stringify({ ...result, format: '1.0' }), { code: 'unknown-format' }],
    ['a format before the first', JSON.stringify({ ...result, format: 0 }), { code: 'unknown-format' }],
    [
      'an unknown scenario',
      JSON.stringify({ ...result, scenario: 'atlantis' }),
      { code: 'unknown-scenario' },
    ],
    ['a bad seed', JSON.stringify({ ...result, seed: -1 }), { code: 'invalid-field', field: 'seed' }],
    [
      'an unknown command',
      JSON.stringify({ ...result, commands: { 0: [{ type: 'hack' }] } }),
      { code: 'invalid-field', field: 'commands.0.0.type' },
    ],
    [
      'commands after the last day',
      JSON.stringify({ ...result, day: 0 }),
      { code: 'commands-after-day', day: Number(Object.keys(result.commands).find((d) => Number(d) > 0)) },
    ],
    [
      'an extra field',
      JSON.stringify({ ...result, email: 'a@b.c' }),
      { code: 'invalid-field', field: 'email' },
    ],
    [
      'a bad custom scenario',
      JSON.stringify({ ...result, scenario: { ...workshop, scale: 7 } }),
      { code: 'invalid-scenario', detail: expect.stringMatching(/^scale/) },
    ],
  ];
  it.each(bad)('refuses %s with its own code', (_name, text, problem) => {
    expect(decodeResult(text)).toEqual({ ok: false, problem });
  });

  it('refuses a code that unpacks to something else', () => {
    expect(decodeResult(compressToEncodedURIComponent('not json'))).toEqual({
      ok: false,
      problem: { code: 'damaged-code' },
    });
  });

  const inherited = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
  it.each(inherited)(
    'refuses a result naming the scenario "%s" as one it does not have, without throwing',
    (name) => {
      for (const text of [
        JSON.stringify({ ...result, scenario: name }),
        compressToEncodedURIComponent(JSON.stringify({ ...result, scenario: name })),
      ]) {
        expect(decodeResult(text)).toEqual({ ok: false, problem: { code: 'unknown-scenario' } });
      }
    },
  );

  it('keeps a custom scenario whose id is an inherited name whole, and replays it', () => {
    const custom = { ...workshop, id: 'constructor' };
    const run = runPolicy(custom, 3, POLICIES.early({}));
    const own = makeResult(custom, 3, run.commands, run.state);
    expect(typeof own.scenario).toBe('object');
    const decoded = decodeResult(encodeResultFile(own));
    expect(decoded.ok && decoded.result.scenario.id).toBe('constructor');
  });

  it('keeps a nickname as plain, short text', () => {
    expect(cleanNickname('<b>Bo</b>\u0007')).toBe('<b>Bo</b>');
    expect([...cleanNickname('x'.repeat(100))].length).toBe(40);
    const html = makeResult(workshop, 11, played.commands, played.state, '<img src=x onerror=alert(1)>');
    const decoded = decodeResult(encodeResultCode(html));
    expect(decoded.ok && decoded.result.nickname).toBe('<img src=x onerror=alert(1)>');
  });

  it('replays an abandoned run (no takedown) to the day it stopped', () => {
    const commands: CommandLog = { 0: played.commands[0] };
    const sim = replay(workshop, 11, commands, 120);
    const decoded = decodeResult(encodeResultCode(makeResult(workshop, 11, commands, sim)));
    expect(decoded.ok && decoded.result.sim.day).toBe(120);
    expect(decoded.ok && decoded.result.matches).toBe(true);
  });
});
