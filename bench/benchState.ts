import { BUILT_IN_SCENARIOS, createSim, POLICIES, playUntil, type Scenario, type SimState } from '../src/sim';

/** The scenario every benchmark uses: the whole operation at its real size. */
export function fullScale(): Scenario {
  return BUILT_IN_SCENARIOS['full-scale'];
}

/** A full-scale operation played by the historical policy up to the start of `day`. */
export function fullScaleStateAt(seed: number, day: number): SimState {
  const state = createSim(fullScale(), seed);
  playUntil(state, POLICIES.historical({}), day);
  if (state.day !== day) throw new Error(`the historical run ended on day ${state.day}, before day ${day}`);
  return state;
}

/** People spreadDay would draw for today: a tie to an active holder, and not out of reach. */
export function spreadCandidates(state: SimState): number {
  let count = 0;
  for (let v = 0; v < state.net.size; v++) {
    if (
      state.activeContacts[v] > 0 &&
      state.adoptedDay[v] < 0 &&
      state.rumourDay[v] < 0 &&
      state.arrestedDay[v] < 0
    )
      count++;
  }
  return count;
}
