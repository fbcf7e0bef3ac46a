/**
 * Whom the day of action's teams go for first: the people who hold syndicates together
 * (bosses, lieutenants, brokers), or as many of the strongest cases as there are teams; the rule
 * is chooseTargets (targets.ts).
 */
export const TAKEDOWN_PRIORITIES = ['key-player', 'evidence'] as const;
export type TakedownPriority = (typeof TAKEDOWN_PRIORITIES)[number];
