import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, POLICIES, reportRun, runPolicy } from '../../src/sim';
import {
  decisionTimeline,
  decisionTotals,
  runMilestones,
  sampleSeries,
} from '../../src/store/selectors/debriefCharts';
import { questionFigures } from '../../src/store/selectors/debriefQuestions';
import { debriefReplays, historicalRun } from '../../src/store/selectors/debriefReplays';

const workshop = BUILT_IN_SCENARIOS.workshop;
const played = runPolicy(workshop, 4, POLICIES.historical({}));

describe('debrief selectors (workshop, seed 4, historical policy)', () => {
  it('marks the run’s milestones in day order, ending with the takedown', () => {
    const milestones = runMilestones(played.state);
    const days = milestones.map((m) => m.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(milestones.at(-1)).toEqual({ kind: 'takedown', day: played.state.takedown!.day });
    expect(milestones.filter((m) => m.kind === 'shock').map((m) => m.day)).toEqual(
      workshop.spread.shocks.map((s) => s.day),
    );
    expect(milestones.some((m) => m.kind === 'abroad')).toBe(true);
  });

  it('groups the decisions by day and kind', () => {
    const timeline = decisionTimeline(played.commands);
    const totals = decisionTotals(timeline);
    expect(totals.seed).toBe(1);
    expect(totals.takedown).toBe(1);
    const commands = Object.values(played.commands).flat();
    expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBe(commands.length);
    expect(timeline[0]).toEqual({ day: 0, kind: 'seed', count: 1 });
  });

  it('samples a series every N days and keeps the last value', () => {
    expect(sampleSeries([1, 2, 3, 4, 5], 2)).toEqual([
      { day: 0, value: 1 },
      { day: 2, value: 3 },
      { day: 4, value: 5 },
    ]);
    expect(sampleSeries([1, 2, 3, 4], 3).at(-1)).toEqual({ day: 3, value: 4 });
  });

  it('computes the historical run and the what-ifs deterministically', () => {
    const a = debriefReplays(workshop, 4, played.commands);
    const b = debriefReplays(workshop, 4, played.commands);
    expect(a.whatIfs.map((w) => w.hash)).toEqual(b.whatIfs.map((w) => w.hash));
    expect(a.historical).toEqual(historicalRun(workshop, 4));
    expect(a.historical.handsets).toEqual(played.state.series.handsets);
  });

  it('puts the player’s own numbers into the questions', () => {
    const report = reportRun(played.state, 'player');
    const { whatIfs } = debriefReplays(workshop, 4, played.commands);
    const q = questionFigures(played.state, report, whatIfs);
    const f = report.breakdown.figures;
    expect(q.privacy.peopleReadNeverCharged).toBe(f.privacy.peopleReadNeverCharged);
    expect(q.entrapment.handsets).toBe(report.handsets);
    expect(q.admissibility.admissible).toBe(report.admissible);
    expect(q.threats.detected).toBe(report.threatsToKill.detected);
    expect(q.threats.allActedOn).not.toBeNull();
    expect(questionFigures(played.state, report, null).threats.allActedOn).toBeNull();
  });
});
