import {
  type CaseFile,
  type CaseMember,
  caseFile,
  type HandsetStatus,
  type ReadingProof,
  type SimState,
} from '../../sim';
import { type PersonLabel, personLabel, type SyndicateLabel, syndicateLabel } from './names';

export type { HandsetStatus, ReadingProof };

export interface CaseFileMember extends PersonLabel {
  readonly handset: HandsetStatus;
  /** Analysed evidence as the task force counts it, in messages. */
  readonly evidence: number;
  /** The chance a charge against them would stick today, 0–1, as the evidence looks. */
  readonly chance: number;
  /** More analysed messages needed for a likely conviction; 0 when there. */
  readonly toLikely: number;
  readonly tags: number;
  /** For a boss or lieutenant (who talk in code): what the player's tags bought; else null. */
  readonly proof: ReadingProof | null;
}

export type CaseNeeds = CaseFile['needs'];

/**
 * One syndicate's case as the player sees it, on the play screen and in the inbox alike: the
 * core's case file, named, with the members most worth reading about first. Wrong tags count as
 * the task force believes them (the file must not give a misreading away); the debrief shows them.
 */
export interface CaseFileView extends SyndicateLabel, Omit<CaseFile, 'members' | 'syndicate'> {
  /** The members with the most evidence first, at most CASE_FILE_MEMBERS (plus `include`, if asked). */
  readonly members: readonly CaseFileMember[];
  /**
   * Those who talk in code (the boss, then the lieutenants with the most tags, those on the
   * platform and the strongest case), at most CODED_LISTED: the people only the player's reading
   * convicts.
   */
  readonly coded: readonly CaseFileMember[];
  /** How many talk in code in all (the list may hold fewer). */
  readonly codedCount: number;
}

/** A case file lists this many members; the rest are counted. */
export const CASE_FILE_MEMBERS = 25;
/** A case file lists this many of those who talk in code; the rest are counted. */
export const CODED_LISTED = 5;

const handsetOrder: Record<HandsetStatus, number> = { active: 0, dark: 1, arrested: 2, none: 3 };

const mostEvidenceFirst = (a: CaseMember, b: CaseMember) =>
  b.evidence - a.evidence ||
  b.tags - a.tags ||
  handsetOrder[a.handset] - handsetOrder[b.handset] ||
  a.person - b.person;

/** The boss, then those the player tagged most, then those on the platform (whose talk can be read). */
const bossThenMostTags = (a: CaseMember, b: CaseMember) =>
  Number(b.role === 'boss') - Number(a.role === 'boss') ||
  (b.proof?.tags ?? 0) - (a.proof?.tags ?? 0) ||
  handsetOrder[a.handset] - handsetOrder[b.handset] ||
  b.convictionChance - a.convictionChance ||
  a.person - b.person;

/** The case file of `syndicate`; `include` (a member) is listed even when others have more evidence. */
export function caseFileView(sim: SimState, syndicate: number, include: number | null = null): CaseFileView {
  const { members: all, ...file } = caseFile(sim, syndicate);
  const sorted = [...all].sort(mostEvidenceFirst);
  const listed = sorted.slice(0, CASE_FILE_MEMBERS);
  const extra = sorted.find((m) => m.person === include);
  if (extra !== undefined && !listed.includes(extra)) listed.push(extra);
  const coded = all.filter((m) => m.proof !== null).sort(bossThenMostTags);
  const view = (m: CaseMember): CaseFileMember => ({
    ...personLabel(sim.net, m.person),
    handset: m.handset,
    evidence: m.evidence,
    chance: m.convictionChance,
    toLikely: m.evidenceToLikely,
    tags: m.tags,
    proof: m.proof,
  });
  return {
    ...file,
    ...syndicateLabel(sim.net, syndicate),
    members: listed.map(view),
    coded: coded.slice(0, CODED_LISTED).map(view),
    codedCount: coded.length,
  };
}
