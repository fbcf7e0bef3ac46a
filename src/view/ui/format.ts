import { COUNTRIES } from '../../sim';
import { t } from '../strings/en';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames;

/** Numbers, money, shares, dates, country and language names in the catalogue's language. Formatters are made once per language. */
const cache = new Map<string, Formatter>();

function formatter<T extends Formatter>(kind: string, make: (lang: string) => T): T {
  const lang = t('meta.locale');
  const key = `${lang}:${kind}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = make(lang);
    cache.set(key, f);
  }
  return f as T;
}

export function formatCount(n: number): string {
  return formatter('count', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 })).format(n);
}

export function formatDecimal(n: number): string {
  return formatter('decimal', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 })).format(n);
}

/** A share from 0 to 1 as a percentage; small shares keep two significant digits. */
export function formatShare(share: number): string {
  const digits = share > 0 && share < 0.01 ? 'small' : 'whole';
  return formatter(`share:${digits}`, (l) =>
    digits === 'small'
      ? new Intl.NumberFormat(l, { style: 'percent', maximumSignificantDigits: 2 })
      : new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

export function formatGBP(amount: number): string {
  return formatter(
    'gbp',
    (l) => new Intl.NumberFormat(l, { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }),
  ).format(amount);
}

/** A calendar date written YYYY-MM-DD, as people read it ("1 Oct 2018"). */
export function formatDate(isoDate: string): string {
  return formatter(
    'date',
    (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A country's name in the catalogue's language, from its ISO 3166 code ("DE" → "Germany"). Where
 * the browser's Intl data has no name for the code, the English name in assets/countries.json.
 */
export function countryName(iso2: string): string {
  const names = formatter('region', (l) => new Intl.DisplayNames(l, { type: 'region', fallback: 'none' }));
  return names.of(iso2) ?? COUNTRIES.find((c) => c.iso2 === iso2)?.name ?? iso2;
}

/** Languages whose name in Intl's data is not the one a class knows ("Bangla"; "Chinese" for Mandarin). */
const NAMED_BY_CATALOGUE = ['bn', 'cmn'] as const;

function namedByCatalogue(code: string): code is (typeof NAMED_BY_CATALOGUE)[number] {
  return (NAMED_BY_CATALOGUE as readonly string[]).includes(code);
}

/**
 * A language's name in the catalogue's language, from its BCP 47 code ("hr" → "Croatian",
 * "pt-BR" → "Brazilian Portuguese"); a few are named by the catalogue (`language.<code>`).
 */
export function languageName(code: string): string {
  if (namedByCatalogue(code)) return t(`language.${code}`);
  const names = formatter(
    'language',
    (l) => new Intl.DisplayNames(l, { type: 'language', fallback: 'none' }),
  );
  return names.of(code) ?? code;
}
