import countriesJson from '../../../assets/countries.json';
import { z } from '../files/zod';

export const REGIONS = [
  'Oceania',
  'Europe',
  'North America',
  'Latin America',
  'Asia',
  'Middle East',
  'Africa',
] as const;

const countrySchema = z.strictObject({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  numeric: z.string().regex(/^\d{3}$/),
  name: z.string().min(1),
  region: z.enum(REGIONS),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  language: z.string().min(2),
});

export type Country = z.infer<typeof countrySchema>;

/** Real countries, ordered by their weight in the synthetic market (the generator applies Zipf by position). */
export const COUNTRIES: readonly Country[] = z.array(countrySchema).min(1).parse(countriesJson);
