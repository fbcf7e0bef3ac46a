import languagesJson from '../../../assets/messages/languages.json';
import placesJson from '../../../assets/messages/places.json';
import { z } from '../files/zod';
import type { Country } from './countries';

const words = z.array(z.string().min(1)).min(1);
/** A BCP 47 language code: "hr", "cnr", "pt-BR". */
const code = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/);
const language = z.strictObject({ code, address: words.optional() });
const iso2 = z.string().regex(/^[A-Z]{2}$/);

const languagesSchema = z.strictObject({
  $comment: z.string().optional(),
  groups: z.record(z.string(), language.required()),
  countries: z.record(iso2, language),
});

const placesSchema = z.strictObject({ $comment: z.string().optional(), places: z.record(iso2, words) });

export const LANGUAGES = languagesSchema.parse(languagesJson);
export const PLACES = placesSchema.parse(placesJson).places;

const ENGLISH = 'en';

/** The BCP 47 code of the language a person from this country writes in, e.g. "hr" for HR (name group "sr"). */
export function languageOf(country: Country): string {
  return (
    LANGUAGES.countries[country.iso2]?.code ?? LANGUAGES.groups[country.language]?.code ?? country.language
  );
}

/** The code of the language a message is translated from, or null for messages written in English. */
export function translatedFrom(country: Country): string | null {
  return country.language === ENGLISH ? null : languageOf(country);
}

/** Forms of address ("brate", "mate") left untranslated in the text. */
export function addressWords(country: Country): readonly string[] {
  return (
    LANGUAGES.countries[country.iso2]?.address ?? LANGUAGES.groups[country.language]?.address ?? ['friend']
  );
}

/** Ports and cities of a country; the country's own name when none is listed. */
export function placesIn(country: Country): readonly string[] {
  return PLACES[country.iso2] ?? [country.name];
}
