import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, MESSAGE_CATEGORIES, type SimState, seedCandidates } from '../../src/sim';
import { type AppStore, createAppStore } from '../../src/store/appStore';
import { caseFileView } from '../../src/store/selectors/caseFile';
import {
  filterInbox,
  type InboxFilters,
  inboxCounts,
  inboxFacets,
  inboxOrder,
  NO_FILTERS,
  SEARCH_LIMIT,
  threatMessage,
} from '../../src/store/selectors/inbox';
import { interceptPeople, threatStatus } from '../../src/store/selectors/inboxMessage';
import { interceptText, renderedCount, searchHaystack } from '../../src/store/selectors/inboxText';

/** A workshop game 400 days in, played through the store (≈4,000 intercepts). */
function playedStore(days = 400): AppStore {
  const store = createAppStore({ storage: null });
  store.getState().newGame(BUILT_IN_SCENARIOS.workshop, 11);
  store.getState().act({ type: 'seed', people: seedCandidates(store.getState().game!.sim, 4) });
  for (let d = 0; d < days; d++) store.getState().advanceDay();
  return store;
}

const filters = (patch: Partial<InboxFilters>): InboxFilters => ({ ...NO_FILTERS, ...patch });

describe('the inbox selectors', () => {
  let store: AppStore;
  let sim: SimState;

  beforeAll(() => {
    store = playedStore();
    sim = store.getState().game!.sim;
  });

  it('lists every intercept once, flagged first, newest first within each', () => {
    expect(sim.feed.length).toBeGreaterThan(2000);
    const order = [...inboxOrder(sim)];
    expect(new Set(order).size).toBe(sim.feed.length);
    const firstPlain = order.findIndex((id) => !sim.feed[id].flagged);
    expect(firstPlain).toBeGreaterThan(0);
    expect(order.slice(firstPlain).every((id) => !sim.feed[id].flagged)).toBe(true);
    for (let k = 1; k < order.length; k++) {
      if (k === firstPlain) continue;
      expect(sim.feed[order[k]].day).toBeLessThanOrEqual(sim.feed[order[k - 1]].day);
    }
  });

  it('grows its order with the feed without re-sorting what it had', () => {
    const before = inboxOrder(sim).length;
    store.getState().advanceDay();
    const after = inboxOrder(sim);
    expect(after.length).toBe(sim.feed.length);
    expect(after.length).toBeGreaterThan(before);
  });

  it('filters by category, syndicate, country and flag exactly as a brute-force scan would', () => {
    const syndicate = sim.net.syndicateOf[sim.feed[0].sender];
    const country = sim.net.countryOf[sim.feed[0].sender];
    const cases: [Partial<InboxFilters>, (id: number) => boolean][] = [
      [{ category: 'shipment' }, (id) => sim.feed[id].category === 'shipment'],
      [{ syndicate }, (id) => sim.net.syndicateOf[sim.feed[id].sender] === syndicate],
      [{ country }, (id) => sim.net.countryOf[sim.feed[id].sender] === country],
      [{ flaggedOnly: true }, (id) => sim.feed[id].flagged],
      [
        { flaggedOnly: true, category: 'noise', syndicate },
        (id) =>
          sim.feed[id].flagged &&
          sim.feed[id].category === 'noise' &&
          sim.net.syndicateOf[sim.feed[id].sender] === syndicate,
      ],
    ];
    for (const [patch, keep] of cases) {
      const result = filterInbox(sim, filters(patch));
      expect([...result.ids], JSON.stringify(patch)).toEqual([...inboxOrder(sim)].filter(keep));
      expect(result.capped).toBe(false);
    }
  });

  it('does not render any text for filters that need none', () => {
    const fresh = playedStore(60).getState().game!.sim;
    filterInbox(fresh, filters({ category: 'shipment', flaggedOnly: true }));
    inboxCounts(fresh);
    inboxFacets(fresh);
    expect(renderedCount(fresh)).toBe(0);
  });

  it('searches the rendered text and stops at the search limit', () => {
    const wide = filterInbox(sim, filters({ query: 'the' }));
    expect(wide.searched).toBe(true);
    expect(wide.ids.length).toBe(SEARCH_LIMIT);
    expect(wide.capped).toBe(true);
    for (const id of wide.ids) expect(searchHaystack(sim, id)).toContain('the');

    const shipment = filterInbox(sim, filters({ category: 'shipment' })).ids[0];
    const { facts, text } = interceptText(sim, shipment);
    expect(facts.event?.kind).toBe('shipment');
    const port = facts.event?.kind === 'shipment' ? facts.event.port : '';
    expect(text).toContain(port);
    const found = filterInbox(sim, filters({ query: port.toUpperCase() }));
    expect(found.ids).toContain(shipment);
    for (const id of found.ids) expect(searchHaystack(sim, id)).toContain(port.toLowerCase());
  });

  it('finds a message by its sender’s handle, with or without the @, and every word must match', () => {
    const id = inboxOrder(sim)[3];
    const handle = interceptText(sim, id).facts.sender.handle;
    expect(filterInbox(sim, filters({ query: handle })).ids).toContain(id);
    expect(filterInbox(sim, filters({ query: `@${handle}` })).ids).toContain(id);
    expect(filterInbox(sim, filters({ query: `${handle} zzqqxx` })).ids.length).toBe(0);
  });

  it('searches only what the other filters let through', () => {
    const before = filterInbox(sim, filters({ category: 'weapons', query: 'zzqqxx-nothing' }));
    expect(before.ids.length).toBe(0);
    expect(before.capped).toBe(false);
  });

  it('folds accents and case in searches', () => {
    const id = inboxOrder(sim)[0];
    const haystack = searchHaystack(sim, id);
    expect(haystack).toBe(haystack.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });

  it('counts unread messages overall, flagged and per category', () => {
    const counts = inboxCounts(sim);
    expect(counts.total).toBe(sim.feed.length);
    expect(counts.unread).toBe(sim.feed.length - sim.readMessages.size);
    expect(counts.flagged).toBe(sim.feed.filter((m) => m.flagged).length);
    const sum = MESSAGE_CATEGORIES.reduce((n, c) => n + counts.byCategory[c].total, 0);
    expect(sum).toBe(counts.total);
  });

  it('offers only the syndicates and countries the feed holds, with their counts', () => {
    const facets = inboxFacets(sim);
    expect(facets.syndicates.reduce((n, s) => n + s.messages, 0)).toBe(sim.feed.length);
    expect(facets.countries.reduce((n, c) => n + c.messages, 0)).toBe(sim.feed.length);
    const countries = facets.countries.map((c) => c.country);
    expect(countries).toEqual([...countries].sort((a, b) => a - b));
    for (const c of facets.countries) expect(c.iso2).toBe(sim.net.countries[c.country].iso2);
  });
});

describe('reading and tagging through the inbox slice', () => {
  it('reading marks the message read once, lowers the unread counts and logs one command', () => {
    const store = playedStore(120);
    const sim = store.getState().game!.sim;
    const id = filterInbox(sim, filters({ flaggedOnly: true })).ids[0];
    const before = inboxCounts(sim);
    const category = sim.feed[id].category;
    store.getState().readIntercept(id);
    store.getState().readIntercept(id);
    const after = inboxCounts(sim);
    expect(sim.readMessages.has(id)).toBe(true);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.unreadFlagged).toBe(before.unreadFlagged - 1);
    expect(after.byCategory[category].unread).toBe(before.byCategory[category].unread - 1);
    expect(store.getState().inboxReading).toBe(id);
    const reads = Object.values(store.getState().game!.commands)
      .flat()
      .filter((c) => c.type === 'readMessage');
    expect(reads).toEqual([{ type: 'readMessage', message: id }]);
    expect(filterInbox(sim, filters({ unreadOnly: true })).ids).not.toContain(id);
  });

  it('tagging the sender of an incriminating message strengthens the case file', () => {
    const store = playedStore(200);
    const sim = store.getState().game!.sim;
    const id = [...inboxOrder(sim)].find((i) => sim.feed[i].incriminating)!;
    const sender = sim.feed[id].sender;
    const syndicate = sim.net.syndicateOf[sender];
    const memberOf = (file: ReturnType<typeof caseFileView>) => file.members.find((m) => m.person === sender);
    const before = caseFileView(sim, syndicate, sender);
    store.getState().readIntercept(id);
    const events = store.getState().tagIntercept(id, sender);
    expect(events.filter((e) => e.type === 'command-rejected')).toEqual([]);
    const after = caseFileView(sim, syndicate, sender);
    expect(memberOf(after)!.evidence).toBeGreaterThan(memberOf(before)?.evidence ?? 0);
    expect(memberOf(after)!.chance).toBeGreaterThan(memberOf(before)?.chance ?? 0);
    expect(memberOf(after)!.tags).toBe(1);
    expect(interceptPeople(sim, id).find((p) => p.person === sender)?.tagged).toBe(true);
    // A second identical tag is refused by the sim and reported, not thrown.
    expect(store.getState().tagIntercept(id, sender)[0]).toMatchObject({ type: 'command-rejected' });
  });

  it('lets the player tag a wrong person, and the case file does not give the misreading away', () => {
    const store = playedStore(200);
    const sim = store.getState().game!.sim;
    const id = filterInbox(sim, filters({ category: 'noise' })).ids[0];
    const sender = sim.feed[id].sender;
    store.getState().tagIntercept(id, sender);
    expect(sim.wrongTags.at(-1)).toMatchObject({ message: id, person: sender, verdict: 'innocent-message' });
    const member = caseFileView(sim, sim.net.syndicateOf[sender], sender).members.find(
      (m) => m.person === sender,
    )!;
    expect(member.tags).toBe(1);
    expect(Object.keys(member)).not.toContain('wrongTagWeight');
  });

  it('names sender, recipient and any threatened member as people to tag', () => {
    const store = playedStore(400);
    const sim = store.getState().game!.sim;
    const id = sim.feed.findIndex((m) => m.recipient >= 0);
    const people = interceptPeople(sim, id);
    expect(people.map((p) => p.relation).slice(0, 2)).toEqual(['sender', 'recipient']);
    const threat = sim.threats.find((t) => t.detected);
    if (threat) {
      const message = threatMessage(sim, threat.id)!;
      expect(sim.feed[message]).toMatchObject({ category: 'threat', event: threat.id });
      expect(threatStatus(sim, message)).toMatchObject({ threat: threat.id, deadline: threat.deadline });
      if (threat.target >= 0)
        expect(interceptPeople(sim, message).map((p) => p.person)).toContain(threat.target);
    }
    expect(
      threatStatus(
        sim,
        sim.feed.findIndex((m) => m.category === 'noise'),
      ),
    ).toBeNull();
  });

  it('starts each new game with the inbox closed, unfiltered and nothing open', () => {
    const store = playedStore(30);
    store.getState().setInboxFilters({ category: 'money', query: 'cash' });
    store.getState().readIntercept(0);
    store.getState().showInboxCaseFile(0);
    store.getState().setInboxOpen(true);
    store.getState().newGame(BUILT_IN_SCENARIOS.workshop, 12);
    const s = store.getState();
    expect(s.inboxOpen).toBe(false);
    expect(s.inboxFilters).toEqual(NO_FILTERS);
    expect(s.inboxReading).toBeNull();
    expect(s.inboxDetail).toEqual({ kind: 'message' });
  });

  it('says whether a threat was real only once the operation is over', () => {
    const workshop = BUILT_IN_SCENARIOS.workshop;
    const store = createAppStore({ storage: null });
    store
      .getState()
      .newGame({ ...workshop, activity: { ...workshop.activity, threatsPerDeviceDay: 0.01 } }, 11);
    store.getState().act({ type: 'seed', people: seedCandidates(store.getState().game!.sim, 4) });
    for (let d = 0; d < 200; d++) store.getState().advanceDay();
    const sim = store.getState().game!.sim;
    const threats = sim.threats.filter((t) => t.detected);
    expect(new Set(threats.map((t) => t.real))).toEqual(new Set([true, false]));
    for (const t of threats) expect(threatStatus(sim, threatMessage(sim, t.id)!)?.real).toBeNull();
    sim.day = sim.scenario.days.max;
    for (const t of threats) expect(threatStatus(sim, threatMessage(sim, t.id)!)?.real).toBe(t.real);
  });

  it('does not read after the operation is over', () => {
    const store = playedStore(30);
    const sim = store.getState().game!.sim;
    sim.day = sim.scenario.days.max;
    expect(store.getState().readIntercept(1)).toEqual([]);
    expect(sim.readMessages.has(1)).toBe(false);
    expect(store.getState().inboxReading).toBe(1);
  });
});
