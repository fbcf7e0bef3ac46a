/**
 * The derived data behind the screens that name each choice's trade-off: the seeding cards (trusted
 * bridges, police contacts, the advice's order), the reading hours, rumours read this week, the
 * coded talk focus decodes, and what the player's tags bought against bosses and lieutenants.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, ROLE, rankSeedCandidates, type SimState, seedCandidates } from '../../src/sim';
import { evidenceForChance } from '../../src/sim/takedown/convictionChance';
import { type AppStore, createAppStore } from '../../src/store/appStore';
import { CODED_LISTED, caseFileView } from '../../src/store/selectors/caseFile';
import { codedTalk } from '../../src/store/selectors/codedTalk';
import { readingBudget, rumoursThisWeek } from '../../src/store/selectors/readingBudget';
import { seedChoices, seedOptions } from '../../src/store/selectors/seedChoices';

const workshop = BUILT_IN_SCENARIOS.workshop;

/** A workshop game (seed 11) seeded with four good contacts and played `days` days through the store. */
function playedStore(days: number): AppStore {
  const store = createAppStore({ storage: null });
  store.getState().newGame(workshop, 11);
  store.getState().act({ type: 'seed', people: seedCandidates(store.getState().game!.sim, 4) });
  for (let d = 0; d < days; d++) store.getState().advanceDay();
  return store;
}

/** Trusted bridges into `syndicate`, counted the slow way: outsiders tied to a member who are bridges. */
function bridgesInto(sim: SimState, syndicate: number): number {
  const { net } = sim;
  const found = new Set<number>();
  for (let p = net.firstMember[syndicate]; p < net.firstMember[syndicate + 1]; p++)
    for (let k = net.offsets[p]; k < net.offsets[p + 1]; k++) {
      const q = net.neighbors[k];
      if (net.trustedBridge[q] === 1 && net.syndicateOf[q] !== syndicate) found.add(q);
    }
  return found.size;
}

describe('the seeding cards', () => {
  let sim: SimState;
  beforeAll(() => {
    sim = playedStore(200).getState().game!.sim;
  });

  it('lists contacts in the order of the core’s seeding advice', () => {
    expect(seedOptions(sim).map((c) => c.person)).toEqual(rankSeedCandidates(sim).slice(0, 12));
    expect(seedOptions(sim, 3).map((c) => c.person)).toEqual(rankSeedCandidates(sim).slice(0, 3));
  });

  it('names the closed syndicates a trusted bridge opens, and how many ways in each has', () => {
    const { net } = sim;
    const bridges: number[] = [];
    for (let p = 0; p < net.size; p++) if (net.trustedBridge[p]) bridges.push(p);
    expect(bridges.length).toBeGreaterThan(0);
    for (const choice of seedChoices(sim, bridges)) {
      expect(choice.bridges.length, choice.name).toBeGreaterThan(0);
      for (const b of choice.bridges) {
        const s = b.syndicate.syndicate;
        expect(net.closed[s]).toBe(1);
        expect(s).not.toBe(net.syndicateOf[choice.person]);
        expect(b.ways).toBe(bridgesInto(sim, s));
        expect(b.ways).toBeGreaterThanOrEqual(1);
        expect(b.onPlatform).toBe(sim.activeBySyndicate[s] > 0);
      }
    }
    const plain = [...Array(net.size).keys()].filter((p) => !net.trustedBridge[p]).slice(0, 200);
    expect(seedChoices(sim, plain).every((c) => c.bridges.length === 0)).toBe(true);
  });

  it('flags a police contact in the contact’s syndicate, and whether it is on the platform already', () => {
    const { net } = sim;
    const everyone = [...Array(net.size).keys()];
    const choices = seedChoices(sim, everyone);
    expect(choices.some((c) => c.policeContact !== null)).toBe(true);
    for (const c of choices) {
      const s = net.syndicateOf[c.person];
      expect(c.policeContact === null).toBe(net.policeContact[s] === 0);
      if (c.policeContact) expect(c.policeContact.onPlatform).toBe(sim.activeBySyndicate[s] > 0);
    }
  });
});

describe('reading hours', () => {
  it('start with a day’s hours, run out after that many reads, and come back the next day', () => {
    const store = playedStore(0);
    const sim = store.getState().game!.sim;
    const start = readingBudget(sim);
    expect(start.hours).toBe(workshop.activity.readingHoursPerDay);
    expect(start.readsPerDay).toBe(Math.floor(workshop.activity.readingHoursPerDay / start.hoursPerRead));
    expect(start.reads).toBe(start.readsPerDay);
    expect(start.full).toBe(false);
    for (let d = 0; d < 20; d++) store.getState().advanceDay();
    const stocked = readingBudget(sim);
    expect(stocked.reads).toBeGreaterThan(start.reads);
    // Read until none are left: the next read is refused by the sim and nothing is logged.
    const unread = sim.feed.filter((m) => !sim.readMessages.has(m.id)).map((m) => m.id);
    expect(unread.length).toBeGreaterThan(stocked.reads);
    for (const id of unread.slice(0, stocked.reads)) store.getState().readIntercept(id);
    expect(readingBudget(sim).reads).toBe(0);
    const next = unread[stocked.reads];
    const events = store.getState().readIntercept(next);
    expect(events).toEqual([
      expect.objectContaining({ type: 'command-rejected', rejection: { code: 'no-reading-hours' } }),
    ]);
    expect(sim.readMessages.has(next)).toBe(false);
    expect(store.getState().inboxReading).toBe(next);
    const reads = Object.values(store.getState().game!.commands)
      .flat()
      .filter((c) => c.type === 'readMessage');
    expect(reads.length).toBe(stocked.reads);
    store.getState().advanceDay();
    expect(readingBudget(sim).hours).toBeCloseTo(workshop.activity.readingHoursPerDay, 9);
    expect(
      store
        .getState()
        .readIntercept(next)
        .filter((e) => e.type === 'command-rejected'),
    ).toEqual([]);
    expect(sim.readMessages.has(next)).toBe(true);
  });

  it('say when they are full, so that unspent hours would go to waste', () => {
    const store = playedStore(0);
    for (let d = 0; d < 40; d++) store.getState().advanceDay();
    const budget = readingBudget(store.getState().game!.sim);
    expect(budget.full).toBe(true);
    expect(budget.hours).toBeCloseTo(budget.cap, 9);
  });
});

describe('rumours read this week', () => {
  it('counts the rumours read among the last seven days’ messages, and only those', () => {
    const store = playedStore(300);
    const sim = store.getState().game!.sim;
    const rumours = sim.feed.filter((m) => m.category === 'rumour');
    expect(rumours.length).toBeGreaterThan(0);
    expect(rumoursThisWeek(sim)).toBe(0);
    // Rumours from this week, read: each counts. An older one does not.
    const recent = rumours.filter((m) => m.day >= sim.day - 7);
    const old = rumours.find((m) => m.day < sim.day - 7);
    if (old) store.getState().readIntercept(old.id);
    for (const m of recent) store.getState().readIntercept(m.id);
    const read = recent.filter((m) => sim.readMessages.has(m.id)).length;
    expect(rumoursThisWeek(sim)).toBe(read);
    // A week later, they are no longer this week's.
    for (let d = 0; d < 8; d++) store.getState().advanceDay();
    expect(rumoursThisWeek(sim)).toBe(0);
  });
});

describe('coded talk', () => {
  it('is the scenario’s plain speech for bosses and lieutenants, and more where analysts focus', () => {
    const sim = playedStore(0).getState().game!.sim;
    const { plainSpeech, focusedPlainSpeech } = workshop.activity;
    expect(codedTalk(sim)).toEqual({
      boss: plainSpeech.boss,
      lieutenant: plainSpeech.lieutenant,
      focusedBoss: Math.max(plainSpeech.boss, focusedPlainSpeech),
      focusedLieutenant: Math.max(plainSpeech.lieutenant, focusedPlainSpeech),
    });
  });
});

describe('what the player’s reading bought against bosses and lieutenants', () => {
  it('lists those who talk in code, the boss first, each with the proof from their tags', () => {
    const store = playedStore(200);
    const sim = store.getState().game!.sim;
    const syndicate = sim.net.syndicateOf[sim.net.informant];
    const file = caseFileView(sim, syndicate);
    expect(file.coded.length).toBe(Math.min(CODED_LISTED, file.codedCount));
    expect(file.coded[0].role).toBe('boss');
    expect(file.coded.every((m) => m.role === 'boss' || m.role === 'lieutenant')).toBe(true);
    expect(file.coded.every((m) => m.proof !== null)).toBe(true);
    expect(file.members.filter((m) => m.role === 'courier').every((m) => m.proof === null)).toBe(true);
  });

  it('counts each tag against a boss or lieutenant, and says how many more would make the case strong', () => {
    const store = playedStore(300);
    const sim = store.getState().game!.sim;
    // Someone who talks in code and sent messages: tag two of them against the sender.
    const coded = (p: number) => sim.net.role[p] === ROLE.boss || sim.net.role[p] === ROLE.lieutenant;
    const bossMessages = sim.feed.filter((m) => coded(m.sender));
    expect(bossMessages.length).toBeGreaterThan(0);
    const boss = bossMessages[0].sender;
    const syndicate = sim.net.syndicateOf[boss];
    const proofOf = () => caseFileView(sim, syndicate, boss).members.find((m) => m.person === boss)!.proof!;
    const before = proofOf();
    expect(before.tags).toBe(0);
    expect(before.chanceWithoutTags).toBeCloseTo(before.chance, 12);
    const strong = evidenceForChance(0.8, workshop.takedown.evidenceScale);
    const check = () => {
      const p = proofOf();
      const evidence = sim.evidence[boss];
      expect(p.tagsToStrong).not.toBeNull();
      expect(evidence + p.tagsToStrong! * p.tagWeight).toBeGreaterThanOrEqual(strong - 1e-9);
      if (p.tagsToStrong! > 0) expect(evidence + (p.tagsToStrong! - 1) * p.tagWeight).toBeLessThan(strong);
      return p;
    };
    check();
    const mine = bossMessages.filter((m) => m.sender === boss).slice(0, 2);
    for (const m of mine) {
      store.getState().readIntercept(m.id);
      store.getState().tagIntercept(m.id, boss);
    }
    const after = check();
    expect(after.tags).toBe(mine.length);
    expect(after.chance).toBeGreaterThan(after.chanceWithoutTags);
    // Without the tags, what is left is the analysts' evidence and the reads themselves.
    expect(after.chanceWithoutTags).toBeGreaterThanOrEqual(before.chance);
    expect(after.chanceWithoutTags).toBeLessThan(after.chance);
    // A tag against a boss weighs more than one against plain-speaking rank and file.
    expect(after.tagWeight).toBeGreaterThan(2);
  });

  it('stops counting what more tags would need once the authorisation has ended', () => {
    const store = playedStore(30);
    const sim = store.getState().game!.sim;
    sim.day = workshop.days.authorisationEnd + 1;
    const file = caseFileView(sim, sim.net.syndicateOf[sim.net.informant]);
    expect(file.coded.every((m) => m.proof!.tagsToStrong === null)).toBe(true);
  });
});
