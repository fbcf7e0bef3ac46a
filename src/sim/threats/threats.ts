import { detectedToday, randomActiveHolder } from '../activity/criminalEvents';
import type { Rejection } from '../commands/rejection';
import type { SimEvent } from '../model/events';
import type { SimState, ThreatOutcome, ThreatResponse, ThreatToKill } from '../model/state';
import { nextFloat, nextInt, poisson } from '../random/rng';
import { addHeat } from '../risk/heat';

const BYSTANDER = -1;

/**
 * New threats to kill, each with a target and a deadline, real or bluster (the scenario's
 * realThreatShare); analysts may or may not read them.
 */
export function generateThreats(state: SimState, coverage: Float64Array, events: SimEvent[]): void {
  const { net } = state;
  const rng = state.rng.activity;
  for (let n = poisson(rng, state.activeHandsets * state.scenario.activity.threatsPerDeviceDay); n > 0; n--) {
    const sender = randomActiveHolder(state, rng);
    if (sender < 0) break;
    const syndicate = net.syndicateOf[sender];
    const target = nextFloat(rng) < 0.6 ? rivalOf(state, syndicate, nextInt(rng, 1 << 30)) : BYSTANDER;
    const deadline = state.day + 2 + nextInt(rng, 9);
    const detected = detectedToday(coverage, syndicate, rng);
    const real = nextFloat(rng) < state.scenario.risk.realThreatShare;
    const id = state.threats.length;
    state.threats.push({
      kind: 'threat',
      id,
      day: state.day,
      sender,
      syndicate,
      detected,
      target,
      deadline,
      real,
      response: null,
      outcome: 'pending',
    });
    if (detected) events.push({ type: 'threat-detected', threat: id });
  }
}

/** Someone in another syndicate of the same country, if there is one. */
function rivalOf(state: SimState, syndicate: number, draw: number): number {
  const { net } = state;
  const country = net.syndicateCountry[syndicate];
  const rivals: number[] = [];
  for (let s = 0; s < net.syndicateCount; s++)
    if (s !== syndicate && net.syndicateCountry[s] === country) rivals.push(s);
  if (rivals.length === 0) return BYSTANDER;
  const rival = rivals[draw % rivals.length];
  const start = net.firstMember[rival];
  return start + (draw % (net.firstMember[rival + 1] - start));
}

export function respondToThreat(
  state: SimState,
  threatId: number,
  response: ThreatResponse,
): Rejection | null {
  const threat = state.threats[threatId];
  if (!threat) return { code: 'no-such-threat', threat: threatId };
  if (!threat.detected) return { code: 'threat-not-detected' };
  if (threat.response !== null) return { code: 'threat-answered' };
  if (state.day > threat.deadline) return { code: 'threat-deadline-passed' };
  threat.response = response;
  if (response === 'open') addHeat(state, state.scenario.risk.openHeat);
  if (response === 'covert') addHeat(state, state.scenario.risk.covertHeat);
  return null;
}

/**
 * On the deadline: open protection always works; a cover story usually does; with no
 * protection a real threat may kill its target, and bluster never does. Both draws happen
 * for every threat so the choice (and whether it was meant) changes only that threat's
 * outcome, not the random stream.
 */
export function resolveThreats(state: SimState, events: SimEvent[]): void {
  const { covertSuccess, unprotectedDeathChance } = state.scenario.risk;
  const rng = state.rng.activity;
  for (const threat of state.threats) {
    if (threat.outcome !== 'pending' || threat.deadline !== state.day) continue;
    const coverWorks = nextFloat(rng) < covertSuccess;
    const attackSucceeds = nextFloat(rng) < unprotectedDeathChance;
    threat.outcome = threatOutcome(threat, coverWorks, attackSucceeds);
    if (threat.detected) events.push({ type: 'threat-resolved', threat: threat.id, outcome: threat.outcome });
  }
}

/** What came of a threat, given whether a cover story would work and an attack would succeed. */
export function threatOutcome(
  threat: Pick<ThreatToKill, 'response' | 'real'>,
  coverWorks: boolean,
  attackSucceeds: boolean,
): ThreatOutcome {
  if (threat.response === 'open' || (threat.response === 'covert' && coverWorks)) return 'protected';
  return threat.real && attackSucceeds ? 'killed' : 'survived';
}
