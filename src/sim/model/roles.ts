export const ROLES = ['boss', 'lieutenant', 'broker', 'launderer', 'enforcer', 'courier', 'soldier'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE = {
  boss: 0,
  lieutenant: 1,
  broker: 2,
  launderer: 3,
  enforcer: 4,
  courier: 5,
  soldier: 6,
} as const satisfies Record<Role, number>;

export type RoleNumbers = Record<Role, number>;

/** A per-role table as a typed array indexed by role index, for hot loops. */
export function roleTable(values: RoleNumbers): Float64Array {
  return Float64Array.from(ROLES, (role) => values[role]);
}
