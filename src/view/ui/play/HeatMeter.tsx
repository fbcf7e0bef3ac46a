import { t } from '../../strings/en';

/** Heat at which the meter is full; more is possible and reads as "severe". */
const FULL = 4;

type Level = 'calm' | 'raised' | 'high' | 'severe';

function levelOf(heat: number): Level {
  if (heat < 0.5) return 'calm';
  if (heat < 1.5) return 'raised';
  return heat < 3 ? 'high' : 'severe';
}

const levelText: Record<Level, () => string> = {
  calm: () => t('heat.calm'),
  raised: () => t('heat.raised'),
  high: () => t('heat.high'),
  severe: () => t('heat.severe'),
};

/**
 * Suspicion as a bar and the name of its step. The words carry the meaning (for screen readers
 * and without colour); the bar, decorative, shows where in the step it is.
 */
export function HeatMeter({ heat }: { heat: number }) {
  const level = levelOf(heat);
  const text = levelText[level]();
  return (
    <span class={`heat heat--${level}`}>
      <span class="heat__track" aria-hidden="true">
        <span class="heat__fill" style={{ width: `${Math.min(1, heat / FULL) * 100}%` }} />
      </span>
      <span class="heat__label">{text}</span>
    </span>
  );
}
