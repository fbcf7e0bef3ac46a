import { caseFile, type HandsetStatus, type SimState } from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

export interface CaseFileMember extends PersonLabel {
  readonly handset: HandsetStatus;
  /** Analysed evidence as the task force counts it, in messages. */
  readonly evidence: number;
  readonly chance: number;
  /** More analysed messages needed for a likely conviction; 0 when there. */
  readonly toLikely: number;
  readonly tags: number;
}

/**
 * One syndicate's case as the player sees it: what a conviction needs, how many members reach it,
 * and the members with the most evidence. Wrong tags count here as the task force believes them
 * (the file must not give a misreading away); the debrief shows them.
 */
export interface CaseStrength extends SyndicateLabel {
  readonly size: number;
  readonly admissible: boolean;
  readonly needs: CaseNeeds;
  /** Members whose conviction is likely (≥ needs.likely.chance) and strong (≥ needs.strong.chance). */
  readonly likely: number;
  readonly strong: number;
  readonly withEvidence: number;
  readonly expectedConvictions: number;
  readonly intercepts: { readonly total: number; readonly flagged: number; readonly read: number };
  /** The members with the most evidence first, at most CASE_MEMBERS of them (plus `include`, if asked). */
  readonly members: readonly CaseFileMember[];
}

export interface CaseNeeds {
  readonly likely: { readonly chance: number; readonly evidence: number };
  readonly strong: { readonly chance: number; readonly evidence: number };
}

/** A case file lists this many members; the rest are counted. */
export const CASE_MEMBERS = 25;

const handsetOrder: Record<HandsetStatus, number> = { active: 0, dark: 1, arrested: 2, none: 3 };

/** The case file of `syndicate`; `include` (a member) is listed even when others have more evidence. */
export function caseStrength(sim: SimState, syndicate: number, include: number | null = null): CaseStrength {
  const file = caseFile(sim, syndicate);
  let likely = 0;
  let strong = 0;
  let withEvidence = 0;
  for (const m of file.members) {
    if (m.evidence > 0) withEvidence++;
    if (m.convictionChance >= file.needs.likely.chance) likely++;
    if (m.convictionChance >= file.needs.strong.chance) strong++;
  }
  const sorted = [...file.members].sort(
    (a, b) =>
      b.evidence - a.evidence ||
      b.tags - a.tags ||
      handsetOrder[a.handset] - handsetOrder[b.handset] ||
      a.person - b.person,
  );
  const listed = sorted.slice(0, CASE_MEMBERS);
  const extra = sorted.find((m) => m.person === include);
  if (extra !== undefined && !listed.includes(extra)) listed.push(extra);
  const members = listed.map((m) => ({
    ...personLabel(sim.net, m.person),
    handset: m.handset,
    evidence: m.evidence,
    chance: m.convictionChance,
    toLikely: m.evidenceToLikely,
    tags: m.tags,
  }));
  return {
    ...syndicateLabel(sim.net, syndicate),
    size: file.members.length,
    admissible: file.admissible,
    needs: file.needs,
    likely,
    strong,
    withEvidence,
    expectedConvictions: file.expectedConvictions,
    intercepts: file.intercepts,
    members,
  };
}
