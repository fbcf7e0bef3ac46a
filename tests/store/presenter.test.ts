import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIOS,
  createSim,
  POLICIES,
  replay,
  runPolicy,
  type SimEvent,
  seedCandidates,
  stateHash,
  step,
} from '../../src/sim';
import { createAppStore } from '../../src/store/appStore';
import {
  type Caption,
  captionsForDay,
  LEAK_RISK_STEPS,
  NO_PROGRESS,
} from '../../src/store/presenterCaptions';
import { captionDays, fasterSpeed, MOST_CAPTIONS, slowerSpeed } from '../../src/store/presenterSlice';
import { decodeSave, SAVE_KEY } from '../../src/store/savedGame';
import { captionLine } from '../../src/view/ui/presenter/captionText';
import { memoryStorage } from './memoryStorage';

const workshop = BUILT_IN_SCENARIOS.workshop;
const SEED = 5;

function presenting(policy: 'historical' | 'early' | 'never-intervene' = 'early', seed = SEED) {
  const storage = memoryStorage();
  const store = createAppStore({ storage, newSeed: () => seed });
  expect(store.getState().startPresentation('workshop', policy)).toBe(true);
  return { store, storage };
}

/** Presented days until the debrief, as the clock would call them; the kinds of caption seen. */
function presentToDebrief(store: ReturnType<typeof createAppStore>): Caption['kind'][] {
  const seen: Caption['kind'][] = store.getState().presenter!.captions.map((c) => c.caption.kind);
  let lastId = store.getState().presenter!.nextCaptionId;
  for (let i = 0; i < 2_000 && store.getState().screen === 'play'; i++) {
    store.getState().presentDay();
    const presenter = store.getState().presenter!;
    seen.push(...presenter.captions.filter((c) => c.id >= lastId).map((c) => c.caption.kind));
    lastId = presenter.nextCaptionId;
  }
  return seen;
}

describe('captions from a day of the simulation', () => {
  it('announces the first handsets, then only milestones crossed', () => {
    const sim = createSim(workshop, SEED);
    step(sim, [{ type: 'seed', people: seedCandidates(sim, 3) }]);
    const first = captionsForDay(sim, [], NO_PROGRESS);
    expect(first.captions[0]).toMatchObject({ kind: 'first-handsets', count: sim.holderCount });
    const again = captionsForDay(sim, [], first.progress);
    expect(again.captions).toEqual([]);
    const crossing = captionsForDay(sim, [], { ...first.progress, handsets: 99 });
    expect(crossing.captions).toEqual(sim.holderCount >= 100 ? [{ kind: 'handsets', count: 100 }] : []);
  });

  it('turns events into captions, with how a threat was answered', () => {
    const sim = createSim(workshop, SEED);
    const before = captionsForDay(sim, [], NO_PROGRESS).progress;
    const events: SimEvent[] = [
      { type: 'rival-platform-falls', label: 'A rival falls' },
      { type: 'adopted', people: [1] },
      { type: 'threat-resolved', threat: 0, outcome: 'killed' },
      { type: 'threat-resolved', threat: 1, outcome: 'protected' },
      { type: 'raid', syndicate: 2, arrests: 7 },
      { type: 'leak' },
      { type: 'authorisation-ended' },
      { type: 'takedown', arrests: 40 },
      { type: 'handsets-supplied', count: 2 },
    ];
    expect(captionsForDay(sim, events, before).captions).toEqual([
      { kind: 'rival-falls', label: 'A rival falls' },
      { kind: 'threat-killed', threat: 0 },
      { kind: 'raid', syndicate: 2, arrests: 7 },
      { kind: 'leak' },
      { kind: 'authorisation-ended' },
      { kind: 'takedown', arrests: 40 },
    ]);
  });

  it('names the first countries one by one, then only round numbers of them', () => {
    const sim = createSim(workshop, SEED);
    const events: SimEvent[] = [0, 1, 2].map((country) => ({ type: 'country-reached', country }));
    const named = captionsForDay(sim, events, { ...NO_PROGRESS, handsets: 1, countries: 3 }).captions;
    expect(named).toEqual([
      { kind: 'country', country: 0 },
      { kind: 'country', country: 1 },
    ]);
  });

  it('captions the leak risk only when it climbs past a new step', () => {
    const sim = runPolicy(workshop, SEED, POLICIES.historical({ takedownDay: 400 })).state;
    sim.takedown = null;
    sim.leakDay = -1;
    sim.heat = 1_000;
    const high = captionsForDay(sim, [], { ...NO_PROGRESS, handsets: 1 });
    expect(high.captions.at(-1)).toMatchObject({ kind: 'leak-risk', share: LEAK_RISK_STEPS.at(-1) });
    expect(captionsForDay(sim, [], high.progress).captions).toEqual([]);
  });
});

describe('captions in words', () => {
  it('words every kind of caption, in the activity log’s words where it tells the same news', () => {
    const sim = runPolicy(workshop, SEED, POLICIES.historical({})).state;
    const threat = sim.threats.findIndex((th) => th.detected);
    const every: Caption[] = [
      { kind: 'first-handsets', count: 3, syndicates: 2 },
      { kind: 'handsets', count: 1_000 },
      { kind: 'syndicates', count: 25 },
      { kind: 'country', country: 0 },
      { kind: 'countries', count: 10 },
      { kind: 'rival-falls', label: 'A rival falls' },
      { kind: 'threat', threat, response: 'covert' },
      { kind: 'threat', threat, response: 'none' },
      { kind: 'threat-killed', threat },
      { kind: 'raid', syndicate: 0, arrests: 12 },
      { kind: 'leak-risk', share: 0.25, days: 30 },
      { kind: 'leak' },
      { kind: 'authorisation-ended' },
      { kind: 'takedown', arrests: 1_234 },
    ];
    const texts = every.map((caption) => captionLine(sim, caption).text);
    for (const text of texts) expect(text).toMatch(/^[^{}]+\.$/);
    expect(texts[0]).toBe('The informant hands out the first 3 handsets, in 2 syndicates.');
    expect(texts[6]).toMatch(
      /^Analysts read a threat to kill .+\. The task force protects them with a cover story\.$/,
    );
    expect(texts[10]).toBe('The chance of a leak within 30 days has climbed past 25%.');
    expect(texts[13]).toBe('Day of action: 1,234 arrested.');
  });
});

describe('presenter mode in the store', () => {
  it('starts on the play screen at 1×, the policy’s first handsets handed out and captioned', () => {
    const { store } = presenting();
    const state = store.getState();
    expect(state.screen).toBe('play');
    expect(state.speed).toBe(1);
    expect(state.presenter?.policy).toBe('early');
    expect(state.game?.figures.handsets).toBeGreaterThan(0);
    expect(state.presenter?.captions.map((c) => c.caption.kind)).toEqual(['first-handsets']);
  });

  it('plays itself to the debrief on the policy’s takedown day, the same run as runPolicy', () => {
    const { store, storage } = presenting('early');
    const kinds = presentToDebrief(store);
    const state = store.getState();
    expect(state.screen).toBe('debrief');
    expect(state.presenter).not.toBeNull();
    const expected = runPolicy(workshop, SEED, POLICIES.early({}));
    const takedownDay = Math.round(workshop.days.max / 5);
    expect(state.game!.sim.takedown).not.toBeNull();
    expect(state.game!.sim.day).toBe(takedownDay);
    expect(state.game!.commands).toEqual(expected.commands);
    expect(stateHash(state.game!.sim)).toBe(stateHash(expected.state));
    expect(kinds).toContain('takedown');
    // An ordinary save: it replays to the same state.
    const decoded = decodeSave(storage.getItem(SAVE_KEY)!);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    const { scenario, seed, commands, day } = decoded.save;
    expect(stateHash(replay(scenario, seed, commands, day))).toBe(stateHash(state.game!.sim));
  });

  it('answers threats itself: alerts never stop the clock, and each becomes a caption', () => {
    const { store } = presenting('historical');
    const threatDays: number[] = [];
    for (let i = 0; i < 700; i++) {
      const before = store.getState().presenter!.nextCaptionId;
      store.getState().presentDay();
      const state = store.getState();
      expect(state.speed).toBe(1);
      expect(state.game!.openThreats).toEqual([]);
      expect(state.game!.notices).toEqual([]);
      const fresh = state.presenter!.captions.filter((c) => c.id >= before);
      for (const { caption } of fresh) {
        if (caption.kind === 'threat') {
          expect(caption.response).toBe('covert');
          threatDays.push(state.game!.sim.day);
        }
      }
      expect(state.presenter!.captions.length).toBeLessThanOrEqual(MOST_CAPTIONS);
    }
    expect(threatDays.length).toBeGreaterThan(0);
  });

  it('is the same run for the same scenario, seed and policy', () => {
    const runs = [presenting('early', 11), presenting('early', 11)].map(({ store }) => {
      const kinds = presentToDebrief(store);
      return { kinds, hash: stateHash(store.getState().game!.sim) };
    });
    expect(runs[1]).toEqual(runs[0]);
  });

  it('keeps captions up for their days, longer at higher speeds', () => {
    const { store } = presenting();
    const first = store.getState().presenter!.captions[0];
    expect(first.until).toBe(captionDays(workshop, 1));
    expect(captionDays(workshop, 4)).toBeGreaterThan(3 * captionDays(workshop, 1));
    for (let d = 0; d < first.until; d++) store.getState().presentDay();
    expect(store.getState().presenter!.captions.some((c) => c.id === first.id)).toBe(false);
  });

  it('pauses, resumes and steps through the speeds', () => {
    const { store } = presenting();
    const s = () => store.getState();
    s().faster();
    expect(s().speed).toBe(2);
    s().faster();
    s().faster();
    expect(s().speed).toBe(4);
    s().togglePause();
    expect(s().speed).toBe(0);
    s().togglePause();
    expect(s().speed).toBe(4);
    s().slower();
    s().slower();
    s().slower();
    s().slower();
    expect(s().speed).toBe(0);
    expect([fasterSpeed(0), fasterSpeed(4), slowerSpeed(1), slowerSpeed(0)]).toEqual([1, 4, 0, 0]);
  });

  it('leaves for the title with the run saved, and ends with the screens it belongs to', () => {
    const { store, storage } = presenting();
    for (let d = 0; d < 20; d++) store.getState().presentDay();
    store.getState().stopPresentation();
    expect(store.getState().presenter).toBeNull();
    expect(store.getState().screen).toBe('title');
    expect(decodeSave(storage.getItem(SAVE_KEY)!)).toMatchObject({ ok: true, save: { day: 20 } });
    expect(store.getState().resumeGame()).toBe(true);
    expect(store.getState().game!.sim.day).toBe(20);

    const other = presenting().store;
    other.getState().backToTitle();
    expect(other.getState().presenter).toBeNull();
  });

  it('offers the linked scenario only when there is one', () => {
    const store = createAppStore({ storage: null });
    expect(store.getState().startPresentation('linked', 'historical')).toBe(false);
    expect(store.getState().presenter).toBeNull();
  });
});
