import { t } from '../strings/en';

/** Numbers, money, shares and dates in the catalogue's language. Formatters are made once per language. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  make: (lang: string) => T,
): T {
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
