import { ROLE, ROLES, type Role } from '../../model/roles';
import type { SimState } from '../../model/state';
import { courtChance } from '../../takedown/convictionChance';
import { isDismantled } from '../../takedown/dismantled';
import { type ArrestPoints, arrestPoints } from '../arrestPoints';
import { type CrossTies, crossTiesCut } from '../crossTies';
import { round1 } from '../round1';

/** What arresting a set of people achieves, in the score's own terms. */
export interface ArrestSetValue {
  readonly people: number;
  readonly byRole: Record<Role, number>;
  readonly expectedConvictions: number;
  readonly syndicatesDismantled: number;
  readonly dismantled: readonly number[];
  readonly crossTies: CrossTies;
  /** Full-scale points of the score's arrest parts: convictions, dismantled, cross ties. */
  readonly points: ArrestPoints;
}

/** Scores a set (0/1 mask) as if everyone in it were arrested, with their sound evidence as it stands. */
export function arrestSetValue(state: SimState, inSet: Uint8Array): ArrestSetValue {
  const { net, tables, scenario } = state;
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  let people = 0;
  let expected = 0;
  let weighted = 0;
  const dismantled: number[] = [];
  for (let s = 0; s < net.syndicateCount; s++) {
    const start = net.firstMember[s];
    const end = net.firstMember[s + 1];
    let lieutenants = 0;
    let lieutenantsIn = 0;
    let members = 0;
    for (let p = start; p < end; p++) {
      const role = net.role[p];
      if (role === ROLE.lieutenant) lieutenants++;
      if (inSet[p] === 0) continue;
      members++;
      if (role === ROLE.lieutenant) lieutenantsIn++;
      byRole[ROLES[role]]++;
      const chance = courtChance(state, p);
      expected += chance;
      weighted += chance * tables.roleValue[role];
    }
    people += members;
    if (members > 0 && isDismantled(inSet[start] === 1, lieutenantsIn, lieutenants, members, end - start))
      dismantled.push(s);
  }
  const crossTies = crossTiesCut(net, inSet);
  return {
    people,
    byRole,
    expectedConvictions: round1(expected),
    syndicatesDismantled: dismantled.length,
    dismantled,
    crossTies,
    points: arrestPoints(
      {
        roleWeightedConvictions: weighted,
        syndicatesDismantled: dismantled.length,
        crossTiesCutShare: crossTies.share,
      },
      scenario.scale,
    ),
  };
}
