import type { Speed } from '../../../store/gameSlice';
import { t } from '../../strings/en';
import { useAppStore } from '../storeContext';

/** Each speed's keys: with letter keys on, and off (prefsSlice: only Space is left). */
const speeds: { speed: Speed; label: () => string; keys: string; withoutLetters?: string }[] = [
  { speed: 0, label: () => t('clock.pause'), keys: 'K Space', withoutLetters: 'Space' },
  { speed: 0.5, label: () => t('clock.speedHalf'), keys: 'H' },
  { speed: 1, label: () => t('clock.speed1'), keys: '1' },
  { speed: 2, label: () => t('clock.speed2'), keys: '2' },
  { speed: 4, label: () => t('clock.speed4'), keys: '4' },
];

/** Pause and the four speeds; the pressed one is the clock's state. */
export function SpeedControls() {
  const current = useAppStore((s) => s.speed);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const over = useAppStore((s) => s.game?.figures.over ?? true);
  const letterKeys = useAppStore((s) => s.letterKeys);
  return (
    <fieldset class="speed">
      <legend class="visually-hidden">{t('clock.label')}</legend>
      {speeds.map(({ speed, label, keys, withoutLetters }) => (
        <button
          key={speed}
          type="button"
          class="speed__button"
          aria-pressed={current === speed}
          aria-keyshortcuts={letterKeys ? keys : withoutLetters}
          disabled={over && speed > 0}
          onClick={() => setSpeed(speed)}
        >
          {label()}
        </button>
      ))}
    </fieldset>
  );
}
