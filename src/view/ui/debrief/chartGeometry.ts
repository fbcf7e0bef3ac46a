/** Plain geometry for the debrief's inline SVG charts: no charting library, a few pure helpers. */

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const plotWidth = (f: Frame) => f.width - f.left - f.right;
export const plotHeight = (f: Frame) => f.height - f.top - f.bottom;

/**
 * Round steps (1, 2, 5 × 10ⁿ) giving about `count` ticks from 0 (or from `min` when it is below
 * 0, e.g. scores) to at least `max`; 0 is always a tick.
 */
export function niceTicks(max: number, count = 4, min = 0): number[] {
  const low = Math.min(0, min);
  const top = max > 0 ? max : low < 0 ? 0 : 1;
  const raw = (top - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.floor(low / step) * step; v < top + step * 0.999; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export interface Scale {
  x(day: number): number;
  y(value: number): number;
}

/** Days 0…`days` across; `yMin`…`yMax` up, from `plotBottom` (the frame's bottom unless given) to the top. */
export function linearScale(
  f: Frame,
  days: number,
  yMax: number,
  { plotBottom = f.height - f.bottom, yMin = 0 }: { plotBottom?: number; yMin?: number } = {},
): Scale {
  const w = plotWidth(f);
  const h = plotBottom - f.top;
  const span = yMax - yMin;
  return {
    x: (day) => f.left + (days > 0 ? (day / days) * w : 0),
    y: (value) => plotBottom - (span > 0 ? ((value - yMin) / span) * h : 0),
  };
}

/** An SVG path through `values` (one per day), at most ~`points` vertices, keeping each bucket's peak. */
export function linePath(values: readonly number[], scale: Scale, points = 360): string {
  if (values.length === 0) return '';
  const every = Math.max(1, Math.ceil(values.length / points));
  const parts: string[] = [];
  for (let i = 0; i < values.length; i += every) {
    let peak = values[i];
    let at = i;
    for (let j = i + 1; j < Math.min(values.length, i + every); j++)
      if (values[j] > peak) {
        peak = values[j];
        at = j;
      }
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${scale.x(at).toFixed(1)} ${scale.y(peak).toFixed(1)}`);
  }
  const last = values.length - 1;
  parts.push(`L${scale.x(last).toFixed(1)} ${scale.y(values[last]).toFixed(1)}`);
  return parts.join('');
}
