import { describe, expect, it } from 'vitest';
import { seedCandidates } from '../../src/sim';
import { canSeed, crossTies } from '../../src/sim/spread/seedCandidates';
import { convictionChance } from '../../src/sim/takedown/convictionChance';
import { createAppStore } from '../../src/store/appStore';
import { analystLoad } from '../../src/store/selectors/analystLoad';
import { CASE_FILE_MEMBERS, caseFileView } from '../../src/store/selectors/caseFile';
import { clockRuns, waitingForPlayer } from '../../src/store/selectors/clockGate';
import { leakForecast, leakHazardToday } from '../../src/store/selectors/risk';
import { seedOptions } from '../../src/store/selectors/seedChoices';
import { syndicateRows } from '../../src/store/selectors/syndicateRows';
import { nameablePeople, takedownCountries, takedownPlan } from '../../src/store/selectors/takedownPlan';
import { threatDetails } from '../../src/store/selectors/threatDetails';

/** A workshop game (seed 5) seeded with three good contacts and played for `days` days. */
function played(days: number) {
  const store = createAppStore({ newSeed: () => 5 });
  store.getState().chooseScenario('workshop');
  store.getState().seedFirstContacts(seedCandidates(store.getState().game!.sim, 3));
  for (let d = 0; d < days; d++) store.getState().advanceDay();
  return store;
}

describe('store selectors: what the panels show', () => {
  const store = played(400);
  const sim = store.getState().game!.sim;

  it('offers seedable contacts with their reach and a risk note that follows it', () => {
    const choices = seedOptions(sim);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(12);
    for (const c of choices) {
      expect(canSeed(sim, c.person)).toBe(true);
      expect(c.name).toMatch(/\S+ \S+/);
      expect(c.crossTies).toBe(crossTies(sim.net, c.person));
      expect(c.risk === 'insular').toBe(c.crossTies === 0);
      if (c.risk === 'wide') expect(c.otherSyndicates).toBeGreaterThanOrEqual(3);
    }
  });

  it('lists exactly the reached syndicates, busiest first', () => {
    const rows = syndicateRows(sim);
    expect(rows.length).toBe(store.getState().game!.figures.syndicatesReached);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].active).toBeGreaterThanOrEqual(rows[i].active);
    expect(rows.every((r) => sim.syndicateReachedDay[r.syndicate] >= 0)).toBe(true);
  });

  it("builds a case file from the simulation's, the most evidence first", () => {
    const s = syndicateRows(sim)[0].syndicate;
    const file = caseFileView(sim, s);
    expect(file.size).toBe(sim.net.firstMember[s + 1] - sim.net.firstMember[s]);
    expect(file.members.length).toBe(Math.min(CASE_FILE_MEMBERS, file.size));
    const evidence = file.members.map((m) => m.evidence);
    expect(evidence).toEqual([...evidence].sort((a, b) => b - a));
    expect(file.members[0].handset).not.toBe('none');
  });

  it('plans a takedown as the simulation chooses targets, one team per arrest', () => {
    const { scenario } = store.getState().game!;
    const countries = takedownCountries(sim);
    const reached = countries.reduce((n, c) => n + c.syndicates.length, 0);
    expect(reached).toBe(store.getState().game!.figures.syndicatesReached);
    const all = new Set(countries.map((c) => c.iso));
    const officers = scenario.takedown.officersPerArrest * 5;
    const choice = { countries: all, officers, priority: 'evidence' as const, people: [], syndicates: [] };
    const plan = takedownPlan(sim, choice, 10);
    expect(plan.teams).toBe(5);
    expect(plan.admissible).toBe(true);
    expect(plan.targets.length).toBe(Math.min(5, plan.candidates));
    // Strongest cases first, role ignored.
    const strength = plan.targets.map((t) =>
      convictionChance(sim.evidence[t.person], scenario.takedown.evidenceScale),
    );
    expect(strength).toEqual([...strength].sort((a, b) => b - a));
    expect(plan.orders).toMatchObject({ officers, priority: 'evidence' });
    const none = takedownPlan(sim, { ...choice, countries: new Set() }, 10);
    expect(none).toMatchObject({ candidates: 0, teams: 0, orders: null });
  });

  it('each country brings its officers, and marked people go first', () => {
    const countries = takedownCountries(sim);
    const { officers } = store.getState().game!.scenario.takedown;
    const all = new Set(countries.map((c) => c.iso));
    const choice = { countries: all, officers, priority: 'key-player' as const, people: [], syndicates: [] };
    const plan = takedownPlan(sim, choice, 10);
    // The reached countries bring their shares, at most every officer.
    expect(plan.officersBrought).toBe(countries.reduce((n, c) => n + c.officers, 0));
    expect(plan.officersBrought).toBeLessThanOrEqual(officers);
    const first = countries[0];
    const alone = takedownPlan(sim, { ...choice, countries: new Set([first.iso]) }, 10);
    expect(alone.officersBrought).toBe(first.officers);
    expect(alone.warningChance).toBe(0);
    expect(plan.warningChance).toBeGreaterThan(0);
    const pick = nameablePeople(sim, all, 15).at(-1)!;
    const named = takedownPlan(sim, { ...choice, people: [pick.person] }, 10);
    expect(named.targets[0].person).toBe(pick.person);
    expect(named.orders?.people).toEqual([pick.person]);
  });

  it('quotes leak risk that grows with heat and matches the daily hazard over one day', () => {
    expect(leakForecast(sim, 1)).toBeCloseTo(leakHazardToday(sim), 12);
    const calm = leakForecast(sim, 30);
    const hot = leakForecast(sim, 30, 1);
    expect(hot).toBeGreaterThan(calm);
    expect(hot).toBeLessThan(1);
  });

  it("works out analysts' reading by the simulation's own rule", () => {
    const busiest = syndicateRows(sim)[0].syndicate;
    const none = analystLoad(sim, []);
    expect(none.focusedShare).toBe(0);
    expect(none.traffic).toBeCloseTo(sim.activeHandsets * sim.scenario.activity.messagesPerDeviceDay);
    const focused = analystLoad(sim, [busiest]);
    expect(focused.focusedShare).toBeGreaterThanOrEqual(focused.otherShare);
    expect(sim.analystFocus).toEqual([]);
  });
});

describe('store selectors: threats and the clock', () => {
  it('describes a threat and stops the clock until it is answered', () => {
    const store = played(0);
    store.getState().setSpeed(4);
    let threat: number | undefined;
    for (let d = 0; d < 1000 && threat === undefined; d++) {
      store.getState().advanceDay();
      threat = store.getState().game!.openThreats[0];
    }
    expect(threat).toBeDefined();
    const state = store.getState();
    expect(waitingForPlayer(state)).toBe(true);
    expect(clockRuns({ ...state, speed: 4 })).toBe(false);
    const details = threatDetails(state.game!.sim, threat!);
    expect(details.daysLeft).toBe(details.deadline - state.game!.sim.day);
    expect(details.daysLeft).toBeGreaterThan(0);
    expect(details.sender.name).toMatch(/\S+ \S+/);
    store.getState().act({ type: 'respondThreat', threat: threat!, response: 'covert' });
    expect(store.getState().game!.openThreats).not.toContain(threat);
    store.getState().setSpeed(1);
    expect(clockRuns(store.getState())).toBe(store.getState().game!.openThreats.length === 0);
  });

  it('holds a leak as a notice until the player has read it', () => {
    const store = played(0);
    let found = false;
    for (let d = 0; d < 1000 && !found; d++) {
      store.getState().advanceDay();
      for (const id of store.getState().game!.openThreats)
        store.getState().act({ type: 'respondThreat', threat: id, response: 'none' });
      found = store.getState().game!.notices.length > 0;
    }
    expect(found).toBe(true);
    expect(['leak', 'authorisation-ended']).toContain(store.getState().game!.notices[0]);
    expect(waitingForPlayer(store.getState())).toBe(true);
    store.getState().dismissNotice();
    expect(store.getState().game!.notices).toEqual([]);
  });

  it('runs the clock only on the play screen, with a speed and nothing open', () => {
    const store = played(0);
    expect(clockRuns(store.getState())).toBe(false);
    store.getState().setSpeed(2);
    expect(clockRuns(store.getState())).toBe(true);
    store.getState().openDialog({ kind: 'analysts' });
    expect(clockRuns(store.getState())).toBe(false);
    store.getState().closeDialog();
    store.getState().planTakedown();
    store.getState().setSpeed(2);
    expect(clockRuns(store.getState())).toBe(false);
  });
});
