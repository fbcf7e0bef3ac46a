import { isAdmissible, isAdmissibleOn } from '../law/authorisation';
import { ROLES, type Role } from '../model/roles';
import type { SimState } from '../model/state';
import { caseStrength, convictionChance, evidenceForChance } from '../takedown/convictionChance';
import { isArrestable } from '../takedown/targets';
import { tagWeight } from './readAndTag';

export type HandsetStatus = 'none' | 'active' | 'dark' | 'arrested';

export interface CaseMember {
  readonly person: number;
  readonly role: Role;
  readonly handset: HandsetStatus;
  /** Analysed evidence as the task force counts it (analysts' reading, the player's reads and tags). */
  readonly evidence: number;
  readonly convictionChance: number;
  /** Evidence still needed for a likely conviction; 0 when there. */
  readonly evidenceToLikely: number;
  /** Intercepts the player tagged against this person. */
  readonly tags: number;
  /** For someone who talks in code (a boss, a lieutenant): what the player's tags bought; else null. */
  readonly proof: ReadingProof | null;
  /**
   * Evidence resting on wrong tags. For the debrief and tests: the player's view
   * should not show it, or misreadings would give themselves away.
   */
  readonly wrongTagWeight: number;
}

/**
 * What the task force's own reading bought against someone who talks in code. Analysts' volume
 * barely touches a boss or a lieutenant (only their plain speech counts), so the player's tags,
 * read and decoded by a person, are the proof. As the task force counts it, wrong tags included.
 */
export interface ReadingProof {
  /** Tags against them that count: made while the authorisation was in force. */
  readonly tags: number;
  /** The evidence each such tag adds, in analysed messages. */
  readonly tagWeight: number;
  /** The conviction chance on their evidence without those tags. */
  readonly chanceWithoutTags: number;
  /** The conviction chance now, tags included (as caseStrength). */
  readonly chance: number;
  /** More tags that would make the case strong: 0 when it is; null once the authorisation has ended. */
  readonly tagsToStrong: number | null;
}

/** What analysts know a syndicate holds right now, ready to seize. */
export interface KnownHoldings {
  readonly cocaineKg: number;
  readonly otherDrugsKg: number;
  readonly guns: number;
  readonly cashGBP: number;
}

/**
 * The one read model of a syndicate's case: the play screen's dock, the raid dialog and the
 * inbox all show it. Evidence counts here as the task force believes it (wrong tags included).
 */
export interface CaseFile {
  readonly syndicate: number;
  /** Whether intercepted evidence still counts (the authorisation is in force). */
  readonly admissible: boolean;
  readonly size: number;
  /** Members on the platform now. */
  readonly active: number;
  /** Members not yet arrested with evidence against them: whom a raid would go for. */
  readonly withEvidence: number;
  readonly arrested: number;
  /** Members whose conviction is likely (≥ needs.likely.chance) and strong (≥ needs.strong.chance). */
  readonly likely: number;
  readonly strong: number;
  /** Whether the analysts' focus includes this syndicate. */
  readonly focused: boolean;
  readonly stash: KnownHoldings;
  /** What a conviction needs, in analysed incriminating messages. */
  readonly needs: {
    readonly likely: { readonly chance: number; readonly evidence: number };
    readonly strong: { readonly chance: number; readonly evidence: number };
  };
  readonly members: readonly CaseMember[];
  /** Expected convictions if every member were arrested today. */
  readonly expectedConvictions: number;
  readonly intercepts: { readonly total: number; readonly flagged: number; readonly read: number };
}

const LIKELY = 0.5;
const STRONG = 0.8;

/** Whether a person talks in code, so that analysts' volume alone cannot convict them (bosses, lieutenants). */
export function talksInCode(state: SimState, person: number): boolean {
  return state.tables.plainSpeech[state.net.role[person]] < 1;
}

/** What the player's tags bought against `person`, who talks in code; null for plain speakers. */
export function readingProof(state: SimState, person: number): ReadingProof | null {
  if (!talksInCode(state, person)) return null;
  const scale = state.scenario.takedown.evidenceScale;
  const weight = tagWeight(state, person);
  let tags = 0;
  for (const tag of state.tags) if (tag.person === person && isAdmissibleOn(state.scenario, tag.day)) tags++;
  const evidence = state.evidence[person];
  const missing = evidenceForChance(STRONG, scale) - evidence;
  return {
    tags,
    tagWeight: weight,
    chanceWithoutTags: convictionChance(Math.max(0, evidence - tags * weight), scale),
    chance: caseStrength(state, person),
    tagsToStrong: isAdmissible(state) ? Math.max(0, Math.ceil(missing / weight - 1e-9)) : null,
  };
}

function handsetStatus(state: SimState, person: number): HandsetStatus {
  if (state.arrestedDay[person] >= 0) return 'arrested';
  if (state.adoptedDay[person] < 0) return 'none';
  return state.darkDay[person] >= 0 ? 'dark' : 'active';
}

/** The case against one syndicate, member by member, for the case-file panel. */
export function caseFile(state: SimState, syndicate: number): CaseFile {
  const { net, scenario } = state;
  if (!Number.isInteger(syndicate) || syndicate < 0 || syndicate >= net.syndicateCount)
    throw new RangeError(`caseFile: there is no syndicate number ${syndicate}`);
  const scale = scenario.takedown.evidenceScale;
  const likely = evidenceForChance(LIKELY, scale);
  const first = net.firstMember[syndicate];
  const end = net.firstMember[syndicate + 1];
  const tagCounts = new Int32Array(end - first);
  for (const tag of state.tags) if (tag.person >= first && tag.person < end) tagCounts[tag.person - first]++;
  const members: CaseMember[] = [];
  let expectedConvictions = 0;
  let withEvidence = 0;
  let arrested = 0;
  let likelyCount = 0;
  let strongCount = 0;
  for (let p = first; p < end; p++) {
    const evidence = state.evidence[p];
    const chance = caseStrength(state, p);
    const handset = handsetStatus(state, p);
    expectedConvictions += chance;
    if (handset === 'arrested') arrested++;
    if (isArrestable(state, p)) withEvidence++;
    if (chance >= LIKELY) likelyCount++;
    if (chance >= STRONG) strongCount++;
    members.push({
      person: p,
      role: ROLES[net.role[p]],
      handset,
      evidence,
      convictionChance: chance,
      evidenceToLikely: Math.max(0, likely - evidence),
      tags: tagCounts[p - first],
      proof: readingProof(state, p),
      wrongTagWeight: state.wrongEvidence[p],
    });
  }
  const { knownStash } = state;
  return {
    syndicate,
    admissible: isAdmissible(state),
    size: end - first,
    active: state.activeBySyndicate[syndicate],
    withEvidence,
    arrested,
    likely: likelyCount,
    strong: strongCount,
    focused: state.analystFocus.includes(syndicate),
    stash: {
      cocaineKg: knownStash.cocaineKg[syndicate],
      otherDrugsKg: knownStash.otherDrugsKg[syndicate],
      guns: knownStash.guns[syndicate],
      cashGBP: knownStash.cashGBP[syndicate],
    },
    needs: {
      likely: { chance: LIKELY, evidence: likely },
      strong: { chance: STRONG, evidence: evidenceForChance(STRONG, scale) },
    },
    members,
    expectedConvictions,
    intercepts: interceptCounts(state, syndicate),
  };
}

function interceptCounts(state: SimState, syndicate: number): CaseFile['intercepts'] {
  const { syndicateOf } = state.net;
  let total = 0;
  let flagged = 0;
  let read = 0;
  for (const m of state.feed) {
    if (syndicateOf[m.sender] !== syndicate) continue;
    total++;
    if (m.flagged) flagged++;
    if (state.readMessages.has(m.id)) read++;
  }
  return { total, flagged, read };
}
