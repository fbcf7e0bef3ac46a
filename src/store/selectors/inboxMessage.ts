import { caseStrength, isOver, type SimState, type ThreatOutcome, type ThreatResponse } from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

/** How a person appears in an intercept: who wrote it, who got it, or who it names as a target. */
export type Relation = 'sender' | 'recipient' | 'target';

export interface InterceptPerson extends PersonLabel {
  readonly relation: Relation;
  readonly syndicate: SyndicateLabel;
  /** The player already tagged this message against this person. */
  readonly tagged: boolean;
  /** Their conviction chance today, from the evidence as the task force counts it. */
  readonly chance: number;
}

/**
 * The people an intercept names, whom the player may tag it against. The inbox offers them all,
 * right or wrong: telling them apart is the player's job, and the judgement stays in the sim.
 */
export function interceptPeople(sim: SimState, id: number): InterceptPerson[] {
  const m = sim.feed[id];
  const people: { person: number; relation: Relation }[] = [{ person: m.sender, relation: 'sender' }];
  if (m.recipient >= 0) people.push({ person: m.recipient, relation: 'recipient' });
  if (m.category === 'threat') {
    const target = sim.threats[m.event]?.target ?? -1;
    if (target >= 0 && target !== m.sender && target !== m.recipient)
      people.push({ person: target, relation: 'target' });
  }
  return people.map(({ person, relation }) => ({
    ...personLabel(sim.net, person),
    relation,
    syndicate: syndicateLabel(sim.net, sim.net.syndicateOf[person]),
    tagged: sim.tags.some((t) => t.message === id && t.person === person),
    chance: personChance(sim, person),
  }));
}

export function personChance(sim: SimState, person: number): number {
  return caseStrength(sim, person);
}

export interface ThreatStatus {
  readonly threat: number;
  readonly deadline: number;
  /** Days until the deadline (negative once it has passed). */
  readonly daysLeft: number;
  readonly response: ThreatResponse | null;
  readonly outcome: ThreatOutcome;
  /** The player can still choose: unanswered, deadline not passed, operation running. */
  readonly canRespond: boolean;
  /** Whether it was meant, told only once the operation is over (null before): the text is the evidence until then. */
  readonly real: boolean | null;
}

/** Where a threat intercept's threat stands, for the reader; null for other messages. */
export function threatStatus(sim: SimState, id: number): ThreatStatus | null {
  const m = sim.feed[id];
  if (m.category !== 'threat') return null;
  const t = sim.threats[m.event];
  if (!t) return null;
  return {
    threat: t.id,
    deadline: t.deadline,
    daysLeft: t.deadline - sim.day,
    response: t.response,
    outcome: t.outcome,
    canRespond: t.response === null && sim.day <= t.deadline && !isOver(sim),
    real: isOver(sim) ? t.real : null,
  };
}
