import { describe, expect, it } from 'vitest';
import {
  applyCommands,
  BUILT_IN_SCENARIOS,
  caseFile,
  cloneSim,
  type FeedMessage,
  type Rejection,
  replay,
  type SimState,
  soundEvidence,
  stateHash,
  step,
  wrongfulArrests,
} from '../../src/sim';
import { READ_WEIGHT, tagWeight } from '../../src/sim/intercepts/readAndTag';
import { playTo } from '../support/playTo';

const classroom = BUILT_IN_SCENARIOS.classroom;
const DAY = 400;
const base = playTo(classroom, 9, DAY);

function find(state: SimState, test: (m: FeedMessage) => boolean): FeedMessage {
  const message = state.feed.find(test);
  if (!message) throw new Error('no such message in the feed');
  return message;
}

const implicatesBoth = find(base, (m) => m.category === 'shipment' && m.implicatesRecipient);
const oneSided = find(
  base,
  (m) =>
    m.incriminating &&
    !m.implicatesRecipient &&
    m.recipient >= 0 &&
    ![implicatesBoth.sender, implicatesBoth.recipient].includes(m.recipient) &&
    ![implicatesBoth.sender, implicatesBoth.recipient].includes(m.sender),
);
const innocent = find(
  base,
  (m) =>
    m.category === 'noise' &&
    ![implicatesBoth.sender, implicatesBoth.recipient, oneSided.recipient].includes(m.sender),
);
/** Someone in no message at all, without a handset (so no evidence of their own). */
const outsider = (() => {
  const named = new Set(base.feed.flatMap((m) => [m.sender, m.recipient]));
  let p = base.net.size - 1;
  while (named.has(p) || base.adoptedDay[p] >= 0) p--;
  return p;
})();

function rejections(events: ReturnType<typeof step>['events']): Rejection[] {
  return events.flatMap((e) => (e.type === 'command-rejected' ? [e.rejection] : []));
}

describe('reading and tagging intercepts', () => {
  /** The same day with no commands: what the analysts' own reading adds meanwhile. */
  function control(): SimState {
    const c = cloneSim(base);
    step(c, []);
    return c;
  }

  it('reading an incriminating message adds evidence against its sender, once', () => {
    const s = cloneSim(base);
    const { sender } = implicatesBoth;
    step(s, [
      { type: 'readMessage', message: implicatesBoth.id },
      { type: 'readMessage', message: implicatesBoth.id },
      { type: 'readMessage', message: innocent.id },
    ]);
    const c = control();
    expect(s.readMessages).toEqual(new Set([implicatesBoth.id, innocent.id]));
    expect(s.evidence[sender] - c.evidence[sender]).toBeCloseTo(READ_WEIGHT, 4);
    expect(s.evidence[innocent.sender]).toBe(c.evidence[innocent.sender]);
    expect(s.messagesRead[sender] - c.messagesRead[sender]).toBeCloseTo(1, 4);
  });

  it('a right tag strengthens the case; a wrong one is recorded and rests on nothing', () => {
    const s = cloneSim(base);
    const { sender, recipient } = implicatesBoth;
    const { events } = step(s, [
      { type: 'tagEvidence', message: implicatesBoth.id, person: sender },
      { type: 'tagEvidence', message: implicatesBoth.id, person: recipient },
      { type: 'tagEvidence', message: implicatesBoth.id, person: outsider },
      { type: 'tagEvidence', message: oneSided.id, person: oneSided.recipient },
      { type: 'tagEvidence', message: innocent.id, person: innocent.sender },
    ]);
    const c = control();
    const gain = (p: number) => s.evidence[p] - c.evidence[p];
    expect(rejections(events)).toEqual([]);
    expect(s.tags.map((t) => t.verdict)).toEqual([
      'sender',
      'recipient',
      'not-in-message',
      'not-implicated',
      'innocent-message',
    ]);
    expect(s.wrongTags.map((t) => t.person)).toEqual([outsider, oneSided.recipient, innocent.sender]);
    expect(s.readMessages.has(implicatesBoth.id)).toBe(true);
    // Bosses and lieutenants talk in code: a decoded tag against them weighs more (tagWeight).
    expect(gain(sender)).toBeCloseTo(READ_WEIGHT + tagWeight(s, sender), 4);
    expect(gain(recipient)).toBeCloseTo(tagWeight(s, recipient), 4);
    expect(s.wrongEvidence[sender]).toBe(0);
    expect(s.wrongEvidence[recipient]).toBe(0);
    // A wrong tag looks like evidence in the case file but rests on nothing.
    expect(gain(outsider)).toBeCloseTo(tagWeight(s, outsider), 4);
    expect(s.wrongEvidence[outsider]).toBeCloseTo(tagWeight(s, outsider), 4);
    expect(soundEvidence(s, outsider)).toBe(0);
    expect(s.wrongEvidence[innocent.sender]).toBeCloseTo(tagWeight(s, innocent.sender), 4);
  });

  it('rejects a tag twice, a message that does not exist and a person who does not exist', () => {
    const s = cloneSim(base);
    const tag = { type: 'tagEvidence', message: oneSided.id, person: oneSided.sender } as const;
    const { events } = step(s, [
      tag,
      tag,
      { type: 'readMessage', message: s.feed.length + 5 },
      { type: 'tagEvidence', message: 0, person: s.net.size },
    ]);
    expect(rejections(events)).toEqual([
      { code: 'already-tagged', message: oneSided.id, person: oneSided.sender },
      { code: 'no-such-message', message: base.feed.length + 5 },
      { code: 'no-such-person', person: s.net.size },
    ]);
    expect(s.tags).toHaveLength(1);
  });

  it('adds no evidence once the authorisation has ended, but still records the tags', () => {
    const scenario = { ...classroom, days: { ...classroom.days, authorisationEnd: 120 } };
    const s = playTo(scenario, 9, 160);
    const m = find(s, (x) => x.incriminating && x.implicatesRecipient);
    const control = cloneSim(s);
    step(control, []);
    step(s, [
      { type: 'readMessage', message: m.id },
      { type: 'tagEvidence', message: m.id, person: m.recipient },
      { type: 'tagEvidence', message: m.id, person: outsider },
    ]);
    expect(s.readMessages.has(m.id)).toBe(true);
    expect(s.evidence).toEqual(control.evidence);
    expect(s.wrongEvidence[outsider]).toBe(0);
    expect(s.tags).toHaveLength(2);
    expect(s.wrongTags).toHaveLength(1);
  });

  it('counts an arrest that rests on wrong tags as wrongful', () => {
    const s = cloneSim(base);
    const innocents = s.feed.filter((m) => m.category === 'noise').slice(0, 6);
    step(
      s,
      innocents.map((m) => ({ type: 'tagEvidence' as const, message: m.id, person: outsider })),
    );
    expect(s.wrongTags).toHaveLength(6);
    expect(wrongfulArrests(s)).toEqual([]);
    s.arrestedDay[outsider] = s.day;
    expect(wrongfulArrests(s)).toEqual([outsider]);
  });

  it('keeps read sets and tags apart in a clone and replays them to the same state', () => {
    const commands = {
      [DAY]: [
        { type: 'readMessage' as const, message: innocent.id },
        { type: 'tagEvidence' as const, message: implicatesBoth.id, person: implicatesBoth.sender },
      ],
    };
    const s = cloneSim(base);
    const copy = cloneSim(s);
    step(s, commands[DAY]);
    expect(copy.tags).toHaveLength(0);
    expect(copy.readMessages.size).toBe(0);
    expect(copy.feed.length).toBe(base.feed.length);
    expect(stateHash(s)).not.toBe(stateHash(copy));
    const played = playTo(classroom, 9, DAY + 1, commands);
    expect(stateHash(played)).toBe(stateHash(s));
  });
});

describe('the case file', () => {
  it('lists members with handset status, evidence and conviction chance, and what a conviction needs', () => {
    const s = cloneSim(base);
    const { sender } = implicatesBoth;
    const syndicate = s.net.syndicateOf[sender];
    const before = caseFile(s, syndicate);
    // The tag at once, without the rest of the day (in which the sender might go dark).
    applyCommands(s, [{ type: 'tagEvidence', message: implicatesBoth.id, person: sender }]);
    const after = caseFile(s, syndicate);
    const first = s.net.firstMember[syndicate];
    expect(after.members).toHaveLength(s.net.firstMember[syndicate + 1] - first);
    const was = before.members[sender - first];
    const now = after.members[sender - first];
    expect(now).toMatchObject({ person: sender, handset: was.handset, tags: 1, wrongTagWeight: 0 });
    expect(now.evidence).toBeGreaterThan(was.evidence);
    expect(now.convictionChance).toBeGreaterThan(was.convictionChance);
    expect(after.needs.likely.evidence).toBeCloseTo(classroom.takedown.evidenceScale * Math.LN2);
    expect(after.needs.strong.evidence).toBeGreaterThan(after.needs.likely.evidence);
    expect(now.evidenceToLikely).toBeCloseTo(Math.max(0, after.needs.likely.evidence - now.evidence));
    expect(after.admissible).toBe(true);
    expect(after.intercepts.read).toBe(before.intercepts.read + 1);
    expect(after.intercepts.total).toBeGreaterThan(0);
    expect(() => caseFile(s, s.net.syndicateCount)).toThrow(/no syndicate number/);
  });

  it('replay of a saved game with reads and tags gives the same hash', () => {
    const commands = { [DAY]: [{ type: 'tagEvidence' as const, message: oneSided.id, person: outsider }] };
    const a = playTo(classroom, 9, DAY + 3, commands);
    const b = playTo(classroom, 9, DAY + 3, commands);
    expect(stateHash(a)).toBe(stateHash(b));
    expect(a.wrongTags).toHaveLength(1);
    const saved = JSON.parse(JSON.stringify(commands));
    const restored = replay(classroom, 9, saved, DAY + 3);
    expect(restored.tags).toEqual(a.tags);
  });
});
