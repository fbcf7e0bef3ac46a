import type { RunFigures } from './figures';
import { round1 } from './round1';

/** The run's counts as they would be in the full-size operation (÷ the scenario's scale), to 0.1. */
export interface FullScaleFigures {
  readonly handsets: number;
  readonly syndicatesReached: number;
  readonly messages: number;
  readonly arrests: number;
  readonly expectedConvictions: number;
  readonly syndicatesDismantled: number;
  readonly cocaineKg: number;
  readonly otherDrugsKg: number;
  readonly guns: number;
  readonly cashGBP: number;
  readonly threatsDetected: number;
  readonly threatsActedOn: number;
  readonly livesLost: number;
  readonly officerDays: number;
  readonly messagesRead: number;
  readonly peopleReadNeverCharged: number;
}

export function toFullScale(f: RunFigures, scale: number): FullScaleFigures {
  const up = (x: number) => round1(x / scale);
  return {
    handsets: up(f.reach.handsets),
    syndicatesReached: up(f.reach.syndicates),
    messages: up(f.reach.messages),
    arrests: up(f.arrests.total),
    expectedConvictions: up(f.expectedConvictions),
    syndicatesDismantled: up(f.syndicatesDismantled),
    cocaineKg: up(f.seizures.cocaineKg),
    otherDrugsKg: up(f.seizures.otherDrugsKg),
    guns: up(f.seizures.guns),
    cashGBP: up(f.seizures.cashGBP),
    threatsDetected: up(f.threats.detected),
    threatsActedOn: up(f.threats.actedOn),
    livesLost: up(f.threats.livesLost),
    officerDays: up(f.officerDays.total),
    messagesRead: up(f.privacy.messagesRead),
    peopleReadNeverCharged: up(f.privacy.peopleReadNeverCharged),
  };
}
