import { type HandsetStatus, type SimState, caseFile as simCaseFile } from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

export type { HandsetStatus };

export interface CaseFileMember extends PersonLabel {
  readonly status: HandsetStatus;
  /** Analysed incriminating messages: the evidence that counts at takedown. */
  readonly evidence: number;
  /** The chance a charge against them would stick today, 0–1. */
  readonly chance: number;
}

/** The case-file panel's view of a syndicate: the simulation's case file, named and summed up. */
export interface CaseFileView extends SyndicateLabel {
  readonly size: number;
  readonly active: number;
  readonly withEvidence: number;
  readonly arrested: number;
  readonly focused: boolean;
  /** What analysts know is held right now, ready to seize. */
  readonly stash: { cocaineKg: number; otherDrugsKg: number; guns: number; cashGBP: number };
  /** The members worth reading about first: handset users and those with evidence. */
  readonly members: readonly CaseFileMember[];
}

/** A case file lists at most this many members; the rest are counted, not listed. */
export const CASE_FILE_MEMBERS = 30;

const statusOrder: Record<HandsetStatus, number> = { active: 0, dark: 1, arrested: 2, none: 3 };

export function caseFileView(sim: SimState, syndicate: number): CaseFileView {
  const { net } = sim;
  const file = simCaseFile(sim, syndicate);
  const arrested = file.members.filter((m) => m.handset === 'arrested').length;
  const withEvidence = file.members.filter((m) => m.handset !== 'arrested' && m.evidence > 0).length;
  const members = [...file.members]
    .sort(
      (a, b) =>
        statusOrder[a.handset] - statusOrder[b.handset] || b.evidence - a.evidence || a.person - b.person,
    )
    .slice(0, CASE_FILE_MEMBERS)
    .map((m) => ({
      ...personLabel(net, m.person),
      status: m.handset,
      evidence: Math.round(m.evidence * 10) / 10,
      chance: m.convictionChance,
    }));
  const stash = sim.knownStash;
  return {
    ...syndicateLabel(net, syndicate),
    size: file.members.length,
    active: sim.activeBySyndicate[syndicate],
    withEvidence,
    arrested,
    focused: sim.analystFocus.includes(syndicate),
    stash: {
      cocaineKg: stash.cocaineKg[syndicate],
      otherDrugsKg: stash.otherDrugsKg[syndicate],
      guns: stash.guns[syndicate],
      cashGBP: stash.cashGBP[syndicate],
    },
    members,
  };
}
