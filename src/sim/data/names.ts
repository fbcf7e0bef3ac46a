import namesJson from '../../../assets/names.json';
import { z } from '../files/zod';

const wordList = z.array(z.string().min(1)).min(1);

const namesSchema = z.strictObject({
  groups: z.record(z.string(), z.strictObject({ label: z.string(), given: wordList, family: wordList })),
  handleWords: z.strictObject({ adjectives: wordList, nouns: wordList }),
});

export type NameLists = z.infer<typeof namesSchema>;

/** Synthetic name parts: people are random combinations, never real persons. */
export const NAME_LISTS: NameLists = namesSchema.parse(namesJson);
