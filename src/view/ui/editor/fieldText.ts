import type { Bounds } from '../../../store/schemaBounds';
import { t } from '../../strings/en';
import { formatCount } from '../format';

/** How a number is shown in its box: shares as percentages, without float noise (0.55 → "55"). */
export function numberToText(value: unknown, share: boolean): string {
  if (typeof value !== 'number') return value === undefined || value === null ? '' : String(value);
  return String(Number((share ? value * 100 : value).toPrecision(12)));
}

/**
 * What a typed number means: a number when it reads as one (a share is typed in percent), else the
 * text itself, which validation then reports as "must be a number" next to the box.
 */
export function textToNumber(text: string, share: boolean): number | string {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return text;
  const n = Number(trimmed);
  return share ? Number((n / 100).toPrecision(12)) : n;
}

const plain = (n: number) => (Math.abs(n) >= 1000 && Number.isInteger(n) ? formatCount(n) : String(n));

/** The bounds of a number field in words, as the schema has them. */
export function boundsText(bounds: Bounds, share: boolean): string {
  const scale = (n: number) => plain(share ? Number((n * 100).toPrecision(12)) : n);
  const parts: string[] = [];
  if (share && bounds.min !== null && bounds.max !== null)
    parts.push(t('editor.bounds.percent', { min: scale(bounds.min), max: scale(bounds.max) }));
  else if (bounds.min !== null && bounds.max !== null && !bounds.minExclusive)
    parts.push(t('editor.bounds.between', { min: scale(bounds.min), max: scale(bounds.max) }));
  else {
    if (bounds.min !== null)
      parts.push(
        bounds.minExclusive
          ? t('editor.bounds.moreThan', { min: scale(bounds.min) })
          : t('editor.bounds.atLeast', { min: scale(bounds.min) }),
      );
    if (bounds.max !== null) parts.push(t('editor.bounds.atMost', { max: scale(bounds.max) }));
  }
  if (bounds.whole) parts.push(t('editor.bounds.whole'));
  return parts.join(' ');
}
