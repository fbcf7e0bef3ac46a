import type { SimState } from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

export type ThreatPerson = PersonLabel & { readonly syndicate: SyndicateLabel };

export interface ThreatDetails {
  readonly threat: number;
  readonly sender: ThreatPerson;
  /** The person threatened, or null for someone outside the network. */
  readonly target: ThreatPerson | null;
  readonly deadline: number;
  readonly daysLeft: number;
  /** What each answer costs and risks, from the scenario. */
  readonly openHeat: number;
  readonly covertHeat: number;
  readonly covertSuccess: number;
  readonly deathChance: number;
}

export function threatDetails(sim: SimState, threat: number): ThreatDetails {
  const { net, scenario } = sim;
  const t = sim.threats[threat];
  const who = (p: number): ThreatPerson => ({
    ...personLabel(net, p),
    syndicate: syndicateLabel(net, net.syndicateOf[p]),
  });
  return {
    threat,
    sender: who(t.sender),
    target: t.target >= 0 ? who(t.target) : null,
    deadline: t.deadline,
    daysLeft: t.deadline - sim.day,
    openHeat: scenario.risk.openHeat,
    covertHeat: scenario.risk.covertHeat,
    covertSuccess: scenario.risk.covertSuccess,
    deathChance: scenario.risk.unprotectedDeathChance,
  };
}
