import { ROLE, type SimState, usableTalkShare } from '../../sim';

/**
 * How much of bosses' and lieutenants' incriminating talk analysts can use on their own, by the
 * core's rule (usableTalkShare): a little where they read as usual, more where they are focused.
 * The rest is in code, and only a person's reading and tagging turns it into proof.
 */
export interface CodedTalk {
  readonly boss: number;
  readonly lieutenant: number;
  readonly focusedBoss: number;
  readonly focusedLieutenant: number;
}

export function codedTalk(sim: SimState): CodedTalk {
  return {
    boss: usableTalkShare(sim, ROLE.boss, false),
    lieutenant: usableTalkShare(sim, ROLE.lieutenant, false),
    focusedBoss: usableTalkShare(sim, ROLE.boss, true),
    focusedLieutenant: usableTalkShare(sim, ROLE.lieutenant, true),
  };
}
