import { z } from '../files/zod';
import { TAKEDOWN_PRIORITIES } from '../takedown/priority';

const index = z.number().int().min(0).max(1_000_000);

/** Everything a player (or a policy) can do; a saved game is a list of these by day. */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('seed'), people: z.array(index).min(1).max(20) }),
  z.strictObject({ type: z.literal('focusAnalysts'), syndicates: z.array(index).max(50) }),
  z.strictObject({
    type: z.literal('respondThreat'),
    threat: index,
    response: z.enum(['open', 'covert', 'none']),
  }),
  z.strictObject({ type: z.literal('raid'), syndicate: index }),
  z.strictObject({ type: z.literal('readMessage'), message: index }),
  z.strictObject({ type: z.literal('tagEvidence'), message: index, person: index }),
  z.strictObject({
    type: z.literal('takedown'),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(200),
    officers: z.number().int().min(1).max(100_000),
    /** Absent in games saved before the choice existed: 'key-player'. */
    priority: z.enum(TAKEDOWN_PRIORITIES).optional(),
    /** People and syndicates the player named, gone for before the priority fills the teams left. */
    people: z.array(index).max(1000).optional(),
    syndicates: z.array(index).max(1000).optional(),
  }),
]);

export type Command = z.infer<typeof commandSchema>;
