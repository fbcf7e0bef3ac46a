import type { SimState } from '../model/state';
import { copyStreams } from '../random/rng';

/** An independent copy of a run (the network, which never changes, is shared). */
export function cloneSim(state: SimState): SimState {
  const stash = state.knownStash;
  return {
    ...state,
    rng: copyStreams(state.rng),
    adoptedDay: state.adoptedDay.slice(),
    darkDay: state.darkDay.slice(),
    rumourDay: state.rumourDay.slice(),
    arrestedDay: state.arrestedDay.slice(),
    pressure: state.pressure.slice(),
    activeContacts: state.activeContacts.slice(),
    holders: state.holders.slice(),
    activeBySyndicate: state.activeBySyndicate.slice(),
    syndicateReachedDay: state.syndicateReachedDay.slice(),
    countryReachedDay: state.countryReachedDay.slice(),
    incriminating: state.incriminating.slice(),
    evidence: state.evidence.slice(),
    messagesRead: state.messagesRead.slice(),
    analystFocus: [...state.analystFocus],
    events: [...state.events],
    threats: state.threats.map((t) => ({ ...t })),
    knownStash: {
      cocaineKg: stash.cocaineKg.slice(),
      otherDrugsKg: stash.otherDrugsKg.slice(),
      guns: stash.guns.slice(),
      cashGBP: stash.cashGBP.slice(),
    },
    feed: [...state.feed],
    readMessages: new Set(state.readMessages),
    tags: [...state.tags],
    wrongTags: [...state.wrongTags],
    wrongEvidence: state.wrongEvidence.slice(),
    seized: { ...state.seized },
    series: {
      handsets: [...state.series.handsets],
      heat: [...state.series.heat],
      messages: [...state.series.messages],
    },
  };
}
